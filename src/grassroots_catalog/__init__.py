"""grassroots_catalog: build, merge, check and compare standard catalogues of government-affairs
disclosure (基层政务公开事项标准目录).

The public API is what this module exports; everything else is internal and may change.

Names are loaded on first use (PEP 562), so that ``import grassroots_catalog`` and the ``gcat``
command start quickly; type checkers and ``from grassroots_catalog import X`` see them as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The messages layer renders every finding (results.use_messages); importing it here installs it before
# any finding can exist. It is light: tables and templates, no models.
import grassroots_catalog.messages  # noqa: F401  (imported for its effect: it installs itself)
from grassroots_catalog._version import __version__ as __version__

if TYPE_CHECKING:  # the same names as _EXPORTS, for type checkers (a test holds the two equal)
    from grassroots_catalog.check.codes import CODES as CODES
    from grassroots_catalog.check.validate import (
        validate as validate,
    )
    from grassroots_catalog.check.validate import (
        validate_file as validate_file,
    )
    from grassroots_catalog.diffs import (
        CatalogueDiff as CatalogueDiff,
    )
    from grassroots_catalog.diffs import (
        Change as Change,
    )
    from grassroots_catalog.diffs import (
        ChangeKind as ChangeKind,
    )
    from grassroots_catalog.diffs import (
        ComparedCatalogue as ComparedCatalogue,
    )
    from grassroots_catalog.diffs import (
        Comparison as Comparison,
    )
    from grassroots_catalog.diffs import (
        RowOutcome as RowOutcome,
    )
    from grassroots_catalog.diffs import (
        RowStatus as RowStatus,
    )
    from grassroots_catalog.diffs import (
        Tally as Tally,
    )
    from grassroots_catalog.diffs import (
        compare as compare,
    )
    from grassroots_catalog.diffs import (
        compare_files as compare_files,
    )
    from grassroots_catalog.diffs import (
        diff as diff,
    )
    from grassroots_catalog.diffs import (
        diff_files as diff_files,
    )
    from grassroots_catalog.domain.areas import (
        AREAS as AREAS,
    )
    from grassroots_catalog.domain.areas import (
        PILOT_AREAS as PILOT_AREAS,
    )
    from grassroots_catalog.domain.areas import (
        Area as Area,
    )
    from grassroots_catalog.domain.areas import (
        resolve_area as resolve_area,
    )
    from grassroots_catalog.domain.timelimits import (
        TimeLimitClass as TimeLimitClass,
    )
    from grassroots_catalog.domain.timelimits import (
        parse_time_limit as parse_time_limit,
    )
    from grassroots_catalog.domain.vocabularies import (
        Audience as Audience,
    )
    from grassroots_catalog.domain.vocabularies import (
        CatalogueLevel as CatalogueLevel,
    )
    from grassroots_catalog.domain.vocabularies import (
        Channel as Channel,
    )
    from grassroots_catalog.domain.vocabularies import (
        ChannelChoice as ChannelChoice,
    )
    from grassroots_catalog.domain.vocabularies import (
        DisclosureLevel as DisclosureLevel,
    )
    from grassroots_catalog.domain.vocabularies import (
        Mode as Mode,
    )
    from grassroots_catalog.errors import CatalogError as CatalogError
    from grassroots_catalog.errors import CatalogueLoadError as CatalogueLoadError
    from grassroots_catalog.messages import CodeSpec as CodeSpec
    from grassroots_catalog.model import (
        AreaDeclaration as AreaDeclaration,
    )
    from grassroots_catalog.model import (
        AreaExemption as AreaExemption,
    )
    from grassroots_catalog.model import (
        Catalogue as Catalogue,
    )
    from grassroots_catalog.model import (
        Completeness as Completeness,
    )
    from grassroots_catalog.model import (
        Instrument as Instrument,
    )
    from grassroots_catalog.model import (
        Jurisdiction as Jurisdiction,
    )
    from grassroots_catalog.model import (
        Matter as Matter,
    )
    from grassroots_catalog.model import (
        MatterName as MatterName,
    )
    from grassroots_catalog.model import (
        Publication as Publication,
    )
    from grassroots_catalog.model import (
        Source as Source,
    )
    from grassroots_catalog.model import (
        TimeLimit as TimeLimit,
    )
    from grassroots_catalog.read.limits import DEFAULT_LIMITS as DEFAULT_LIMITS
    from grassroots_catalog.read.limits import Limits as Limits
    from grassroots_catalog.read.load import (
        LoadResult as LoadResult,
    )
    from grassroots_catalog.read.load import (
        catalogue_from_data as catalogue_from_data,
    )
    from grassroots_catalog.read.load import (
        load_catalogue as load_catalogue,
    )
    from grassroots_catalog.read.load import (
        parse_catalogue as parse_catalogue,
    )
    from grassroots_catalog.read.load import (
        read_catalogue as read_catalogue,
    )
    from grassroots_catalog.report.gap import GapReport as GapReport
    from grassroots_catalog.results import FileReport as FileReport
    from grassroots_catalog.results import Finding as Finding
    from grassroots_catalog.results import Location as Location
    from grassroots_catalog.results import Severity as Severity

_EXPORTS: dict[str, tuple[str, ...]] = {
    "grassroots_catalog.check.validate": (
        "validate",
        "validate_file",
    ),
    "grassroots_catalog.diffs": (
        "CatalogueDiff",
        "Change",
        "ChangeKind",
        "ComparedCatalogue",
        "Comparison",
        "RowOutcome",
        "RowStatus",
        "Tally",
        "compare",
        "compare_files",
        "diff",
        "diff_files",
    ),
    "grassroots_catalog.domain.areas": (
        "AREAS",
        "PILOT_AREAS",
        "Area",
        "resolve_area",
    ),
    "grassroots_catalog.domain.timelimits": (
        "TimeLimitClass",
        "parse_time_limit",
    ),
    "grassroots_catalog.domain.vocabularies": (
        "Audience",
        "CatalogueLevel",
        "Channel",
        "ChannelChoice",
        "DisclosureLevel",
        "Mode",
    ),
    "grassroots_catalog.errors": (
        "CatalogError",
        "CatalogueLoadError",
    ),
    "grassroots_catalog.check.codes": ("CODES",),
    "grassroots_catalog.messages": ("CodeSpec",),
    "grassroots_catalog.model": (
        "AreaDeclaration",
        "AreaExemption",
        "Catalogue",
        "Completeness",
        "Instrument",
        "Jurisdiction",
        "Matter",
        "MatterName",
        "Publication",
        "Source",
        "TimeLimit",
    ),
    "grassroots_catalog.read.limits": (
        "DEFAULT_LIMITS",
        "Limits",
    ),
    "grassroots_catalog.read.load": (
        "LoadResult",
        "catalogue_from_data",
        "load_catalogue",
        "parse_catalogue",
        "read_catalogue",
    ),
    "grassroots_catalog.report.gap": ("GapReport",),
    "grassroots_catalog.results": (
        "FileReport",
        "Finding",
        "Location",
        "Severity",
    ),
}
"""Every public name, by the module that defines it: the one list of the public API."""

_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'grassroots_catalog' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


def _ruff_order(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then functions and dunders."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


__all__ = sorted([*_MODULE_OF, "__version__"], key=_ruff_order)
