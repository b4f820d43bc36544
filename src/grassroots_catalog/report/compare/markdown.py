"""``gcat compare --format markdown``: the same tables as the text format, as Markdown, for a report
or a pull request (the matrix's cells, rows taken away of those judged, as in the text format)."""

from __future__ import annotations

from grassroots_catalog.diffs.comparison import Comparison
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare import tables
from grassroots_catalog.report.compare.words import header_lines
from grassroots_catalog.report.table import markdown_cell, markdown_table


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    title, *notes = header_lines(comparison, lang)
    ranked = tables.most_taken_away(comparison, lang, top)
    sections = [
        f"# {markdown_cell(title)}" + "".join(f"\n\n{line}" for line in notes),
        f"## {report_text('compare.by_catalogue', lang)}\n\n" + markdown_table(tables.by_catalogue(comparison, lang)),
        f"## {report_text('compare.by_area', lang)}\n\n" + markdown_table(tables.by_area(comparison, lang)),
        f"## {report_text('compare.matrix', lang)}\n\n" + markdown_table(tables.matrix(comparison, lang)),
        f"## {report_text('compare.most_taken_away', lang)}\n\n"
        + (markdown_table(ranked) if ranked is not None else report_text("compare.none_taken_away", lang)),
    ]
    return "\n\n".join(sections) + "\n"
