"""The requirement rules: one module per requirement (or per group of like checks), in a registry.

Each module declares ``CODES`` (the requirement numbers of requirements.md it reports) and a
``check(context) -> Iterator[Finding]`` generator; its docstring is its documentation, with a passing
and a failing fragment. A module that judges the catalogue as a whole (area coverage, say) also sets
``WHOLE_CATALOGUE = True``: it is not run on one part of a catalogue (``scope: part``) alone, but on
all the parts of a jurisdiction validated together. :data:`RULES` maps every code to its module;
:func:`run` runs them all over a catalogue. Rules see the catalogue as written, with its chain composed, and report logical paths;
the validator turns those into files and lines.
"""

from __future__ import annotations

import importlib.metadata as package_metadata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from types import MappingProxyType, ModuleType
from typing import Any

from grassroots_catalog.check.rules import (
    basis,
    coverage,
    duplicates,
    generic_subject,
    level_agreement,
    metadata,
    missing_fields,
    on_request,
    periodic,
    privacy,
    service_guide,
    statutory_categories,
    time_limits,
    villages,
    website,
)
from grassroots_catalog.check.rules._common import RuleContext
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.errors import CatalogError
from grassroots_catalog.messages import register_plugin_specs
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.results import Finding

MODULES: tuple[ModuleType, ...] = (
    coverage,
    metadata,
    missing_fields,
    basis,
    time_limits,
    periodic,
    on_request,
    website,
    statutory_categories,
    privacy,
    generic_subject,
    duplicates,
    level_agreement,
    villages,
    service_guide,
)


def judges_whole_catalogue(module: ModuleType) -> bool:
    """Whether ``module`` judges the catalogue as a whole, so that one part alone cannot be judged."""
    return bool(getattr(module, "WHOLE_CATALOGUE", False))


WHOLE_CATALOGUE_CODES: tuple[str, ...] = tuple(
    code for module in MODULES if judges_whole_catalogue(module) for code in module.CODES
)
"""The built-in codes that judge the catalogue as a whole."""


def _registry() -> dict[str, ModuleType]:
    table: dict[str, ModuleType] = {}
    for module in MODULES:
        for code in module.CODES:
            if code in table:
                raise RuntimeError(f"rule code {code} is claimed by {table[code].__name__} and {module.__name__}")
            table[code] = module
    return table


RULES: Mapping[str, ModuleType] = MappingProxyType(_registry())
"""Every rule code, and the module that checks it."""


NOT_CHECKABLE: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "R07": (
            "事项应源自权责清单和公共服务事项清单",
            "matters derive from the lists of powers and of public services",
            "国办发〔2019〕54号",
        ),
        "R26": (
            "主动公开的具体内容按上级部署不断增加",
            "proactive content is set and extended as superiors direct",
            "《政府信息公开条例》第二十二条",
        ),
        "R27": (
            "公开平台完备，法定主动公开内容全部公开",
            "platforms complete, all statutory proactive content published",
            "国办发〔2020〕17号 五(一)",
        ),
        "R30": (
            "以公开为常态、不公开为例外，建立负面清单",
            "disclosure the norm, non-disclosure the exception, a negative list",
            "中办发〔2016〕8号；国办发〔2020〕17号 五(二)",
        ),
        "R32": (
            "政务服务场所设立政务公开专区",
            "a disclosure zone in government service halls",
            "国办发〔2019〕54号 任务四",
        ),
        "R34": (
            "编制并公开政府信息公开指南和目录",
            "a disclosure guide and catalogue are compiled and published",
            "《政府信息公开条例》第十二条",
        ),
        "R37": (
            "2023年基本建成全国统一的基层政务公开标准体系",
            "a unified national standard system by 2023",
            "国办发〔2019〕54号",
        ),
    }
)
"""Requirements that cannot be checked from a catalogue (requirements.md §3.7): listed in reports so
that users see the whole picture. Values: (Chinese, English, source)."""

