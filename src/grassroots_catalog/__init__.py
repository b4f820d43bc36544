"""grassroots_catalog: build, merge, check and compare standard catalogues of government-affairs
disclosure (基层政务公开事项标准目录).

The public API is what this module exports; everything else is internal and may change.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .areas import AREAS, PILOT_AREAS, Area, resolve_area
from .errors import CatalogError, CatalogueLoadError
from .findings import Finding, Location, Severity
from .io.limits import DEFAULT_LIMITS, Limits
from .loading import LoadResult, catalogue_from_data, load_catalogue, parse_catalogue, read_catalogue
from .messages import CODES, CodeSpec
from .model import (
    AreaDeclaration,
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
from .validate import FileReport, validate, validate_file
from .vocabularies import Audience, CatalogueLevel, Channel, ChannelChoice, DisclosureLevel, Mode

__all__ = [
    "AREAS",
    "CODES",
    "DEFAULT_LIMITS",
    "PILOT_AREAS",
    "Area",
    "AreaDeclaration",
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
