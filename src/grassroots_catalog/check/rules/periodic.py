"""R20: a periodic time limit comes from the rule that sets the period; the annual report by 31 January.

《政府信息公开条例》第二十六条 (second sentence) lets laws and regulations set other limits; a periodic
limit (每年, 按季度 …) should therefore cite an instrument (warning when the basis is empty). The annual
report on government information disclosure is due by 31 January (第四十九条), so a 年度报告 row
must read 每年1月31日前 or earlier (warning).

Passes: ``{name: {level1: 政府信息公开工作年度报告}, time_limit: 每年1月31日前}``.
Fails: ``{name: {level1: 政府信息公开工作年度报告}, time_limit: 每年3月31日前}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.timelimits import TimeLimitClass
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R20",
        "periodic-time-limit",
        Severity.WARNING,
        zh={
            "annual-report": "事项 {matter} 的时限“{text}”：年度报告应于每年1月31日前公布",
            "periodic-basis": "事项 {matter} 的时限“{text}”：定期公开须写明规定该周期的依据",
        },
        en={
            "annual-report": "{matter}: '{text}': the annual report is due by 31 January",
            "periodic-basis": "{matter}: '{text}': a periodic limit needs the instrument that sets the period",
        },
        fix_zh="请核对时限及其依据。",
        fix_en="check the time limit and its basis.",
        citation="《政府信息公开条例》第二十六条、第四十九条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R20：定期公开的时限要有规定周期的依据；政府信息公开工作年度报告在1月31日前公布。

《政府信息公开条例》第二十六条第二句允许法律、法规另行规定时限；因此按周期公开的时限（每年、按季度……）
应当引用相应文件（公开依据为空时为警告）。政府信息公开工作年度报告应在每年1月31日前公布（第四十九条），
所以年度报告一行应写“每年1月31日前”或更早（警告）。

通过：``{name: {level1: 政府信息公开工作年度报告}, time_limit: 每年1月31日前}``。不通过：
``{name: {level1: 政府信息公开工作年度报告}, time_limit: 每年3月31日前}``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
_BY_JANUARY = re.compile(r"(?:1|一)月(?:[0-9]{1,2}|[一二三四五六七八九十]+)日")


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        limit = matter.time_limit
        if limit is None:
            continue
        path = ("matters", index, "time_limit")
        annual_report = any("年度报告" in part for part in matter.name.parts())
        if annual_report and not _BY_JANUARY.search(limit.text):
            yield finding("R20", path, reason="annual-report", matter=matter.id, text=limit.text)
        elif limit.kind is TimeLimitClass.PERIODIC and not matter.basis:
            yield finding("R20", path, reason="periodic-basis", matter=matter.id, text=limit.text)
