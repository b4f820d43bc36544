"""Reading the tables of a saved government web page into a :class:`Grid`.

Only ``<table>`` elements are read, each as one sheet named "table N" (N counts the page's tables in
document order). libxml2's HTML parser (through lxml) recovers the unclosed ``<td>`` and ``<tr>`` real
pages have; it is set to fetch nothing, and scripts, styles and comments are text that is never read,
let alone run. ``rowspan``/``colspan`` become merged cells, filled like Excel's; ``<br>`` and block
elements inside a cell become line breaks; entities are decoded by the parser. A table nested in a
cell (a layout table around the catalogue, usually) is read on its own and noted (T017), and its text
is not repeated in the outer cell.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.tables._cells import check_cell, check_size, clean, finding, pad, reject
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet
from grassroots_catalog.results import Finding, Severity

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "table"})
_BLOCKS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dt", "dd"})
_MAX_SPAN = 1000
_SPACES = re.compile(r"[ \t\r\n\f]+")


def read_html(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """Every table of the page at ``path``; raises :class:`TableRejected` if none can be read."""
    file = str(path)
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise reject("T016", file, error=error.strerror or str(error)) from None
    if len(data) > limits.max_file_bytes:
        raise reject("T015", file, size=Path(path).stat().st_size, limit=limits.max_file_bytes)
    return parse_html(data, file=file, limits=limits)


def parse_html(data: bytes, *, file: str, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """The tables of the page in ``data`` (the bytes of a file named ``file``)."""
    from lxml import etree

    parser = etree.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False, recover=True, compact=True
    )
    try:
        root = etree.fromstring(data, parser) if data.strip() else None
    except (etree.LxmlError, ValueError) as error:
        raise reject("T008", file, error=str(error)[:200]) from None
    if root is None:
        raise reject("T013", file, reason="html")
    tables = list(root.iter("table"))
    names = {id(table): f"table {index}" for index, table in enumerate(tables, start=1)}
    found: list[Finding] = []
    sheets: list[Sheet] = []
    for table in tables:
        sheet = _table(table, names, file, limits, found)
        if any(cell.text for row in sheet.rows for cell in row):
            sheets.append(sheet)
    if not sheets:
        raise reject("T013", file, reason="html")
    return Grid(file, tuple(sheets), tuple(found))


def _table(table: Any, names: dict[int, str], file: str, limits: Limits, found: list[Finding]) -> Sheet:
    name = names[id(table)]
    rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
    occupied: dict[tuple[int, int], Cell] = {}
    width = 0
    for row_index, tr in enumerate(rows, start=1):
        column = 1
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            while (row_index, column) in occupied:
                column += 1
            rowspan = min(_span(td.get("rowspan")), len(rows) - row_index + 1)
            colspan = _span(td.get("colspan"))
            check_size(len(rows), column + colspan - 1, name, file, limits)
            ref = _ref(name, row_index, column)
            top = check_cell(Cell(clean(_text(td)), ref, row_index, column), file, limits, found)
            for inner in td.iter("table"):
                if _owner_cell(inner) is td:
                    found.append(finding("T017", file, severity=Severity.INFO, cell=ref, sheet=names[id(inner)]))
            for r in range(row_index, row_index + rowspan):
                for c in range(column, column + colspan):
                    if (r, c) == (row_index, column):
                        occupied[r, c] = top
                    elif (r, c) not in occupied:
                        occupied[r, c] = Cell(top.text, _ref(name, r, c), r, c, merged_from=ref)
            width = max(width, column + colspan - 1)
            column += colspan
        check_size(row_index, width, name, file, limits)
    grid = [
        [occupied.get((r, c)) or Cell("", _ref(name, r, c), r, c) for c in range(1, width + 1)]
        for r in range(1, len(rows) + 1)
    ]
    return Sheet(name, pad(grid, lambda r, c: Cell("", _ref(name, r, c), r, c)))


def _owner(element: Any) -> Any:
    """The nearest ``<table>`` around ``element``."""
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _owner_cell(table: Any) -> Any:
    """The nearest ``<td>``/``<th>`` around a nested ``table``."""
    parent = table.getparent()
    while parent is not None and parent.tag not in ("td", "th", "table"):
        parent = parent.getparent()
    return parent if parent is not None and parent.tag in ("td", "th") else None


def _span(value: str | None) -> int:
    try:
        span = int(str(value).strip())
    except ValueError:
        return 1
    return span if 1 <= span <= _MAX_SPAN else 1 if span < 1 else _MAX_SPAN


def _ref(table: str, row: int, column: int) -> str:
    return f"{table} row {row} col {column}"


def _text(cell: Any) -> str:
    """A cell's text as a browser shows it: spaces collapsed, ``<br>`` and blocks as line breaks."""
    parts: list[str] = []
    _walk(cell, parts)
    lines = [_SPACES.sub(" ", line.replace("\xa0", " ")).strip(" ") for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _walk(element: Any, parts: list[str]) -> None:
    if element.text and isinstance(element.tag, str):
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag not in _SKIPPED:
            if tag in _BLOCKS:
                parts.append("\n")
            _walk(child, parts)
            if tag in _BLOCKS:
                parts.append("\n")
        if child.tail:
            parts.append(child.tail)
