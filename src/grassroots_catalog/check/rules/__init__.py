"""The requirement rules: one module per requirement (or per group of like checks), in a registry.

A rule is one self-contained module: ``SPECS`` (each code's name, default severity, Chinese and
English messages by reason, fix and citation), ``CODES``, ``OPTIONS``, ``WHOLE_CATALOGUE`` and a
``check(context) -> Iterator[Finding]`` generator; its docstring is its documentation, with a passing
and a failing fragment. :class:`~grassroots_catalog.check.rules.contract.Rule` states the contract,
and the registry refuses a module that breaks it. A module that judges the catalogue as a whole (area
coverage, say) sets ``WHOLE_CATALOGUE = True``: it is not run on one part of a catalogue
(``scope: part``) alone, but on all the parts of a jurisdiction validated together. :data:`RULES`
maps every code to its module; :func:`run` runs them all over a catalogue. Rules see the catalogue
as written, with its chain composed, and report logical paths; the validator turns those into files
and lines. Importing this package registers the rules' specs with :mod:`grassroots_catalog.messages`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

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
from grassroots_catalog.check.rules.contract import Option, Rule, RuleContext, row_by_row
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.errors import CatalogError
from grassroots_catalog.messages import register_plugin_specs, register_rule_specs
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.results import Finding

if TYPE_CHECKING:
    from grassroots_catalog.check.shared_rows import SharedRows

__all__ = [
    "APPLICABLE_LEVELS",
    "ENTRY_POINT_GROUP",
    "MODULES",
    "NOT_CHECKABLE",
    "OPTIONS",
    "RULES",
    "WHOLE_CATALOGUE_CODES",
    "Option",
    "Rule",
    "RuleContext",
    "all_codes",
    "all_options",
    "contract_problems",
    "judges_whole_catalogue",
    "plugins",
    "resolve_options",
    "run",
]


def contract_problems(module: object) -> list[str]:
    """What keeps ``module`` from being a :class:`Rule`: missing members, codes without a spec, bad options."""
    if not isinstance(module, Rule):
        members = ("CODES", "SPECS", "OPTIONS", "WHOLE_CATALOGUE", "check")
        return [f"it needs {', '.join(name for name in members if not hasattr(module, name))}"]
    problems = []
    if not isinstance(module.CODES, tuple) or not callable(module.check):
        problems.append("CODES must be a tuple and check() a function")
    elif tuple(spec.code for spec in module.SPECS) != module.CODES:
        problems.append("each of its CODES needs a CodeSpec in SPECS, in the same order")
    if not all(isinstance(option, Option) for option in module.OPTIONS.values()):
        problems.append("OPTIONS must map names to Option(type, default, help_zh, help_en)")
    fields = getattr(module, "ROW_BY_ROW", None)
    if fields is not None and (
        not isinstance(fields, tuple)
        or not all(name in Catalogue.model_fields and name != "matters" for name in fields)
        or module.WHOLE_CATALOGUE
    ):
        problems.append("ROW_BY_ROW must be a tuple of the catalogue's fields other than matters, in a row rule")
    return problems


def _validated(modules: Sequence[Rule]) -> tuple[Rule, ...]:
    for module in modules:
        problems = contract_problems(module)
        if problems:
            raise RuntimeError(f"rule module {_name(module)}: {'; '.join(problems)}")
    return tuple(modules)


def _name(module: object) -> str:
    return str(getattr(module, "__name__", module))


MODULES: tuple[Rule, ...] = _validated(
    (
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
)
"""The built-in rule modules, in the order they run and are documented."""

register_rule_specs(spec for module in MODULES for spec in module.SPECS)


def judges_whole_catalogue(module: Rule) -> bool:
    """Whether ``module`` judges the catalogue as a whole, so that one part alone cannot be judged."""
    return bool(module.WHOLE_CATALOGUE)


def _options(modules: Iterable[Rule]) -> dict[str, Option]:
    table: dict[str, Option] = {}
    for module in modules:
        for name, option in module.OPTIONS.items():
            if table.setdefault(name, option) != option:
                raise CatalogError(f"rule option {name} is declared twice, differently ({module.CODES[0]})")
    return table


OPTIONS: Mapping[str, Option] = MappingProxyType(_options(MODULES))
"""Every option the built-in rules declare, by name (``as_of``, ``stale_after_days`` …)."""


WHOLE_CATALOGUE_CODES: tuple[str, ...] = tuple(
    code for module in MODULES if judges_whole_catalogue(module) for code in module.CODES
)
"""The built-in codes that judge the catalogue as a whole."""


def _registry() -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for module in MODULES:
        for code in module.CODES:
            if code in table:
                raise RuntimeError(f"rule code {code} is claimed by {_name(table[code])} and {_name(module)}")
            table[code] = module
    return table


RULES: Mapping[str, Rule] = MappingProxyType(_registry())
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
module follows the same contract as the built-in ones (:class:`Rule`); ``OPTIONS`` and
``WHOLE_CATALOGUE`` may be left out (no options; a row rule)."""


def installed_entry_points(group: str) -> Sequence[Any]:
    """The entry points of ``group`` that installed distributions declare (``importlib.metadata``).

    Importing ``importlib.metadata`` and scanning every distribution costs about 30 ms, a tenth of a
    command's start-up, and almost no installation has a rule plugin; so the distributions' own
    ``entry_points.txt`` files are first searched for the group's name (:func:`may_declare`), and
    the full lookup runs only where one might declare it.
    """
    if not may_declare(group):
        return ()
    import importlib.metadata

    return tuple(importlib.metadata.entry_points(group=group))


