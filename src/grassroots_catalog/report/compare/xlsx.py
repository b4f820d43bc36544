"""``gcat compare --format xlsx``: a workbook of three sheets, each with a filter on every column and
its header frozen: the matrix (one row per catalogue and area it covers, a column per status), the
reference rows (how often each status, where weakened or left out), and every row's outcome in
every catalogue."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from grassroots_catalog.diffs.comparison import STATUSES, Comparison, RowStatus
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare.words import area_label, field_name, status_labels
from grassroots_catalog.report.xlsx import safe_text, workbook_bytes

_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


def _sheet(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[str | int]], widths: Sequence[int]) -> None:
    for col, text in enumerate(header, start=1):
        cell = sheet.cell(1, col, text)
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
    for number, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            sheet.cell(number, col, safe_text(value) if isinstance(value, str) else value)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    sheet.freeze_panes = "A2"


def _words(keys: Sequence[str], lang: str) -> list[str]:
    return [report_text(f"compare.column.{key}", lang) for key in keys]


def comparison_workbook(comparison: Comparison, *, lang: str = "zh") -> Workbook:
    workbook = Workbook()
    matrix = workbook.active
    assert matrix is not None
    matrix.title = report_text("compare.sheet.matrix", lang)
    total = report_text("compare.column.total", lang)
    rows: list[list[str | int]] = []
    for catalogue in comparison:
        for area in comparison.areas:
            tally = comparison.cell(catalogue, area)
            if tally is not None:
                counts: list[str | int] = [tally[status] for status in STATUSES]
                rows.append([catalogue.name, catalogue.file or "", area_label(area, lang), area, *counts, tally.total])
    header = [*_words(("catalogue", "file", "area", "area_slug"), lang), *status_labels(lang), total]
    _sheet(matrix, header, rows, (18, 30, 14, 24, *(8,) * len(STATUSES), 8))

    per_row = workbook.create_sheet(report_text("compare.sheet.rows", lang))
    separator = report_text("compare.separator", lang)
    tallies: list[list[str | int]] = [
        [
            area_label(entry.row.area, lang),
            entry.row.id,
            entry.row.name,
            *(entry.tally[status] for status in STATUSES if status is not RowStatus.ADDED),
            entry.taken_away,
            separator.join(entry.weakened_in),
            separator.join(entry.missing_in),
        ]
        for entry in comparison.row_tallies()
    ]
    judged = [s.label(lang) for s in STATUSES if s is not RowStatus.ADDED]
    header = [
        *_words(("area", "row", "name"), lang),
        *judged,
        *_words(("taken_away", "weakened_in", "missing_in"), lang),
    ]
    _sheet(per_row, header, tallies, (14, 28, 36, *(8,) * len(judged), 10, 30, 30))

    outcomes = workbook.create_sheet(report_text("compare.sheet.outcomes", lang))
    lines = [
        [
            catalogue.name,
            catalogue.file or "",
            area_label(outcome.area, lang),
            outcome.row,
            outcome.local_id or "",
            outcome.name,
            outcome.status.label(lang),
            separator.join(field_name(field, lang) for field in outcome.fields),
        ]
        for catalogue in comparison
        for outcome in catalogue
    ]
    header = _words(("catalogue", "file", "area", "row", "local_id", "name", "status", "fields"), lang)
    _sheet(outcomes, header, lines, (18, 30, 14, 28, 28, 36, 10, 24))
    return workbook


def comparison_workbook_bytes(comparison: Comparison, *, lang: str = "zh") -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    return workbook_bytes(comparison_workbook(comparison, lang=lang))
