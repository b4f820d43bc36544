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
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import PurePath
from typing import Any, Final

from grassroots_catalog.domain.areas import AREAS, resolve_area
from grassroots_catalog.domain.normalise import normalise_basis, normalise_content
from grassroots_catalog.domain.vocabularies import (
    Audience,
    Labelled,
    match_key,
    split_cell,
    split_ticked_cell,
)
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.normalise import DITTO
from grassroots_catalog.read.tables.areas import AreaReading, area_in_title, bare_name, fold, further_area, read_area
from grassroots_catalog.read.tables.columns import (
    NAME_LEVELS,
    VOCABULARIES,
    Column,
    english_value,
    header,
    is_header,
    settle,
    texts,
)
from grassroots_catalog.read.tables.grid import Cell, Grid, Sheet
from grassroots_catalog.read.tables.headers import TICKS, UNTICKS
from grassroots_catalog.read.tables.metadata import METADATA_SHEET, TableMetadata, read_metadata
from grassroots_catalog.results import Finding, Severity

__all__ = ["FROM_TABLE", "FromTable", "Interpreted", "interpret"]


class FromTable(Enum):
    """The parent a table's hidden data sheet records (``gcat export`` writes it), else ``national``."""

    PARENT = "from-table"


FROM_TABLE: Final = FromTable.PARENT


@dataclass(frozen=True, slots=True)
class Interpreted:
    data: dict[str, Any]
    """Catalogue data for :func:`~grassroots_catalog.read.load.catalogue_from_data` (matters without ids)."""
    sources: tuple[str, ...]
    """For ``matters[i]``, the ref of its first cell ("Sheet1!A12"), for comments and locations."""
    findings: tuple[Finding, ...]
    """Every cell not understood, located by its ref (``ctx["cell"]``)."""


@dataclass(slots=True)
class _Record:
    """The cells of one matter (one row, or rows folded under one merged 序号)."""

    first: Cell
    cells: list[tuple[Column, Cell]] = field(default_factory=list)
    area: AreaReading | None = None
    area_cell: Cell | None = None


def _finding(code: str, severity: Severity, file: str, cell: Cell | None, **ctx: Any) -> Finding:
    return Finding(code, severity, file=file, ctx={"cell": cell.ref if cell else "", **ctx})


_SECTION = re.compile(r"^(?:(?:[一二三四五六七八九十百]+|\d+)[、.．]|.*领域$)", re.DOTALL)
"""A section row of a further area: numbered (二十七、…, or 27、… as ``gcat export`` writes it) or ending in 领域."""


