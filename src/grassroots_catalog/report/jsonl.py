"""JSON Lines: one JSON object per finding, written as each file finishes (format in docs/cli.md).

For national runs: a stream another tool reads line by line (``jq``, a database's bulk loader, pandas'
``read_json(lines=True)``) without waiting for, or holding, the whole run. Each line is a finding's
:meth:`~grassroots_catalog.results.Finding.to_dict` with the file that was checked (``checked``) and,
for a finding set aside, why (``suppressed``: its reason and source; null for the others).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport


def render(
    reports: Sequence[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, **_: object
) -> str:
    """Every finding at or above ``min_severity``, then those set aside, one JSON object a line."""
    return "".join(stream(reports, lang=lang, min_severity=min_severity))


def stream(
    reports: Iterable[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, **_: object
) -> Iterator[str]:
    """:func:`render` as each report comes: its findings, then what was set aside in it."""
    for report in reports:
        lines = [_line(report, finding, lang, None) for finding in report.findings if finding.severity >= min_severity]
        lines += [
            _line(report, item.finding, lang, {"reason": item.reason, "source": item.source})
            for item in report.suppressed
        ]
        if lines:
            yield "".join(lines)


def _line(report: FileReport, finding: Finding, lang: str, suppressed: dict[str, str] | None) -> str:
    record: dict[str, Any] = {**finding.to_dict(lang), "checked": report.file, "suppressed": suppressed}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
