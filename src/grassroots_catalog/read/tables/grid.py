"""A table as read from a spreadsheet, CSV file or web page: sheets of cells, each knowing where it is.

Readers turn XLSX, CSV and HTML into this one shape; interpretation turns it into catalogue data. Merged
cells are filled: every cell of a merged range gets the top-left value with ``merged_from`` set to the
top-left ref (vertical merges are how real tables write 一级/二级 for several rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from grassroots_catalog.results import Finding


@dataclass(frozen=True, slots=True)
class Cell:
    text: str  # the cell's text as shown, "" when empty (a full-width space counts as empty)
    ref: str  # where a user finds it: "Sheet1!D12" (XLSX), "12:4" (CSV line:column), "table 1 row 3 col 2" (HTML)
    row: int  # 1-based row in its sheet/table
    column: int  # 1-based column
    merged_from: str | None = None  # set when the value was filled from a merged range's top-left cell (its ref)
    formula: bool = False  # the cell held a formula (never evaluated: text is "")


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str  # sheet name, or "table 1" for HTML, or the file name for CSV
    rows: tuple[tuple[Cell, ...], ...]  # rectangular: every row padded to the same width with empty cells


@dataclass(frozen=True, slots=True)
class Grid:
    file: str
    sheets: tuple[Sheet, ...]
    findings: tuple[Finding, ...] = ()  # problems met while reading (formula cells, control characters, ...)


class TableRejected(Exception):  # unreadable or hostile input: one Finding, the file named, no traceback
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding
