"""R04, R06: the catalogue says where and when it was published, and when it was last revised.

- R04: the catalogue is made public (国办发〔2019〕54号: "并向社会公开"); its metadata gives the
  publication date and address (warning when missing), and a publication after the end-2020 deadline
  is reported late (warning) once the ``--as-of`` date has passed the deadline.
- R06: the catalogue is kept current (《政府信息公开条例》第十二条: 应当及时更新): a last-revised date is
  given (information when missing), and a revision more than ``stale_after_days`` (default 365) before
  the ``--as-of`` date is reported stale (warning).

Passes: ``published: {date: 2020-12-15, url: https://…}``, ``revised: 2020-11-30`` (as of 2020-12-31).
Fails: no ``published``; ``published: {date: 2021-03-01}`` (late).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, codes, finding
from grassroots_catalog.results import Finding, Severity

DEADLINE = dt.date(2020, 12, 31)
SPECS = (
    CodeSpec(
        "R04",
        "publication",
        Severity.WARNING,
        zh={"missing": "目录公开情况：未写明公布日期和网址", "late": "目录公开情况：公布于 {date}，晚于2020年底的期限"},
        en={
            "missing": "publication of the catalogue: the publication date and address are not given",
            "late": "publication of the catalogue: published on {date}, after the end-2020 deadline",
        },
        fix_zh="请在 published 下写明公布日期和网址。",
        fix_en="give the publication date and address under published.",
        citation="国办发〔2019〕54号 二(四)（并向社会公开）",
    ),
    CodeSpec(
        "R06",
        "revision",
        Severity.WARNING,
        zh={
            "missing": "目录更新情况：未写明最近修订日期",
            "stale": "目录更新情况：最近修订于 {revised}，已超过 {days} 天",
        },
        en={
            "missing": "keeping the catalogue current: no last-revised date is given",
            "stale": "keeping the catalogue current: last revised on {revised}, more than {days} days ago",
        },
        fix_zh="请动态更新目录，并在 revised 中写明修订日期。",
        fix_en="keep the catalogue current and give the revision date under revised.",
        citation="《政府信息公开条例》第十二条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R04、R06：目录写明在何时何处公布、最近一次何时修订。

- R04：目录应向社会公开（国办发〔2019〕54号：“并向社会公开”）；元数据写明公布日期和网址（缺少时为警
  告）；``--as-of`` 日期已过2020年底期限时，晚于期限的公布报为逾期（警告）。
- R06：目录应及时更新（《政府信息公开条例》第十二条）：写明最近修订日期（缺少时为提示）；修订日期早
  于 ``--as-of`` 日期超过 ``stale_after_days`` 天（默认365天）时报为过时（警告）。

通过：``published: {date: 2020-12-15, url: https://…}``、``revised: 2020-11-30``（以2020-12-31为准）。
不通过：没有 ``published``；``published: {date: 2021-03-01}``（逾期）。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS = {
    "as_of": Option(
        dt.date,
        DEADLINE,
        "检查基准日：据此判断公布是否逾期、修订是否过久（gcat validate --as-of）",
        "the date the catalogue is judged on: whether publication is late, revision stale (gcat validate --as-of)",
    ),
    "stale_after_days": Option(
        int,
        365,
        "最近修订早于基准日多少天即视为过久",
        "how many days before the as-of date a last revision counts as stale",
    ),
}
WHOLE_CATALOGUE = False


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    as_of: dt.date = context.options["as_of"]
    published = catalogue.published
    if published is None or published.date is None or published.url is None:
        yield finding("R04", ("published",), reason="missing")
    elif published.date > DEADLINE and as_of >= DEADLINE:
        yield finding("R04", ("published", "date"), reason="late", date=published.date.isoformat())
    revised = catalogue.revised
    stale_after: int = context.options["stale_after_days"]
    if revised is None:
        yield finding("R06", ("revised",), reason="missing", severity=Severity.INFO)
    elif (as_of - revised).days > stale_after:
        yield finding("R06", ("revised",), reason="stale", revised=revised.isoformat(), days=stale_after)
