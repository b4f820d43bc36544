"""Reading an Excel workbook (.xlsx, .xlsm without its macros) into a :class:`Grid`, safely.

A workbook is a zip archive of XML parts, and hostile archives are cheap to make (INPUT-SAFETY.md
finding 8: half a megabyte that inflates to a gigabyte). So before openpyxl opens anything, the file
must be a zip, with a bounded count of entries and a bounded inflated size, total, relative to the
file's size, and for the shared strings. The sizes checked are those the archive declares, and they
hold: Python's zipfile stops inflating an entry at its declared size. openpyxl parses the XML with
defusedxml, a declared dependency, so entity expansion is refused.

The workbook is loaded with ``read_only=False`` (merged ranges are known only then) and
``data_only=False``: a formula is seen as a formula, reported by its cell and never evaluated.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.tables._cells import check_cell, check_size, clean, finding, pad, reject
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet, TableRejected
from grassroots_catalog.results import Finding, Severity

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SHARED_STRINGS = "sharedstrings.xml"
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=[\"']([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)[\"']")


def read_xlsx(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """Every worksheet of the workbook at ``path`` as text; raises :class:`TableRejected` if it cannot be."""
    file = str(path)
    size = _file_size(path, file, limits)
    found: list[Finding] = []
    macros = _check_archive(path, file, size, limits)
    if macros:
        found.append(finding("T019", file, severity=Severity.INFO))
    workbook = _load(path, file)
    try:
        sheets = tuple(_sheet(worksheet, file, limits, found) for worksheet in workbook.worksheets)
    finally:
        workbook.close()
    return Grid(file, sheets, tuple(found))


def _file_size(path: str | os.PathLike[str], file: str, limits: Limits) -> int:
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise reject("T016", file, error=error.strerror or str(error)) from None
    if size > limits.max_file_bytes:
        raise reject("T015", file, size=size, limit=limits.max_file_bytes)
    if not head.startswith(b"PK"):
        reason = "xls" if head == _OLE_MAGIC else "text" if _looks_like_text(path) else ""
        raise reject("T001", file, **({"reason": reason} if reason else {}))
    return size


def _looks_like_text(path: str | os.PathLike[str]) -> bool:
    with open(path, "rb") as handle:
        sample = handle.read(4096)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:
            try:
                sample.decode("gb18030")
            except UnicodeDecodeError:
                return False
    return b"\x00" not in sample


def _check_archive(path: str | os.PathLike[str], file: str, size: int, limits: Limits) -> bool:
    """Check the archive's declared sizes before anything is inflated; say whether it holds macros."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise reject("T008", file, reason="truncated", error=str(error)) from None
    if len(entries) > limits.max_zip_entries:
        raise reject("T002", file, reason="entries", count=len(entries), limit=limits.max_zip_entries)
    inflated = sum(entry.file_size for entry in entries)
    if inflated > limits.max_zip_bytes:
        raise reject("T002", file, reason="inflated", size=inflated, limit=limits.max_zip_bytes)
    # Small workbooks compress little; the ratio only means something once the archive is large.
    if inflated > 1024 * 1024 and inflated > limits.max_zip_ratio * max(size, 1):
        raise reject("T002", file, reason="ratio", ratio=inflated // max(size, 1), limit=limits.max_zip_ratio)
    for entry in entries:
        if entry.filename.lower().endswith(_SHARED_STRINGS) and entry.file_size > limits.max_shared_strings_bytes:
            raise reject("T003", file, size=entry.file_size, limit=limits.max_shared_strings_bytes)
        _check_dimension(path, entry, file, limits)
    return any(entry.filename.lower().endswith("vbaproject.bin") for entry in entries)


def _check_dimension(path: str | os.PathLike[str], entry: zipfile.ZipInfo, file: str, limits: Limits) -> None:
    """Refuse a worksheet whose declared used range is over the cell limit, before openpyxl builds its cells.

    Only the part's first kilobytes are inflated: ``<dimension>`` comes first in a worksheet."""
    name = entry.filename.lower()
    if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
        return
    try:
        with zipfile.ZipFile(path) as archive, archive.open(entry) as part:
            head = part.read(4096)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise reject("T008", file, reason="truncated", error=str(error)) from None
    match = _DIMENSION.search(head)
    if match is None:
        return
    from openpyxl.utils.cell import range_boundaries

    try:
        left, top, right, bottom = range_boundaries(match[1].decode("ascii"))
    except (ValueError, TypeError, UnicodeDecodeError):
        return
    if None in (left, top, right, bottom):
        return
    rows, columns = int(bottom or 0) - int(top or 0) + 1, int(right or 0) - int(left or 0) + 1
    check_size(rows, columns, entry.filename, file, limits)


def _load(path: str | os.PathLike[str], file: str) -> Any:
    import openpyxl

    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, also when openpyxl gives up half-way
    except OSError as error:
        raise reject("T016", file, error=error.strerror or str(error)) from None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about extensions it does not read (data validation, conditional formats):
            # nothing a catalogue holds.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(handle, read_only=False, data_only=False, keep_vba=False, keep_links=False)
    except TableRejected:
        raise
    except Exception as error:  # hostile or broken input: whatever the parser raises becomes one finding
        text = f"{type(error).__name__}: {error}"[:200]
        truncated = isinstance(error, zipfile.BadZipFile | EOFError)
        raise reject("T008", file, **({"reason": "truncated"} if truncated else {}), error=text) from None
    finally:
        handle.close()


def _sheet(worksheet: Any, file: str, limits: Limits, found: list[Finding]) -> Sheet:
    name = str(worksheet.title)
    rows, columns = int(worksheet.max_row), int(worksheet.max_column)
    check_size(rows, columns, name, file, limits)
    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for span in worksheet.merged_cells.ranges:
        top, left = span.min_row, span.min_col
        for row in range(top, min(span.max_row, rows) + 1):
            for column in range(left, min(span.max_col, columns) + 1):
                if (row, column) != (top, left):
                    merged[row, column] = (top, left)
    from openpyxl.utils import get_column_letter

    letters = [""] + [get_column_letter(column) for column in range(1, columns + 1)]
    grid: list[list[Cell]] = []
    # Row by row, left to right: a merged range's top-left cell is always read before the cells it fills.
    for row, cells in enumerate(worksheet.iter_rows(min_row=1, max_row=rows, max_col=columns), start=1):
        line: list[Cell] = []
        for column, cell in enumerate(cells, start=1):
            ref = f"{name}!{letters[column]}{row}"
            origin = merged.get((row, column))
            if origin is not None:
                source = grid[origin[0] - 1][origin[1] - 1] if origin[0] < row else line[origin[1] - 1]
                line.append(Cell(source.text, ref, row, column, source.ref, source.formula))
            else:
                line.append(_read_cell(cell, ref, row, column, file, limits, found))
        grid.append(line)
    grid = _trim(grid)
    hidden = str(getattr(worksheet, "sheet_state", "visible")) != "visible"
    return Sheet(name, pad(grid, lambda row, column: Cell("", _ref(name, row, column), row, column)), hidden)


def _read_cell(cell: Any, ref: str, row: int, column: int, file: str, limits: Limits, found: list[Finding]) -> Cell:
    if cell.data_type == "f":
        found.append(finding("T006", file, cell=ref))
        return Cell("", ref, row, column, formula=True)
    value = cell.value
    text = value if isinstance(value, str) else as_text(value)
    return check_cell(Cell(clean(text), ref, row, column), file, limits, found)


def as_text(value: object) -> str:
    """A cell's value the way a reader sees it: 1 not 1.0, a date as 2020-12-31, TRUE/FALSE as Excel shows."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Excel shows at most 15 significant digits: 0.1 + 0.2 is 0.3 on the sheet.
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _ref(sheet: str, row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{sheet}!{get_column_letter(column)}{row}"


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop the empty rows and columns after the last cell with text (formatted but unused ranges)."""
    while rows and not any(cell.text or cell.formula for cell in rows[-1]):
        rows.pop()
    width = max((c.column for row in rows for c in row if c.text or c.formula), default=0)
    return [row[:width] for row in rows]
