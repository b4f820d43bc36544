"""The library's validate() is what `gcat validate` does: folders, the project config, baselines."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog import FileReport, validate
from grassroots_catalog.check.baseline import BaselineError, read_baseline, write_baseline
from grassroots_catalog.check.config import ConfigError, ConfiguredIgnore, read_config
from grassroots_catalog.check.validate import check_together, validate_file
from grassroots_catalog.cli import cli
from grassroots_catalog.read.paths import NoCatalogueFiles

from .conftest import EXAMPLES
from .test_suppression import LONG_LIMIT

CONFIG = (
    '[[ignore]]\ncode = "R11"\nfile = "township.yaml"\nreason = "乡镇沿用省级普法规划的表述"\n\n'
    '[[ignore]]\ncode = "R05"\nreason = "县政府网站改版期间暂由政务服务中心公开"\n'
)


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    """A copy of the example chain with a project config beside it."""
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder)
    (folder / ".gcat.toml").write_text(CONFIG, encoding="utf-8")
    return folder


def _api_rows(reports: list[FileReport]) -> set[tuple[str, str, str | None, int | None, bool]]:
    return {
        (report.file, f.code, f.file, f.location.line if f.location else None, suppressed)
        for report in reports
        for suppressed, findings in ((False, report.findings), (True, [s.finding for s in report.suppressed]))
        for f in findings
    }


def _cli_rows(document: dict[str, object]) -> set[tuple[str, str, str | None, int | None, bool]]:
    files = document["files"]
    assert isinstance(files, list)
    return {
        (entry["file"], f["code"], f["file"], f["line"], suppressed)
        for entry in files
        for suppressed, key in ((False, "findings"), (True, "suppressed"))
        for f in entry[key]
    }


@pytest.mark.parametrize("complete", [False, True])
def test_the_api_and_the_cli_give_the_same_findings(examples: Path, complete: bool) -> None:
    flags = ["--complete"] if complete else []
    result = CliRunner().invoke(cli, ["validate", "--format", "json", *flags, str(examples)])
    assert result.exit_code in (0, 1), result.output
    from_cli = _cli_rows(json.loads(result.output))
    from_api = _api_rows(validate([examples], complete=complete))
    assert from_api == from_cli
    suppressed = {(row[1], Path(row[0]).name) for row in from_api if row[4]}
    assert ("R11", "township.yaml") in suppressed and ("R05", "county.yaml") in suppressed
    assert not any(row[1] == "R11" and row[0].endswith("township.yaml") and not row[4] for row in from_api)


def test_config_none_uses_no_config_and_a_path_or_entries_name_one(examples: Path, tmp_path: Path) -> None:
    found = validate([examples])
    assert sum(len(r.suppressed) for r in found) > 0
    assert all(not r.suppressed for r in validate([examples], config=None))
    elsewhere = tmp_path / "other.toml"
    elsewhere.write_text('[[ignore]]\ncode = "R05"\nreason = "另有规定"\n', encoding="utf-8")
    named = validate([examples], config=elsewhere)
    assert {s.finding.code for r in named for s in r.suppressed} == {"R05"}
    entries = [ConfiguredIgnore("R05", "另有规定")]
    assert _api_rows(validate([examples], config=entries)) == _api_rows(named)
    assert read_config(elsewhere) == [ConfiguredIgnore("R05", "另有规定", source="other.toml#1")]


def test_a_folder_stands_for_its_yaml_files_in_name_order(examples: Path) -> None:
    reports = validate([examples], config=None)
    assert [Path(r.file).name for r in reports] == ["city.yaml", "county.yaml", "province.yaml", "township.yaml"]
    (examples / "empty").mkdir()
    with pytest.raises(NoCatalogueFiles):
        validate([examples / "empty"])


def test_a_baseline_by_path_or_by_entries_sets_aside_what_it_records(tmp_path: Path) -> None:
    catalogue = tmp_path / "c.yaml"
    catalogue.write_text(LONG_LIMIT, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    before = validate([catalogue])
    write_baseline(baseline, (f for r in before for f in r.findings))
    assert [e["code"] for e in read_baseline(baseline)] == ["R19"]  # S013 (a part) is never recorded
    for given in (baseline, read_baseline(baseline), str(baseline)):
        (report,) = validate([catalogue], baseline=given)
        assert [f.code for f in report.findings] == ["S013"]
        assert [(s.finding.code, s.source) for s in report.suppressed] == [("R19", "baseline")]


def test_unusable_config_or_baseline_is_raised_with_a_message_in_either_language(tmp_path: Path) -> None:
    catalogue = tmp_path / "c.yaml"
    catalogue.write_text(LONG_LIMIT, encoding="utf-8")
    (tmp_path / ".gcat.toml").write_text('[[ignore]]\ncode = "R19"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as config_error:
        validate([catalogue])
    assert "has no reason" in str(config_error.value) and "未写明理由" in config_error.value.message("zh")
    broken = tmp_path / "baseline.json"
    broken.write_text("{}", encoding="utf-8")
    with pytest.raises(BaselineError) as baseline_error:
        validate([catalogue], config=None, baseline=broken)
    assert "not a grassroots-catalog baseline" in str(baseline_error.value)
    assert "不是 grassroots-catalog 基线文件" in baseline_error.value.message("zh")


def test_reports_are_frozen_and_check_together_makes_new_ones(tmp_path: Path) -> None:
    catalogue = tmp_path / "c.yaml"
    catalogue.write_text(LONG_LIMIT, encoding="utf-8")
    report = validate_file(catalogue)
    assert isinstance(report.findings, tuple) and isinstance(report.suppressed, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.findings = ()  # type: ignore[misc]
    (judged,) = check_together([report], complete=False)
    assert [f.code for f in report.findings] == ["R19"]  # the report given is left as it was
    assert sorted(f.code for f in judged.findings) == ["R19", "S013"]
    assert FileReport("x", True, [*report.findings]).findings == report.findings  # a list given is kept as a tuple


def test_the_gap_report_sets_aside_what_the_project_config_ignores(examples: Path) -> None:
    """gcat report judges as gcat validate does: a reasoned config ignore is listed, not counted."""
    result = CliRunner().invoke(cli, ["report", str(examples / "county.yaml")])
    assert result.exit_code == 0, result.output
    suppressed = result.output.split("## 已忽略", 1)
    assert len(suppressed) == 2 and "县政府网站改版期间暂由政务服务中心公开" in suppressed[1]
    fix_first = result.output.split("## 优先整改", 1)[1].split("\n## ", 1)[0]
    assert "**R05**" not in fix_first


@pytest.mark.parametrize(
    ("entry", "problem", "word"),
    [
        ('[[ignore]]\ncode = "R11"\npath = "county.yaml"\nreason = "x"\n', "unknown_entry_key", "path"),
        ('[[ignores]]\ncode = "R11"\nreason = "x"\n', "unknown_key", "ignores"),
        ('[[ignore]]\ncode = "R11"\nmatter = 3\nreason = "x"\n', "not_text", "matter"),
    ],
)
def test_a_config_entry_with_an_unknown_or_mistyped_key_is_refused(
    tmp_path: Path, entry: str, problem: str, word: str
) -> None:
    """A misspelt key would be dropped, and the entry would then suppress its code everywhere."""
    config = tmp_path / ".gcat.toml"
    config.write_text(entry, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config(config)
    assert raised.value.problem == problem and word in raised.value.message("zh") and word in str(raised.value)
    assert "{" not in raised.value.message("zh") and "[" not in raised.value.message("en")
