"""Which column of a table holds what: the header rows, one or two, read into columns.

The words are the table in :mod:`.headers`; this module finds the header among a sheet's rows (at
least two known headings, one of them a name or the content) and reads the second row of the
two-row layout under the groups of the first: the levels of a name under 公开事项, and under
公开对象, 公开方式, 公开层级 or 公开渠道和载体 the value each tick column stands for. A heading no
table knows is kept as an ``extra`` column, whose cells go into 备注.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from grassroots_catalog.domain.vocabularies import (
    Audience,
    DisclosureLevel,
    Labelled,
    Mode,
    normalise_audience,
    normalise_level,
    normalise_mode,
)
from grassroots_catalog.read.tables.grid import Cell
from grassroots_catalog.read.tables.headers import TICK_GROUPS, column_kind, fold_heading, heading_key, is_name_group

__all__ = [
    "NAME_LEVELS",
    "SCALARS",
    "VOCABULARIES",
    "Column",
    "english_value",
    "header",
    "is_header",
    "settle",
    "texts",
]

VOCABULARIES = {"audience": normalise_audience, "mode": normalise_mode, "level": normalise_level}
_KINDS: dict[str, type[Labelled]] = {"audience": Audience, "mode": Mode, "level": DisclosureLevel}
_ENGLISH = {group: {heading_key(value.en): value.zh for value in kind} for group, kind in _KINDS.items()}
"""Per vocabulary, its values' English labels (as ``gcat export --lang en`` heads its tick columns) → the value."""


def english_value(group: str, text: str) -> str | None:
    """The value of vocabulary ``group`` whose English label ``text`` is (``county level`` → 县级), or None."""
    return _ENGLISH.get(group, {}).get(heading_key(text))


SCALARS = frozenset({"row", "area", "level1", "level2", "level3", "time_limit", "subject"})
NAME_LEVELS = ("level1", "level2", "level3")


@dataclass(frozen=True, slots=True)
class Column:
    """What one column of a table holds."""

    kind: str
    """A field (``content``), ``tick`` (one value of ``field``), ``extra`` (kept in 备注) or ``blank``."""
    heading: str = ""
    field: str = ""
    value: tuple[str, ...] = ()
    """For a tick column: the values a tick stands for (one channel box, 全社会, 县级 …)."""


def texts(row: Iterable[Cell]) -> list[str]:
    return [cell.text.strip() for cell in row if cell.text.strip()]


def _tick_values(group: str, text: str) -> tuple[str, ...] | None:
    """The values a sub-heading stands for under ``group`` (None if it names none)."""
    if group == "channels":
        return (fold_heading(text),) if fold_heading(text) else None
    normalise = VOCABULARIES.get(group)
    if normalise is None:
        return None
    english = english_value(group, text)
    if english is not None:
        return (english,)
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


def is_header(row: tuple[Cell, ...]) -> bool:
    kinds = {_top_kind(text) for text in texts(row)} - {None}
    names = {"name", "level1", "level2", "level3", "content"}
    return len(kinds) >= 2 and bool(kinds & names)


def header(rows: tuple[tuple[Cell, ...], ...], index: int) -> tuple[list[Column], int]:
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
            or (group == "name" and column_kind(text) in NAME_LEVELS)
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


_GROUP_AND_VALUE = re.compile(r"^(?P<group>[^（(]+)[（(](?P<value>[^）)]+)[）)]$")


def _flat_column(heading: str) -> Column:
    # One header row naming group and value together, as CSV exports write a two-row header: 公开对象（全社会）
    both = _GROUP_AND_VALUE.match(heading.strip())
    if both is not None:
        group = _top_kind(both["group"])
        values = _tick_values(group, both["value"]) if group in TICK_GROUPS else None
        if group is not None and values:
            return Column("tick", heading, group, values)
    kind = _top_kind(heading)
    if kind == "name":
        return Column("level1", heading)
    if kind is not None:
        return Column(kind, heading)
    vocabulary = _vocabulary_of(heading)
    if vocabulary is not None:
        return Column("tick", heading, vocabulary[0], vocabulary[1])
    return Column("extra", heading)


def settle(columns: list[Column]) -> tuple[list[Column], list[tuple[int, str]]]:
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
        if column.kind in SCALARS and column.kind in seen:
            problems.append((position, "repeated"))
            column = Column("extra", column.heading)
        elif column.kind == "extra":
            problems.append((position, ""))
        seen.add(column.kind)
        settled.append(column)
    return settled, problems
