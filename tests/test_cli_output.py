"""The command line's output for people and pipes: colour, baselines, statistics, source lines, citations."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli
from tests.test_cli import CLEAN, GOOD, write

ANSI = re.compile(r"\x1b\[[0-9;]*m")
# A county catalogue with one warning on its one row (R19: a limit of 30 working days, no law behind it).
LONG_LIMIT = CLEAN.replace("信息形成（变更）20个工作日内", "信息形成之日起30个工作日内").replace(
    "《中华人民共和国政府信息公开条例》", "《示例县政务公开工作方案》"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# ---- colour


@pytest.mark.parametrize(
    ("args", "environ", "coloured"),
    [
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ([], {}, False),  # auto, and the output is no terminal
        (["--color", "always"], {"NO_COLOR": "1"}, True),
    ],
)
def test_colour_is_kept_when_asked_for_even_in_a_pipe(
    runner: CliRunner, tmp_path: Path, args: list[str], environ: dict[str, str], coloured: bool
) -> None:
    catalogue = write(tmp_path, LONG_LIMIT)
    result = runner.invoke(cli, ["validate", *args, str(catalogue)], env={"NO_COLOR": None, **environ})
    assert bool(ANSI.search(result.output)) is coloured, result.output


# ---- baselines


def test_writing_a_baseline_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = write(tmp_path, LONG_LIMIT)
    baseline = tmp_path / "baseline.json"
    result = runner.invoke(
        cli, ["validate", "--fail-on", "warning", "--lang", "en", "--write-baseline", str(baseline), str(catalogue)]
    )
    assert result.exit_code == 0, result.output
    assert str(baseline) in result.output and "1 finding" in result.output
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["code"] == "R19"


def test_writing_a_baseline_of_an_unreadable_file_still_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = write(tmp_path, "id: [unclosed\n")
    result = runner.invoke(cli, ["validate", "--write-baseline", str(tmp_path / "b.json"), str(catalogue)])
    assert result.exit_code == 2 and "Y001" in result.output


def _many_findings(tmp_path: Path, count: int) -> Path:
    rows = "".join(
        f"  - id: m{i}\n    area: health\n    name: {{level1: 事项{i}}}\n    mode: [主动]\n" for i in range(count)
    )
    return write(tmp_path, "id: demo\ntitle: 示例县目录\nlevel: county\nscope: part\nmatters:\n" + rows)


def test_a_baseline_run_summarises_what_it_set_aside(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = _many_findings(tmp_path, 12)
    baseline = tmp_path / "baseline.json"
    assert runner.invoke(cli, ["validate", "--write-baseline", str(baseline), str(catalogue)]).exit_code == 0
    result = runner.invoke(
        cli, ["validate", "--lang", "en", "--max-findings", "3", "--baseline", str(baseline), str(catalogue)]
    )
    assert result.exit_code == 0, result.output
    recorded = len(json.loads(baseline.read_text(encoding="utf-8"))["findings"])
    assert recorded > 12
    assert "suppressed: " not in result.output  # no finding in full
    assert len(result.output.splitlines()) < 10
    assert re.search(r"R10 ×12", result.output), result.output
    assert "--show-suppressed" in result.output
    listed = runner.invoke(
        cli, ["validate", "--lang", "en", "--show-suppressed", "--baseline", str(baseline), str(catalogue)]
    )
    assert listed.output.count("suppressed: ") == recorded


def test_the_chinese_baseline_summary(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = _many_findings(tmp_path, 2)
    baseline = tmp_path / "baseline.json"
    runner.invoke(cli, ["validate", "--write-baseline", str(baseline), str(catalogue)])
    result = runner.invoke(cli, ["validate", "--baseline", str(baseline), str(catalogue)])
    assert "基线" in result.output and "R10 ×2" in result.output


# ---- S013 names the folder


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_s013_names_the_folder_of_the_part(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    folder = tmp_path / "示例县"
    folder.mkdir()
    write(folder, CLEAN, "part1.yaml")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["validate", "--lang", lang, "示例县/part1.yaml"])
    assert "S013" in result.output
    assert "gcat validate --complete 示例县/" in result.output, result.output
    assert "所在文件夹" not in result.output and "FOLDER" not in result.output
    here = runner.invoke(cli, ["validate", "--lang", lang, "示例县"])
    assert "gcat validate --complete 示例县/" in here.output
    monkeypatch.chdir(folder)
    inside = runner.invoke(cli, ["validate", "--lang", lang, "part1.yaml"])
    assert "gcat validate --complete ./" in inside.output, inside.output


# ---- statistics


@pytest.mark.parametrize(("lang", "title"), [("zh", "事项缺少公开内容（要素）"), ("en", "has no content elements")])
def test_statistics_count_each_code_most_frequent_first(
    runner: CliRunner, tmp_path: Path, lang: str, title: str
) -> None:
    catalogue = _many_findings(tmp_path, 4)
    result = runner.invoke(cli, ["validate", "--statistics", "--lang", lang, str(catalogue)])
    lines = result.output.splitlines()
    counts = [int(line.split()[0]) for line in lines if line.strip() and line.split()[0].isdigit()]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 4
    assert any(
        line.split()[1:3] == ["R10", "missing-content"] and title in line for line in lines if line.split()[0].isdigit()
    ), lines
    assert "m0" not in result.output  # counts, not the findings
    assert result.exit_code == 1


def test_statistics_as_json(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = _many_findings(tmp_path, 3)
    result = runner.invoke(cli, ["validate", "--statistics", "--format", "json", str(catalogue)])
    rows = json.loads(result.output)
    by_code = {row["code"]: row for row in rows}
    assert by_code["R10"]["count"] == 3 and by_code["R10"]["name"] == "missing-content"


# ---- the source line under each finding


def test_text_output_shows_the_source_line_with_a_caret(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = write(tmp_path, GOOD + "    mode: [自动]\n")
    result = runner.invoke(cli, ["validate", "--lang", "en", str(catalogue)])
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if ":8:" in line.split(" ")[0])
    column = int(lines[at].split(" ")[0].split(":")[2])
    assert lines[at + 1].endswith("|     mode: [自动]")
    gutter = lines[at + 1].index("|")
    caret = lines[at + 2]
    assert caret[gutter] == "|" and caret.rstrip().endswith("^")
    assert len(caret.rstrip()) - 1 - (gutter + 2) == column - 1
    concise = runner.invoke(cli, ["validate", "--lang", "en", "--concise", str(catalogue)])
    assert "|" not in concise.output


def test_the_caret_counts_chinese_characters_as_two_columns(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = write(tmp_path, GOOD.replace("{level1: x}", "{level1: 政策, level9: x}"))
    result = runner.invoke(cli, ["validate", "--lang", "en", str(catalogue)])
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if " S002 " in line)
    source, caret = lines[at + 1], lines[at + 2]
    gutter = source.index("|") + 2
    # 'level9' starts after '    name: {level1: 政策, ': 21 narrow characters and 2 wide ones.
    assert caret.index("^") - gutter == 25, (source, caret)


@pytest.mark.parametrize("filler", ["字" * 5000, "x" * 5000 + "字" * 5000, "字" * 30 + "x" * 100])
def test_a_long_source_line_is_cut_to_the_window_in_display_columns(
    runner: CliRunner, tmp_path: Path, filler: str
) -> None:
    from grassroots_catalog.report.snippet import WINDOW
    from grassroots_catalog.report.table import display_width

    catalogue = write(tmp_path, GOOD.replace("{level1: x}", "{level1: x}\n    level9: " + filler))
    result = runner.invoke(cli, ["validate", "--lang", "en", str(catalogue)])
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if " S002 " in line)
    source, caret = lines[at + 1], lines[at + 2]
    assert source.endswith("…") and display_width(source) <= WINDOW + len("  8 | ") + 2, source
    assert caret.endswith("^") and display_width(source[: source.index("level9")]) == caret.index("^")


def test_source_lines_are_read_once_per_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = _many_findings(tmp_path, 10)
    reads: list[Path] = []
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    original_text = Path.read_text

    def counting_text(self: Path, *args: object, **kwargs: object) -> str:
        reads.append(self)
        return original_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", counting_text)
    result = runner.invoke(cli, ["validate", str(catalogue)])
    assert result.output.count("^") >= 10
    assert reads.count(catalogue) <= 1


# ---- the requirements, shipped and quoted


def test_the_requirements_ship_in_the_package() -> None:
    from grassroots_catalog.read.requirements import requirements_text

    text = requirements_text()
    docs = Path(__file__).parent.parent / "docs" / "requirements.md"
    assert text == docs.read_text(encoding="utf-8")
    assert "### 3.2 Row completeness" in text


def test_a_built_wheel_holds_the_requirements(tmp_path: Path) -> None:
    import subprocess
    import sys
    import tomllib

    root = Path(__file__).parent.parent
    wheel_settings = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]
    included = wheel_settings["targets"]["wheel"]["force-include"]
    assert included["docs/requirements.md"] == "grassroots_catalog/_docs/requirements.md"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        pytest.skip(f"no wheel could be built here: {built.stderr[-300:]}")
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "grassroots_catalog/_docs/requirements.md" in archive.namelist()


def test_gcat_rule_quotes_the_requirement_it_cites(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rule", "R09", "--lang", "en"])
    assert result.exit_code == 0
    assert "docs/requirements.md §3.2 R09" in result.output
    assert "### 3.2 Row completeness" in result.output
    assert "| R09 | Every matter has a **name**." in result.output
    assert "| R10 |" not in result.output  # its row only
    assert "| R19 |" not in result.output  # of its section only


def test_gcat_rule_in_chinese_says_where_the_english_passage_is(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rule", "R09"])
    assert "docs/requirements.md §3.2 R09" in result.output and "gcat rule R09 --lang en" in result.output
    assert "Row completeness" not in result.output


def test_gcat_rule_quotes_a_cited_section_sign(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["rule", "R07", "--lang", "en"])  # not checkable: cites §3.7
    assert "### 3.7 Requirements that cannot be checked" in result.output, result.output


def test_citations_point_to_the_shipped_requirements() -> None:
    from grassroots_catalog.check.codes import CODES

    cited = [spec.citation for spec in CODES.values() if spec.citation and "requirements.md" in spec.citation]
    assert cited and all("docs/requirements.md" in citation for citation in cited)


# ---- the pre-commit hooks judge catalogues only


def _hooks() -> list[dict[str, object]]:
    import yaml

    text = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hooks: list[dict[str, object]] = yaml.safe_load(text)
    return hooks


@pytest.mark.parametrize("name", [".pre-commit-config.yaml", ".github/workflows/ci.yml", "sub/.gitlab-ci.yml"])
def test_the_hooks_do_not_take_tool_settings(name: str) -> None:
    for hook in _hooks():
        if hook.get("pass_filenames", True) is False:
            continue
        files, exclude = str(hook["files"]), str(hook.get("exclude", "^$"))
        taken = re.search(files, name) is not None and re.search(exclude, name) is None
        assert not taken, (hook["id"], name)
        assert "--catalogues-only" in str(hook["entry"]), hook["id"]


def test_other_yaml_is_skipped_not_reported(runner: CliRunner, tmp_path: Path) -> None:
    catalogue = write(tmp_path, LONG_LIMIT, "county.yaml")
    compose = write(tmp_path, "services:\n  web:\n    image: nginx\n", "docker-compose.yml")
    modeline = write(
        tmp_path,
        "# yaml-language-server: $schema=../schemas/catalogue.schema.json\nid: x\ntitle: t\nlevel: county\n",
        "modeline.yaml",
    )
    result = runner.invoke(
        cli, ["validate", "--catalogues-only", "--lang", "en", str(catalogue), str(compose), str(modeline)]
    )
    assert "docker-compose" not in result.output and "S009" not in result.output, result.output
    assert "R19" in result.output and "2 file(s) checked" in result.output
    formatted = runner.invoke(cli, ["fmt", "--check", "--catalogues-only", str(compose)])
    assert formatted.exit_code == 0 and formatted.output == ""
    plain = runner.invoke(cli, ["validate", "--lang", "en", str(compose)])
    assert plain.exit_code == 2  # named without the option, it is judged (and is no catalogue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nmatters: []\n", True),
        ("extends: national\n", True),
        ('"matters":\n  - id: a\n', True),
        ("schema: 1\n", True),
        ("# yaml-language-server: $schema=https://x/catalogue.schema.json\nid: a\n", True),
        ("repos:\n  - repo: local\n", False),
        ("jobs:\n  test:\n    matters: 1\n", False),  # not at the top level
        ("", False),
    ],
)
def test_the_cheap_look_at_a_file(tmp_path: Path, text: str, expected: bool) -> None:
    from grassroots_catalog.read.paths import looks_like_catalogue

    path = write(tmp_path, text)
    assert looks_like_catalogue(path) is expected
    assert looks_like_catalogue(write(tmp_path, text.encode("utf-16"), "u16.yaml")) is expected
