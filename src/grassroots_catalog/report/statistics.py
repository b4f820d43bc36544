"""``gcat validate --statistics``: how many findings of each code, the most frequent first, as ruff
counts them; for a county office deciding what to fix first, or a province comparing counties."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from grassroots_catalog.messages import spec_for
from grassroots_catalog.report.table import display_width, pad
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport


def statistics(reports: Iterable[FileReport], *, min_severity: Severity = Severity.INFO) -> list[tuple[str, int]]:
    """Each code of the findings at or above ``min_severity`` with its count: most frequent first, then
    by code. Findings set aside (a reasoned comment, a config, a baseline) are not counted."""
    counts = Counter(f.code for report in reports for f in report.findings if f.severity >= min_severity)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def rows(
    reports: Iterable[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO
) -> list[dict[str, Any]]:
    """The counts as records: code, its short name, its title in ``lang``, its severity, and the count."""
    out = []
    for code, count in statistics(reports, min_severity=min_severity):
        spec = spec_for(code)
        out.append(
            {
                "code": code,
                "name": spec.name if spec is not None else None,
                "title": spec.title(lang) if spec is not None else code,
                "severity": spec.severity.slug if spec is not None else None,
                "count": count,
            }
        )
    return out


def render(
    reports: Iterable[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, as_json: bool = False
) -> str:
    """The counts as an aligned table (count, code, its slug, its title in ``lang``), or as a JSON list
    of :func:`rows`."""
    records = rows(reports, lang=lang, min_severity=min_severity)
    if as_json:
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if not records:
        return ""
    table = [(str(r["count"]), r["code"], r["name"] or "", r["title"]) for r in records]
    widths = [max(display_width(row[column]) for row in table) for column in range(3)]
    return "".join(
        f"{count.rjust(widths[0])}  {pad(code, widths[1])}  {pad(name, widths[2])}  {title}\n"
        for count, code, name, title in table
    )
