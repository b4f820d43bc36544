"""R03: rows belong to the catalogue owner's level: a county catalogue's rows tick 县级, a township's 乡级.

Each government compiles its own-level (本级) catalogue (国办发〔2019〕54号 task 1); the national
tables' 公开层级 column says which level discloses each matter (warning).

Passes: a county catalogue row with ``level: [县级, 乡级]``. Fails: a county row with ``level: [乡级]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.domain.vocabularies import CatalogueLevel, DisclosureLevel
from grassroots_catalog.results import Finding, Severity

CODES = ("R03",)
_OWN = {CatalogueLevel.COUNTY: DisclosureLevel.COUNTY, CatalogueLevel.TOWNSHIP: DisclosureLevel.TOWNSHIP}


def check(context: RuleContext) -> Iterator[Finding]:
    own = _OWN.get(context.catalogue.level)
    if own is None:
        return
    for index, matter in applicable(context.catalogue):
        if matter.level and own not in matter.level:
            yield finding(
                "R03", Severity.WARNING, ("matters", index, "level"), matter=matter.id, own_zh=own.zh, own_en=own.en
            )
