"""What every diff format shows the same way: field names, values, areas and rows, in the reader's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from grassroots_catalog.diffs.model import CatalogueDiff, Change, ChangeKind, Match
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import ChannelChoice, Labelled
from grassroots_catalog.messages.words import field_label, report_text

__all__ = ["area_label", "by_area", "field_name", "match_label", "summary", "title", "value_text"]


def field_name(change: Change, lang: str) -> str:
    """The name of what changed: a matter field, the area, the not-applicable mark, a metadata key."""
    if change.field is None:
        return report_text("diff.field.whole_row", lang)
    if change.is_metadata:
        return report_text(f"diff.meta.{change.field}", lang)
    if change.field in ("area", "not_applicable"):
        return report_text(f"diff.field.{change.field}", lang)
    return field_label(change.field, lang)


def value_text(value: Any, lang: str) -> str:
    """A value as one line: list items joined as the language joins them, (无) for nothing."""
    if value is None or value == () or value == []:
        return report_text("diff.none", lang)
    if isinstance(value, tuple | list):
        separator = "、" if lang == "zh" else ", "
        return separator.join(value_text(item, lang) for item in value)
    if isinstance(value, Labelled | ChannelChoice):
        return value.label(lang)
    if hasattr(value, "as_text"):
        return str(value.as_text())
    if hasattr(value, "name") and hasattr(value, "area") and hasattr(value, "content"):
        return str(value.name)  # a whole matter: its names
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return "：".join(str(v) for v in value.model_dump(exclude_none=True).values())
    label = getattr(value, "label", None)  # a catalogue's tier (CatalogueLevel): 国家级 / national level
    if callable(label):
        return str(label(lang))
    zh = getattr(value, "zh", None)
    return zh if isinstance(zh, str) else str(value)


def area_label(slug: str, lang: str) -> str:
    """The area's name for a reader, or its slug for an area the tool does not know."""
    area = AREAS.get(slug)
    if area is None:
        return slug
    return area.zh if lang == "zh" else area.en


def match_label(match: Match | None, lang: str) -> str:
    """How a row was paired, when it was by what it says rather than by id; else nothing."""
    if match is None or match.how == "id":
        return ""
    if match.how == "fuzzy":
        return report_text("diff.row.match.fuzzy", lang, score=round(match.score))
    return report_text("diff.row.match.names", lang)


def title(result: CatalogueDiff, lang: str) -> str:
    return report_text("diff.title", lang, a=result.a_file or result.a.id, b=result.b_file or result.b.id)


def summary(result: CatalogueDiff, lang: str) -> str:
    """The counts of each kind, or the sentence saying the catalogues are equivalent."""
    if result.equivalent:
        return report_text("diff.equivalent", lang)
    counts = result.counts()
    return report_text("diff.summary", lang, count=len(result), **{kind.value: counts[kind] for kind in ChangeKind})


def by_area(result: CatalogueDiff) -> Iterator[tuple[str, list[list[Change]]]]:
    """The row changes grouped by area, then by row, in the diff's order (metadata left out)."""
    current: str | None = None
    rows: list[list[Change]] = []
    for change in result:
        if change.is_metadata:
            continue
        if change.area != current:
            if current is not None:
                yield current, rows
            current, rows = change.area, []
        if rows and rows[-1][0].row == change.row:
            rows[-1].append(change)
        else:
            rows.append([change])
    if current is not None:
        yield current, rows
