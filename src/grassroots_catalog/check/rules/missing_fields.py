"""R09, R10, R13, R14, R15, R16, R17: every matter states the elements of a catalogue row.

What it checks: each applicable matter has a 一级事项 name (R09), content elements (R10), a subject
(R13), a mode (R14), at least one channel (R15; 其他 must name its carrier), an audience (R16), and a
disclosure level (R17). Source: 国办发〔2019〕54号 (the catalogue holds at least the name, content,
basis, time limit, subject, mode, channel and audience of each matter); the level column is in every
national guideline table.

Passes::

    - {id: a, area: health, name: {level1: 甲}, content: [条件], subject: 示例县卫生健康局,
       channels: [政府网站], audience: [全社会], mode: [主动], level: [县级]}

Fails (R10, R15)::

    - {id: a, area: health, name: {level1: 甲}, subject: 示例县卫生健康局,
       audience: [全社会], mode: [主动], level: [县级]}
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.domain.vocabularies import Channel
from grassroots_catalog.results import Finding, Severity

# (code, field, severity) for each element that must not be empty
REQUIRED = (
    ("R09", "name", Severity.ERROR),
    ("R10", "content", Severity.ERROR),
    ("R13", "subject", Severity.ERROR),
    ("R14", "mode", Severity.ERROR),
    ("R15", "channels", Severity.ERROR),
    ("R16", "audience", Severity.ERROR),
    ("R17", "level", Severity.WARNING),
)
CODES = tuple(code for code, _, _ in REQUIRED)


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        for code, field, severity in REQUIRED:
            value = matter.name.level1 if field == "name" else getattr(matter, field)
            if not value:
                yield finding(code, severity, ("matters", index, field), matter=matter.id)
        for position, channel in enumerate(matter.channels):
            if channel.box is Channel.OTHER and not channel.carrier:
                yield finding(
                    "R15",
                    Severity.ERROR,
                    ("matters", index, "channels", position),
                    matter=matter.id,
                    detail_zh="“其他”须写明载体",
                    detail_en="其他 must name its carrier",
                )
