"""``gcat diff --format markdown``: a summary and one table per area, for a pull request or a report."""

from __future__ import annotations

from grassroots_catalog.diffs.model import CatalogueDiff, Change
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.diff.words import area_label, by_area, field_name, summary, title, value_text
from grassroots_catalog.report.table import markdown_cell

_COLUMNS = ("name", "field", "kind", "old", "new")


def _row(change: Change, lang: str) -> str:
    cells = (
        change.name,
        field_name(change, lang),
        change.kind.label(lang),
        value_text(change.old, lang),
        value_text(change.new, lang),
    )
    return "| " + " | ".join(markdown_cell(c) for c in cells) + " |"


def _table(changes: list[Change], lang: str) -> list[str]:
    header = "| " + " | ".join(report_text(f"diff.column.{key}", lang) for key in _COLUMNS) + " |"
    return [header, "|" + "---|" * len(_COLUMNS), *(_row(change, lang) for change in changes)]


def render(result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    lines = [f"# {markdown_cell(title(result, lang))}", "", summary(result, lang)]
    if result.metadata:
        lines += ["", f"## {report_text('diff.metadata.heading', lang)}", "", *_table(list(result.metadata), lang)]
    for area, rows in by_area(result):
        lines += ["", f"## {area_label(area, lang)} (`{area}`)", "", *_table([c for r in rows for c in r], lang)]
    return "\n".join(lines) + "\n"
