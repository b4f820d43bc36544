"""R12, R19, R22: time limits that can be read, within 20 working days, and not a display period.

- R12: a time limit is given and can be interpreted (docs/requirements.md §4.5): error if empty, warning if
  it fits none of the known shapes.
- R19: a proactive (主动) matter is disclosed within 20 working days of the information being formed
  or changed (《政府信息公开条例》第二十六条). A longer or vague limit is an error unless the basis cites
  a law or regulation (法律、法规), and a warning when only rules or normative documents support it,
  since article 26 names laws and regulations only.
- R22: a display period (公示期) is not a disclosure deadline: warning.

Passes: ``time_limit: 信息形成（变更）20个工作日内``. Fails R19: a 主动 matter with
``time_limit: 信息形成之日起30个工作日内`` and ``basis: []``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.timelimits import TimeLimitClass
from grassroots_catalog.domain.vocabularies import Mode
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R12",
        "time-limit",
        Severity.ERROR,
        zh={"empty": "事项 {matter}：公开时限为空", "unparsed": "事项 {matter}：无法识别“{text}”"},
        en={"empty": "{matter}: no time limit is given", "unparsed": "{matter}: '{text}' cannot be interpreted"},
        fix_zh="请写明公开时限，如“信息形成（变更）20个工作日内”。",
        fix_en="state a time limit, e.g. 信息形成（变更）20个工作日内.",
        citation="国办发〔2019〕54号（目录至少包括公开时限）",
    ),
    CodeSpec(
        "R19",
        "proactive-time-limit",
        Severity.ERROR,
        zh={
            "no-statute": "主动公开事项 {matter} 的时限“{text}”超过20个工作日或不明确，且无法律、法规依据",
            "rules-only": "主动公开事项 {matter} 的时限“{text}”超过20个工作日或不明确，且仅有规章或规范性文件作依据",
        },
        en={
            "no-statute": "proactive matter {matter} has the time limit '{text}', over 20 working days or vague, "
            "and no law or regulation supports it",
            "rules-only": "proactive matter {matter} has the time limit '{text}', over 20 working days or vague, "
            "and only rules or normative documents support it",
        },
        fix_zh="请改为20个工作日以内，或在公开依据中写明另有规定的法律、法规。",
        fix_en="bring it within 20 working days, or cite the law or regulation that sets another limit.",
        citation="《政府信息公开条例》第二十六条",
    ),
    CodeSpec(
        "R22",
        "display-period",
        Severity.WARNING,
        zh="事项 {matter} 的时限“{text}”是公示期，不是公开时限",
        en="{matter}: '{text}' is a display period, not a disclosure deadline",
        fix_zh="请另写公开时限（信息形成后多久公开）。",
        fix_en="state when the information is disclosed as well.",
        citation="docs/requirements.md R22（公示期与公开时限）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R12、R19、R22：公开时限可以读懂、不超过20个工作日，且不是公示期。

- R12：写明公开时限，并且能够识别（docs/requirements.md §4.5）：为空是错误，不属于任何已知写法是警告。
- R19：主动公开的事项，应自信息形成或者变更之日起20个工作日内公开（《政府信息公开条例》第二十六条）。
  时限更长或含糊时，除非公开依据引用了法律、法规，否则是错误；只有规章或规范性文件支持时是警告，因为
  第二十六条只认可法律、法规另行规定。
- R22：公示期不是公开时限：警告。

通过：``time_limit: 信息形成（变更）20个工作日内``。不符合 R19：主动公开的事项写
``time_limit: 信息形成之日起30个工作日内``，且 ``basis: []``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
_NO_DEADLINE = {TimeLimitClass.VAGUE, TimeLimitClass.UNPARSED, TimeLimitClass.DISPLAY, TimeLimitClass.CONSULT}


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        path = ("matters", index, "time_limit")
        limit = matter.time_limit
        if limit is None or not limit.text:
            yield finding("R12", path, reason="empty", matter=matter.id)
            continue
        if limit.kind is TimeLimitClass.UNPARSED:
            yield finding("R12", path, reason="unparsed", severity=Severity.WARNING, matter=matter.id, text=limit.text)
        if limit.kind is TimeLimitClass.DISPLAY:
            yield finding("R22", path, matter=matter.id, text=limit.text)
        if Mode.PROACTIVE not in matter.mode:
            continue
        too_long = limit.working_days is not None and limit.working_days > 20
        if not too_long and limit.kind not in _NO_DEADLINE:
            continue
        if any(instrument.is_statute for instrument in matter.basis):
            continue
        if matter.basis:  # article 26 names laws and regulations only: a lesser instrument is a warning
            yield finding(
                "R19", path, reason="rules-only", severity=Severity.WARNING, matter=matter.id, text=limit.text
            )
        else:
            yield finding("R19", path, reason="no-statute", matter=matter.id, text=limit.text)
