"""R21: a matter disclosed only on request states a reply limit within the statutory one.

An applicant gets a reply on the spot if possible, otherwise within 20 working days of receipt, with at
most one extension of 20 working days (《政府信息公开条例》第三十三条). Checked only where an on-request
row states a limit: more than 40 working days is reported (information).

Passes: ``{mode: [依申请], time_limit: 收到申请之日起20个工作日内}``.
Flags: ``{mode: [依申请], time_limit: 收到申请之日起60个工作日内}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import Mode
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R21",
        "on-request-reply-limit",
        Severity.INFO,
        zh="依申请事项 {matter} 的答复时限“{text}”超过法定的20个工作日（延长不超过20个工作日）",
        en="on-request matter {matter} states the reply limit '{text}', beyond the statutory 20 working days "
        "(plus at most 20)",
        fix_zh="请核对答复时限。",
        fix_en="check the reply limit.",
        citation="《政府信息公开条例》第三十三条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R21：只依申请公开的事项，写明的答复时限不超过法定时限。

能够当场答复的应当当场答复，不能当场答复的，应当自收到申请之日起20个工作日内答复，延长答复期限最长不
超过20个工作日（《政府信息公开条例》第三十三条）。只检查写明了时限的依申请事项：超过40个工作日的报出
（提示）。

通过：``{mode: [依申请], time_limit: 收到申请之日起20个工作日内}``。标出：
``{mode: [依申请], time_limit: 收到申请之日起60个工作日内}``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
_STATUTORY_MAXIMUM = 40  # 20 working days, plus one extension of 20


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        limit = matter.time_limit
        if matter.mode != (Mode.ON_REQUEST,) or limit is None or limit.working_days is None:
            continue
        if limit.working_days > _STATUTORY_MAXIMUM:
            yield finding("R21", ("matters", index, "time_limit"), matter=matter.id, text=limit.text)
