"""Suppression with accountability: reasoned inline comments and baselines; nothing dropped silently."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from grassroots_catalog.check.validate import check_result
from grassroots_catalog.cli import cli
from grassroots_catalog.read.load import read_catalogue

from .test_cli import CLEAN

# 30 working days backed only by a county normative document: R19 (REG 第26条 accepts laws and regulations).
LONG_LIMIT = CLEAN.replace("信息形成（变更）20个工作日内", "信息形成之日起30个工作日内").replace(
    "《中华人民共和国政府信息公开条例》", "《示例县政务公开工作方案》"
)


def write(tmp_path: Path, text: str, name: str = "c.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_without_suppression_r19_fires(tmp_path: Path) -> None:
    report = check_result(read_catalogue(write(tmp_path, LONG_LIMIT)))
    assert [f.code for f in report.findings] == ["R19"]


def test_a_reasoned_comment_suppresses_and_is_listed(tmp_path: Path) -> None:
    text = LONG_LIMIT.replace("  - id: a\n", "  - id: a  # gcat: ignore[R19] 本县人大常委会决定另行规定\n")
    report = check_result(read_catalogue(write(tmp_path, text)))
    assert report.findings == ()
    assert [(s.finding.code, s.reason, s.source) for s in report.suppressed] == [
        ("R19", "本县人大常委会决定另行规定", "inline")
    ]
    result = CliRunner().invoke(cli, ["validate", "--lang", "en", str(tmp_path / "c.yaml")])
    assert result.exit_code == 0
    assert "suppressed:" in result.output and "本县人大常委会决定另行规定" in result.output
    assert "1 suppressed" in result.output


def test_a_comment_without_reason_suppresses_nothing(tmp_path: Path) -> None:
    text = LONG_LIMIT.replace("  - id: a\n", "  - id: a  # gcat: ignore[R19]\n")
    report = check_result(read_catalogue(write(tmp_path, text)))
    assert sorted(f.code for f in report.findings) == ["R19", "S012"]
    assert report.suppressed == ()


def test_a_comment_covers_only_its_own_matter(tmp_path: Path) -> None:
    second = LONG_LIMIT.split("matters:\n", 1)[1].replace("id: a", "id: b").replace("政策文件", "其他文件")
    text = LONG_LIMIT.replace("  - id: a\n", "  - id: a  # gcat: ignore[R19] 依法另有规定\n") + second
    report = check_result(read_catalogue(write(tmp_path, text)))
    assert [(f.code, f.ctx["matter"]) for f in report.findings] == [("R19", "b")]


def test_baseline_fails_only_on_new_findings(tmp_path: Path) -> None:
    runner = CliRunner()
    catalogue = write(tmp_path, LONG_LIMIT)
    baseline = tmp_path / "baseline.json"
    strict = ["validate", "--fail-on", "warning"]
    first = runner.invoke(cli, [*strict, "--write-baseline", str(baseline), str(catalogue)])
    assert first.exit_code == 0  # writing the baseline accepts the findings it records
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["code"] == "R19"
    assert runner.invoke(cli, [*strict, "--baseline", str(baseline), str(catalogue)]).exit_code == 0
    write(tmp_path, LONG_LIMIT.replace("channels: [政府网站]", "channels: [政务服务中心]"))
    again = runner.invoke(cli, [*strict, "--lang", "en", "--baseline", str(baseline), str(catalogue)])
    assert again.exit_code == 1 and "R05" in again.output and "1 suppressed" in again.output


def test_a_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    catalogue = write(tmp_path, CLEAN)
    broken = write(tmp_path, "{}", "baseline.json")
    result = CliRunner().invoke(cli, ["validate", "--baseline", str(broken), str(catalogue)])
    assert result.exit_code == 2 and "baseline" in result.output


def test_config_entries_suppress_with_their_reason(tmp_path: Path) -> None:
    catalogue = write(tmp_path, LONG_LIMIT)
    (tmp_path / ".gcat.toml").write_text(
        '[[ignore]]\ncode = "R19"\nmatter = "a"\nreason = "省政府规章另有规定"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["validate", "--fail-on", "warning", "--lang", "en", str(catalogue)])
    assert result.exit_code == 0, result.output
    assert "省政府规章另有规定" in result.output and "1 suppressed" in result.output


def test_config_in_pyproject_and_its_matter_filter(tmp_path: Path) -> None:
    catalogue = write(tmp_path, LONG_LIMIT)
    (tmp_path / "pyproject.toml").write_text(
        '[[tool.grassroots-catalog.ignore]]\ncode = "R19"\nmatter = "other"\nreason = "x"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["validate", "--fail-on", "warning", str(catalogue)])
    assert result.exit_code == 1  # the entry names another matter


def test_a_config_entry_without_reason_is_refused(tmp_path: Path) -> None:
    catalogue = write(tmp_path, LONG_LIMIT)
    (tmp_path / ".gcat.toml").write_text('[[ignore]]\ncode = "R19"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--lang", "en", str(catalogue)])
    assert result.exit_code == 2 and "has no reason" in result.output and ".gcat.toml" in result.output