def may_declare(group: str, path: Sequence[str] | None = None) -> bool:
    """Whether a distribution on ``path`` (default: ``sys.path``) may declare entry points of ``group``.

    Over-approximates: True when the group's name appears in the ``entry_points.txt`` of any
    distribution ``importlib.metadata`` would find there (a ``*.dist-info`` or ``*.egg-info`` folder,
    whatever the case of its suffix; the ``EGG-INFO`` of an ``.egg`` folder, on the path itself or in
    a folder on it), and for any entry that is not a folder (a zip file, which only
    ``importlib.metadata`` reads).
    """
    for entry in sys.path if path is None else path:
        folder = entry or "."
        try:
            with os.scandir(folder) as found:
                names = [item.name for item in found if item.name.lower().endswith(_METADATA_FOLDERS)]
        except NotADirectoryError:
            return True
        except OSError:
            continue
        candidates = [os.path.join(folder, "EGG-INFO")] if folder.lower().endswith(".egg") else []
        for name in names:
            inside = os.path.join(folder, name)
            candidates.append(os.path.join(inside, "EGG-INFO") if name.lower().endswith(".egg") else inside)
        for candidate in candidates:
            try:
                with open(os.path.join(candidate, "entry_points.txt"), encoding="utf-8", errors="replace") as text:
                    if group in text.read():
                        return True
            except OSError:
                continue
    return False


_METADATA_FOLDERS = (".dist-info", ".egg-info", ".egg")


@cache
def plugins() -> tuple[Rule, ...]:
    """The rule modules installed packages provide, loaded once; a broken one is a clear error."""
    loaded = []
    for entry in installed_entry_points(ENTRY_POINT_GROUP):
        owner = f"{entry.name} ({entry.value})"
        try:
            module = entry.load()
        except Exception as error:
            raise CatalogError(f"rule plugin {owner} cannot be loaded: {error}") from None
        for name, default in (("OPTIONS", {}), ("WHOLE_CATALOGUE", False)):
            if not hasattr(module, name):  # optional for plugins: the defaults of a row rule without options
                setattr(module, name, default)
        taken = sorted(set(getattr(module, "CODES", ())) & set(RULES))
        if taken:
            raise CatalogError(f"rule plugin {owner}: its codes must be new, and {', '.join(taken)} are built in")
        problems = contract_problems(module)
        if problems:
            raise CatalogError(f"rule plugin {owner}: {'; '.join(problems)}")
        register_plugin_specs(module.SPECS, owner=owner)
        loaded.append(module)
    _options((*MODULES, *loaded))  # a plugin may share an option only as it is declared already
    return tuple(loaded)


def all_codes() -> list[str]:
    """Every rule code, built-in and from plugins."""
    return [*RULES, *(code for module in plugins() for code in module.CODES)]


def all_options() -> dict[str, Option]:
    """Every option the rules declare, built-in and from plugins."""
    return _options((*MODULES, *plugins()))


def resolve_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """``options`` with every declared option's default filled in; an unknown name or a value of the
    wrong type is a ValueError that names it and the known ones."""
    declared = all_options()
    given = dict(options or {})
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise ValueError(f"unknown rule options: {', '.join(unknown)}; the rules read {', '.join(sorted(declared))}")
    for name, value in given.items():
        expected = declared[name].type
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ValueError(f"rule option {name} should be {expected.__name__}, not {type(value).__name__}")
    return {name: given.get(name, option.default) for name, option in declared.items()}


def run(
    catalogue: Catalogue,
    *,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
    together: bool = False,
    shared: SharedRows | None = None,
) -> Iterator[Finding]:
    """Run the rules (all, or those in ``select``) over a county or township ``catalogue``.

    The rules on the catalogue as a whole are left out when ``catalogue`` is one part of it
    (``scope: part``); ``together=True`` runs only those, on the parts of one jurisdiction combined.
    ``shared`` holds what the row rules found on rows this catalogue shares with others (the rows a
    township inherits from its county): those rules then judge only the other rows, with the same
    findings in the same order (:mod:`grassroots_catalog.check.shared_rows`).
    """
    wanted = set(select) if select is not None else None
    unknown = (wanted or set()) - set(all_codes())
    if unknown:
        raise ValueError(f"unknown rule codes: {', '.join(sorted(unknown))}; `gcat rules` lists them")
    context = RuleContext(catalogue, resolve_options(options))
    if catalogue.level not in APPLICABLE_LEVELS:
        return
    for module in (*MODULES, *plugins()):
        if wanted is not None and not wanted & set(module.CODES):
            continue
        whole = judges_whole_catalogue(module)
        if (together and not whole) or (not together and whole and catalogue.is_part):
            continue
        fields = row_by_row(module) if shared is not None else None
        found_here = (
            shared.check(module, fields, context)
            if shared is not None and fields is not None
            else module.check(context)
        )
        for found in found_here:
            if wanted is None or found.code in wanted:
                yield found


def rule_rows() -> list[dict[str, Any]]:
    """Every built-in requirement rule, then every requirement no catalogue can show: what
    ``gcat rules --format json`` prints (docs/cli.md).

    A rule's row has its code, name (the slug), its title in each language (its default message
    without parameters, what the text table shows), default severity and citation (``checkable``: true); a
    requirement that cannot be checked has its code, its wording in ``zh`` and ``en`` and its source
    as ``citation`` (``checkable``: false, no name or severity).
    """
    from grassroots_catalog.check.codes import CODES
    from grassroots_catalog.messages import LANGUAGES

    return [
        *(
            {
                "code": code,
                "name": CODES[code].name,
                "title": {lang: CODES[code].title(lang) for lang in LANGUAGES},
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
