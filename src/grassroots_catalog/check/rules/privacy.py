"""R28, R29: personal information is not published to everyone; case-specific information reaches its group.

- R28 (heuristic, warning): a proactive matter for the whole of society that uses mass channels and
  whose content mentions personal identifiers (身份证号, 住址, 联系电话 …) may disclose what
  《政府信息公开条例》第十五条 protects; review it.
- R29 (information): a matter whose only audience is a specific group (特定群体) but which is posted
  on mass channels (政府网站, 广播电视, notice boards); some name lists are posted publicly under their
  own rules, so this is only a prompt to check (第十五条; guideline practice: 精准推送).

Passes: ``{audience: [特定群体], channels: [精准推送]}``.
Flags R28: ``{mode: [主动], audience: [全社会], channels: [政府网站], content: [姓名, 身份证号]}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import Audience, Channel, Mode
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R28",
        "personal-information",
        Severity.WARNING,
        zh="面向全社会主动公开的事项 {matter} 的内容涉及个人信息：{identifiers}",
        en="{matter} is disclosed proactively to everyone but its content mentions personal information: {identifiers}",
        fix_zh="请核对是否涉及个人隐私，必要时改为向特定群体精准推送。",
        fix_en="check for personal privacy; if so, reach the persons concerned by targeted push.",
        citation="《政府信息公开条例》第十五条",
    ),
    CodeSpec(
        "R29",
        "specific-group-on-mass-channel",
        Severity.INFO,
        zh="仅面向特定群体的事项 {matter} 使用了面向公众的渠道",
        en="{matter} is for a specific group only but uses channels for the general public",
        fix_zh="请核对是否应改为精准推送。",
        fix_en="check whether a targeted push is meant.",
        citation="《政府信息公开条例》第十五条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R28、R29：个人信息不向全社会公开；针对个案的信息送达特定群体。

- R28（近似检查，警告）：面向全社会、通过大众渠道主动公开的事项，其公开内容提到个人身份信息（身份证
  号、住址、联系电话……），可能公开了《政府信息公开条例》第十五条保护的内容；请核对。
- R29（提示）：只面向特定群体的事项却在大众渠道（政府网站、广播电视、公示栏）发布；有些名单依其本身
  规定公示，所以这只是提醒核对（第十五条；国家指引的做法：精准推送）。

通过：``{audience: [特定群体], channels: [精准推送]}``。标出 R28：
``{mode: [主动], audience: [全社会], channels: [政府网站], content: [姓名, 身份证号]}``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
_IDENTIFIERS = re.compile(r"身份证(?:号|号码)|住址|家庭住址|联系电话|手机号|病历|病情|家庭成员|银行(?:卡|账)号")
_MASS = frozenset({Channel.WEBSITE, Channel.NEW_MEDIA, Channel.BROADCAST, Channel.PRINT, Channel.NOTICE_BOARD})


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        boxes = {channel.box for channel in matter.channels}
        public = Audience.PUBLIC in matter.audience
        if public and Mode.PROACTIVE in matter.mode and boxes & _MASS:
            content = "\n".join(matter.content)  # one search per matter; most have nothing to find
            hits = sorted({m.group(0) for m in _IDENTIFIERS.finditer(content)}) if _IDENTIFIERS.search(content) else []
            if hits:
                yield finding(
                    "R28",
                    ("matters", index, "content"),
                    matter=matter.id,
                    identifiers="、".join(hits),
                )
        if matter.audience == (Audience.SPECIFIC_GROUP,) and boxes & {
            Channel.WEBSITE,
            Channel.BROADCAST,
            Channel.NOTICE_BOARD,
        }:
            yield finding("R29", ("matters", index, "channels"), matter=matter.id)
