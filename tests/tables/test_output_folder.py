"""Every command's ``-o`` into a folder that does not exist: a clear exit-2 message naming the folder,
in Chinese and English, no traceback and nothing written (the folder is not made either)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli

from ..conftest import EXAMPLES, ROOT

COUNTY = str(EXAMPLES / "county.yaml")
TABLE = str(ROOT / "tests" / "cases" / "tables" / "flat-header" / "table.xlsx")

COMMANDS = {
    "import": ["import", TABLE, "-o", "{out}/county.yaml"],
    "export": ["export", COUNTY, "-o", "{out}/county.xlsx"],
    "export-csv": ["export", COUNTY, "-o", "{out}/county.csv"],
    "new": ["new", "--level", "county", "--jurisdiction", "某县", "-o", "{out}/starting"],
    "new-xlsx": ["new", "--level", "county", "--jurisdiction", "某县", "--format", "xlsx", "-o", "{out}/t.xlsx"],
    "validate": ["validate", COUNTY, "-o", "{out}/findings.txt"],
    "validate-xlsx": ["validate", COUNTY, "--format", "xlsx", "-o", "{out}/findings.xlsx"],
    "diff": ["diff", COUNTY, COUNTY, "-o", "{out}/diff.txt"],
    "report": ["report", COUNTY, "-o", "{out}/report.md"],
    "schema": ["schema", "-o", "{out}/schema.json"],
}

SAID = {
    "zh": "文件夹 {folder} 不存在，未写入任何文件；请先建立该文件夹",
    "en": "the folder {folder} does not exist; nothing was written. Create the folder first",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_output_into_a_missing_folder_is_refused_by_name(command: str, lang: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    args = [arg.replace("{out}", str(missing)) for arg in COMMANDS[command]]
    result = CliRunner().invoke(cli, ["--lang", lang, *args])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert SAID[lang].format(folder=missing) in result.output
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert not missing.exists()


@pytest.mark.parametrize("command", ["export", "validate", "new"])
def test_output_under_a_file_is_refused_as_not_a_folder(command: str, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    args = [arg.replace("{out}", str(plain)) for arg in COMMANDS[command]]
    result = CliRunner().invoke(cli, ["--lang", "en", *args])
    assert result.exit_code == 2 and f"{plain} is not a folder; nothing was written" in result.output
    assert plain.read_text(encoding="utf-8") == "x"


def test_new_makes_the_one_folder_it_is_given(tmp_path: Path) -> None:
    target = tmp_path / "starting"
    args = ["new", "--level", "county", "--jurisdiction", "某县", "--areas", "social-assistance", "-o", str(target)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.iterdir())
