"""The requirement rules: one module per requirement (or per group of like checks), in a registry.

Each module declares ``CODES`` (the requirement numbers of requirements.md it reports) and a
``check(context) -> Iterator[Finding]`` generator; its docstring is its documentation, with a passing
and a failing fragment. :data:`RULES` maps every code to its module; :func:`run` runs them all over a
catalogue. Rules see the catalogue as written, with its chain composed, and report logical paths;
the validator turns those into files and lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from ..findings import Finding
from ..model import Catalogue
from ..vocabularies import CatalogueLevel
from . import (
    basis,
    duplicates,
    generic_subject,
    level_agreement,
    metadata,
    missing_fields,
    on_request,
    periodic,
    privacy,
    service_guide,
    time_limits,
    villages,
    website,
)
from ._common import RuleContext

MODULES: tuple[ModuleType, ...] = (metadata, missing_fields, basis, time_limits, periodic, on_request, website,
                                   privacy, generic_subject, duplicates, level_agreement, villages, service_guide)


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


APPLICABLE_LEVELS = frozenset({CatalogueLevel.COUNTY, CatalogueLevel.TOWNSHIP})
"""The end-2020 requirements bind county- and township-level catalogues (requirements.md, scope);
national, provincial and municipal catalogues are the guidance they refine, and are not judged."""


def run(catalogue: Catalogue, *, select: Iterable[str] | None = None,
        options: Mapping[str, Any] | None = None) -> Iterator[Finding]:
    """Run the rules (all, or those in ``select``) over a county or township ``catalogue``."""
    wanted = set(select) if select is not None else None
    unknown = (wanted or set()) - set(RULES)
    if unknown:
        raise ValueError(f"unknown rule codes: {', '.join(sorted(unknown))}; `gcat rules` lists them")
    if catalogue.level not in APPLICABLE_LEVELS:
        return
    context = RuleContext(catalogue, options or {})
    for module in MODULES:
        if wanted is not None and not wanted & set(module.CODES):
            continue
        for found in module.check(context):
            if wanted is None or found.code in wanted:
                yield found
