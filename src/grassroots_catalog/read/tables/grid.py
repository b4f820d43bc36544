"""The grid every table reader produces: sheets of cells as a reader sees them, each with its reference.

XLSX, CSV and HTML tables differ in how they are stored, not in what an office meant: rows of text,
some cells merged. Reading stops here, at text; what the columns mean is decided above it (the
interpretation of headers, ticks and areas), so that one interpreter serves every format and every
finding can name the cell a person opens to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

from grassroots_catalog.errors import InputRejected
from grassroots_catalog.results import Finding


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell's text as shown, and where a user finds it."""

    text: str
    """The cell's text as shown, "" when empty (a full-width space alone counts as empty)."""
    ref: str
    """Where a user finds it: "Sheet1!D12" (XLSX), "12:4" (CSV line:column), "table 1 row 3 col 2" (HTML)."""
    row: int
    """1-based row in its sheet or table."""
    column: int
    """1-based column."""
    merged_from: str | None = None
    """Set when the value was filled from a merged range's top-left cell (that cell's ref)."""
    formula: bool = False
    """The cell held a formula, never evaluated: its text is ""."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of a workbook, one table of a page, or the whole of a CSV file."""

    name: str
    """The sheet's name, "table 1" for HTML, the file name for CSV."""
    rows: tuple[tuple[Cell, ...], ...]
    """Rectangular: every row padded to the same width with empty cells."""
    hidden: bool = False
    """A workbook's hidden sheet (as the hidden data sheet of ``gcat export``)."""


@dataclass(frozen=True, slots=True)
class Grid:
    """A table file read into text, with the problems met while reading it."""

    file: str
    sheets: tuple[Sheet, ...]
    findings: tuple[Finding, ...] = ()
    """Problems met while reading (formula cells, control characters, an encoding guessed …)."""


class TableRejected(InputRejected):
    """Unreadable or hostile input: one finding that names the file, and no traceback for the user."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding)
