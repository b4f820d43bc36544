"""What the printed table has no place for comes back through the XLSX export's hidden sheet: the
catalogue's id, level and jurisdiction, the slugs of its further areas and its matters' ids; and a
file named after a pilot area (社会救助.csv) holds that area's rows (T031)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from grassroots_catalog.model import Catalogue
from grassroots_catalog.read.load import catalogue_from_data
from grassroots_catalog.read.tables.importer import import_table
from grassroots_catalog.read.tables.metadata import METADATA_SHEET
from grassroots_catalog.report.xlsx import export_csv, export_xlsx

from ..strategies import catalogue_data
from .test_round_trip_property import _catalogue

AREAS = [
    {"slug": "grid-governance", "zh": "网格化管理", "en": "Grid governance"},
    {"slug": "natural-resources", "zh": "自然资源", "en": "Natural resources"},
]
MATTERS = [
    {"id": "grid.worker", "area": "grid-governance", "name": {"level1": "网格员", "level2": "网格员名单"}},
    {"id": "land.register", "area": "natural-resources", "name": {"level1": "不动产登记"}},
    {"id": "relief.own", "area": "social-assistance", "name": {"level1": "临时救助", "level2": "救助标准"}},
]


def _county() -> Catalogue:
    data = {
        "id": "test-county",
        "title": "测试县目录",
        "level": "township",
        "jurisdiction": {"name": "测试镇人民政府", "code": "990199001"},
        "areas": AREAS,
        "matters": MATTERS,
    }
    outcome = catalogue_from_data(data)
    assert outcome.catalogue is not None, outcome.findings
    return outcome.catalogue


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_exported_workbook_gives_back_its_ids_slugs_level_and_jurisdiction(lang: str, tmp_path: Path) -> None:
    catalogue = _county()
    table = tmp_path / "table.xlsx"
    export_xlsx(catalogue, table, lang=lang)
    workbook = openpyxl.load_workbook(table)
    assert workbook[METADATA_SHEET].sheet_state == "hidden" and workbook.active is workbook.worksheets[0]
    imported = import_table(table)
    assert imported.ok and imported.catalogue is not None, [f.message("en") for f in imported.findings]
    got = imported.catalogue
    assert (got.id, got.level.value, got.jurisdiction) == (catalogue.id, "township", catalogue.jurisdiction)
    assert sorted((a.slug, a.zh, a.en) for a in got.areas) == sorted((a.slug, a.zh, a.en) for a in catalogue.areas)
    assert sorted((m.id, m.area) for m in got.matters) == sorted((m.id, m.area) for m in catalogue.matters)
    assert "area-" not in (imported.text or "")


def test_the_callers_level_and_jurisdiction_win_over_the_hidden_sheet(tmp_path: Path) -> None:
    table = tmp_path / "table.xlsx"
    export_xlsx(_county(), table)
    imported = import_table(table, level="county", jurisdiction="另一县")
    assert imported.catalogue is not None
    assert imported.catalogue.level.value == "county"
    assert imported.catalogue.jurisdiction is not None and imported.catalogue.jurisdiction.name == "另一县"


def test_a_row_renamed_in_excel_gets_its_id_from_its_names_not_the_recorded_one(tmp_path: Path) -> None:
    table = tmp_path / "table.xlsx"
    export_xlsx(_county(), table)
    workbook = openpyxl.load_workbook(table)
    sheet = workbook.worksheets[0]
    renamed = next(row for row in sheet.iter_rows() if row[1].value == "网格员")
    renamed[1].value = "网格长"
    workbook.save(table)
    imported = import_table(table)
    assert imported.catalogue is not None
    ids = {m.name.level1: m.id for m in imported.catalogue.matters}
    assert ids["网格长"] != "grid.worker" and ids["不动产登记"] == "land.register"


def test_a_sheet_of_that_name_that_gcat_did_not_write_is_read_as_a_table(tmp_path: Path) -> None:
    table = tmp_path / "table.xlsx"
    export_xlsx(_county(), table)
    workbook = openpyxl.load_workbook(table)
    workbook[METADATA_SHEET]["B1"].value = "something else"
    workbook.save(table)
    imported = import_table(table)
    assert imported.catalogue is not None and imported.catalogue.id == "table"
    assert "grid-governance" not in {a.slug for a in imported.catalogue.areas}


def test_csv_has_no_hidden_place_the_names_come_back_the_slugs_are_made(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    table.write_bytes(export_csv(_county()).encode("utf-8"))
    imported = import_table(table)
    assert imported.catalogue is not None
    slugs = {a.zh: a.slug for a in imported.catalogue.areas}
    assert slugs["自然资源"] == "natural-resources" and slugs["网格化管理"].startswith("area-")


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_file_named_after_a_pilot_area_gives_its_rows_that_area(form: str, tmp_path: Path) -> None:
    rows = [["序号", "一级事项", "二级事项", "公开内容"], ["1", "临时救助", "救助标准", "救助标准"]]
    source = tmp_path / f"source.{form}"
    if form == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        assert sheet is not None
        for values in rows:
            sheet.append(values)
        workbook.save(source)
    else:
        source.write_text("\n".join(",".join(values) for values in rows) + "\n", encoding="utf-8")
    named = tmp_path / f"社会救助.{form}"
    named.write_bytes(source.read_bytes())
    imported = import_table(named)
    assert imported.catalogue is not None and [m.area for m in imported.catalogue.matters] == ["social-assistance"]
    assert [(f.code, f.ctx.get("name")) for f in imported.findings] == [("T031", named.name)]
    assert {f.code for f in import_table(source).findings} == {"T027"}  # no name, no area
    assert import_table(named, area="elderly-care").findings == ()  # --area says it: the name is not used


@settings(max_examples=15, deadline=None)
@given(data=catalogue_data(max_matters=4), lang=st.sampled_from(["zh", "en"]))
@example(  # a row under the 保障性住房 section whose 一级 names another area: the section says its area
    data={
        "id": "0",
        "title": "0",
        "level": "national",
        "matters": [{"id": "0", "area": "affordable-housing", "name": {"level1": "社会救助"}}],
    },
    lang="zh",
)
def test_a_generated_catalogue_through_a_workbook_keeps_its_ids(data: dict[str, Any], lang: str) -> None:
    catalogue = _catalogue(data)
    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / "table.xlsx"
        export_xlsx(catalogue, table, lang=lang)
        imported = import_table(table)
    assert imported.ok and imported.catalogue is not None, [f.message("en") for f in imported.findings]
    assert imported.catalogue.id == catalogue.id and imported.catalogue.level == catalogue.level
    assert sorted((m.id, m.area, m.name.parts()) for m in imported.catalogue.matters) == sorted(
        (m.id, m.area, m.name.parts()) for m in catalogue.matters
    )


def test_an_english_csv_names_its_further_areas_in_english_with_their_spaces(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    table.write_bytes(export_csv(_county(), lang="en").encode("utf-8"))
    imported = import_table(table)
    assert imported.catalogue is not None
    names = {a.slug: (a.zh, a.en) for a in imported.catalogue.areas}
    assert names["natural-resources"] == ("自然资源", "Natural resources")  # known by its English name
    (made,) = [slug for slug in names if slug.startswith("area-")]
    assert names[made] == ("Grid governance", "Grid governance")


def test_a_chinese_further_area_name_is_folded_as_before() -> None:
    from grassroots_catalog.read.tables.areas import further_area

    assert further_area("二十七、PPP 项目领域").name == "PPP项目"
    assert further_area("27. Grid  governance").name == "Grid governance"


def test_the_parent_comes_back_and_the_callers_wins(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from grassroots_catalog.cli import cli

    data = {"id": "town", "title": "测试镇目录", "level": "township", "extends": "test-county", "form": "table"}
    outcome = catalogue_from_data({**data, "matters": [MATTERS[2]]})
    assert outcome.catalogue is not None
    table = tmp_path / "table.xlsx"
    export_xlsx(outcome.catalogue, table)
    restored = import_table(table).catalogue
    assert restored is not None and restored.extends == "test-county"
    assert (import_table(table, extends="national").catalogue or restored).extends == "national"
    for extra, parent in (([], "test-county"), (["--extends", "none"], None), (["--extends", "national"], "national")):
        out = tmp_path / "town.yaml"
        result = CliRunner().invoke(cli, ["import", str(table), "-o", str(out), *extra])
        assert result.exit_code in (0, 1), result.output
        written = catalogue_from_data(yaml.safe_load(out.read_text(encoding="utf-8"))).catalogue
        assert written is not None and written.extends == parent, extra


def test_a_parent_named_by_its_path_is_not_taken_beside_a_workbook(tmp_path: Path) -> None:
    data = {"id": "town", "title": "测试镇目录", "level": "township", "extends": "./county.yaml", "form": "table"}
    outcome = catalogue_from_data({**data, "matters": [MATTERS[2]]})
    assert outcome.catalogue is not None
    export_xlsx(outcome.catalogue, tmp_path / "elsewhere.xlsx")
    imported = import_table(tmp_path / "elsewhere.xlsx").catalogue
    assert imported is not None and imported.extends == "national" and imported.id == "town"