class _Reader:
    """Reads the sheets of one grid into matters, collecting findings."""

    def __init__(self, grid: Grid, area: str | None, metadata: TableMetadata | None = None) -> None:
        self.file = grid.file
        self.findings: list[Finding] = list(grid.findings)
        self.matters: list[dict[str, Any]] = []
        self.sources: list[str] = []
        self.further: dict[str, AreaReading] = {}
        self.titles: list[str] = []
        self.declared: dict[str, AreaReading] = {}
        for slug, zh, en in metadata.areas if metadata is not None else ():
            reading = AreaReading(slug, "further", zh, en)
            for key in (bare_name(zh), fold(zh), bare_name(en).casefold(), fold(en).casefold()):
                self.declared.setdefault(key, reading)
        self.default_area: AreaReading | None = None
        self.from_file_name = False
        if area:
            self.default_area = read_area(area) or self._further_reading(area)
        else:  # 社会救助.csv: a file named after a pilot area holds that area's rows
            named = read_area(PurePath(grid.file).stem)
            if named is not None and named.how in ("exact", "known"):
                self.default_area, self.from_file_name = named, True

    # ------------------------------------------------------------------ sheets and tables

    def sheet(self, sheet: Sheet) -> None:
        rows = sheet.rows
        sheet_area = read_area(sheet.name) if sheet.name else None
        if sheet_area is not None and sheet_area.how == "variant":  # 社保 read as social-insurance: say so
            context = {"cell": sheet.name, "original": sheet_area.name, "area": sheet_area.value}
            self.findings.append(Finding("T025", Severity.INFO, file=self.file, ctx=context))
        columns: list[Column] | None = None
        table_area: AreaReading | None = None
        pending: AreaReading | None = None
        section: AreaReading | None = None
        current: _Record | None = None
        blank_before = True
        titles_before = len(self.titles)

        def flush() -> None:
            if current is not None:
                self._matter(current, section or table_area or sheet_area)

        index = 0
        while index < len(rows):
            row = rows[index]
            filled = texts(row)
            if not filled:  # a blank row ends a run of merged or blank-below names
                flush()
                current, index, blank_before = None, index + 1, True
                continue
            if is_header(row):
                flush()
                found, used = header(rows, index)
                columns, problems = settle(found)
                for position, reason in problems:
                    self._note("T021", Severity.WARNING, row[position], reason=reason, heading=found[position].heading)
                if pending is not None or blank_before:  # a new table, under its own title or after a gap
                    table_area, section = pending, None
                # else the header repeated where a printed page began: the same table, area and section go on
                pending, current, blank_before = None, None, False
                index += used
                continue
            blank_before = False
            if len(set(filled)) == 1 and (columns is None or self._is_section(row, filled[0])):
                flush()
                current = None
                reading, titled = self._section(filled[0], row, before_header=columns is None)
                if columns is None or titled:  # a title names the area of the table below it
                    pending = reading or pending
                if columns is not None:
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
        if columns is None:  # a sheet with no header has no title either (a page's layout table, a cover sheet)
            del self.titles[titles_before:]
        if columns is None and any(texts(row) for row in rows):
            self._note("T020", Severity.ERROR, rows[0][0] if rows[0] else None, sheet=sheet.name)

    def _is_section(self, row: tuple[Cell, ...], text: str) -> bool:
        """A row holding one value only is a section (or a title) when it spans the row or names an area."""
        filled = [cell for cell in row if cell.text.strip()]
        spans = len(filled) > 1 or len(row) == 1
        if spans or read_area(text) is not None:
            return True
        return bool(_SECTION.match(text.strip()))

    def _section(self, text: str, row: tuple[Cell, ...], *, before_header: bool) -> tuple[AreaReading | None, bool]:
        """The area a one-value row names, and whether it is a title (of the table that follows)."""
        cell = next(c for c in row if c.text.strip())
        reading = read_area(text)
        if reading is not None:
            self._area_note(reading, cell)
            return reading, False
        titled = area_in_title(text)
        if titled is not None or before_header:
            if before_header:
                self.titles.append(text.strip())
            return titled, True
        stripped = text.strip()
        if _SECTION.match(stripped):
            return self._further(text, cell), False
        self._note("T028", Severity.WARNING, cell, reason="section", text=stripped)
        return None, False

    # ------------------------------------------------------------------ rows

    def _record(self, row: tuple[Cell, ...], columns: list[Column], previous: _Record | None) -> _Record:
        pairs = [(columns[i], cell) for i, cell in enumerate(row) if i < len(columns)]
        number = next((cell for column, cell in pairs if column.kind == "row"), None)
        if previous is not None and number is not None and number.merged_from is not None:
            earlier = next((cell for column, cell in previous.cells if column.kind == "row"), None)
            if (
                earlier is not None
                and number.merged_from in (earlier.ref, earlier.merged_from)
                and _same_names(pairs, previous)
            ):
                previous.cells += _run_on(pairs, previous)
                self._note("T030", Severity.INFO, row[0], first=previous.first.ref)
                return previous
        if previous is not None and number is not None and _continues(pairs, number, previous):
            previous.cells += _run_on(pairs, previous)
            self._note("T030", Severity.INFO, row[0], reason="blank", first=previous.first.ref)
            return previous
        record = _Record(row[0], pairs)
        if previous is not None:
            self._fill_down(record, previous)
        return record

    def _fill_down(self, record: _Record, previous: _Record) -> None:
        """CSV saved from Excel leaves a merged 一级 (and 二级) blank below its first row."""
        names = {c.kind: cell for c, cell in record.cells if c.kind in NAME_LEVELS}
        above = {c.kind: cell for c, cell in previous.cells if c.kind in NAME_LEVELS and cell.text.strip()}
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
        name = {level: _one_line(values[level][0][0]) for level in NAME_LEVELS if level in values}
        if not name:
            self._note(
                "T028",
                Severity.WARNING,
                record.first,
                reason="no-name",
                text="、".join(texts(c for _, c in record.cells)),
            )
            return
        matter: dict[str, Any] = {"area": self._area(values, name, context, record.first), "name": name}
        headings = {cell.ref: column.heading for column, cell in record.cells}
        for kind, cells in list(values.items()):
            if kind not in (*NAME_LEVELS, "area", "row", "note") and len(cells) == 1 and cells[0][0] in DITTO:
                matter[kind] = cells[0][0]  # 同上: the loader copies the row above's value, and notes it
                del values[kind]
        self._fill(matter, values, ticks, notes, headings)
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
        if level1 and context is None:  # a section row that names the area says it for the rows below
            reading = read_area(level1[0][0])
            if reading is not None and reading.how in ("exact", "known"):
                return reading.value
        chosen = context or self.default_area
        if chosen is not None and context is None and self.from_file_name:
            said = {"cell": "", "area": chosen.value, "name": PurePath(self.file).name}
            self.findings.append(Finding("T031", Severity.INFO, file=self.file, ctx=said))
            self.from_file_name = False  # said once
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
        headings: dict[str, str],
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
        for kind, normalise in VOCABULARIES.items():
            chosen = list(ticks.get(kind, []))
            for text, cell in values.get(kind, []):
                parts = split_ticked_cell(text)
                parts = parts if parts is not None else split_cell(text)
                english = [english_value(kind, part) for part in _LIST_SEPARATORS.split(text) if part.strip()]
                if english and all(english):  # the English labels of gcat export --lang en
                    parts = [value for value in english if value]
                found, _, unknown = normalise(parts)
                chosen += [v.zh for v in found]
                if unknown:
                    self._note(
                        "T024", Severity.WARNING, cell, text="、".join(unknown), heading=headings.get(cell.ref, kind)
                    )
                    notes.append("、".join(unknown))
            if chosen:
                matter[kind] = _ordered(chosen, kind)
        written, reasons = _not_applicable([text for text, _ in values.get("note", [])])
        if reasons:
            matter["not_applicable"] = "\n".join(reasons)
        if notes or written:
            matter["note"] = "\n".join([*written, *notes])
        for text, cell in values.get("row", [])[:1]:
            if text.isdigit() and int(text) >= 1:
                matter["row"] = int(text)
            else:
                self._note("T029", Severity.INFO, cell, text=text)

    # ------------------------------------------------------------------ areas and findings

    def _further_reading(self, text: str) -> AreaReading:
        """A further area: the one the table's hidden sheet declares under this name, else one made from it."""
        for key in (bare_name(text), fold(text), bare_name(text).casefold(), fold(text).casefold()):
            if key in self.declared:
                return self.declared[key]
        return further_area(text)

    def _further(self, text: str, cell: Cell) -> AreaReading:
        reading = self._further_reading(text)
        if reading.value not in self.further:
            self._note("T026", Severity.WARNING, cell, name=reading.name, slug=reading.value)
        self.further.setdefault(reading.value, reading)
        return reading

    def _area_note(self, reading: AreaReading, cell: Cell) -> None:
        if reading.how == "variant":
            self._note("T025", Severity.INFO, cell, original=reading.name, area=reading.value)

    def _note(self, code: str, severity: Severity, cell: Cell | None, **ctx: Any) -> None:
        self.findings.append(_finding(code, severity, self.file, cell, **ctx))


