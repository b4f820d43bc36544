"""Reading a CSV or tab-separated text file into a :class:`Grid`, as Excel and WPS save them.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text", tab-separated), and
GB18030/GBK without BOM from older Windows tools; the last is detected, decoded and noted (T009), since
a table, unlike a YAML file, is only read, never rewritten in place. Delimiters ``,`` ``;`` and tab
are told apart by the header line. Line breaks inside quoted cells are kept as ``\\n``.

A record with more or fewer fields than the header row is refused by its line (T011), never read
one column off. A cell that ``gcat export`` guarded against CSV injection (``'=…``) loses that one
apostrophe again (:func:`~._cells.unguarded`). Excel writes the cells of a merged range after the first as empty: they stay empty
here (the interpretation fills 一级/二级 down), so refs are the lines and columns a user sees.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from pathlib import Path

from grassroots_catalog.read.encoding import guess_encoding
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.tables._cells import check_cell, check_size, clean, finding, pad, reject, unguarded
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet
from grassroots_catalog.results import Finding, Location, Severity

_DELIMITERS = (",", ";", "\t")


def read_csv(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """The table in the text file at ``path``; raises :class:`TableRejected` if it cannot be read."""
    file = str(path)
    try:
        data = _read_bytes(Path(path), limits)
    except OSError as error:
        raise reject("T016", file, error=error.strerror or str(error)) from None
    if data is None:
        raise reject("T015", file, size=Path(path).stat().st_size, limit=limits.max_file_bytes)
    return parse_csv(data, file=file, limits=limits, tab=Path(path).suffix.lower() == ".tsv")


def _read_bytes(path: Path, limits: Limits) -> bytes | None:
    with path.open("rb") as handle:
        data = handle.read(limits.max_file_bytes + 1)
    return None if len(data) > limits.max_file_bytes else data


def parse_csv(data: bytes, *, file: str, limits: Limits = DEFAULT_LIMITS, tab: bool = False) -> Grid:
    """The table in ``data`` (the bytes of a file named ``file``)."""
    found: list[Finding] = []
    text = _decode(data, file, found)
    delimiter = "\t" if tab else _delimiter(text)
    name = Path(file).name
    rows: list[list[Cell]] = []
    ragged: list[Finding] = []
    expected: int | None = None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            message = str(error)
            if "unexpected end of data" in message:
                raise reject("T012", file, reason="unclosed-quote", line=line, location=Location(line, 1)) from None
            raise reject(
                "T012", file, line=reader.line_num, error=message, location=Location(reader.line_num, 1)
            ) from None
        start, line = line, reader.line_num + 1
        width = _width(record)
        if expected is None and width >= 2:
            expected = len(record)
        if expected is not None and width > 1 and (width > expected or len(record) < expected):
            reason = "more" if width > expected else "fewer"
            ragged.append(
                finding(
                    "T011",
                    file,
                    fatal=True,
                    location=Location(start, 1),
                    reason=reason,
                    cell=f"{start}:1",
                    line=start,
                    count=width if reason == "more" else len(record),
                    expected=expected,
                )
            )
            continue
        index = len(rows) + 1
        if index * max(expected or 0, len(record)) > limits.max_cells:
            check_size(index, max(expected or 0, len(record)), name, file, limits)
        rows.append(
            [
                check_cell(
                    Cell(clean(unguarded(value)), f"{start}:{column}", index, column),
                    file,
                    limits,
                    found,
                    Location(start, column),
                )
                for column, value in enumerate(record, start=1)
            ]
        )
    if not any(cell.text for row in rows for cell in row) and not ragged:
        raise reject("T013", file)
    found += ragged
    return Grid(file, (Sheet(name, pad(rows, lambda row, column: _empty(rows, row, column))),), tuple(found))


def _empty(rows: list[list[Cell]], row: int, column: int) -> Cell:
    line = rows[row - 1][0].ref.split(":")[0] if rows[row - 1] else "?"
    return Cell("", f"{line}:{column}", row, column)


def _width(record: list[str]) -> int:
    """The fields of ``record`` up to its last non-empty one."""
    width = len(record)
    while width and not record[width - 1].strip(" \u3000"):
        width -= 1
    return width


def _decode(data: bytes, file: str, found: list[Finding]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _text(data[len(codecs.BOM_UTF8) :], "utf-8", file)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _text(data, "utf-16", file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
    guess = guess_encoding(data)
    codec = {"GB18030": "gb18030", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be"}.get(guess or "")
    if codec is None:
        raise reject("T010", file, **({"reason": "guessed", "guess": guess, "line": bad_line} if guess else {}))
    text = _text(data, codec, file, guess=guess)
    found.append(finding("T009", file, severity=Severity.INFO, encoding=guess))
    return text


def _text(data: bytes, codec: str, file: str, guess: str | None = None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise reject("T010", file, reason="guessed", guess=guess or codec.upper(), line=line) from None


def _delimiter(text: str) -> str:
    """The delimiter the header line uses most (outside quotes); a comma when the file gives no sign."""
    for raw in io.StringIO(text, newline=""):
        line = raw.strip()
        if not line:
            continue
        counts = {d: _count_outside_quotes(line, d) for d in _DELIMITERS}
        best = max(_DELIMITERS, key=lambda d: counts[d])
        if counts[best]:
            return best
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count
