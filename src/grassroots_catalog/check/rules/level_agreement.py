"""R03: rows belong to the catalogue owner's level: a county catalogue's rows tick 县级, a township's 乡级.

Each government compiles its own-level (本级) catalogue (国办发〔2019〕54号 task 1); the national
tables' 公开层级 column says which level discloses each matter (warning).

Passes: a county catalogue row with ``level: [县级, 乡级]``. Fails: a county row with ``level: [乡级]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import CatalogueLevel, DisclosureLevel
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R03",
        "own-level",
        Severity.WARNING,
        zh={
            "county": "事项 {matter} 未勾选本级公开层级“县级”",
            "township": "事项 {matter} 未勾选本级公开层级“乡级”",
        },
        en={
            "county": "{matter} does not tick this catalogue's own level, county level",
            "township": "{matter} does not tick this catalogue's own level, township level",
        },
        fix_zh="本级目录只收录本级公开的事项；请核对公开层级。",
        fix_en="an own-level catalogue holds own-level matters; check its level.",
        citation="国办发〔2019〕54号 二(四)",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R03：各行属于目录所属政府的层级：县级目录的行勾选“县级”，乡级目录的行勾选“乡级”。

各级政府编制本级目录（国办发〔2019〕54号 任务一）；国家指引表格的公开层级栏写明每个事项由哪一级公开
（警告）。

通过：县级目录中 ``level: [县级, 乡级]`` 的行。不通过：县级目录中 ``level: [乡级]`` 的行。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ("level",)
"""Each row judged on its own: against the catalogue's own level."""
_OWN = {CatalogueLevel.COUNTY: DisclosureLevel.COUNTY, CatalogueLevel.TOWNSHIP: DisclosureLevel.TOWNSHIP}


def check(context: RuleContext) -> Iterator[Finding]:
    own = _OWN.get(context.catalogue.level)
    if own is None:
        return
    for index, matter in applicable(context.catalogue):
        if matter.level and own not in matter.level:
            yield finding(
                "R03", ("matters", index, "level"), reason=context.catalogue.level.value, matter=matter.id, own=own.zh
            )
