"""Tables read into a :class:`Grid` of text cells: Excel workbooks, CSV files, saved web pages.

:func:`read_table` chooses the reader by the file's suffix, and by its content where the suffix lies:
a web page saved as ``.xls`` (as many government sites serve their "Excel" tables) is read as a page
and noted (T018); a CSV file renamed ``.xlsx`` is refused with a message that says so (T001), since
the office meant a workbook and should know it is not one.
"""

from __future__ import annotations

import os
from pathlib import Path

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.paths import PAGE_SUFFIXES, TABLE_SUFFIXES, TEXT_TABLE_SUFFIXES, WORKBOOK_SUFFIXES
from grassroots_catalog.read.tables._cells import FORMULA_STARTS, finding, guarded, reject, unguarded
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet, TableRejected
from grassroots_catalog.results import Severity

__all__ = [
    "FORMULA_STARTS",
    "TABLE_SUFFIXES",
    "Cell",
    "Grid",
    "Sheet",
    "TableRejected",
    "guarded",
    "read_table",
    "unguarded",
]


def read_table(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """The table file at ``path`` as a :class:`Grid`; raises :class:`TableRejected` if it cannot be read."""
    from grassroots_catalog.read.tables.csv_reader import read_csv
    from grassroots_catalog.read.tables.html import read_html
    from grassroots_catalog.read.tables.xlsx import read_xlsx

    file = str(path)
    suffix = Path(path).suffix.lower()
    content = _content(path, file)
    if suffix in WORKBOOK_SUFFIXES or (suffix == ".xls" and content != "html"):
        if content == "html":
            return _noted(read_html(path, limits=limits), suffix, "HTML")
        return read_xlsx(path, limits=limits)
    if suffix in TEXT_TABLE_SUFFIXES | PAGE_SUFFIXES | {".xls"}:
        if content == "zip":
            return _noted(read_xlsx(path, limits=limits), suffix, "XLSX")
        if suffix in PAGE_SUFFIXES or content == "html":
            grid = read_html(path, limits=limits)
            return grid if suffix in PAGE_SUFFIXES else _noted(grid, suffix, "HTML")
        return read_csv(path, limits=limits)
    raise reject("T014", file, suffix=suffix or Path(path).name)


def _content(path: str | os.PathLike[str], file: str) -> str:
    """What the file's first bytes say it is: "zip", "html" or "text"."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(2048)
    except OSError as error:
        raise reject("T016", file, error=error.strerror or str(error)) from None
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if sample.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")) or b"<table" in sample:
        return "html"
    return "text"


def _noted(grid: Grid, suffix: str, format: str) -> Grid:
    note = finding("T018", grid.file, severity=Severity.INFO, suffix=suffix, format=format)
    return Grid(grid.file, grid.sheets, (note, *grid.findings))
