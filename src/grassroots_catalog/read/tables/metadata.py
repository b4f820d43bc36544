"""What a printed table cannot show and a catalogue needs back: the hidden sheet of ``gcat export``.

The published layout holds what an office reads: names, content, ticks. It has no place for the
catalogue's id, its level and jurisdiction, the slugs of its further areas (自然资源 could be any
slug) or its matters' ids, so a table imported back would invent them (``area-<hash>``, ids from the
names). The XLSX export therefore adds one **hidden** sheet, :data:`METADATA_SHEET`, of plain rows
``key, value …`` (a mature spreadsheet tool's way: the data travels with the workbook, out of the
printed pages), and the importer reads it first when present:

- ``format``: :data:`FORMAT`, so that a sheet of that name written by someone else is not taken for it;
- ``id``, ``level``, ``extends``; ``jurisdiction`` (name, code);
- ``area``: slug, Chinese name, English name, for each declared further area;
- ``matter``: the cell its row starts at (``目录!A5``), its id, and its names (一级, 二级, 三级).

It is input like any other (hostile, perhaps edited): the values are checked by the loader as YAML
is, an area row is used only for the area of that name, and a matter's id only for the row at that
cell whose names are still the ones written beside the id, so that a row inserted or renamed in
Excel gets its id from its names rather than a neighbour's. CSV has no hidden place: a CSV export
gives its further areas by name, and ``--area`` or an ``areas:`` list restores their slugs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from grassroots_catalog.read.tables.grid import Sheet

__all__ = ["FORMAT", "METADATA_SHEET", "TableMetadata", "metadata_rows", "read_metadata"]

METADATA_SHEET = "gcat-catalogue"
"""The name of the hidden sheet (not 'catalogue': Excel's sheet names ignore case, and the English
export's sheet is 'Catalogue')."""

FORMAT = "grassroots-catalog table metadata 1"


@dataclass(frozen=True, slots=True)
class TableMetadata:
    """What the hidden sheet says, each value as written (the loader checks them)."""

    sheet: str
    values: dict[str, str] = field(default_factory=dict)
    """``id``, ``level``, ``extends``."""
    jurisdiction: tuple[str, str] | None = None
    areas: tuple[tuple[str, str, str], ...] = ()
    """(slug, zh, en) of each declared further area."""
    matters: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """The cell a matter's row starts at → its id and its names."""


def metadata_rows(
    *,
    id: str,
    level: str,
    extends: str | None,
    jurisdiction: tuple[str, str | None] | None,
    areas: Sequence[tuple[str, str, str]],
    matters: Sequence[tuple[str, str, Sequence[str]]],
) -> list[list[str]]:
    """The rows of the hidden sheet: ``matters`` as (cell, id, names)."""
    rows = [["format", FORMAT], ["id", id], ["level", level], ["extends", extends or ""]]
    if jurisdiction is not None:
        rows.append(["jurisdiction", jurisdiction[0], jurisdiction[1] or ""])
    rows += [["area", slug, zh, en] for slug, zh, en in areas]
    rows += [["matter", cell, matter_id, *names] for cell, matter_id, names in matters]
    return rows


def read_metadata(sheet: Sheet) -> TableMetadata | None:
    """The hidden sheet's data, or None when the sheet is not one ``gcat export`` wrote."""
    rows = [[cell.text.strip() for cell in row] for row in sheet.rows]
    if not rows or rows[0][:2] != ["format", FORMAT]:
        return None
    values: dict[str, str] = {}
    jurisdiction: tuple[str, str] | None = None
    areas: list[tuple[str, str, str]] = []
    matters: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in rows[1:]:
        key, rest = (row[0], row[1:]) if row else ("", [])
        if key in ("id", "level", "extends") and rest:
            values[key] = rest[0]
        elif key == "jurisdiction" and rest and rest[0]:
            jurisdiction = (rest[0], rest[1] if len(rest) > 1 else "")
        elif key == "area" and len(rest) >= 3 and rest[0] and rest[1]:
            areas.append((rest[0], rest[1], rest[2] or rest[1]))
        elif key == "matter" and len(rest) >= 3 and rest[0] and rest[1]:
            matters[rest[0]] = (rest[1], tuple(name for name in rest[2:5] if name))
    return TableMetadata(sheet.name, values, jurisdiction, tuple(areas), matters)
