"""The national guidelines as data: faithful to the extracts, stable ids, completeness stated."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from grassroots_catalog import CatalogError
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.identity import assign_ids, matter_id
from grassroots_catalog.read.extracts import extract_to_catalogue
from grassroots_catalog.read.national import (
    completeness_statement,
    is_partial,
    known_rows,
    national_catalogue,
    national_catalogues,
)

from .conftest import ROOT

SOURCES = sorted((ROOT / "sources" / "guidelines").glob("*.yaml"))


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("convert_guidelines", ROOT / "scripts" / "convert_guidelines.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_conversion_is_current_and_deterministic() -> None:
    """Re-running the script changes nothing: the committed files are exactly its output."""
    first = _script().generated_files()
    second = _script().generated_files()
    assert first == second
    for path, text in first.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run scripts/convert_guidelines.py"


def test_one_catalogue_per_area_and_220_rows() -> None:
    catalogues = national_catalogues()
    assert list(catalogues) == list(AREAS)
    assert sum(len(c.matters) for c in catalogues.values()) == 220


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_rows_and_recovered_values_are_kept(source: Path) -> None:
    extract = _extract(source)
    catalogue = national_catalogue(source.stem)
    rows = extract["matters"]
    assert len(catalogue.matters) == len(rows)
    for row, matter in zip(rows, catalogue.matters, strict=True):
        assert matter.row == row["seq"]
        assert (matter.name.level1, matter.name.level2) == (row.get("level1"), row.get("level2"))
        assert list(matter.content) == (row.get("content") or [])
        assert [i.as_text() for i in matter.basis] == (row.get("basis") or [])
        assert (matter.time_limit.text if matter.time_limit else None) == row.get("time_limit")
        assert matter.subject == row.get("subject")
        assert matter.note == row.get("note")
        assert len(matter.channels) == len(row.get("channels") or [])  # normalised, none dropped
        assert [m.zh for m in matter.mode] == (row.get("mode") or [])


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_completeness_is_stated(source: Path) -> None:
    catalogue = national_catalogue(source.stem)
    assert catalogue.completeness is not None
    assert catalogue.completeness.status == "partial"
    assert catalogue.completeness.known_rows == len(catalogue.matters) == known_rows(catalogue)
    assert catalogue.completeness.fidelity == _extract(source)["area"]["fidelity"]
    assert is_partial(catalogue)
    assert catalogue.sources, "every national catalogue names its sources"


def test_ids_are_unique_across_all_areas() -> None:
    ids = [m.id for c in national_catalogues().values() for m in c.matters]
    assert len(ids) == len(set(ids))
    assert all(
        i.startswith(m.area + ".")
        for c in national_catalogues().values()
        for m, i in zip(c.matters, [m.id for m in c.matters], strict=True)
    )


def test_ids_survive_reordering_and_insertion() -> None:
    extract = _extract(ROOT / "sources" / "guidelines" / "social-assistance.yaml")
    before = {m.name.parts(): m.id for m in extract_to_catalogue(extract).matters}
    shuffled = copy.deepcopy(extract)
    shuffled["matters"].reverse()
    shuffled["matters"].insert(3, {"seq": 99, "level1": "新增事项", "level2": "本地补充"})
    after = {m.name.parts(): m.id for m in extract_to_catalogue(shuffled).matters}
    assert all(after[name] == identifier for name, identifier in before.items())
    assert len(after) == len(before) + 1


def test_id_scheme() -> None:
    assert matter_id("health", "甲", "乙") == matter_id("health", "甲 ", "乙")  # white space folded
    assert matter_id("health", "甲", "乙") != matter_id("health", "乙", "甲")
    assert matter_id("health", None, "甲") != matter_id("health", "甲", None)
    assert assign_ids("health", [("甲", None, None), ("甲", None, None)])[1].endswith("-2")


def test_completeness_statement_in_both_languages() -> None:
    catalogue = national_catalogue("poverty-alleviation")
    assert completeness_statement(catalogue, "poverty-alleviation", "en") == (
        "checked against 6 known national rows of 扶贫 (Poverty alleviation); the national table is longer"
    )
    assert (
        completeness_statement(catalogue, "poverty-alleviation", "zh")
        == "据已知的 6 条扶贫国家指引事项检查；国家指引原表更长"
    )


def test_unknown_area_is_a_clear_error() -> None:
    with pytest.raises(CatalogError, match="gcat areas"):
        national_catalogue("tourism")


# ---------------------------------------------------------------- a folder of full national tables (--national DIR)

NATIONAL_AREA = "social-assistance"


@pytest.fixture(scope="module")
def national_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the official-style 社会救助 table imported: the bundled rows and two made-up rows,
    one for counties (so a county table must hold it) and one for townships."""
    from click.testing import CliRunner

    from grassroots_catalog.cli import cli

    from .tables.national_table import official_table

    base = tmp_path_factory.mktemp("official")
    official_table(base / "table.xlsx", NATIONAL_AREA)
    folder = base / "national"
    folder.mkdir()
    out = folder / f"{NATIONAL_AREA}.yaml"
    args = ["import", str(base / "table.xlsx"), "--level", "national", "--area", NATIONAL_AREA, "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def county_table(tmp_path: Path) -> Path:
    """A county table holding every bundled 社会救助 row (as gcat new --table writes it)."""
    from grassroots_catalog.check.new import new_catalogue

    (text,) = new_catalogue("county", "测试县人民政府", "990199", [NATIONAL_AREA], table=True).values()
    path = tmp_path / "county" / "catalogue.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def _made_up_county_row(folder: Path) -> str:
    """The id of the made-up county row of the folder's table: the row the county table lacks."""
    data = yaml.safe_load((folder / f"{NATIONAL_AREA}.yaml").read_text(encoding="utf-8"))
    (row,) = [m for m in data["matters"] if m["name"].get("level2") == "测试用县级事项"]
    return str(row["id"])


def _dropped(reports: list[Any]) -> set[str]:
    return {f.ctx["matter"] for r in reports for f in r.findings if f.code == "M012" and f.severity.slug == "error"}


def test_a_folder_row_the_county_lacks_is_a_coverage_finding_the_bundled_data_does_not_give(
    national_dir: Path, county_table: Path
) -> None:
    from grassroots_catalog.check.validate import validate

    extra = _made_up_county_row(national_dir)
    assert extra not in _dropped(validate([county_table], config=None))
    with_folder = validate([county_table], config=None, national=national_dir)
    assert _dropped(with_folder) == {extra}  # the township row is not a county table's to hold
    assert with_folder[0].national is not None and with_folder[0].national.replaced == (NATIONAL_AREA,)


def test_the_config_names_the_folder_relative_to_itself(national_dir: Path, county_table: Path) -> None:
    from grassroots_catalog.check.validate import validate

    config = county_table.parent / ".gcat.toml"
    relative = Path("..", "..", *national_dir.parts[-2:])  # from tmp/county/ to the fixture's folder
    root = county_table.parent.parent.parent
    assert (root / national_dir.relative_to(root)) == national_dir
    config.write_text(f'national = "{relative.as_posix()}"\n', encoding="utf-8")
    extra = _made_up_county_row(national_dir)
    assert extra in _dropped(validate([county_table]))
    config.unlink()
    assert extra not in _dropped(validate([county_table]))


def test_pyproject_table_takes_the_key_too(national_dir: Path, county_table: Path) -> None:
    from grassroots_catalog.check.config import read_national

    pyproject = county_table.parent / "pyproject.toml"
    pyproject.write_text(f'[tool.grassroots-catalog]\nnational = "{national_dir.as_posix()}"\n', encoding="utf-8")
    assert read_national(pyproject) == national_dir.resolve()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_output_names_the_national_data_used(
    national_dir: Path, county_table: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    import json

    from click.testing import CliRunner

    from grassroots_catalog.check.validate import validate
    from grassroots_catalog.cli import cli
    from grassroots_catalog.report import render
    from grassroots_catalog.report.gap import build, render_markdown

    monkeypatch.chdir(national_dir.parent)
    reports = validate([county_table], config=None, national=Path("national"))
    said = {
        "zh": "national 中的 1 个领域（社会救助 15 行，全表）",
        "en": "1 area(s) from national (Social assistance, 15 rows, complete)",
    }[lang]
    assert said in render("text", reports, lang=lang).splitlines()[-1]
    document = json.loads(render("json", reports, lang=lang))
    assert document["national"]["directory"] == "national"
    assert document["national"]["from_directory"] == [
        {
            "area": NATIONAL_AREA,
            "file": str(Path("national", f"{NATIONAL_AREA}.yaml")),
            "completeness": "complete",
            "known_rows": 15,
        }
    ]
    assert NATIONAL_AREA not in document["national"]["bundled_areas"]
    sarif = json.loads(render("sarif", reports, lang=lang))
    assert sarif["runs"][0]["properties"]["national"] == document["national"]
    gap = render_markdown(build(reports, dt.date(2020, 12, 31)), lang)
    assert said in gap
    assert str(Path("national", f"{NATIONAL_AREA}.yaml")) in gap  # the area's coverage names its table
    merged = CliRunner().invoke(cli, ["merge", "--lang", lang, str(county_table), "--national", "national"])
    assert said in merged.stdout.splitlines()[1]
    bundled = render("text", validate([county_table], config=None), lang=lang).splitlines()[-1]
    assert (
        bundled
        == {
            "zh": "国家指引数据：随工具附带的部分数据（各领域仅有国家指引表的前几行，gcat areas 列出行数）",
            "en": "National guidelines: the bundled partial data (the first rows of each national table; gcat areas counts them)",
        }[lang]
    )


def _bad(folder: Path, name: str, text: str) -> Path:
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


BAD_FOLDERS: list[tuple[str, Any, str, str]] = [
    ("missing", lambda tmp: tmp / "nowhere", "国家指引数据文件夹不存在", "the national data folder does not exist"),
    ("empty", lambda tmp: _bad(tmp / "d", "README.md", "x"), "没有 .yaml 文件", "holds no .yaml file"),
    (
        "unknown-area",
        lambda tmp: _bad(tmp / "d", "social-aid.yaml", "id: x\n"),
        "文件名“social-aid”不是试点领域的代码",
        "the file name 'social-aid' is not a pilot area's slug",
    ),
    (
        "not-a-catalogue",
        lambda tmp: _bad(tmp / "d", "health.yaml", "a: [\n"),
        "不是可用的国家指引目录（Y001",
        "not a usable national catalogue (Y001",
    ),
    (
        "not-national",
        lambda tmp: _bad(
            tmp / "d",
            "health.yaml",
            "id: x\ntitle: t\nlevel: county\nmatters:\n  - {id: a, area: health, name: {level1: x}}\n",
        ),
        "层级为 county",
        "its level is county",
    ),
    (
        "no-matters",
        lambda tmp: _bad(tmp / "d", "health.yaml", "id: x\ntitle: t\nlevel: national\n"),
        "没有事项",
        "holds no matter",
    ),
    (
        "wrong-area",
        lambda tmp: _bad(
            tmp / "d",
            "health.yaml",
            "id: x\ntitle: t\nlevel: national\nmatters:\n  - {id: a, area: employment, name: {level1: x}}\n",
        ),
        "另含：employment",
        "it holds matters of: employment",
    ),
]


@pytest.mark.parametrize(("case", "make", "zh", "en"), BAD_FOLDERS, ids=[case[0] for case in BAD_FOLDERS])
@pytest.mark.parametrize("command", ["validate", "merge", "report", "areas"])
def test_a_bad_folder_is_a_clear_exit_2_naming_the_file(
    case: str, make: Any, zh: str, en: str, command: str, tmp_path: Path, county_table: Path
) -> None:
    from click.testing import CliRunner

    from grassroots_catalog.cli import cli

    folder = make(tmp_path)
    files = [] if command == "areas" else [str(county_table)]
    for lang, expected in (("zh", zh), ("en", en)):
        result = CliRunner().invoke(cli, [command, "--lang", lang, *files, "--national", str(folder)])
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert expected in result.stderr and "Traceback" not in result.output
        named = folder if case in ("missing", "empty") else next(folder.glob("*.yaml"))
        assert str(named) in result.stderr


def test_a_bad_folder_raises_for_a_library_caller(tmp_path: Path, county_table: Path) -> None:
    from grassroots_catalog.check.validate import validate
    from grassroots_catalog.read.national_data import NationalDataError

    with pytest.raises(NationalDataError) as raised:
        validate([county_table], config=None, national=tmp_path / "nowhere")
    assert raised.value.problem == "missing" and "does not exist" in str(raised.value)


def test_a_config_national_key_that_is_not_text_is_refused(county_table: Path) -> None:
    from grassroots_catalog.check.config import ConfigError
    from grassroots_catalog.check.validate import validate

    (county_table.parent / ".gcat.toml").write_text("national = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="national"):
        validate([county_table])


def test_naming_the_bundled_data_reads_no_national_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every output names the data; for the bundled data that must not cost the 26 files' reading."""
    import grassroots_catalog.read.national as national
    from grassroots_catalog.read.national_data import BUNDLED

    def refuse(area: str) -> None:
        raise AssertionError(f"read {area}")

    monkeypatch.setattr(national, "national_catalogue", refuse)
    assert "gcat areas" in BUNDLED.statement("en")
    assert BUNDLED.summary("en")["from_directory"] == [] and len(BUNDLED.summary("en")["bundled_areas"]) == 26
