"""The command line: exit codes, formats, no tracebacks, files left untouched on error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli

GOOD = "id: demo\ntitle: 示例县目录\nlevel: county\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, text: str | bytes, name: str = "c.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# One row of a county's catalogue, complete: a part of it (scope: part), since one row cannot cover the
# 26 areas; the catalogue-wide requirements have their tests in tests/rules/test_whole_catalogue.py.
CLEAN = GOOD.replace("name: {level1: x}\n", "name: {level1: 政策文件}\n").replace(
    "matters:\n",
    "revised: 2020-11-30\npublished: {date: 2020-12-15, url: https://www.example-county.gov.cn/}\n"
    "scope: part\nmatters:\n",
) + (
    "    content: [文件名称]\n    basis: [《中华人民共和国政府信息公开条例》]\n"
    "    time_limit: 信息形成（变更）20个工作日内\n    subject: 示例县卫生健康局\n    channels: [政府网站]\n"
    "    audience: [全社会]\n    mode: [主动]\n    level: [县级]\n"
)


def test_validate_clean_file_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["validate", str(write(tmp_path, CLEAN))])
    assert result.exit_code == 0, result.output
    assert "错误 0 条" in result.output


def test_validate_example_county_exits_1_on_its_planted_defects(runner: CliRunner, example_county: Path) -> None:
    result = runner.invoke(cli, ["validate", "--lang", "en", str(example_county)])
    assert result.exit_code == 1
    assert f"{example_county}:76:5: R05 [error]" in result.output


def test_validate_broken_file_exits_2_with_a_located_message(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "    mode: [自动]\n")
    result = runner.invoke(cli, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2
    assert f"{path}:8:12: S004 [error]" in result.output
    assert "Traceback" not in result.output


def test_fail_on_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace("channels: [政府网站]", "channels: [政府网站, 政府网占]"))
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
    assert runner.invoke(cli, ["validate", "--fail-on", "warning", str(path)]).exit_code == 1


def test_json_output_is_versioned(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace("mode: [主动]", "mode: [主动公开]"))
    result = runner.invoke(cli, ["validate", "--format", "json", "--lang", "en", str(path)])
    document = json.loads(result.output)
    assert document["format_version"] == 1
    finding = next(f for f in document["files"][0]["findings"] if f["code"] == "N001")
    assert (finding["line"], finding["column"], finding["severity"]) == (17, 12, "info")
    assert document["summary"] == {"error": 0, "warning": 0, "info": 2, "suppressed": 0}  # N001 and S013


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["validate"]).exit_code == 2
    assert runner.invoke(cli, ["validate", "--format", "nope", "x.yaml"]).exit_code == 2


def test_output_is_capped(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace("channels: [政府网站]", "channels: [" + ", ".join(["政府网站"] * 30) + "]"))
    result = runner.invoke(cli, ["validate", "--max-findings", "5", "--lang", "en", str(path)])
    assert "25 more not shown" in result.output  # 29 duplicates (N004) and the part note (S013), 5 shown


def test_fmt_check_and_rewrite(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("county", "县级"))
    before = path.read_bytes()
    assert runner.invoke(cli, ["fmt", "--check", str(path)]).exit_code == 1
    assert path.read_bytes() == before
    assert runner.invoke(cli, ["fmt", str(path)]).exit_code == 0
    assert "level: county" in path.read_text(encoding="utf-8")
    assert runner.invoke(cli, ["fmt", "--check", str(path)]).exit_code == 0


def test_fmt_leaves_broken_and_hostile_files_untouched(runner: CliRunner, tmp_path: Path) -> None:
    for text in (GOOD + "    mode: [自动]\n", "a: !!python/object/apply:os.system [ls]\n", "id: 示例".encode("gbk")):
        path = write(tmp_path, text)
        before = path.read_bytes()
        result = runner.invoke(cli, ["fmt", str(path)])
        assert result.exit_code == 2
        assert path.read_bytes() == before


def test_fmt_does_not_bury_warnings_without_force(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "    channels: [政府网占]\n")
    before = path.read_bytes()
    assert runner.invoke(cli, ["fmt", str(path)]).exit_code == 1
    assert path.read_bytes() == before
    assert runner.invoke(cli, ["fmt", "--force", str(path)]).exit_code == 0
    assert "其他：政府网占" in path.read_text(encoding="utf-8")


def test_areas_lists_26_with_known_rows_and_completeness(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["areas", "--format", "json"])
    rows = json.loads(result.output)
    assert len(rows) == 26 and rows[19]["slug"] == "social-assistance"
    assert sum(row["known_rows"] for row in rows) == 220
    assert {row["completeness"] for row in rows} == {"partial"}
    text = runner.invoke(cli, ["areas"]).output
    assert "社会救助" in text and "部分" in text and "220" in text
    assert "every national table is longer" in runner.invoke(cli, ["areas", "--lang", "en"]).output


def test_schema_command_matches_committed_schema(runner: CliRunner, tmp_path: Path) -> None:
    from .test_schema import SCHEMA_FILE

    assert runner.invoke(cli, ["schema"]).output == SCHEMA_FILE.read_text(encoding="utf-8")
    out = tmp_path / "s.json"
    assert runner.invoke(cli, ["schema", "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == SCHEMA_FILE.read_text(encoding="utf-8")


def test_installed_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    """The real process: console output encoding, exit status, no traceback."""
    path = write(tmp_path, "a: b: c\n")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    completed = subprocess.run(
        [sys.executable, "-m", "grassroots_catalog", "validate", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr + completed.stdout
    assert "Y001" in completed.stdout


def test_import_guideline_reproduces_a_bundled_national_catalogue(runner: CliRunner, tmp_path: Path) -> None:
    from .conftest import ROOT

    out = tmp_path / "poverty-alleviation.yaml"
    source = ROOT / "sources" / "guidelines" / "poverty-alleviation.yaml"
    result = runner.invoke(cli, ["import-guideline", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == (ROOT / "catalogs" / "national" / out.name).read_text(encoding="utf-8")


def test_import_guideline_refuses_a_broken_extract(runner: CliRunner, tmp_path: Path) -> None:
    broken = write(tmp_path, "area:\n  slug: poverty-alleviation\nmatters: [\n")
    result = runner.invoke(cli, ["import-guideline", "--lang", "en", str(broken)])
    assert result.exit_code == 2
    assert f"{broken}:4:1: cannot convert" in result.output
    not_extract = write(tmp_path, "id: x\n", "other.yaml")
    assert runner.invoke(cli, ["import-guideline", str(not_extract)]).exit_code == 2


def test_json_and_markdown_list_what_no_catalogue_can_show(runner: CliRunner, tmp_path: Path) -> None:
    from grassroots_catalog.check.rules import NOT_CHECKABLE

    path = write(tmp_path, CLEAN)
    document = json.loads(runner.invoke(cli, ["validate", "--format", "json", str(path)]).output)
    assert [entry["code"] for entry in document["not_checkable"]] == list(NOT_CHECKABLE)
    markdown = runner.invoke(cli, ["validate", "--format", "markdown", "--lang", "en", str(path)]).output
    assert "## Not checkable from a catalogue" in markdown and "- R34:" in markdown


def test_a_folder_stands_for_the_yaml_files_below_it(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, CLEAN, "a.yaml")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", CLEAN.replace("id: demo", "id: demo2"), "b.yml")
    write(tmp_path, "repos: []\n", ".pre-commit-config.yaml")  # hidden: a tool's settings, skipped
    result = runner.invoke(cli, ["validate", "--lang", "en", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2 file(s) checked" in result.output
    (tmp_path / "empty").mkdir()
    empty = runner.invoke(cli, ["validate", "--lang", "en", str(tmp_path / "empty")])
    assert empty.exit_code == 2 and "no .yaml or .yml file" in empty.output


def test_the_pre_commit_hooks_name_real_commands() -> None:
    import yaml

    from .conftest import ROOT

    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"gcat-validate", "gcat-validate-complete", "gcat-fmt"}
    assert hooks["gcat-validate-complete"]["entry"] == "gcat validate --complete"
    assert hooks["gcat-validate-complete"]["pass_filenames"] is False
    for hook in hooks.values():
        command = hook["entry"].split()[1]
        assert command in cli.commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", ["R19", "M010", "S002", "Y001", "N003", "r05", "R07"])
def test_gcat_rule_explains_every_family_of_code(code: str) -> None:
    for lang, word in (("zh", "依据"), ("en", "Source")):
        result = CliRunner().invoke(cli, ["rule", code, "--lang", lang])
        assert result.exit_code == 0, result.output
        assert result.output.startswith(code.upper()) and word in result.output


def test_gcat_rule_refuses_an_unknown_code() -> None:
    result = CliRunner().invoke(cli, ["rule", "X99"])
    assert result.exit_code == 2 and "没有代码 X99" in result.output
