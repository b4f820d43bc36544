"""The tables of a comparison, as rows of cells (the first row the header), for every text format:
totals by catalogue and by area, the matrix of what each catalogue took away, area by area, and the
rows most often weakened or left out."""

from __future__ import annotations

from grassroots_catalog.diffs.comparison import STATUSES, Comparison, RowStatus, Tally
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare.words import area_label, judged, status_labels, taken_away

Rows = list[list[str]]


def _counts(tally: Tally) -> list[str]:
    return [str(tally[status]) for status in STATUSES] + [str(tally.total)]


def by_catalogue(comparison: Comparison, lang: str) -> Rows:
    """Each catalogue's counts of rows by status, then all of them."""
    header = [report_text("compare.column.catalogue", lang), report_text("compare.column.file", lang)]
    rows = [[*header, *status_labels(lang), report_text("compare.column.total", lang)]]
    for catalogue in comparison:
        rows.append([catalogue.name, catalogue.file or catalogue.id, *_counts(catalogue.tally())])
    rows.append([report_text("compare.all", lang), "", *_counts(comparison.total())])
    return rows


def by_area(comparison: Comparison, lang: str) -> Rows:
    """Each area's counts of rows by status, then all of them."""
    rows = [[report_text("compare.column.area", lang), *status_labels(lang), report_text("compare.column.total", lang)]]
    for area, tally in comparison.by_area().items():
        rows.append([area_label(area, lang), *_counts(tally)])
    rows.append([report_text("compare.all", lang), *_counts(comparison.total())])
    return rows


def matrix(comparison: Comparison, lang: str) -> Rows:
    """A row per catalogue, a column per area: rows taken away (weakened or missing) of those judged."""
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
    return rows


def most_taken_away(comparison: Comparison, lang: str, top: int) -> Rows | None:
    """The ``top`` rows most often weakened or left out, with their counts; None when none was."""
    ranked = comparison.most_taken_away(top)
    if not ranked:
        return None
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
    return rows
