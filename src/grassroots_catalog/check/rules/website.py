"""R05: a proactive matter for the whole of society is published on the government website.

The county portal publishes in one place all that the county, its departments and its townships must
disclose proactively (国办发〔2019〕54号 task 4; 《政府信息公开条例》第二十四条). Catalogue proxy: every
主动 + 全社会 matter ticks 政府网站. Matters whose only audience is 特定群体 are exempt (see R29).

Passes: ``{mode: [主动], audience: [全社会], channels: [政府网站, 政务服务中心]}``.
Fails: ``{mode: [主动], audience: [全社会], channels: [政务服务中心]}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import Audience, Channel, Mode
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R05",
        "proactive-not-on-website",
        Severity.ERROR,
        zh="主动、面向全社会公开的事项 {matter} 未在政府网站公开",
        en="{matter} is proactive and for the whole of society but not on the government website",
        fix_zh="请勾选“政府网站”：县级政府门户网站应集中发布应主动公开的信息。",
        fix_en="tick 政府网站: the county portal publishes all proactive information in one place.",
        citation="国办发〔2019〕54号 任务四；《政府信息公开条例》第二十四条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R05：面向全社会主动公开的事项在政府网站发布。

县级政府门户网站集中发布县政府及其部门、乡镇应当主动公开的信息（国办发〔2019〕54号 任务四；
《政府信息公开条例》第二十四条）。在目录中的近似检查：每个“主动”且面向“全社会”的事项都勾选“政府网站”。
只面向特定群体的事项不在此列（见 R29）。

通过：``{mode: [主动], audience: [全社会], channels: [政府网站, 政务服务中心]}``。不通过：
``{mode: [主动], audience: [全社会], channels: [政务服务中心]}``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if (
            Mode.PROACTIVE in matter.mode
            and Audience.PUBLIC in matter.audience
            and matter.channels
            and all(channel.box is not Channel.WEBSITE for channel in matter.channels)
        ):
            yield finding("R05", ("matters", index, "channels"), matter=matter.id)
