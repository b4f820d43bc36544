"""R12, R19, R22: time limits that can be read, within 20 working days, and not a display period.

- R12: a time limit is given and can be interpreted (requirements.md §4.5): error if empty, warning if
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

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.domain.timelimits import TimeLimitClass
from grassroots_catalog.domain.vocabularies import Mode
from grassroots_catalog.results import Finding, Severity

CODES = ("R12", "R19", "R22")
_NO_DEADLINE = {TimeLimitClass.VAGUE, TimeLimitClass.UNPARSED, TimeLimitClass.DISPLAY, TimeLimitClass.CONSULT}


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        path = ("matters", index, "time_limit")
        limit = matter.time_limit
        if limit is None or not limit.text:
            yield finding(
                "R12",
                Severity.ERROR,
                path,
                matter=matter.id,
                detail_zh="公开时限为空",
                detail_en="no time limit is given",
            )
            continue
        if limit.kind is TimeLimitClass.UNPARSED:
            yield finding(
                "R12",
                Severity.WARNING,
                path,
                matter=matter.id,
                text=limit.text,
                detail_zh=f"无法识别“{limit.text}”",
                detail_en=f"'{limit.text}' cannot be interpreted",
            )
        if limit.kind is TimeLimitClass.DISPLAY:
            yield finding("R22", Severity.WARNING, path, matter=matter.id, text=limit.text)
        if Mode.PROACTIVE not in matter.mode:
            continue
        too_long = limit.working_days is not None and limit.working_days > 20
        if not too_long and limit.kind not in _NO_DEADLINE:
            continue
        if any(instrument.is_statute for instrument in matter.basis):
            continue
        severity = Severity.WARNING if matter.basis else Severity.ERROR
        yield finding(
            "R19",
            severity,
            path,
            matter=matter.id,
            text=limit.text,
            support_zh="仅有规章或规范性文件作依据" if matter.basis else "无法律、法规依据",
            support_en="only rules or normative documents support it"
            if matter.basis
            else "no law or regulation supports it",
        )
