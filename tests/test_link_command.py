"""gcat link: the ids rows were linked by written into the file once, comments kept, nothing else moved."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.check.link import IdSource, plan_links
from grassroots_catalog.check.validate import validate
from grassroots_catalog.cli import cli

from .conftest import ROOT

CASES = ROOT / "tests" / "cases" / "real-variants"


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(CASES / name, target)
    return target


def test_check_lists_the_ids_and_changes_nothing(tmp_path: Path) -> None:
    table = _copy(tmp_path, "names-county.yaml")
    before = table.read_bytes()
    result = CliRunner().invoke(cli, ["link", "--check", str(table)])
    assert result.exit_code == 1 and table.read_bytes() == before
    assert "poverty-alleviation.f6f13598（名称相近，请确认）" in result.output


def test_writing_the_ids_keeps_comments_and_findings_and_is_done_once(tmp_path: Path) -> None:
    table = _copy(tmp_path, "names-county.yaml")
    before_text = table.read_text(encoding="utf-8")
    (report_before,) = validate([table], config=None)
    result = CliRunner().invoke(cli, ["link", str(table)])
    assert result.exit_code == 0, result.output
    after_text = table.read_text(encoding="utf-8")
    comments = [line.strip() for line in before_text.splitlines() if line.strip().startswith("#")]
    assert comments == [line.strip() for line in after_text.splitlines() if line.strip().startswith("#")]
    assert len(after_text.splitlines()) == len(before_text.splitlines())  # only id lines changed
    (report_after,) = validate([table], config=None)
    serious = [(f.code, f.location) for f in report_after.findings if f.severity.slug != "info"]
    assert serious == [(f.code, f.location) for f in report_before.findings if f.severity.slug != "info"]
    assert "M013" not in {f.code for f in report_after.findings}  # the link is explicit now
    assert plan_links(table).changes == ()


def test_a_table_without_ids_gets_the_national_ids_for_its_national_rows(tmp_path: Path) -> None:
    table = _copy(tmp_path, "ids-county.yaml")
    plan = plan_links(table)
    assert plan.changes and all(change.written is None for change in plan.changes if change.written is None)
    national = [c for c in plan.changes if c.source is IdSource.NAMES]
    assert national and all(c.new.split(".")[0] in {"employment", "rural-dilapidated-housing"} for c in national)
    assert plan.text is not None and all(f"id: {c.new}" in plan.text for c in plan.changes)


def test_an_unreadable_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["link", str(broken)])
    assert result.exit_code == 2 and broken.read_text(encoding="utf-8") == "id: [unclosed\n"


def test_ids_are_written_into_their_lines_without_the_round_trip(tmp_path: Path, monkeypatch: Any) -> None:
    """Every line but the id lines stays byte for byte; ruamel.yaml's round trip is not needed."""
    from grassroots_catalog.read import writer

    monkeypatch.setattr(writer, "_ruamel_with_matter_ids", lambda text, ids: pytest.fail("round trip used"))
    for name in ("names-county.yaml", "ids-county.yaml"):
        table = _copy(tmp_path, name)
        plan = plan_links(table)
        assert plan.changes and plan.text is not None

        def others(text: str) -> list[str]:
            """The lines but the ids, a row's first key as if on a line of its own (where an id goes)."""
            lines = [re.sub(r"^(\s*)- ", lambda m: m.group(1) + "  ", line) for line in text.splitlines()]
            return [line for line in lines if not line.lstrip().startswith("id:")]

        assert others(plan.text) == others(table.read_text(encoding="utf-8"))
        assert all(f"id: {change.new}" in plan.text for change in plan.changes)


_ID_LAYOUTS = [
    "  - id: old.1  # 表!A5\n",  # an id with a cell comment
    "  - id: 'old.2'\n",  # quoted
    "  - id:\n",  # empty
    "  - id:   # 待补\n",  # empty, with a comment
    "  - ",  # no id: the row's first key follows the dash
]


@given(st.lists(st.sampled_from(range(len(_ID_LAYOUTS))), min_size=1, max_size=6), st.data())
def test_any_id_layout_gets_its_new_id_and_nothing_else_changes(layouts: list[int], data: st.DataObject) -> None:
    from grassroots_catalog.read import writer
    from grassroots_catalog.read.reader import read_yaml

    rows = []
    for index, layout in enumerate(layouts):
        head = _ID_LAYOUTS[layout]
        first = "area: health\n" if head.endswith("- ") else "    area: health\n"
        rows.append(f"{head}{first}    name: {{level1: 名称{index}}}  # 第{index}行\n")
    text = "id: c\ntitle: t\nlevel: county\n# 事项\nmatters:\n" + "".join(rows)
    chosen = data.draw(st.sets(st.sampled_from(range(len(layouts))), min_size=1))
    ids = {position: f"health.new{position}" for position in chosen}
    edited = writer._ids_edited_in(text, ids)
    assert edited is not None
    document, _ = read_yaml(edited)
    original, _ = read_yaml(text)
    for position, row in enumerate(document["matters"]):
        expected = dict(original["matters"][position])
        if position in ids:
            expected = {"id": ids[position], **{k: v for k, v in expected.items() if k != "id"}}
            assert next(iter(row)) == "id"
        assert row == expected
    assert [line for line in edited.splitlines() if "#" in line and "id:" not in line] == [
        line for line in text.splitlines() if "#" in line and "id:" not in line
    ]
    assert writer.with_matter_ids(text, ids) == edited
