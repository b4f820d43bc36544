"""R01 and R33: what the catalogue as a whole covers.

R01 (国办发〔2019〕54号 二(四); 国办发〔2020〕17号 一(二)): every county and township compiles its own
catalogue for the 26 pilot areas. Each area has at least one matter, or is listed under
``not_applicable_areas`` with its reason (R02, which the file structure enforces). Error.

R33 (《政府信息公开条例》第二十五条, a proxy): somewhere in the catalogue a matter is disclosed at a
public reading point (公开查阅点). Information.

Both judge the whole catalogue, so for a file with ``scope: part`` they run across all its parts
validated together (``gcat validate --complete``), never on one part alone.

Passes: a county catalogue with matters in all 26 areas, or with the areas it lacks listed as not
applicable. Flags: a county table covering six areas and saying nothing of the other twenty.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, finding
from grassroots_catalog.domain.areas import PILOT_AREAS
from grassroots_catalog.domain.vocabularies import Channel
from grassroots_catalog.results import Finding, Severity

CODES = ("R01", "R33")
WHOLE_CATALOGUE = True


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    covered = catalogue.areas_covered()
    missing = [area for area in PILOT_AREAS if area.slug not in covered]
    if missing:
        yield finding(
            "R01",
            Severity.ERROR,
            ("matters",),
            count=len(missing),
            areas_zh="、".join(area.zh for area in missing),
            areas_en=", ".join(area.slug for area in missing),
        )
    if not any(
        channel.box is Channel.READING_POINT
        for matter in catalogue.matters
        if matter.not_applicable is None
        for channel in matter.channels
    ):
        yield finding("R33", Severity.INFO, ("matters",))
