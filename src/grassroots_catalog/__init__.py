"""grassroots_catalog: build, merge, check and compare standard catalogues of government-affairs
disclosure (基层政务公开事项标准目录).

The public API is what this module exports; everything else is internal and may change.

Names are loaded on first use (PEP 562), so that ``import grassroots_catalog`` and the ``gcat``
command start quickly; type checkers and ``from grassroots_catalog import X`` see them as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .areas import AREAS, PILOT_AREAS, Area, resolve_area
    from .errors import CatalogError, CatalogueLoadError
    from .findings import Finding, Location, Severity
    from .io.limits import DEFAULT_LIMITS, Limits
    from .loading import LoadResult, catalogue_from_data, load_catalogue, parse_catalogue, read_catalogue
    from .messages import CODES, CodeSpec
    from .model import (
        AreaDeclaration,
        AreaExemption,
        Catalogue,
        Completeness,
        Instrument,
        Jurisdiction,
        Matter,
        MatterName,
        Publication,
        Source,
        TimeLimit,
    )
    from .timelimits import TimeLimitClass, parse_time_limit
    from .validation import FileReport, validate, validate_file
    from .vocabularies import Audience, CatalogueLevel, Channel, ChannelChoice, DisclosureLevel, Mode

_EXPORTS: dict[str, str] = {
    "AREAS": "areas",
    "Area": "areas",
    "AreaDeclaration": "model",
    "AreaExemption": "model",
    "Audience": "vocabularies",
    "CODES": "messages",
    "CatalogError": "errors",
    "Catalogue": "model",
    "CatalogueLevel": "vocabularies",
    "CatalogueLoadError": "errors",
    "Channel": "vocabularies",
    "ChannelChoice": "vocabularies",
    "CodeSpec": "messages",
    "Completeness": "model",
    "DEFAULT_LIMITS": "io.limits",
    "DisclosureLevel": "vocabularies",
    "FileReport": "validation",
    "Finding": "findings",
    "Instrument": "model",
    "Jurisdiction": "model",
    "Limits": "io.limits",
    "LoadResult": "loading",
    "Location": "findings",
    "Matter": "model",
    "MatterName": "model",
    "Mode": "vocabularies",
    "PILOT_AREAS": "areas",
    "Publication": "model",
    "Severity": "findings",
    "Source": "model",
    "TimeLimit": "model",
    "TimeLimitClass": "timelimits",
    "catalogue_from_data": "loading",
    "load_catalogue": "loading",
    "parse_catalogue": "loading",
    "parse_time_limit": "timelimits",
    "read_catalogue": "loading",
    "resolve_area": "areas",
    "validate": "validation",
    "validate_file": "validation",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'grassroots_catalog' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AREAS",
    "CODES",
    "DEFAULT_LIMITS",
    "PILOT_AREAS",
    "Area",
    "AreaDeclaration",
    "AreaExemption",
    "Audience",
    "CatalogError",
    "Catalogue",
    "CatalogueLevel",
    "CatalogueLoadError",
    "Channel",
    "ChannelChoice",
    "CodeSpec",
    "Completeness",
    "DisclosureLevel",
    "FileReport",
    "Finding",
    "Instrument",
    "Jurisdiction",
    "Limits",
    "LoadResult",
    "Location",
    "Matter",
    "MatterName",
    "Mode",
    "Publication",
    "Severity",
    "Source",
    "TimeLimit",
    "TimeLimitClass",
    "__version__",
    "catalogue_from_data",
    "load_catalogue",
    "parse_catalogue",
    "parse_time_limit",
    "read_catalogue",
    "resolve_area",
    "validate",
    "validate_file",
]
