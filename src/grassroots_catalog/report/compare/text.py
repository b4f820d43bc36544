"""``gcat compare --format text``: the matrix and its totals as aligned tables for a terminal.

Columns are aligned by display width (a Chinese character takes two columns,
:func:`grassroots_catalog.report.table.text_table`). The matrix's cells count what each catalogue took
away from the reference (rows weakened or missing) out of the rows compared; the full counts are in
the tables of totals, and in every other format cell by cell.
"""

from __future__ import annotations

from grassroots_catalog.diffs.comparison import Comparison
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare import tables
from grassroots_catalog.report.compare.words import header_lines
from grassroots_catalog.report.table import text_table


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    ranked = tables.most_taken_away(comparison, lang, top)
    sections = [
        "\n".join(header_lines(comparison, lang)),
        report_text("compare.by_catalogue", lang) + "\n" + text_table(tables.by_catalogue(comparison, lang)),
        report_text("compare.by_area", lang) + "\n" + text_table(tables.by_area(comparison, lang)),
        report_text("compare.matrix", lang) + "\n" + text_table(tables.matrix(comparison, lang)),
        report_text("compare.most_taken_away", lang)
        + "\n"
        + (text_table(ranked) if ranked is not None else report_text("compare.none_taken_away", lang)),
    ]
    return "\n\n".join(sections) + "\n"
