"""R11: every matter cites its basis (公开依据), each instrument named in 《》.

An empty basis is an error; an instrument not written in 《》 is a warning, because the rules that
judge time limits (R19) cannot tell what kind of instrument it is. Source: 国办发〔2019〕54号.

Passes: ``basis: [《中华人民共和国政府信息公开条例》]``. Fails: ``basis: []``; warns: ``basis: [信息公开规定]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.results import Finding, Severity

CODES = ("R11",)


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if not matter.basis:
            yield finding(
                "R11",
                Severity.ERROR,
                ("matters", index, "basis"),
                matter=matter.id,
                detail_zh="公开依据为空",
                detail_en="the basis is empty",
            )
            continue
        for position, instrument in enumerate(matter.basis):
            if "《" not in instrument.title:
                yield finding(
                    "R11",
                    Severity.WARNING,
                    ("matters", index, "basis", position),
                    matter=matter.id,
                    detail_zh=f"“{instrument.title}”未用书名号写明文件名称",
                    detail_en=f"'{instrument.title}' does not name an instrument in 《》",
                )
