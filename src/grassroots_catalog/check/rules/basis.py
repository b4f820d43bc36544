"""R11: every matter cites its basis (公开依据), each instrument named in 《》.

An empty basis is an error; an instrument not written in 《》 is a warning, because the rules that
judge time limits (R19) cannot tell what kind of instrument it is. Source: 国办发〔2019〕54号.

Passes: ``basis: [《中华人民共和国政府信息公开条例》]``. Fails: ``basis: []``; warns: ``basis: [信息公开规定]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R11",
        "basis",
        Severity.ERROR,
        zh={"empty": "事项 {matter}：公开依据为空", "unbracketed": "事项 {matter}：“{title}”未用书名号写明文件名称"},
        en={
            "empty": "{matter}: the basis is empty",
            "unbracketed": "{matter}: '{title}' does not name an instrument in 《》",
        },
        fix_zh="请写明公开依据的法律、法规或文件全称，用书名号《》。",
        fix_en="cite the laws, regulations or documents by their full names in 《》.",
        citation="国办发〔2019〕54号（目录至少包括公开依据）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R11：每个事项写明公开依据，每件文件用《》标明名称。

公开依据为空是错误；文件名称未用《》标明是警告，因为评判公开时限的规则（R19）无法据此判断它是哪类文
件。依据：国办发〔2019〕54号。

通过：``basis: [《中华人民共和国政府信息公开条例》]``。不通过：``basis: []``；警告：
``basis: [信息公开规定]``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if not matter.basis:
            yield finding("R11", ("matters", index, "basis"), reason="empty", matter=matter.id)
            continue
        for position, instrument in enumerate(matter.basis):
            if "《" not in instrument.title:
                yield finding(
                    "R11",
                    ("matters", index, "basis", position),
                    reason="unbracketed",
                    severity=Severity.WARNING,
                    matter=matter.id,
                    title=instrument.title,
                )
