"""The outputs of tables name the national data they used: the findings workbook of ``gcat validate
--format xlsx`` (its "About" sheet) and ``gcat link``, with the bundled rows and with ``--national DIR``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from grassroots_catalog.cli import cli

from ..conftest import EXAMPLES
from .national_table import official_table

AREA = "social-assistance"
FROM_FOLDER = {
    "zh": "national 中的 1 个领域（社会救助 15 行，全表）",
    "en": "1 area(s) from national (Social assistance, 15 rows, complete)",
}
BUNDLED = {
    "zh": "国家指引数据：随工具附带的部分数据",
    "en": "National guidelines: the bundled partial data",
}


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder ``national/`` holding the official-style 社会救助 table imported (bundled rows and two made up)."""
    base = tmp_path_factory.mktemp("official")
    official_table(base / "table.xlsx", AREA)
    (base / "national").mkdir()
    out = base / "national" / f"{AREA}.yaml"
    args = ["import", str(base / "table.xlsx"), "--level", "national", "--area", AREA, "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return base


def _about(path: Path) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    assert workbook.active is not None and workbook.active.title == workbook.sheetnames[0]  # findings come first
    return list(workbook[workbook.sheetnames[1]].iter_rows(values_only=True))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_findings_workbook_names_the_national_data_used(
    official: Path, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(official)
    county = str(EXAMPLES / "county.yaml")
    folder, bundled = tmp_path / "folder.xlsx", tmp_path / "bundled.xlsx"
    for target, extra in ((folder, ["--national", "national"]), (bundled, [])):
        args = ["validate", "--lang", lang, county, "--format", "xlsx", "-o", str(target), *extra]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, result.output
    workbook = openpyxl.load_workbook(folder)
    assert workbook.sheetnames[1] == {"zh": "说明", "en": "About"}[lang]
    (row,) = _about(folder)
    assert row[0] == {"zh": "国家指引数据", "en": "National data"}[lang]
    assert isinstance(row[1], str) and FROM_FOLDER[lang] in row[1]
    (row,) = _about(bundled)
    assert isinstance(row[1], str) and row[1].startswith(BUNDLED[lang])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gcat_link_links_to_the_folders_rows_and_says_so(
    official: Path, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A county row named as a row only the folder's table has is linked to that row's id with
    ``--national DIR``, and to nothing (an id from its own names) without; each run names its data."""
    monkeypatch.chdir(official)
    text = (official / "national" / f"{AREA}.yaml").read_text(encoding="utf-8")
    assert "测试用县级事项" in text
    county = (
        "id: test-county\ntitle: 测试县目录\nlevel: county\nextends: national\nform: table\nscope: part\nmatters:\n"
        f"  - area: {AREA}\n    name: {{level1: 测试用一级事项（非国家指引原文）, level2: 测试用县级事项}}\n"
    )
    source = {
        "folder": {"zh": "名称相同", "en": "the same names"},
        "bundled": {"zh": "本地新增，按名称生成", "en": "a local row: made from its names"},
    }
    for run, extra in (("folder", ["--national", "national"]), ("bundled", [])):
        path = tmp_path / f"{run}.yaml"
        path.write_text(county, encoding="utf-8")
        result = CliRunner().invoke(cli, ["link", "--lang", lang, str(path), *extra])
        assert result.exit_code == 0, result.output
        (change,) = [line for line in result.output.splitlines() if f"{path}:" in line and "→" in line]
        assert change.endswith(
            (f"({source[run][lang]})", f"（{source[run][lang]}）")
        )  # linked to the folder's row, or made from its own names
        assert (FROM_FOLDER if run == "folder" else BUNDLED)[lang] in result.output.splitlines()[-1]
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["matters"][0]["id"].startswith(f"{AREA}.")
