"""R08: a county or township catalogue names its own bodies, not the national guideline's generic ones.

Catalogues are adapted to the locality, not copied one-size-fits-all (国办发〔2019〕54号 task 1). A
subject still written as a generic body — the guideline's "县级…部门", "公安机关", "教育部门",
"乡镇人民政府", or a township table's own "镇级人民政府", "乡人民政府", "街道办事处" — shows a row copied
without localising it (information). The advice names the body that would localise it, from the generic
subject itself and the catalogue's own place: 公安机关 in 示例县 → 示例县公安局, not always a 民政局; a
township's → 示例镇人民政府. What counts as generic is :mod:`grassroots_catalog.domain.subjects`.

Passes: ``subject: 示例县民政局``, ``subject: 示例镇人民政府``. Flags: ``subject: 县级人民政府民政部门``,
``subject: 街道办事处``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.subjects import is_generic, local_body, place_of
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R08",
        "generic-subject",
        Severity.INFO,
        zh="事项 {matter} 的公开主体仍为通用表述“{subject}”",
        en="{matter} still names the generic body '{subject}'",
        fix_zh="请写明本地具体负责的机关，例如“{suggestion}”。",
        fix_en="name the actual local body, e.g. {suggestion}.",
        citation="国办发〔2019〕54号 任务一（因地制宜，避免“一刀切”）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R08：县、乡目录写明本地的具体机关，而不是国家指引的通用表述。

目录应因地制宜，避免“一刀切”照搬（国办发〔2019〕54号 任务一）。公开主体仍写作通用机关——指引中的“县级……
部门”“公安机关”“教育部门”“乡镇人民政府”，或乡级目录自己的“镇级人民政府”“乡人民政府”“街道办事处”——说
明这一行照抄而未本地化（提示）。修改建议根据通用主体本身和本目录所属地方给出本地机关名称：示例县的
“公安机关”→“示例县公安局”，而不总是民政局；乡镇的→“示例镇人民政府”。何为通用表述见
:mod:`grassroots_catalog.domain.subjects`。

通过：``subject: 示例县民政局``、``subject: 示例镇人民政府``。标出：
``subject: 县级人民政府民政部门``、``subject: 街道办事处``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
# It judges each row on its own, but declares no ROW_BY_ROW: its advice names the catalogue's own
# place, which no two townships share, so no row's findings could be taken from a sibling's.
_EXAMPLE_PLACE = {CatalogueLevel.COUNTY: "示例县", CatalogueLevel.TOWNSHIP: "示例镇"}


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    if catalogue.level not in _EXAMPLE_PLACE:
        return
    jurisdiction = catalogue.jurisdiction.name if catalogue.jurisdiction is not None else None
    place = place_of(jurisdiction) or _EXAMPLE_PLACE[catalogue.level]
    township = catalogue.level is CatalogueLevel.TOWNSHIP
    for index, matter in applicable(catalogue):
        if matter.subject and is_generic(matter.subject):
            suggestion = local_body(matter.subject, place=place, township=township)
            yield finding(
                "R08", ("matters", index, "subject"), matter=matter.id, subject=matter.subject, suggestion=suggestion
            )
