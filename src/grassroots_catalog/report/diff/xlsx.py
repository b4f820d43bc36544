"""``gcat diff --format xlsx``: one row per change, a filter on every column, the header frozen."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from grassroots_catalog.diffs.model import CatalogueDiff
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.diff.words import area_label, field_name, value_text
from grassroots_catalog.report.xlsx import safe_text, workbook_bytes

_COLUMNS = ("kind", "area", "a_id", "b_id", "name", "field", "old", "new", "where_a", "where_b")
_WIDTHS = (10, 16, 28, 28, 30, 16, 40, 40, 30, 30)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


def diff_workbook(result: CatalogueDiff, *, lang: str = "zh") -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = report_text("diff.sheet", lang)
    for col, key in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(1, col, report_text(f"diff.column.{key}", lang))
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
    for row, change in enumerate(result, start=2):
        values = (
            change.kind.label(lang),
            area_label(change.area, lang) if change.area else "",
            change.a_id or "",
            change.b_id or "",
            change.name,
            field_name(change, lang),
            value_text(change.old, lang),
            value_text(change.new, lang),
            str(change.where_a or ""),
            str(change.where_b or ""),
        )
        for col, value in enumerate(values, start=1):
            sheet.cell(row, col, safe_text(value)).alignment = Alignment(vertical="top", wrap_text=col in (7, 8))
    for col, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_COLUMNS))}{max(len(result) + 1, 1)}"
    sheet.freeze_panes = "A2"
    return workbook


def diff_workbook_bytes(result: CatalogueDiff, *, lang: str = "zh") -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    return workbook_bytes(diff_workbook(result, lang=lang))
