"""R08: a county or township catalogue names its own bodies, not the national guideline's generic ones.

Catalogues are adapted to the locality, not copied one-size-fits-all (国办发〔2019〕54号 task 1). A
subject still written as the guideline's generic "县级…部门", "乡镇人民政府" or "公安机关" in a
county or township catalogue shows a row copied without localising it (information).

Passes: ``subject: 示例县民政局``. Flags: ``subject: 县级人民政府民政部门``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R08",
        "generic-subject",
        Severity.INFO,
        zh="事项 {matter} 的公开主体仍为通用表述“{subject}”",
        en="{matter} still names the generic body '{subject}'",
        fix_zh="请写明本地具体负责的机关（如“示例县民政局”）。",
        fix_en="name the actual local body (e.g. 示例县民政局).",
        citation="国办发〔2019〕54号 任务一（因地制宜，避免“一刀切”）",
    ),
)
CODES = codes(SPECS)
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
_GENERIC = re.compile(r"^(?:县级|乡级|县（市、区）|县\(市、区\)|区县|市、区县|乡镇人民政府$|公安机关$|司法行政部门$)")


def check(context: RuleContext) -> Iterator[Finding]:
    if context.catalogue.level not in (CatalogueLevel.COUNTY, CatalogueLevel.TOWNSHIP):
        return
    for index, matter in applicable(context.catalogue):
        if matter.subject and _GENERIC.search(matter.subject):
            yield finding("R08", ("matters", index, "subject"), matter=matter.id, subject=matter.subject)
