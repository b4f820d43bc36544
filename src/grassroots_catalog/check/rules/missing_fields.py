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

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import Channel
from grassroots_catalog.model.fields import FIELDS
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R09",
        "missing-name",
        Severity.ERROR,
        zh="事项 {matter} 缺少一级事项名称",
        en="{matter} has no 一级事项 name",
        fix_zh="请填写一级事项。",
        fix_en="give its 一级事项.",
        citation="国办发〔2019〕54号（目录至少包括公开事项名称）",
    ),
    CodeSpec(
        "R10",
        "missing-content",
        Severity.ERROR,
        zh="事项 {matter} 缺少公开内容（要素）",
        en="{matter} has no content elements",
        fix_zh="请逐项列出公开内容。",
        fix_en="list what is disclosed, one element per item.",
        citation="国办发〔2019〕54号（目录至少包括公开内容）",
    ),
    CodeSpec(
        "R13",
        "missing-subject",
        Severity.ERROR,
        zh="事项 {matter} 缺少公开主体",
        en="{matter} names no responsible body",
        fix_zh="请写明负责公开的机关。",
        fix_en="name the body responsible for disclosing it.",
        citation="国办发〔2019〕54号；《政府信息公开条例》第十条",
    ),
    CodeSpec(
        "R14",
        "missing-mode",
        Severity.ERROR,
        zh="事项 {matter} 未勾选公开方式",
        en="{matter} ticks no mode (主动 / 依申请)",
        fix_zh="请勾选“主动”或“依申请”。",
        fix_en="tick 主动 or 依申请.",
        citation="国办发〔2019〕54号；《政府信息公开条例》第十三条",
    ),
    CodeSpec(
        "R15",
        "channels",
        Severity.ERROR,
        zh={"": "事项 {matter} 未勾选公开渠道和载体", "no-carrier": "事项 {matter} 勾选了“其他”渠道，但未写明载体"},
        en={"": "{matter} ticks no channel", "no-carrier": "{matter} ticks 其他 but does not name its carrier"},
        fix_zh="请勾选实际使用的渠道；“其他”须写明载体，如“其他：法律服务网”。",
        fix_en="tick the channels used; 其他 must name its carrier, e.g. 其他：法律服务网.",
        citation="国办发〔2019〕54号（目录至少包括公开渠道）",
    ),
    CodeSpec(
        "R16",
        "missing-audience",
        Severity.ERROR,
        zh="事项 {matter} 未勾选公开对象",
        en="{matter} ticks no audience",
        fix_zh="请勾选“全社会”或“特定群体”。",
        fix_en="tick 全社会 or 特定群体.",
        citation="国办发〔2019〕54号（目录至少包括公开对象）",
    ),
    CodeSpec(
        "R17",
        "missing-level",
        Severity.WARNING,
        zh="事项 {matter} 未勾选公开层级",
        en="{matter} ticks no disclosure level",
        fix_zh="请勾选“县级”或“乡级”。",
        fix_en="tick 县级 or 乡级.",
        citation="各领域国家标准指引（公开层级栏）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R09、R10、R13、R14、R15、R16、R17：每个事项写全目录一行应有的要素。

检查内容：每个适用的事项都有一级事项名称（R09）、公开内容（R10）、公开主体（R13）、公开方式（R14）、
至少一个公开渠道（R15；勾选“其他”时要写明具体载体）、公开对象（R16）和公开层级（R17）。依据：
国办发〔2019〕54号（目录至少包括每个事项的名称、内容、依据、时限、主体、方式、渠道和对象）；各领域国
家标准指引的表格都有公开层级栏。

通过::

    - {id: a, area: health, name: {level1: 甲}, content: [条件], subject: 示例县卫生健康局,
       channels: [政府网站], audience: [全社会], mode: [主动], level: [县级]}

不通过（R10、R15）::

    - {id: a, area: health, name: {level1: 甲}, subject: 示例县卫生健康局,
       audience: [全社会], mode: [主动], level: [县级]}
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
REQUIRED = {spec.requirement.code: spec.name for spec in FIELDS if spec.requirement and spec.requirement.code in CODES}
"""The element of a row each code requires not to be empty, from the field table (model/fields.py):
a field whose row names one of this module's codes is checked here."""


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        for code, field in REQUIRED.items():
            value = matter.name.level1 if field == "name" else getattr(matter, field)
            if not value:
                yield finding(code, ("matters", index, field), matter=matter.id)
        for position, channel in enumerate(matter.channels):
            if channel.box is Channel.OTHER and not channel.carrier:
                yield finding("R15", ("matters", index, "channels", position), reason="no-carrier", matter=matter.id)
