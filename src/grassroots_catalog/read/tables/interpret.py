"""A grid of cells read from a table → catalogue data, every cell accounted for.

Real tables (docs/tables.md, DOMAIN.md §4): a title row merged across; a header of one row, or two
(公开事项 over 一级事项/二级事项, 公开对象 over 全社会/特定群体 …) with headings worded loosely and
columns missing or extra; 一级/二级 merged down (filled by the reader) or, in CSV, blank below their
first row (filled down here, within one table); a matter spanning two rows under one merged 序号;
tick columns (√ ✓ ● ■ ☑ 是) and tick-box strings (■政府网站 □政府公报); the area given by the caller,
a sheet's name, a title, a section row, a column or the 一级 value; several tables on one sheet.

The result is plain data for :func:`~grassroots_catalog.read.load.catalogue_from_data`, which
normalises the values and makes the ids; every cell this module cannot read is a finding (T020–T039)
located by its ref (``ctx["cell"]``), and its text is kept in the matter's 备注 rather than lost.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from grassroots_catalog.domain.areas import AREAS, resolve_area
from grassroots_catalog.domain.normalise import normalise_basis, normalise_content
from grassroots_catalog.domain.vocabularies import (
    Audience,
    Labelled,
    match_key,
    normalise_audience,
    normalise_level,
    normalise_mode,
    split_cell,
    split_ticked_cell,
)
from grassroots_catalog.read.tables.areas import AreaReading, area_in_title, further_area, read_area
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet
from grassroots_catalog.read.tables.headers import TICK_GROUPS, TICKS, UNTICKS, column_kind, fold_heading, is_name_group
from grassroots_catalog.results import Finding, Severity

__all__ = ["Interpreted", "interpret"]


@dataclass(frozen=True, slots=True)
class Interpreted:
    data: dict[str, Any]
    """Catalogue data for :func:`~grassroots_catalog.read.load.catalogue_from_data` (matters without ids)."""
    sources: tuple[str, ...]
    """For ``matters[i]``, the ref of its first cell ("Sheet1!A12"), for comments and locations."""
    findings: tuple[Finding, ...]
    """Every cell not understood, located by its ref (``ctx["cell"]``)."""


_VOCABULARIES = {"audience": normalise_audience, "mode": normalise_mode, "level": normalise_level}
_SCALARS = frozenset({"row", "area", "level1", "level2", "level3", "time_limit", "subject"})
_NAME_LEVELS = ("level1", "level2", "level3")


@dataclass(frozen=True, slots=True)
class Column:
    """What one column of a table holds."""

    kind: str
    """A field (``content``), ``tick`` (one value of ``field``), ``extra`` (kept in 备注) or ``blank``."""
    heading: str = ""
    field: str = ""
    value: tuple[str, ...] = ()
    """For a tick column: the values a tick stands for (one channel box, 全社会, 县级 …)."""


@dataclass(slots=True)
class _Record:
    """The cells of one matter (one row, or rows folded under one merged 序号)."""

    first: Cell
    cells: list[tuple[Column, Cell]] = field(default_factory=list)
    area: AreaReading | None = None
    area_cell: Cell | None = None


def _texts(row: Iterable[Cell]) -> list[str]:
    return [cell.text.strip() for cell in row if cell.text.strip()]


def _finding(code: str, severity: Severity, file: str, cell: Cell | None, **ctx: Any) -> Finding:
    return Finding(code, severity, file=file, ctx={"cell": cell.ref if cell else "", **ctx})


def _tick_values(group: str, text: str) -> tuple[str, ...] | None:
    """The values a sub-heading stands for under ``group`` (None if it names none)."""
    if group == "channels":
        return (fold_heading(text),) if fold_heading(text) else None
    normalise = _VOCABULARIES.get(group)
    if normalise is None:
        return None
    found, _, unknown = normalise([fold_heading(text)])
    return tuple(v.zh for v in found) if found and not unknown else None


def _vocabulary_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    for group in ("audience", "mode", "level"):
        values = _tick_values(group, text)
        if values:
            return group, values
    return None


def _top_kind(text: str) -> str | None:
    if is_name_group(text):
        return "name"
    return column_kind(text)


def _is_header(row: tuple[Cell, ...]) -> bool:
    kinds = {_top_kind(text) for text in _texts(row)} - {None}
    names = {"name", "level1", "level2", "level3", "content"}
    return len(kinds) >= 2 and bool(kinds & names)


def _header(rows: tuple[tuple[Cell, ...], ...], index: int) -> tuple[list[Column], int]:
    """The columns a header at ``rows[index]`` defines, and how many rows it takes (1 or 2)."""
    top = rows[index]
    below = rows[index + 1] if index + 1 < len(rows) else None
    groups: list[str | None] = []
    carried: str | None = None
    for cell in top:
        text = cell.text.strip()
        if text:
            carried = _top_kind(text)
        elif carried not in TICK_GROUPS and carried != "name":
            carried = None
        groups.append(carried if not text else _top_kind(text))
    second = below is not None and _is_second_row(top, below, groups)
    columns: list[Column] = []
    for position, cell in enumerate(top):
        heading = cell.text.strip()
        group = groups[position]
        sub = below[position].text.strip() if second and below is not None else ""
        if sub and sub != heading:
            columns.append(_sub_column(group, heading, sub))
        elif heading:
            columns.append(_flat_column(heading))
        else:
            columns.append(Column("blank"))
    return columns, 2 if second else 1


def _is_second_row(top: tuple[Cell, ...], below: tuple[Cell, ...], groups: list[str | None]) -> bool:
    understood = 0
    for position, cell in enumerate(below):
        text = cell.text.strip()
        if not text or text == top[position].text.strip():
            continue
        group = groups[position]
        if (
            (group in TICK_GROUPS and _tick_values(group, text))
            or (group == "name" and column_kind(text) in _NAME_LEVELS)
            or _vocabulary_of(text)
            or column_kind(text) is not None
        ):
            understood += 1
        else:
            return False
    return understood > 0


def _sub_column(group: str | None, heading: str, sub: str) -> Column:
    if group in TICK_GROUPS:
        values = _tick_values(group, sub)
        if values:
            return Column("tick", sub, group, values)
    kind = column_kind(sub)
    if kind is not None:
        return Column(kind, sub)
    vocabulary = _vocabulary_of(sub)
    if vocabulary is not None:
        return Column("tick", sub, vocabulary[0], vocabulary[1])
    return Column("extra", f"{heading}{sub}" if heading else sub)


def _flat_column(heading: str) -> Column:
    kind = _top_kind(heading)
    if kind == "name":
        return Column("level1", heading)
    if kind is not None:
        return Column(kind, heading)
    vocabulary = _vocabulary_of(heading)
    if vocabulary is not None:
        return Column("tick", heading, vocabulary[0], vocabulary[1])
    return Column("extra", heading)


def _settle(columns: list[Column]) -> tuple[list[Column], list[tuple[int, str]]]:
    """A single name column is 一级; a field named twice keeps its first column. Returns the
    columns and the (position, reason) of the headings not understood."""
    kinds = [c.kind for c in columns]
    problems: list[tuple[int, str]] = []
    settled: list[Column] = []
    seen: set[str] = set()
    for position, column in enumerate(columns):
        if column.kind == "level1" and is_name_group(column.heading) and "level2" not in kinds:
            column = Column("level1", column.heading)
        elif column.kind == "level1" and is_name_group(column.heading):
            column = Column("level3" if "level1" in seen else "level1", column.heading)
        if column.kind in _SCALARS and column.kind in seen:
            problems.append((position, "repeated"))
            column = Column("extra", column.heading)
        elif column.kind == "extra":
            problems.append((position, ""))
        seen.add(column.kind)
        settled.append(column)
    return settled, problems


class _Reader:
    """Reads the sheets of one grid into matters, collecting findings."""

    def __init__(self, grid: Grid, area: str | None) -> None:
        self.file = grid.file
        self.findings: list[Finding] = list(grid.findings)
        self.matters: list[dict[str, Any]] = []
        self.sources: list[str] = []
        self.further: dict[str, AreaReading] = {}
        self.titles: list[str] = []
        self.default_area: AreaReading | None = None
        if area:
            self.default_area = read_area(area) or further_area(area)

    # ------------------------------------------------------------------ sheets and tables

    def sheet(self, sheet: Sheet) -> None:
        rows = sheet.rows
        sheet_area = read_area(sheet.name) if sheet.name else None
        columns: list[Column] | None = None
        table_area: AreaReading | None = None
        pending: AreaReading | None = None
        section: AreaReading | None = None
        current: _Record | None = None

        def flush() -> None:
            if current is not None:
                self._matter(current, section or table_area or sheet_area)

        index = 0
        while index < len(rows):
            row = rows[index]
            texts = _texts(row)
            if not texts:  # a blank row ends a run of merged or blank-below names
                flush()
                current, index = None, index + 1
                continue
            if _is_header(row):
                flush()
                found, used = _header(rows, index)
                columns, problems = _settle(found)
                for position, reason in problems:
                    self._note("T021", Severity.WARNING, row[position], reason=reason, heading=found[position].heading)
                table_area, pending, section, current = pending, None, None, None
                index += used
                continue
            if len(set(texts)) == 1 and (columns is None or self._is_section(row, texts[0])):
                flush()
                current = None
                reading = self._section(texts[0], row, before_header=columns is None)
                if columns is None:
                    pending = reading or pending
                else:
                    section = reading or section
                index += 1
                continue
            if columns is None:
                first = next(cell for cell in row if cell.text.strip())
                self._note("T028", Severity.WARNING, first, reason="before-header", text=first.text.strip())
                index += 1
                continue
            record = self._record(row, columns, current)
            if record is not current:
                flush()
                current = record
            index += 1
        flush()
        if columns is None and any(_texts(row) for row in rows):
            self._note("T020", Severity.ERROR, rows[0][0] if rows[0] else None, sheet=sheet.name)

    def _is_section(self, row: tuple[Cell, ...], text: str) -> bool:
        """A row holding one value only is a section (or a title) when it spans the row or names an area."""
        filled = [cell for cell in row if cell.text.strip()]
        spans = len(filled) > 1 or len(row) == 1
        if spans or read_area(text) is not None:
            return True
        bare = text.strip()
        return bare.endswith("领域") or bool(re.match(r"^[一二三四五六七八九十]+[、.．]", bare))

    def _section(self, text: str, row: tuple[Cell, ...], *, before_header: bool) -> AreaReading | None:
        cell = next(c for c in row if c.text.strip())
        reading = read_area(text)
        if reading is not None:
            self._area_note(reading, cell)
            return reading
        titled = area_in_title(text)
        if titled is not None:
            if before_header:
                self.titles.append(text)
            return titled
        if before_header:
            self.titles.append(text)
            return None
        stripped = text.strip()
        if stripped.endswith("领域") or re.match(r"^[一二三四五六七八九十]+[、.．]", stripped):
            return self._further(text, cell)
        self._note("T028", Severity.WARNING, cell, reason="section", text=stripped)
        return None

    # ------------------------------------------------------------------ rows

    def _record(self, row: tuple[Cell, ...], columns: list[Column], previous: _Record | None) -> _Record:
        pairs = [(columns[i], cell) for i, cell in enumerate(row) if i < len(columns)]
        number = next((cell for column, cell in pairs if column.kind == "row"), None)
        if previous is not None and number is not None and number.merged_from is not None:
            earlier = next((cell for column, cell in previous.cells if column.kind == "row"), None)
            if earlier is not None and number.merged_from in (earlier.ref, earlier.merged_from):
                previous.cells += [(c, cell) for c, cell in pairs if c.kind not in _NAME_LEVELS and c.kind != "row"]
                self._note("T030", Severity.INFO, row[0], first=previous.first.ref)
                return previous
        record = _Record(row[0], pairs)
        if previous is not None:
            self._fill_down(record, previous)
        return record

    def _fill_down(self, record: _Record, previous: _Record) -> None:
        """CSV saved from Excel leaves a merged 一级 (and 二级) blank below its first row."""
        names = {c.kind: cell for c, cell in record.cells if c.kind in _NAME_LEVELS}
        above = {c.kind: cell for c, cell in previous.cells if c.kind in _NAME_LEVELS and cell.text.strip()}
        if "level1" not in names or names["level1"].text.strip() or "level1" not in above:
            return
        fill = ["level1"]
        if "level2" in names and not names["level2"].text.strip():
            fill.append("level2")
        filled = []
        for column, cell in record.cells:
            if column.kind in fill and column.kind in above:
                source = above[column.kind]
                cell = Cell(source.text, cell.ref, cell.row, cell.column, source.merged_from or source.ref)
            filled.append((column, cell))
        record.cells = filled

    def _matter(self, record: _Record | None, context: AreaReading | None) -> None:
        if record is None:
            return
        values: dict[str, list[tuple[str, Cell]]] = {}
        ticks: dict[str, list[str]] = {}
        notes: list[str] = []
        for column, cell in record.cells:
            text = cell.text.strip()
            if column.kind == "tick":
                self._tick(column, cell, ticks, notes)
            elif not text:
                continue
            elif column.kind == "blank":
                self._note("T021", Severity.WARNING, cell, reason="unnamed", heading="")
                notes.append(text)
            elif column.kind == "extra":
                notes.append(f"{column.heading}：{text}" if column.heading else text)
            else:
                values.setdefault(column.kind, []).append((text, cell))
        name = {level: _one_line(values[level][0][0]) for level in _NAME_LEVELS if level in values}
        if not name:
            self._note(
                "T028",
                Severity.WARNING,
                record.first,
                reason="no-name",
                text="、".join(_texts(c for _, c in record.cells)),
            )
            return
        matter: dict[str, Any] = {"area": self._area(values, name, context, record.first), "name": name}
        self._fill(matter, values, ticks, notes)
        self.matters.append(matter)
        self.sources.append(record.first.ref)

    def _tick(self, column: Column, cell: Cell, ticks: dict[str, list[str]], notes: list[str]) -> None:
        text = cell.text.strip()
        if not text or text in UNTICKS:
            return
        if text in TICKS or match_key(text) in {match_key(v) for v in column.value} or text.rstrip("√✓") == "":
            ticks.setdefault(column.field, []).extend(column.value)
            return
        if column.field == "audience" and Audience.SPECIFIC_GROUP.zh in column.value:
            ticks.setdefault(column.field, []).extend(column.value)
            notes.append(f"{Audience.SPECIFIC_GROUP.zh}：{text}")
            self._note("T023", Severity.INFO, cell, text=text)
            return
        self._note("T022", Severity.WARNING, cell, text=text, heading=column.heading)
        notes.append(f"{column.heading}：{text}")

    def _area(
        self, values: dict[str, list[tuple[str, Cell]]], name: dict[str, str], context: AreaReading | None, first: Cell
    ) -> str:
        written = values.get("area")
        if written:
            text, cell = written[0]
            reading = read_area(text)
            if reading is None:
                reading = self._further(text, cell)
            else:
                self._area_note(reading, cell)
            return reading.value
        level1 = values.get("level1")
        if level1:
            reading = read_area(level1[0][0])
            if reading is not None and reading.how in ("exact", "known"):
                return reading.value
        chosen = context or self.default_area
        if chosen is not None:
            if chosen.how == "further":
                self.further.setdefault(chosen.value, chosen)
            return chosen.value
        self._note("T027", Severity.ERROR, first)
        reading = AreaReading("unassigned", "further", "未指定领域", "Unassigned")
        self.further.setdefault(reading.value, reading)
        return reading.value

    def _fill(
        self,
        matter: dict[str, Any],
        values: dict[str, list[tuple[str, Cell]]],
        ticks: dict[str, list[str]],
        notes: list[str],
    ) -> None:
        for kind in ("content", "basis"):
            items: list[str] = []
            for text, _ in values.get(kind, []):
                for line in _lines(text):
                    split = (normalise_content if kind == "content" else normalise_basis)(line)[0]
                    items += split
            if items:
                matter[kind] = items
        for kind in ("time_limit", "subject"):
            if kind in values:
                matter[kind] = "\n".join(dict.fromkeys(text for text, _ in values[kind]))
        channels: list[str] = []
        for text, _ in values.get("channels", []):
            ticked = split_ticked_cell(text)
            channels += ticked if ticked is not None else [p for line in _lines(text) for p in split_cell(line)]
        channels += ticks.get("channels", [])
        if channels:
            matter["channels"] = list(dict.fromkeys(channels))
        for kind, normalise in _VOCABULARIES.items():
            chosen = list(ticks.get(kind, []))
            for text, cell in values.get(kind, []):
                parts = split_ticked_cell(text)
                parts = parts if parts is not None else split_cell(text)
                found, _, unknown = normalise(parts)
                chosen += [v.zh for v in found]
                if unknown:
                    self._note("T024", Severity.WARNING, cell, text="、".join(unknown), field=kind)
                    notes.append("、".join(unknown))
            if chosen:
                matter[kind] = _ordered(chosen, kind)
        if notes or "note" in values:
            matter["note"] = "\n".join([*(text for text, _ in values.get("note", [])), *notes])
        for text, cell in values.get("row", [])[:1]:
            if text.isdigit() and int(text) >= 1:
                matter["row"] = int(text)
            else:
                self._note("T029", Severity.INFO, cell, text=text)

    # ------------------------------------------------------------------ areas and findings

    def _further(self, text: str, cell: Cell) -> AreaReading:
        reading = further_area(text)
        if reading.value not in self.further:
            self._note("T026", Severity.WARNING, cell, name=reading.name, slug=reading.value)
        self.further.setdefault(reading.value, reading)
        return reading

    def _area_note(self, reading: AreaReading, cell: Cell) -> None:
        if reading.how == "variant":
            self._note("T025", Severity.INFO, cell, original=reading.name, area=reading.value)

    def _note(self, code: str, severity: Severity, cell: Cell | None, **ctx: Any) -> None:
        self.findings.append(_finding(code, severity, self.file, cell, **ctx))


def _one_line(text: str) -> str:
    """A name cell's line breaks and spaces are layout, not part of the name."""
    return "".join(text.split())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\r\n]+", text) if line.strip()]


