"""``gcat diff`` on the bundled examples: exit statuses, options, inputs of every kind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from grassroots_catalog.cli import cli
from grassroots_catalog.cli.diff import KINDS
from grassroots_catalog.diffs import ChangeKind, diff
from grassroots_catalog.merge import Layer, compose
from grassroots_catalog.read.load import load_catalogue

from ..conftest import EXAMPLES, ROOT

COUNTY = "catalogs/examples/county.yaml"
TOWNSHIP = "catalogs/examples/township.yaml"
REVISED = "tests/diff/fixtures/county-revised.yaml"


@pytest.fixture(autouse=True)
def _from_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["diff", *args], catch_exceptions=False)


def test_two_versions_differ_and_say_how() -> None:
    result = run(COUNTY, REVISED, "--lang", "en")
    assert result.exit_code == 1
    assert "mode  [weaker]  proactive  →  on request" in result.output
    assert "matched by names" in result.output  # the renumbered row
    assert "1 added, 1 removed, 0 moved, 2 stricter, 1 weaker, 1 localised" in result.output


def test_a_catalogue_against_itself_is_equivalent() -> None:
    result = run(COUNTY, COUNTY)
    assert result.exit_code == 0
    assert "两份目录等同" in result.output


def test_fail_on_weaker_fails_only_on_what_takes_something_away() -> None:
    assert run(COUNTY, REVISED, "--fail-on", "weaker").exit_code == 1
    only_stricter = run(COUNTY, REVISED, "--area", "household-registration", "--ignore", "mode", "--fail-on", "weaker")
    assert only_stricter.exit_code == 0
    assert run(COUNTY, REVISED, "--area", "household-registration", "--ignore", "mode").exit_code == 1


def test_only_keeps_the_kinds_asked_for() -> None:
    result = run(COUNTY, REVISED, "--only", "weaker", "--only", "added", "--format", "json")
    kinds = {change["kind"] for change in json.loads(result.output)["changes"]}
    assert kinds == {"weaker", "added"}


def test_the_only_choices_are_the_kinds_of_change() -> None:
    assert tuple(kind.value for kind in ChangeKind) == KINDS


def test_an_unknown_field_to_ignore_is_refused_with_the_choices() -> None:
    result = run(COUNTY, REVISED, "--ignore", "modes", "--lang", "en")
    assert result.exit_code == 2
    assert "--ignore modes: no such field" in result.output and "mode" in result.output


def test_an_unreadable_side_exits_2_naming_the_file(tmp_path: Path) -> None:
    missing = run(COUNTY, str(tmp_path / "none.yaml"), "--lang", "en")
    assert missing.exit_code == 2 and "none.yaml: no such file" in missing.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    result = run(str(broken), COUNTY, "--lang", "en")
    assert result.exit_code == 2
    assert "broken.yaml" in result.output and "Traceback" not in result.output


def test_one_file_alone_is_a_usage_error() -> None:
    result = run(COUNTY, "--lang", "en")
    assert result.exit_code == 2 and "Two files A and B are needed" in result.output


def test_merged_compares_the_effective_catalogues() -> None:
    plain = run(COUNTY, TOWNSHIP, "--format", "json")
    merged = run(COUNTY, TOWNSHIP, "--merged", "--format", "json")
    assert merged.exit_code == 1
    plain_rows = {c["a_id"] for c in json.loads(plain.output)["changes"]}
    merged_rows = {c["a_id"] for c in json.loads(merged.output)["changes"]}
    assert merged_rows != plain_rows  # the chains bring in the parents' rows


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "diff.md"
    result = run(COUNTY, REVISED, "--format", "markdown", "-o", str(target))
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8").startswith("# 目录差异")


def test_xlsx_is_one_filterable_row_per_change(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "diff.xlsx"
    assert run(COUNTY, REVISED, "--format", "xlsx", "-o", str(target)).exit_code == 1
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.max_row == 1 + 8
    assert sheet.auto_filter.ref == "A1:J9"
    assert sheet.freeze_panes == "A2"
    assert run(COUNTY, REVISED, "--format", "xlsx").exit_code == 2  # a workbook needs a file


def test_as_refinement_writes_the_refinement_that_turns_a_into_b(tmp_path: Path) -> None:
    target = tmp_path / "refinement.yaml"
    result = run(COUNTY, REVISED, "--as-refinement", str(target), "--lang", "en")
    assert result.exit_code == 1
    text = target.read_text(encoding="utf-8")
    assert "form: refinement" in text and "TODO: give the reason for this weakening" in text
    assert "remove:" in text and "mode:" in text
    a, b = load_catalogue(COUNTY), load_catalogue(REVISED)
    refinement = load_catalogue(target)
    applied = compose([Layer("a", a), Layer("r", refinement)]).catalogue
    left = diff(applied, b)
    assert [(c.kind, c.a_id) for c in left] == [(ChangeKind.REMOVED, "poverty-alleviation.f6f13598")]


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_rev_compares_a_revision_with_the_working_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(EXAMPLES / "county.yaml", tmp_path / "county.yaml")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "county.yaml")
    _git(tmp_path, "commit", "-qm", "v1")
    shutil.copy(ROOT / REVISED, tmp_path / "county.yaml")
    monkeypatch.chdir(tmp_path)
    result = run("--rev", "HEAD", "county.yaml", "--lang", "en")
    assert result.exit_code == 1
    assert "HEAD:county.yaml" in result.output and "[weaker]" in result.output
    bad = run("--rev", "no-such-revision", "county.yaml", "--lang", "en")
    assert bad.exit_code == 2 and "git cannot give that revision" in bad.output


def test_git_external_takes_gits_seven_arguments() -> None:
    result = run("--git-external", "county.yaml", COUNTY, "abc", "100644", REVISED, "def", "100644", "--lang", "en")
    assert result.exit_code == 0  # git stops at an external diff that exits non-zero
    assert "a/county.yaml:" in result.output and "b/county.yaml:" in result.output
    added = run("--git-external", "new.yaml", "/dev/null", ".", ".", REVISED, "def", "100644", "--lang", "en")
    assert added.exit_code == 0 and "new.yaml: new file" in added.output


def test_a_table_is_compared_with_its_cells(tmp_path: Path) -> None:
    from grassroots_catalog.report.xlsx import export_xlsx

    table = tmp_path / "county.xlsx"
    export_xlsx(load_catalogue(REVISED), table)
    result = run(COUNTY, str(table), "--format", "json")
    assert result.exit_code in (0, 1)
    changes = json.loads(result.output)["changes"]
    cells = [c["where_b"]["cell"] for c in changes if c["where_b"] and c["where_b"]["cell"]]
    assert cells and all("!" in cell for cell in cells)
    assert "weaker" in {c["kind"] for c in changes}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_runs_it_as_the_external_diff_of_catalogue_files(tmp_path: Path) -> None:
    """The configuration docs/diff.md gives, run by git itself."""
    shutil.copy(EXAMPLES / "county.yaml", tmp_path / "county.yaml")
    (tmp_path / ".gitattributes").write_text("*.yaml diff=gcat\n", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "diff.gcat.command", f"{sys.executable} -m grassroots_catalog diff --git-external")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "v1")
    shutil.copy(ROOT / REVISED, tmp_path / "county.yaml")
    completed = subprocess.run(
        ["git", "diff", "--ext-diff"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GCAT_LANG": "en"},
    )
    assert completed.returncode == 0, completed.stderr
    assert "a/county.yaml → b/county.yaml" in completed.stdout
    assert "mode  [weaker]  proactive  →  on request" in completed.stdout


def test_output_to_a_file_that_is_not_regular_writes_into_it(tmp_path: Path) -> None:
    """``-o /dev/null`` must never replace the device with a file, as an atomic rename would."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert run(COUNTY, REVISED, "--format", "json", "-o", str(fifo)).exit_code == 1
    out, _ = reader.communicate(timeout=30)
    assert json.loads(out)["version"] == 1
    assert fifo.is_fifo()


def test_merged_reads_a_table_as_the_catalogue_it_imports_to(tmp_path: Path) -> None:
    from grassroots_catalog.report.xlsx import export_xlsx

    table = tmp_path / "county.xlsx"
    export_xlsx(load_catalogue(COUNTY), table)
    result = run("--merged", str(table), COUNTY, "--format", "json")
    assert result.exit_code == 1
    kinds = {change["kind"] for change in json.loads(result.output)["changes"]}
    assert kinds == {"metadata"}  # the same rows, composed over their parents alike
