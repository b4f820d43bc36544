"""What every comparison format shows the same way: the statuses, a tally, the heading lines."""

from __future__ import annotations

from grassroots_catalog.diffs.comparison import STATUSES, Comparison, RowStatus, Tally
from grassroots_catalog.messages.words import field_label, report_text
from grassroots_catalog.report.diff.words import area_label

__all__ = [
    "TAKEN_AWAY",
    "area_label",
    "field_name",
    "header_lines",
    "judged",
    "status_labels",
    "taken_away",
    "tally_text",
]

TAKEN_AWAY = (RowStatus.WEAKENED, RowStatus.MISSING)
"""The statuses the matrix's cells count: what a catalogue took away from the reference."""


def field_name(field: str, lang: str) -> str:
    """A field that decided a row's status, for a reader: a matter field, the area, the not-applicable mark."""
    if field in ("area", "not_applicable"):
        return report_text(f"diff.field.{field}", lang)
    return field_label(field, lang)


def status_labels(lang: str) -> list[str]:
    return [status.label(lang) for status in STATUSES]


def taken_away(tally: Tally) -> int:
    return sum(tally[status] for status in TAKEN_AWAY)


def judged(tally: Tally) -> int:
    """The reference rows a tally counts (every status but ``added``)."""
    return tally.total - tally[RowStatus.ADDED]


def tally_text(tally: Tally, lang: str) -> str:
    """A tally as one line, every non-zero status (照搬 12，弱化 1 …)."""
    parts = [
        report_text("compare.count", lang, label=status.label(lang), count=tally[status])
        for status in STATUSES
        if tally[status]
    ]
    return report_text("compare.separator", lang).join(parts) or "0"


def header_lines(comparison: Comparison, lang: str) -> list[str]:
    """The title, how the catalogues were judged, what was not compared, which files were not read."""
    lines = [
        report_text("compare.title", lang, against=comparison.against, count=len(comparison)),
        report_text("compare.judged.merged" if comparison.merged else "compare.judged.written", lang),
    ]
    if comparison.ignored:
        lines.append(report_text("compare.ignored", lang, fields=", ".join(comparison.ignored)))
    if comparison.unreadable:
        files = ", ".join(problem.file for problem in comparison.unreadable)
        lines.append(report_text("compare.unreadable", lang, files=files))
    return lines