def _ordered(values: list[str], kind: str) -> list[str]:
    order: list[Labelled] = list(
        {"audience": normalise_audience, "mode": normalise_mode, "level": normalise_level}[kind](values)[0]
    )
    return [v.zh for v in order]


def _slug(value: str) -> str:
    """The slug an area value resolves to (a name handed on for the loader to report resolves too)."""
    alias = resolve_area(value)
    return alias.slug if alias is not None else value


def _catalogue_id(file: str) -> str:
    stem = PurePath(file).stem
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:80]
    return cleaned or "table-" + hashlib.sha1(file.encode("utf-8")).hexdigest()[:8]


def interpret(
    grid: Grid,
    *,
    level: str = "county",
    area: str | None = None,
    extends: str | None = "national",
    jurisdiction: str | None = None,
    title: str | None = None,
) -> Interpreted:
    """Catalogue data from ``grid``, with the ref of each matter's first cell and every cell not understood."""
    reader = _Reader(grid, area)
    for sheet in grid.sheets:
        reader.sheet(sheet)
    data: dict[str, Any] = {
        "id": _catalogue_id(grid.file),
        "title": title or (reader.titles[0] if reader.titles else PurePath(grid.file).stem or grid.file),
        "level": level,
    }
    if extends is not None:
        data["extends"] = extends
        data["form"] = "table"
    used = {str(m["area"]) for m in reader.matters}
    if not set(AREAS) <= {_slug(value) for value in used}:
        data["scope"] = "part"
    if jurisdiction:
        data["jurisdiction"] = {"name": jurisdiction}
    if reader.further:
        data["areas"] = [{"slug": r.value, "zh": r.name, "en": r.en or r.name} for r in reader.further.values()]
    data["matters"] = reader.matters
    return Interpreted(data, tuple(reader.sources), tuple(reader.findings))
