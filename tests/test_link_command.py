"""gcat link: the ids rows were linked by written into the file once, comments kept, nothing else moved."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

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
