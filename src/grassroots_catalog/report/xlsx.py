"""A catalogue as the published table: a print-ready Excel workbook, or CSV; and findings as a sheet.

County offices keep and print their catalogues in Excel or WPS, so the export follows the standard
published layout: a merged title row, the two-row header (公开事项 over 一级事项/二级事项, 公开对象 over
全社会/特定群体, …), √ in the tick columns, wrapped text in columns wide enough for Chinese, A4
landscape with the header rows repeated on every page and frozen below the header.

All areas go on **one sheet**, each under a section row naming the area (一、社会救助), numbered from 1
within its area: that is how a county publishes its whole catalogue as one printable document, and
the importer reads section rows as the area of the rows below. Consecutive rows of one area with the
same 一级事项 share one merged 一级 cell, as published tables write them. 公开层级 has the columns
县级 and 乡级, and 市级 or 村级 only when a matter uses them; 三级事项 appears only when a matter has one.

Spreadsheets are hostile territory both ways: no cell is ever written as a formula. In XLSX a text
that begins with ``=`` is stored as a string cell (openpyxl would otherwise take it for a formula);
in CSV a text beginning with = + - @ TAB or CR gets a leading apostrophe, the OWASP recommendation
for CSV injection, as spreadsheet programs evaluate such CSV cells.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from grassroots_catalog.check.new import new_catalogue_data
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import Audience, Channel, DisclosureLevel, Mode
from grassroots_catalog.messages import spec_for
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.read.atomic import open_atomic_bytes, write_atomic
from grassroots_catalog.read.load import catalogue_from_data
from grassroots_catalog.read.national_data import BUNDLED, NationalData
from grassroots_catalog.read.tables import FORMULA_STARTS, guarded
from grassroots_catalog.read.tables.metadata import METADATA_SHEET, metadata_rows
from grassroots_catalog.results import format_path

if TYPE_CHECKING:
    from grassroots_catalog.results import FileReport, Finding

__all__ = [
    "Column",
    "export_csv",
    "export_xlsx",
    "findings_xlsx",
    "new_workbook",
    "table_columns",
    "workbook_bytes",
]

INJECTION_STARTS = FORMULA_STARTS
"""How a cell's text may begin that makes a spreadsheet program evaluate it (CSV injection)."""

_DEFAULT_LEVELS = (DisclosureLevel.COUNTY, DisclosureLevel.TOWNSHIP)
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_BOLD = Font(bold=True)
_AREA_FILL = PatternFill("solid", fgColor="F2F2F2")
_LOCALISE_FILL = PatternFill("solid", fgColor="FFF2CC")
LOCALISED = ("subject", "channels")
"""The columns a county must localise in a starting table: the body responsible and the channels used."""
_LINE_HEIGHT = 17.5  # points per line of 11-point Chinese text (CJK fonts set lines taller than Latin ones)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the published table: its header (group over title when grouped) and its cells."""

    key: str
    title: str
    group: str | None
    width: int  # the widest it grows, in Excel character units (a Chinese character is two)
    value: Callable[[Matter, str], str]
    tick: bool = False


def _joined(values: Sequence[object]) -> str:
    return "\n".join(str(value) for value in values)


def _tick(values: Callable[[Matter], Sequence[object]], wanted: object) -> Callable[[Matter, str], str]:
    def cell(matter: Matter, lang: str) -> str:
        return report_text("table.tick", lang) if wanted in values(matter) else ""

    return cell


def _note(matter: Matter, lang: str) -> str:
    parts = [matter.note] if matter.note else []
    if matter.not_applicable:
        parts.append(report_text("table.not_applicable", lang, reason=matter.not_applicable))
    return "\n".join(parts)


