"""R23, R24, R25: the statutory categories of proactive disclosure that the catalogue covers.

《政府信息公开条例》第二十条 lists fourteen kinds of content every body discloses proactively (R23);
第二十一条 adds what county governments (R24) and township governments (R25) disclose according to
local conditions. A category is covered when a matter belongs to one of its pilot areas, or names one
of its key words (in :mod:`grassroots_catalog.domain.statutory`) in its name or content, or when one of its
areas is declared not applicable. R24 and R25 are warnings; R23 is information, because a standard
catalogue of the 26 pilot areas need not hold every category of 第二十条: the general disclosure
catalogue (政府信息公开目录) carries the rest.

Catalogue-wide: for ``scope: part`` files they run across the parts validated together.

Passes: a county catalogue with social-assistance, land and housing expropriation and household
registration matters and the words 市政, 公共服务, 公益 in its rows. Flags: a county catalogue of
employment matters only (R24 lists the seven categories it lacks).
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, finding
from grassroots_catalog.domain.statutory import ARTICLE_20, ARTICLE_21_COUNTY, ARTICLE_21_TOWNSHIP, StatutoryCategory
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.results import Finding, Severity

CODES = ("R23", "R24", "R25")
WHOLE_CATALOGUE = True


def uncovered(catalogue: Catalogue, *clauses: tuple[StatutoryCategory, ...]) -> list[list[StatutoryCategory]]:
    """For each clause, the categories no matter, area or not-applicable entry of ``catalogue`` covers."""
    areas = catalogue.areas_covered()
    text = "\n".join(
        part
        for matter in catalogue.matters
        for part in (matter.name.level1, matter.name.level2, matter.name.level3, *matter.content)
        if part
    )
    return [
        [
            category
            for category in categories
            if not areas.intersection(category.areas) and not any(word in text for word in category.keywords)
        ]
        for categories in clauses
    ]


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    clauses = [("R23", Severity.INFO, ARTICLE_20)]
    if catalogue.level is CatalogueLevel.COUNTY:
        clauses.append(("R24", Severity.WARNING, ARTICLE_21_COUNTY))
    elif catalogue.level is CatalogueLevel.TOWNSHIP:
        clauses.append(("R25", Severity.WARNING, ARTICLE_21_TOWNSHIP))
    gaps = uncovered(catalogue, *(categories for _, _, categories in clauses))
    for (code, severity, _), missing in zip(clauses, gaps, strict=True):
        if missing:
            yield finding(
                code,
                severity,
                ("matters",),
                count=len(missing),
                categories_zh="；".join(category.zh for category in missing),
                categories_en="; ".join(category.en for category in missing),
            )
