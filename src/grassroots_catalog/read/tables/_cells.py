"""What every table reader does to one cell's text, and the findings that name a file or a cell.

A cell's text is kept as shown, with two exceptions a reader of the printed table would make too: a
cell holding only spaces (the full-width space U+3000 offices type to "blank" a tick cell) is empty,
and line breaks are written ``\\n`` whatever the program saved.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from grassroots_catalog.read.limits import Limits
from grassroots_catalog.read.tables.grid import Cell, TableRejected
from grassroots_catalog.results import Finding, Location, Severity

# C0 controls except tab and line breaks, DEL, C1 controls, the line and paragraph separators, a stray
# BOM, surrogates and non-characters: invisible in a spreadsheet, yet they split or hide words.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_BLANK = " \t\r\n\u3000\u00a0"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a CSV cell's text may begin that makes a spreadsheet program evaluate it (CSV injection)."""


def clean(text: str) -> str:
    """``text`` with its line breaks as ``\\n``, or "" when it holds only spaces."""
    if not text.strip(_BLANK):
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def guarded(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet evaluates: an apostrophe before a formula-like start.

    The apostrophe is also put before text that already starts with apostrophes ahead of such a start
    (``'=x`` is written ``''=x``), so that :func:`unguarded` gives every text back unchanged."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unguarded(text: str) -> str:
    """A CSV cell's text without the one apostrophe :func:`guarded` (or an office) put before a
    formula-like start; an apostrophe before anything else is the cell's own (``'引号开头`` stays)."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS) else text


def finding(
    code: str,
    file: str,
    *,
    severity: Severity = Severity.ERROR,
    fatal: bool = False,
    location: Location | None = None,
    **ctx: Any,
) -> Finding:
    """A finding about ``file``; ``ctx["cell"]`` is the ref when it is about one cell."""
    return Finding(code, severity, file=file, location=location, ctx=MappingProxyType(ctx), fatal=fatal)


def reject(code: str, file: str, **ctx: Any) -> TableRejected:
    """The one fatal finding that stops reading ``file``."""
    return TableRejected(finding(code, file, fatal=True, **ctx))


def check_cell(cell: Cell, file: str, limits: Limits, found: list[Finding], location: Location | None = None) -> Cell:
    """``cell`` as read, after its length and characters are checked; a bad character is reported once."""
    if len(cell.text) > limits.max_cell_chars:
        found.append(
            finding(
                "T005",
                file,
                fatal=True,
                location=location,
                cell=cell.ref,
                length=len(cell.text),
                limit=limits.max_cell_chars,
            )
        )
    bad = _BAD_CHARACTER.search(cell.text)
    if bad is not None:
        found.append(finding("T007", file, fatal=True, location=location, cell=cell.ref, char=f"U+{ord(bad[0]):04X}"))
    return cell


def check_size(rows: int, columns: int, sheet: str, file: str, limits: Limits) -> None:
    """Refuse a sheet or table larger than the cell limit before it is filled."""
    if rows * columns > limits.max_cells:
        raise reject("T004", file, sheet=sheet, rows=rows, columns=columns, limit=limits.max_cells)


def pad(rows: list[list[Cell]], make: Any) -> tuple[tuple[Cell, ...], ...]:
    """Rows padded to the widest with empty cells made by ``make(row, column)``: the grid is rectangular."""
    width = max((len(row) for row in rows), default=0)
    return tuple(
        tuple(row) + tuple(make(index, column) for column in range(len(row) + 1, width + 1))
        for index, row in enumerate(rows, start=1)
    )