def table_columns(catalogue: Catalogue, lang: str = "zh") -> tuple[Column, ...]:
    """The columns of ``catalogue``'s published table after 序号, in printed order."""

    def title(key: str) -> str:
        return report_text(f"table.column.{key}", lang)

    matter = title("matter")
    columns = [
        Column("level1", title("level1"), matter, 16, lambda m, _: m.name.level1 or ""),
        Column("level2", title("level2"), matter, 20, lambda m, _: m.name.level2 or ""),
    ]
    if any(m.name.level3 for m in catalogue.matters):
        columns.append(Column("level3", title("level3"), matter, 20, lambda m, _: m.name.level3 or ""))
    columns += [
        Column("content", title("content"), None, 36, lambda m, _: _joined(m.content)),
        Column("basis", title("basis"), None, 36, lambda m, _: _joined([i.as_text() for i in m.basis])),
        Column("time_limit", title("time_limit"), None, 20, lambda m, _: str(m.time_limit or "")),
        Column("subject", title("subject"), None, 18, lambda m, _: m.subject or ""),
        Column("channels", title("channels"), None, 22, lambda m, _: _joined(m.channels)),
    ]
    for audience in Audience:
        columns.append(
            Column(f"audience.{audience.name}", audience.label(lang), title("audience"), 10, _audience(audience), True)
        )
    for mode in Mode:
        columns.append(Column(f"mode.{mode.name}", mode.label(lang), title("mode"), 8, _mode(mode), True))
    used = {level for m in catalogue.matters for level in m.level}
    for tier in DisclosureLevel:
        if tier in _DEFAULT_LEVELS or tier in used:
            columns.append(Column(f"level.{tier.name}", tier.label(lang), title("level"), 8, _level(tier), True))
    columns.append(Column("note", title("note"), None, 24, _note))
    return tuple(columns)


def _audience(value: Audience) -> Callable[[Matter, str], str]:
    return _tick(lambda m: m.audience, value)


def _mode(value: Mode) -> Callable[[Matter, str], str]:
    return _tick(lambda m: m.mode, value)


def _level(value: DisclosureLevel) -> Callable[[Matter, str], str]:
    return _tick(lambda m: m.level, value)


def area_name(catalogue: Catalogue, slug: str, lang: str) -> str:
    """The area's name for a reader: a pilot area's, a declared area's, or the slug itself."""
    pilot = AREAS.get(slug)
    if pilot is not None:
        return pilot.zh if lang == "zh" else pilot.en
    declared = next((a for a in catalogue.areas if a.slug == slug), None)
    if declared is not None:
        return declared.zh if lang == "zh" else declared.en
    return slug


def _area_number(catalogue: Catalogue, slug: str, position: int) -> int:
    pilot = AREAS.get(slug)
    return pilot.number if pilot is not None and pilot.number else position


