"""gcat report: coverage against the known national rows (said to be partial), fix-first, self-contained HTML."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.check.validate import validate
from grassroots_catalog.cli import cli
from grassroots_catalog.merge import engine
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.report import gap as gap_report

from .conftest import EXAMPLES


def build_county(*, complete: bool = False) -> gap_report.GapReport:
    return gap_report.build(
        validate([EXAMPLES / "county.yaml"], complete=complete), dt.date(2020, 12, 31), complete=complete
    )


def test_coverage_counts_the_planted_drop_and_weakenings() -> None:
    coverage = {c.area: c for c in build_county().coverage}
    assert len(coverage) == 26
    hukou = coverage["household-registration"]
    assert hukou.statuses["missing"] == 1  # 服现役注销, dropped
    assert hukou.statuses["weakened"] == 1  # 死亡注销 without 政府网站
    assert hukou.local_additions == 1
    assert coverage["public-legal-services"].statuses["weakened"] == 1  # 主动 → 依申请
    assert sum(c.statuses.total() for c in coverage.values()) == 6 + 6 + 6 + 5 + 3 + 3


def test_a_part_leaves_the_areas_it_does_not_touch_open_until_given_whole() -> None:
    part = {c.area: c for c in build_county().coverage}
    assert part["health"].absent and not part["health"].statuses
    whole = {c.area: c for c in build_county(complete=True).coverage}
    assert not whole["health"].absent
    assert whole["health"].statuses["missing"] == len(national_catalogue("health").matters) > 0
    assert whole["household-registration"].statuses == part["household-registration"].statuses
    assert "R01" in {f.code for f in build_county(complete=True).report.findings}


def test_the_report_reuses_the_validation_and_composes_nothing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = validate([EXAMPLES / "county.yaml"])

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("composed twice")

    monkeypatch.setattr(engine, "compose", fail)
    assert gap_report.build(reports, dt.date(2020, 12, 31)).chain[-1] == "example-county"


def test_markdown_says_the_national_rows_are_partial_and_lists_what_cannot_be_checked() -> None:
    text = gap_report.markdown(build_county(), "en")
    assert (
        "checked against 6 known national rows of 户籍管理 (Household registration (hukou)); the national "
        "table is longer" in text
    )
    assert "## Fix first" in text and "1. **M012**" in text
    assert "## Not checkable from a catalogue" in text and "R34" in text
    fix_first = text.split("## Fix first", 1)[1].split("##", 1)[0]
    codes = re.findall(r"\*\*(\w+)\*\*", fix_first)
    assert codes[:4] == ["M012", "R05", "R11", "M010"]  # errors first, in file order


def test_html_is_one_self_contained_page() -> None:
    page = gap_report.html(build_county(), "zh")
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page and "各领域覆盖情况" in page
    assert "<script" not in page and not re.search(r'(?:src|href)="https?://', page)


def test_cli_report(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", "--format", "html", "-o", str(out), str(EXAMPLES / "county.yaml")])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [\n", encoding="utf-8")
    failed = runner.invoke(cli, ["report", "--lang", "en", str(broken)])
    assert failed.exit_code == 2 and "broken.yaml:" in failed.output and "Traceback" not in failed.output


def test_cli_report_takes_the_parts_of_one_catalogue_only() -> None:
    runner = CliRunner()
    parts = runner.invoke(cli, ["report", "--lang", "en", "--complete", str(EXAMPLES / "county.yaml")])
    assert parts.exit_code == 0 and "R01" in parts.output and "“—”" not in parts.output
    mixed = runner.invoke(
        cli, ["report", "--lang", "en", str(EXAMPLES / "county.yaml"), str(EXAMPLES / "township.yaml")]
    )
    assert mixed.exit_code == 2 and "one catalogue" in mixed.output
