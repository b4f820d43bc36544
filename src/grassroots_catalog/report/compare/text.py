"""``gcat compare --format text``: the matrix and its totals as aligned tables for a terminal.

Columns are aligned by display width (a Chinese character takes two columns,
:func:`grassroots_catalog.report.table.text_table`). The matrix's cells count what each catalogue took
away from the reference (rows weakened or missing) out of the rows compared; the full counts are in
the tables of totals, and in every other format cell by cell.
"""

from __future__ import annotations

from grassroots_catalog.diffs.comparison import STATUSES, Comparison, RowStatus, Tally
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare.words import (
    area_label,
    header_lines,
    judged,
    status_labels,
    taken_away,
)
from grassroots_catalog.report.table import text_table


def _counts(tally: Tally) -> list[str]:
    return [str(tally[status]) for status in STATUSES] + [str(tally.total)]


def _by_catalogue(comparison: Comparison, lang: str) -> str:
    header = [report_text("compare.column.catalogue", lang), report_text("compare.column.file", lang)]
    rows = [[*header, *status_labels(lang), report_text("compare.column.total", lang)]]
    for catalogue in comparison:
        rows.append([catalogue.name, catalogue.file or catalogue.id, *_counts(catalogue.tally())])
    rows.append([report_text("compare.all", lang), "", *_counts(comparison.total())])
    return text_table(rows)


def _by_area(comparison: Comparison, lang: str) -> str:
    rows = [[report_text("compare.column.area", lang), *status_labels(lang), report_text("compare.column.total", lang)]]
    for area, tally in comparison.by_area().items():
        rows.append([area_label(area, lang), *_counts(tally)])
    rows.append([report_text("compare.all", lang), *_counts(comparison.total())])
    return text_table(rows)


def _matrix(comparison: Comparison, lang: str) -> str:
    areas = comparison.areas
    rows = [[report_text("compare.column.catalogue", lang), *(area_label(area, lang) for area in areas)]]
    for catalogue in comparison:
        cells = []
        for area in areas:
            tally = comparison.cell(catalogue, area)
            cells.append(
                report_text("compare.uncovered", lang) if tally is None else f"{taken_away(tally)}/{judged(tally)}"
            )
        rows.append([catalogue.name, *cells])
    return text_table(rows)


def _most_taken_away(comparison: Comparison, lang: str, top: int) -> str:
    ranked = comparison.most_taken_away(top)
    if not ranked:
        return report_text("compare.none_taken_away", lang)
    rows = [
        [
            report_text("compare.column.area", lang),
            report_text("compare.column.name", lang),
            report_text("compare.column.row", lang),
            RowStatus.WEAKENED.label(lang),
            RowStatus.MISSING.label(lang),
        ]
    ]
    for entry in ranked:
        weakened, missing = entry.tally[RowStatus.WEAKENED], entry.tally[RowStatus.MISSING]
        rows.append([area_label(entry.row.area, lang), entry.row.name, entry.row.id, str(weakened), str(missing)])
    return text_table(rows)


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    sections = [
        "\n".join(header_lines(comparison, lang)),
        report_text("compare.by_catalogue", lang) + "\n" + _by_catalogue(comparison, lang),
        report_text("compare.by_area", lang) + "\n" + _by_area(comparison, lang),
        report_text("compare.matrix", lang) + "\n" + _matrix(comparison, lang),
        report_text("compare.most_taken_away", lang) + "\n" + _most_taken_away(comparison, lang, top),
    ]
    return "\n\n".join(sections) + "\n"
