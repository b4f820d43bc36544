"""Administrative-division codes (行政区划代码) and the tier of government they belong to.

A province, prefecture or county has a 6-digit code: two digits for the province, two for the
prefecture, two for the county, the unused pairs zero (440000, 440100, 440103). A township's code in
the statistical division codes (统计用区划代码) adds three digits to its county's, and a village's
three more, so a township catalogue gives 9 digits, or all 12 as the statistical tables print them.
A county's 6 digits in a township's catalogue are a copying slip that naming every matter cannot
reveal; so is a child whose code lies outside its parent's.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from grassroots_catalog.domain.vocabularies import CatalogueLevel

CODE_LENGTHS: Mapping[CatalogueLevel, tuple[int, ...]] = MappingProxyType(
    {
        CatalogueLevel.PROVINCIAL: (6,),
        CatalogueLevel.MUNICIPAL: (6,),
        CatalogueLevel.COUNTY: (6,),
        CatalogueLevel.TOWNSHIP: (9, 12),
    }
)
"""The lengths a code of each level may have (the national level has no code)."""

OWN_DIGITS: Mapping[CatalogueLevel, int] = MappingProxyType(
    {CatalogueLevel.PROVINCIAL: 2, CatalogueLevel.MUNICIPAL: 4, CatalogueLevel.COUNTY: 6, CatalogueLevel.TOWNSHIP: 9}
)
"""How many leading digits of a code name the government itself; every code below it starts with them."""


def fits_level(code: str, level: CatalogueLevel) -> bool:
    """Whether ``code`` has a length a code of ``level`` may have (any length for a level with none listed)."""
    lengths = CODE_LENGTHS.get(level)
    return lengths is None or len(code) in lengths


def lies_within(child_code: str, parent_code: str, parent_level: CatalogueLevel) -> bool:
    """Whether ``child_code`` lies within the division of ``parent_code``, a code of ``parent_level``."""
    digits = OWN_DIGITS.get(parent_level)
    if digits is None:
        return True
    return child_code.startswith(parent_code[:digits])


def own_prefix(code: str, level: CatalogueLevel) -> str:
    """The leading digits of ``code`` that name the government of ``level`` (the whole code if none)."""
    digits = OWN_DIGITS.get(level)
    return code[:digits] if digits is not None else code