APPLICABLE_LEVELS = frozenset({CatalogueLevel.COUNTY, CatalogueLevel.TOWNSHIP})
"""The end-2020 requirements bind county- and township-level catalogues (requirements.md, scope);
national, provincial and municipal catalogues are the guidance they refine, and are not judged."""


ENTRY_POINT_GROUP = "grassroots_catalog.rules"
"""Packages add rules (a province's own, say) by naming modules under this entry-point group. A plugin
module follows the same contract as the built-in ones (``CODES``, ``check(context)``, a docstring) and
adds ``SPECS``: a :class:`~grassroots_catalog.messages.CodeSpec` per code, with its messages and source."""


@cache
def plugins() -> tuple[ModuleType, ...]:
    """The rule modules installed packages provide, loaded once; a broken one is a clear error."""
    loaded = []
    for entry in package_metadata.entry_points(group=ENTRY_POINT_GROUP):
        owner = f"{entry.name} ({entry.value})"
        try:
            module = entry.load()
        except Exception as error:
            raise CatalogError(f"rule plugin {owner} cannot be loaded: {error}") from None
        codes = getattr(module, "CODES", None)
        specs = getattr(module, "SPECS", None)
        if not isinstance(codes, tuple) or not callable(getattr(module, "check", None)) or specs is None:
            raise CatalogError(f"rule plugin {owner} needs CODES (a tuple), check() and SPECS")
        if set(codes) & set(RULES) or set(codes) - {spec.code for spec in specs}:
            raise CatalogError(f"rule plugin {owner}: its codes must be new and each needs a CodeSpec in SPECS")
        register_plugin_specs(specs, owner=owner)
        loaded.append(module)
    return tuple(loaded)


def all_codes() -> list[str]:
    """Every rule code, built-in and from plugins."""
    return [*RULES, *(code for module in plugins() for code in module.CODES)]


def run(
    catalogue: Catalogue,
    *,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
    together: bool = False,
) -> Iterator[Finding]:
    """Run the rules (all, or those in ``select``) over a county or township ``catalogue``.

    The rules on the catalogue as a whole are left out when ``catalogue`` is one part of it
    (``scope: part``); ``together=True`` runs only those, on the parts of one jurisdiction combined.
    """
    wanted = set(select) if select is not None else None
    unknown = (wanted or set()) - set(all_codes())
    if unknown:
        raise ValueError(f"unknown rule codes: {', '.join(sorted(unknown))}; `gcat rules` lists them")
    if catalogue.level not in APPLICABLE_LEVELS:
        return
    context = RuleContext(catalogue, options or {})
    for module in (*MODULES, *plugins()):
        if wanted is not None and not wanted & set(module.CODES):
            continue
        whole = judges_whole_catalogue(module)
        if (together and not whole) or (not together and whole and catalogue.is_part):
            continue
        for found in module.check(context):
            if wanted is None or found.code in wanted:
                yield found


def rule_rows() -> list[dict[str, Any]]:
    """Every built-in requirement rule, then every requirement no catalogue can show: what
    ``gcat rules --format json`` prints (docs/cli.md).

    A rule's row has its code, name, default severity and citation (``checkable``: true); a
    requirement that cannot be checked has its code, its wording in ``zh`` and ``en`` and its source
    as ``citation`` (``checkable``: false, no name or severity).
    """
    from grassroots_catalog.messages import CODES

    return [
        *(
            {
                "code": code,
                "name": CODES[code].name,
                "severity": CODES[code].severity.slug,
                "citation": CODES[code].citation,
                "checkable": True,
            }
            for code in sorted(RULES)
        ),
        *(
            {"code": code, "name": None, "severity": None, "citation": source, "checkable": False, "zh": zh, "en": en}
            for code, (zh, en, source) in NOT_CHECKABLE.items()
        ),
    ]
