"""``gcat import TABLE --level national``: an official national table as a national catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli
from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.read.national_data import NationalData
from grassroots_catalog.read.tables.importer import import_table

from .national_table import TEST_ROWS, official_table

AREA = "social-assistance"


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("national") / "社会救助国家指引.xlsx"
    return path, official_table(path, AREA)


def test_the_table_imports_as_a_national_catalogue_shaped_like_the_bundled_ones(table: tuple[Path, int]) -> None:
    path, rows = table
    imported = import_table(path, level="national", area=AREA)
    assert imported.ok and imported.catalogue is not None, imported.findings
    catalogue = imported.catalogue
    bundled = national_catalogue(AREA)
    assert catalogue.id == bundled.id == f"national.{AREA}"
    assert catalogue.level.value == "national"
    assert catalogue.extends is None and catalogue.form is None and catalogue.scope is None
    assert catalogue.title == bundled.title  # the guideline's name, from the areas' table
    assert catalogue.issuer == "民政部办公厅"
    # ids in the national scheme: the bundled rows keep theirs, the made-up rows come after them
    assert [m.id for m in catalogue.matters][: len(bundled.matters)] == [m.id for m in bundled.matters]
    assert len(catalogue.matters) == rows == len(bundled.matters) + len(TEST_ROWS)
    assert {m.area for m in catalogue.matters} == {AREA}


def test_an_imported_table_is_stated_complete_and_names_its_file(table: tuple[Path, int]) -> None:
    path, rows = table
    catalogue = import_table(path, level="national", area=AREA).catalogue
    assert catalogue is not None and catalogue.completeness is not None
    assert catalogue.completeness.status == "complete"
    assert catalogue.completeness.known_rows == rows
    assert catalogue.completeness.fidelity == "national-text"
    assert path.name in (catalogue.completeness.note or "")
    (source,) = catalogue.sources
    assert source.kind == "national-guideline" and path.name in (source.note or "")


def test_the_cli_writes_a_file_a_national_folder_accepts(table: tuple[Path, int], tmp_path: Path) -> None:
    path, rows = table
    out = tmp_path / f"{AREA}.yaml"
    result = CliRunner().invoke(cli, ["import", str(path), "--level", "national", "--area", AREA, "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = read_catalogue(out)
    assert written.catalogue is not None and "extends:" not in out.read_text(encoding="utf-8")
    data = NationalData.from_directory(tmp_path)
    assert data.replaced == (AREA,)
    assert len(data.catalogue(AREA).matters) == rows
    assert data.catalogue("health") is national_catalogue("health")  # the other areas stay bundled


def test_a_table_of_several_areas_is_refused_as_a_national_table(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("领域,一级事项,公开内容\n社会救助,甲,x\n卫生健康,乙,y\n", encoding="utf-8")
    imported = import_table(path, level="national")
    assert imported.text is None
    (refused,) = [f for f in imported.findings if f.fatal]
    assert refused.code == "T040"
    assert "social-assistance" in refused.message("en") and "health" in refused.message("en")