def _run_on(pairs: list[tuple[Column, Cell]], record: _Record) -> list[tuple[Column, Cell]]:
    """The cells a folded row adds to its matter: not the row number or names, and not a merged cell's
    copy of a value the matter holds already (公开依据 merged over both rows is one 依据, not two)."""
    held = {ref for _, cell in record.cells for ref in (cell.ref, cell.merged_from) if ref}
    return [
        (column, cell)
        for column, cell in pairs
        if column.kind not in NAME_LEVELS and column.kind != "row" and cell.merged_from not in held
    ]


def _continues(pairs: list[tuple[Column, Cell]], number: Cell, record: _Record) -> bool:
    """A row with no 序号 and no name of its own, below a numbered matter, is that matter's next row: a
    merged 序号 and merged names saved as CSV (Excel leaves them blank), or a cell run on for printing."""
    earlier = next((cell for column, cell in record.cells if column.kind == "row"), None)
    names = [cell for column, cell in pairs if column.kind in NAME_LEVELS]
    return (
        earlier is not None
        and bool(earlier.text.strip())
        and not number.text.strip()
        and number.merged_from is None
        and bool(names)
        and all(not cell.text.strip() and cell.merged_from is None for cell in names)
    )


def _same_names(pairs: list[tuple[Column, Cell]], record: _Record) -> bool:
    """A row continues a matter only where its names are blank or the matter's own."""
    names = {c.kind: _one_line(cell.text) for c, cell in record.cells if c.kind in NAME_LEVELS}
    return all(
        not cell.text.strip() or _one_line(cell.text) == names.get(c.kind) for c, cell in pairs if c.kind in NAME_LEVELS
    )


_NOT_APPLICABLE = tuple(report_text("table.not_applicable", lang, reason="") for lang in ("zh", "en"))
"""How the published table's 备注 says a matter does not apply (不适用：…), as ``gcat export`` writes it."""


def _not_applicable(notes: list[str]) -> tuple[list[str], list[str]]:
    """The 备注 cells' lines apart from those saying the matter does not apply, and those lines' reasons."""
    kept: list[str] = []
    reasons: list[str] = []
    for note in notes:
        lines = note.split("\n")
        said = [line for line in lines if line.startswith(_NOT_APPLICABLE)]
        reasons += [next(line[len(p) :] for p in _NOT_APPLICABLE if line.startswith(p)).strip() for line in said]
        rest = "\n".join(line for line in lines if line not in said)
        if rest.strip():
            kept.append(rest)
    return kept, [reason for reason in reasons if reason]


