"""Grids built in code, as the readers give them: the messy tables the interpretation must read."""

from __future__ import annotations

from collections.abc import Sequence

from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet

Rows = Sequence[Sequence[str | tuple[str, str]]]
"""Each cell: its text, or (text, ref of the merged range's top-left cell)."""


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet(name: str, rows: Rows) -> Sheet:
    width = max((len(row) for row in rows), default=0)
    built = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c in range(1, width + 1):
            value = row[c - 1] if c - 1 < len(row) else ""
            text, merged = (value, None) if isinstance(value, str) else value
            cells.append(Cell(text, f"{name}!{column_letter(c)}{r}", r, c, merged))
        built.append(tuple(cells))
    return Sheet(name, tuple(built))


def grid(*sheets: Sheet, file: str = "county.xlsx") -> Grid:
    return Grid(file, tuple(sheets))