def safe_text(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet evaluates: an apostrophe before a formula-like start, which
    the importer takes off again (:func:`~grassroots_catalog.read.tables.guarded`)."""
    return guarded(text)


def _display_width(text: str) -> int:
    """Width in Excel character units: a wide (Chinese, full-width) character counts two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _lines_needed(text: str, width: int) -> int:
    usable = max(width - 1, 1)
    return sum(max(1, -(-_display_width(line) // usable)) for line in text.split("\n")) if text else 1


def _by_area(catalogue: Catalogue) -> Iterator[tuple[str, list[Matter]]]:
    for slug in catalogue.areas_used():
        yield slug, [m for m in catalogue.matters if m.area == slug]


# --------------------------------------------------------------------------- XLSX


def _write(sheet: Worksheet, row: int, column: int, text: str) -> None:
    """Write ``text`` as a string cell, never a formula, whatever it begins with."""
    _as_text(sheet.cell(row=row, column=column), text)


def _as_text(cell: Any, text: str) -> None:
    """``cell`` holding ``text`` as a string (empty: nothing), never a formula, whatever it begins with."""
    cell.value = text if text else None
    if text:
        cell.data_type = "s"
        if text.startswith(INJECTION_STARTS):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too


class _BodyStyles:
    """The few styles a body cell takes (its alignment, with the thin border), each worked out once.

    Setting a cell's alignment and border goes through openpyxl's style registry, which hashes the
    style every time: two thirds of exporting 1,000 matters. The registry's result, the cell's
    ``_style`` index array, is the same for every cell with the same style, so it is copied instead
    (the way openpyxl's own worksheet copier copies styles).
    """

    def __init__(self) -> None:
        self._done: dict[int, Any] = {}

    def apply(self, cell: Any, alignment: Alignment) -> None:
        """Give a cell not styled yet ``alignment`` and the border."""
        known = self._done.get(id(alignment))
        if known is None:
            cell.alignment, cell.border = alignment, _BORDER
            self._done[id(alignment)] = copy(cell._style)
        else:
            cell._style = copy(known)


def build_workbook(catalogue: Catalogue, *, lang: str = "zh") -> tuple[Workbook, tuple[Column, ...], int]:
    """The published table as a workbook, with its columns and the first row of matters (for templates)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = report_text("table.sheet", lang)
    columns = table_columns(catalogue, lang)
    width = len(columns) + 1
    header = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrapped = Alignment(vertical="top", wrap_text=True)
    styles = _BodyStyles()

    _write(sheet, 1, 1, catalogue.title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(1, 1).font = Font(bold=True, size=16)
    sheet.cell(1, 1).alignment = centre
    sheet.row_dimensions[1].height = 32

    # The two header rows: ungrouped titles span both, a group spans its columns in the first.
    _write(sheet, 2, 1, report_text("table.column.number", lang))
    sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    index = 0
    while index < len(columns):
        column = columns[index]
        at = index + 2
        if column.group is None:
            _write(sheet, 2, at, column.title)
            sheet.merge_cells(start_row=2, start_column=at, end_row=3, end_column=at)
            index += 1
            continue
        span = 1
        while index + span < len(columns) and columns[index + span].group == column.group:
            span += 1
        _write(sheet, 2, at, column.group)
        if span > 1:
            sheet.merge_cells(start_row=2, start_column=at, end_row=2, end_column=at + span - 1)
        for offset in range(span):
            _write(sheet, 3, at + offset, columns[index + offset].title)
        index += span
    for row in (2, 3):
        sheet.row_dimensions[row].height = 2 * _LINE_HEIGHT if row == 2 else _LINE_HEIGHT + 6
        for col in range(1, width + 1):
            cell = sheet.cell(row, col)
            cell.font, cell.alignment, cell.border, cell.fill = header, centre, _BORDER, _HEADER_FILL

    widths = [max(4, _display_width(report_text("table.column.number", lang)) + 2)]
    widths += [max(_display_width(c.title) + 2, 6) for c in columns]
    row = 4
    first_matter_row = row
    placed: list[tuple[str, Matter]] = []  # each matter and the cell its row starts at, for the hidden sheet
    for position, (slug, matters) in enumerate(_by_area(catalogue), start=1):
        name = area_name(catalogue, slug, lang)
        _write(
            sheet,
            row,
            1,
            report_text("table.area_row", lang, number=_area_number(catalogue, slug, position), name=name),
        )
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row, 1).font = header
        sheet.cell(row, 1).fill = _AREA_FILL
        for col in range(1, width + 1):
            sheet.cell(row, col).border = _BORDER
        row += 1
        run_start, run_name = row, None
        for number, matter in enumerate(matters, start=1):
            if matter.name.level1 != run_name:
                _merge_run(sheet, run_start, row - 1)
                run_start, run_name = row, matter.name.level1
            styles.apply(sheet.cell(row, 1), centre)
            sheet.cell(row, 1).value = number
            placed.append((f"{sheet.title}!A{row}", matter))
            lines = 1
            for offset, column in enumerate(columns):
                text = column.value(matter, lang)
                col = offset + 2
                if column.key == "level1" and row != run_start:
                    text = ""  # the merged cell above holds it
                styles.apply(sheet.cell(row, col), centre if column.tick else wrapped)  # before the text's
                _write(sheet, row, col, text)  # own quote prefix, which _write may set
                longest = max((_display_width(line) for line in text.split("\n")), default=0)
                widths[col - 1] = min(max(widths[col - 1], longest + 2), column.width)
                lines = max(lines, _lines_needed(text, column.width if longest + 2 > column.width else longest + 2))
            sheet.row_dimensions[row].height = _LINE_HEIGHT * lines + 3
            row += 1
        _merge_run(sheet, run_start, row - 1)
    for col, value in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = value

    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "2:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_options.horizontalCentered = True
    _metadata_sheet(workbook, catalogue, placed)
    return workbook, columns, first_matter_row


def _metadata_sheet(workbook: Workbook, catalogue: Catalogue, placed: Sequence[tuple[str, Matter]]) -> None:
    """The hidden sheet the importer reads first (:mod:`grassroots_catalog.read.tables.metadata`): what
    the printed table has no place for, so that import(export(c)) gives c's ids and area slugs back."""
    jurisdiction = catalogue.jurisdiction
    rows = metadata_rows(
        id=catalogue.id,
        level=catalogue.level.value,
        extends=catalogue.extends,
        jurisdiction=(jurisdiction.name, jurisdiction.code) if jurisdiction is not None else None,
        areas=[(area.slug, area.zh, area.en) for area in catalogue.areas],
        matters=[(cell, matter.id, matter.name.parts()) for cell, matter in placed],
    )
    hidden = workbook.create_sheet(METADATA_SHEET)
    for number, values in enumerate(rows, start=1):
        for column, text in enumerate(values, start=1):
            _write(hidden, number, column, text)
    hidden.sheet_state = "hidden"


def _merge_run(sheet: Worksheet, first: int, last: int) -> None:
    """Merge the 一级 cells of rows ``first``..``last`` (one 一级 within one area) into one."""
    if last > first:
        sheet.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        sheet.cell(first, 2).alignment = Alignment(vertical="center", wrap_text=True)


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def export_xlsx(catalogue: Catalogue, path: str | os.PathLike[str], *, lang: str = "zh") -> None:
    """Write ``catalogue`` as the print-ready published table to ``path``, atomically."""
    workbook, _, _ = build_workbook(catalogue, lang=lang)
    write_atomic(path, workbook_bytes(workbook))


# --------------------------------------------------------------------------- CSV


def export_csv(catalogue: Catalogue, *, lang: str = "zh") -> str:
    """``catalogue`` as CSV text with a BOM (so that Excel reads it as UTF-8), one flat header row.

    The columns are the XLSX table's, with 对应领域 after 序号 in place of the section rows, and a
    grouped column titled with its group (公开对象（全社会）). No cell can be evaluated as a formula.
    """
    columns = table_columns(catalogue, lang)
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    titles = [report_text("table.column.number", lang), report_text("table.column.area", lang)]
    for column in columns:
        if column.group is not None and column.key not in ("level1", "level2", "level3"):
            titles.append(report_text("table.column.flat", lang, group=column.group, column=column.title))
        else:
            titles.append(column.title)
    writer.writerow([safe_text(t) for t in titles])
    for slug, matters in _by_area(catalogue):
        name = area_name(catalogue, slug, lang)
        for number, matter in enumerate(matters, start=1):
            row = [str(number), name, *(column.value(matter, lang) for column in columns)]
            writer.writerow([safe_text(cell) for cell in row])
    return "\ufeff" + stream.getvalue()


# --------------------------------------------------------------------------- findings


def finding_where(finding: Finding) -> str:
    """Where a user finds the problem: the cell (Sheet1!D12), else line:column, else the path."""
    cell = finding.ctx.get("cell")
    if isinstance(cell, str) and cell:
        return cell
    if finding.location is not None:
        return f"{finding.location.line}:{finding.location.column}"
    return format_path(finding.path) if finding.path else ""


_FINDINGS_COLUMNS = (("file", 30), ("where", 16), ("code", 8), ("severity", 8), ("message", 80), ("source", 30))
_TOP = Alignment(vertical="top")
_TOP_WRAPPED = Alignment(vertical="top", wrap_text=True)


def findings_xlsx(reports: Iterable[FileReport], path: str | os.PathLike[str], *, lang: str = "zh") -> None:
    """Write the findings of ``reports`` as a filterable sheet to ``path`` (gcat validate --format xlsx).

    One row per finding, a filter on every column and the header frozen, then a sheet saying which
    national data the findings were checked against. The rows are written as the reports come, in
    openpyxl's write-only mode, which keeps them in a temporary file rather than in memory, so a
    national run's workbook takes no more memory than one file's; the file replaces ``path``
    atomically once it is whole.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(report_text("table.findings_sheet", lang))
    for col, (_, width) in enumerate(_FINDINGS_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    header = [
        _streamed(sheet, report_text(f"table.findings.column.{key}", lang), font=_BOLD, fill=_HEADER_FILL)
        for key, _ in _FINDINGS_COLUMNS
    ]
    sheet.append(header)
    rows = 1
    statements: dict[str, None] = {}
    for report in reports:
        statements[(report.national or BUNDLED).statement(lang)] = None
        for finding in report.findings:
            spec = spec_for(finding.code)
            citation = spec.citation if spec is not None and spec.citation else ""
            message = finding.message(lang)
            if citation:
                message = message.replace(f" [{citation}]", "")
            values = (
                finding.file or report.file,
                finding_where(finding),
                finding.code,
                finding.severity.label(lang),
                message,
                citation,
            )
            sheet.append(
                [
                    _streamed(sheet, value, alignment=_TOP_WRAPPED if col == 5 else _TOP)
                    for col, value in enumerate(values, 1)
                ]
            )
            rows += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_FINDINGS_COLUMNS))}{rows}"
    _about_sheet(workbook, list(statements) or [BUNDLED.statement(lang)], lang)
    with open_atomic_bytes(path) as stream:
        workbook.save(stream)


def _streamed(sheet: Any, text: str, **style: Any) -> Cell:
    """A cell of a write-only sheet holding ``text`` as a string, never a formula (see :func:`_write`)."""
    cell = WriteOnlyCell(sheet)
    for name, value in style.items():
        setattr(cell, name, value)
    _as_text(cell, text)
    return cell


def _about_sheet(workbook: Workbook, statements: Sequence[str], lang: str) -> None:
    """A second sheet saying what the findings were checked against: which national data (the bundled
    rows, or a folder's tables), as every other output of ``gcat validate`` says it. The findings sheet
    stays first and plain (one header row), so that its filter and sorting work as Excel users expect."""
    about = workbook.create_sheet(report_text("table.about_sheet", lang))
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 100
    title = _streamed(about, report_text("table.about.national", lang), font=_BOLD)
    for row, statement in enumerate(statements):
        about.append([title if row == 0 else None, _streamed(about, statement, alignment=_TOP_WRAPPED)])


# --------------------------------------------------------------------------- the template of gcat new


def new_workbook(
    level: str,
    jurisdiction: str,
    code: str | None,
    areas: Sequence[str] | None,
    path: str | os.PathLike[str],
    *,
    lang: str = "zh",
    national: NationalData = BUNDLED,
) -> None:
    """Write the starting catalogue (every national row of ``areas``, from ``national``) as an Excel
    template to ``path``.

    The tick columns offer √ from a drop-down list; the channel column offers the 13 boxes but accepts
    any text too, since a cell names several channels, one per line. The cells to localise (公开主体,
    公开渠道和载体) are shaded, and their headers carry the reminder as a cell comment.
    """
    data = new_catalogue_data(level, jurisdiction, code, areas, table=True, lang=lang, national=national)
    data = data["catalogue.yaml"]
    catalogue = catalogue_from_data(data, file="catalogue.yaml").catalogue
    assert catalogue is not None
    workbook, columns, first = build_workbook(catalogue, lang=lang)
    sheet = workbook.active
    assert sheet is not None
    last = max(sheet.max_row, first) + 200  # room for rows the county adds
    tick = DataValidation(
        type="list", formula1=f'"{report_text("table.tick", lang)}"', allow_blank=True, showErrorMessage=True
    )
    boxes = ",".join(box.label(lang) for box in Channel if box is not Channel.OTHER) + f",{Channel.OTHER.label(lang)}"
    channels = DataValidation(type="list", formula1=f'"{boxes}"', allow_blank=True, showErrorMessage=False)
    for validation in (tick, channels):
        sheet.add_data_validation(validation)
    reminder = report_text("table.localise", lang)
    for offset, column in enumerate(columns):
        letter = get_column_letter(offset + 2)
        if column.tick:
            tick.add(f"{letter}{first}:{letter}{last}")
        elif column.key == "channels":
            channels.add(f"{letter}{first}:{letter}{last}")
        if column.key in LOCALISED:
            # the cells a county must localise: shaded, with the reminder on the column's header
            sheet.cell(2, offset + 2).comment = Comment(reminder, "gcat")
            for row in range(first, sheet.max_row + 1):
                if isinstance(sheet.cell(row, 1).value, int):
                    sheet.cell(row, offset + 2).fill = _LOCALISE_FILL
    write_atomic(path, workbook_bytes(workbook))