_GAP = re.compile(r"\s+")
_LIST_SEPARATORS = re.compile(r"[、，,；;\n]+")


def _one_line(text: str) -> str:
    """A name cell's line breaks and spaces are layout where they touch a Chinese character (社会 救助,
    社会\n救助), and one space between two words of Latin letters or digits (PPP 项目 is PPP项目, 0 0 stays)."""

    def gap(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        return " " if before and after and not _wide(before) and not _wide(after) else ""

    return _GAP.sub(gap, text.strip())


def _wide(char: str) -> bool:
    """A Chinese character or full-width sign, which needs no space beside it."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\r\n]+", text) if line.strip()]


def _ordered(values: list[str], kind: str) -> list[str]:
    order: list[Labelled] = list(VOCABULARIES[kind](values)[0])
    return [v.zh for v in order]


def _slug(value: str) -> str:
    """The slug an area value resolves to (a name handed on for the loader to report resolves too)."""
    alias = resolve_area(value)
    return alias.slug if alias is not None else value


def _catalogue_id(file: str) -> str:
    """An id made from the file's name alone: the same table saved as .xlsx, .csv or .html, in any folder,
    imports under the same id (a Chinese name has no ASCII to keep, so it is hashed)."""
    stem = PurePath(file).stem
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:80]
    return cleaned or "table-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]


def _is_path(reference: str) -> bool:
    """Whether a parent is named by its path (``./city.yaml``), which is relative to the YAML file it was
    written in and means nothing beside a workbook that may be anywhere; a catalogue id is kept."""
    return "/" in reference or "\\" in reference or reference.lower().endswith((".yaml", ".yml"))


def _metadata(grid: Grid) -> TableMetadata | None:
    for sheet in grid.sheets:
        if sheet.hidden and sheet.name == METADATA_SHEET:
            return read_metadata(sheet)
    return None


def interpret(
    grid: Grid,
    *,
    level: str | None = None,
    area: str | None = None,
    extends: str | FromTable | None = FROM_TABLE,
    jurisdiction: str | None = None,
    title: str | None = None,
) -> Interpreted:
    """Catalogue data from ``grid``, with the ref of each matter's first cell and every cell not understood.

    ``level`` None is the level the table's hidden sheet gives (:mod:`.metadata`), else county; the
    hidden sheet also gives the catalogue's id, jurisdiction, further areas' slugs and matters' ids, and
    with ``extends`` :data:`FROM_TABLE` its parent when named by id (none when it records none), else
    ``national``."""
    metadata = _metadata(grid)
    if isinstance(extends, FromTable):
        recorded = metadata.values.get("extends") if metadata is not None else None
        extends = "national" if recorded is None or _is_path(recorded) else recorded or None
    reader = _Reader(grid, area, metadata)
    for sheet in grid.sheets:
        if metadata is not None and sheet.name == metadata.sheet:
            continue
        reader.sheet(sheet)
    told = metadata.values if metadata is not None else {}
    data: dict[str, Any] = {
        "id": told.get("id") or _catalogue_id(grid.file),
        "title": title or (reader.titles[0] if reader.titles else PurePath(grid.file).stem or grid.file),
        "level": level or told.get("level") or "county",
    }
    if metadata is not None:
        _restore_ids(reader, metadata)
        if jurisdiction is None and metadata.jurisdiction is not None:
            name, code = metadata.jurisdiction
            data["jurisdiction"] = {"name": name, **({"code": code} if code else {})}
    if extends is not None:
        data["extends"] = extends
        data["form"] = "table"
    used = {str(m["area"]) for m in reader.matters}
    if not set(AREAS) <= {_slug(value) for value in used}:
        data["scope"] = "part"
    if jurisdiction:
        data["jurisdiction"] = {"name": jurisdiction}
    elif "jurisdiction" in data:  # the hidden sheet's, after the other keys as a catalogue file orders them
        data["jurisdiction"] = data.pop("jurisdiction")
    if reader.further:
        data["areas"] = [{"slug": r.value, "zh": r.name, "en": r.en or r.name} for r in reader.further.values()]
    data["matters"] = reader.matters
    return Interpreted(data, tuple(reader.sources), tuple(reader.findings))


def _restore_ids(reader: _Reader, metadata: TableMetadata) -> int:
    """Give each matter the id the hidden sheet records for its cell, where the row's names are still
    the ones recorded beside it; returns how many were given."""
    restored = 0
    for matter, source in zip(reader.matters, reader.sources, strict=True):
        recorded = metadata.matters.get(source)
        if recorded is None:
            continue
        matter_id, names = recorded
        written = tuple(matter["name"][level] for level in NAME_LEVELS if level in matter["name"])
        if tuple(_one_line(name) for name in names) == written:
            matter["id"] = matter_id
            restored += 1
    return restored
