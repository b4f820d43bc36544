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

from grassroots_catalog.check.rules._common import RuleContext, finding
from grassroots_catalog.results import Finding, Severity

CODES = ("R04", "R06")
DEADLINE = dt.date(2020, 12, 31)


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    as_of: dt.date = context.options.get("as_of", DEADLINE)
    published = catalogue.published
    if published is None or published.date is None or published.url is None:
        yield finding(
            "R04",
            Severity.WARNING,
            ("published",),
            detail_zh="未写明公布日期和网址",
            detail_en="the publication date and address are not given",
        )
    elif published.date > DEADLINE and as_of >= DEADLINE:
        yield finding(
            "R04",
            Severity.WARNING,
            ("published", "date"),
            date=published.date.isoformat(),
            detail_zh=f"公布于 {published.date.isoformat()}，晚于2020年底的期限",
            detail_en=f"published on {published.date.isoformat()}, after the end-2020 deadline",
        )
    revised = catalogue.revised
    stale_after = int(context.options.get("stale_after_days", 365))
    if revised is None:
        yield finding(
            "R06",
            Severity.INFO,
            ("revised",),
            detail_zh="未写明最近修订日期",
            detail_en="no last-revised date is given",
        )
    elif (as_of - revised).days > stale_after:
        yield finding(
            "R06",
            Severity.WARNING,
            ("revised",),
            detail_zh=f"最近修订于 {revised.isoformat()}，已超过 {stale_after} 天",
            detail_en=f"last revised on {revised.isoformat()}, more than {stale_after} days ago",
        )
