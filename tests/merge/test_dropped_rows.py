"""A row left out of a table: an error only where the parent says the row is disclosed at this tier."""

from __future__ import annotations

from typing import Any

import pytest

from grassroots_catalog.merge import compose
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.model import Catalogue

ROW = {"id": "a.kept", "area": "health", "name": {"level1": "甲"}, "mode": ["主动"], "level": ["县级", "乡级"]}


def _compose(dropped_level: list[str], table_level: str) -> list[tuple[str, str, str | None]]:
    dropped: dict[str, Any] = {"id": "a.gone", "area": "health", "name": {"level1": "乙"}, "mode": ["主动"]}
    if dropped_level:
        dropped["level"] = dropped_level
    parent = Catalogue.model_validate({"id": "n", "title": "国家", "level": "national", "matters": [ROW, dropped]})
    table = Catalogue.model_validate(
        {"id": "t", "title": "本级", "level": table_level, "extends": "n", "form": "table", "matters": [ROW]}
    )
    effective = compose([Layer("n", parent), Layer("t", table)])
    return [(f.code, f.severity.slug, f.ctx.get("reason")) for f in effective.findings]


@pytest.mark.parametrize(
    ("dropped_level", "table_level", "expected"),
    [
        (["县级"], "county", [("M012", "error", None)]),
        (["县级", "乡级"], "township", [("M012", "error", None)]),
        (["县级"], "township", []),  # a township is not asked for county-only rows
        (["乡级"], "county", []),
        ([], "county", [("M012", "info", "level-unknown")]),  # partial data: at most a note
        ([], "township", [("M012", "info", "level-unknown")]),
    ],
)
def test_a_dropped_row_is_judged_by_the_tier_its_parent_gives(
    dropped_level: list[str], table_level: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _compose(dropped_level, table_level) == expected


def test_the_unknown_level_note_says_why_in_both_languages() -> None:
    parent = Catalogue.model_validate(
        {"id": "n", "title": "国家", "level": "national", "matters": [ROW, {**ROW, "id": "a.gone", "level": []}]}
    )
    table = Catalogue.model_validate(
        {"id": "t", "title": "本县", "level": "county", "extends": "n", "form": "table", "matters": [ROW]}
    )
    (note,) = compose([Layer("n", parent), Layer("t", table)]).findings
    assert "公开层级" in note.message("zh") and "partial" in note.message("en")
