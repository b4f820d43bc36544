"""R05: a proactive matter for the whole of society is published on the government website.

The county portal publishes in one place all that the county, its departments and its townships must
disclose proactively (国办发〔2019〕54号 task 4; 《政府信息公开条例》第二十四条). Catalogue proxy: every
主动 + 全社会 matter ticks 政府网站. Matters whose only audience is 特定群体 are exempt (see R29).

Passes: ``{mode: [主动], audience: [全社会], channels: [政府网站, 政务服务中心]}``.
Fails: ``{mode: [主动], audience: [全社会], channels: [政务服务中心]}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.domain.vocabularies import Audience, Channel, Mode
from grassroots_catalog.results import Finding, Severity

CODES = ("R05",)


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if (
            Mode.PROACTIVE in matter.mode
            and Audience.PUBLIC in matter.audience
            and matter.channels
            and all(channel.box is not Channel.WEBSITE for channel in matter.channels)
        ):
            yield finding("R05", Severity.ERROR, ("matters", index, "channels"), matter=matter.id)
