"""Arguments holding a control character are refused before any command runs: exit 2, shown escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli
from grassroots_catalog.cli.arguments import FORBIDDEN, hostile_argument
from tests.test_cli import CLEAN, write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "a\x01b.yaml"],
        ["fmt", "a\x01b.yaml"],
        ["merge", "a\x01b.yaml"],
        ["diff", "a\x01b.yaml", "{clean}"],
        ["import", "a\x01b.csv"],
        ["validate", "-o", "out\x1b[2J.txt", "{clean}"],
        ["export", "{clean}", "-o", "out\u202e.csv"],
        ["import-guideline", "{clean}", "-o", "x\ty.yaml"],
    ],
)
def test_a_control_character_in_an_argument_ends_the_run_with_it_named(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    clean = write(tmp_path, CLEAN)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--lang", "en", *(arg.format(clean=clean) for arg in args)])
    assert result.exit_code == 2, result.output
    assert "holds the control character U+" in result.output and "<U+" in result.output
    assert not FORBIDDEN.search(result.output.replace("\n", "")), result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [clean.name]  # nothing was written


def test_the_refusal_speaks_chinese_by_default(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["validate", "a\x01b.yaml"])
    assert result.exit_code == 2
    assert "命令行参数 a<U+0001>b.yaml 含控制字符 U+0001" in result.output


def test_plain_and_undecodable_arguments_pass() -> None:
    assert hostile_argument(["validate", "示例县/county.yaml", "--title", "示例 目录"]) is None
    assert hostile_argument(["\udcca\udcbe.yaml"]) is None  # GBK bytes of a file name, as Python decodes argv
    assert hostile_argument(["ok", "x\u2066y\x00"]) == ("x<U+2066>y<U+0000>", "U+2066")
