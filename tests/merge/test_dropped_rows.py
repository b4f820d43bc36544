"""A row left out of a table: an error only where the parent says the row is disclosed at this tier."""

from __future__ import annotations

from pathlib import Path
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


def test_a_blank_cell_is_reported_once_as_the_missing_element(tmp_path: Path) -> None:
    from grassroots_catalog.check.validate import validate

    (tmp_path / "province.yaml").write_text(
        "id: p\ntitle: 省\nlevel: provincial\nmatters:\n"
        "  - {id: a.one, area: health, name: {level1: 甲}, content: [条件], subject: 省卫健委, channels: [政府网站],"
        " audience: [全社会], mode: [主动], level: [县级], basis: [《甲法》], time_limit: 信息形成（变更）20个工作日内}\n",
        encoding="utf-8",
    )
    (tmp_path / "county.yaml").write_text(
        "id: c\ntitle: 县\nlevel: county\nextends: ./province.yaml\nform: table\nmatters:\n"
        "  - {id: a.one, area: health, name: {level1: 甲}, subject: 示例县卫生健康局, channels: [政府网站],"
        " audience: [全社会], mode: [主动], level: [县级], basis: [《甲法》], time_limit: 信息形成（变更）20个工作日内}\n",
        encoding="utf-8",
    )
    (report,) = validate([tmp_path / "county.yaml"], config=None)
    about_content = [f.code for f in report.findings if "content" in f.path or f.ctx.get("field") == "content"]
    assert about_content == ["R10"]
