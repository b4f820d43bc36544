"""import(export(c)) is c: a catalogue written to the published layout and read back is the same catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.cli import cli
from grassroots_catalog.model import Catalogue, Matter
from grassroots_catalog.read.atomic import write_atomic
from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.read.tables.importer import import_table
from grassroots_catalog.report.xlsx import export_csv, export_xlsx

from ..conftest import EXAMPLES, ROOT

CHAINS = [EXAMPLES / "county.yaml", *sorted((ROOT / "tests" / "cases" / "real-variants").glob("*-county.yaml"))]


def _row(matter: Matter) -> tuple[Any, ...]:
    return (
        matter.area,
        tuple("".join(part.split()) for part in matter.name.parts()),  # a cell's spaces are not kept
        tuple(matter.content),
        tuple(instrument.as_text() for instrument in matter.basis),
        str(matter.time_limit) if matter.time_limit else None,
        matter.subject,
        tuple(map(str, matter.channels)),
        tuple(matter.audience),
        tuple(matter.mode),
        tuple(matter.level),
    )


def _rows(catalogue: Catalogue) -> list[tuple[Any, ...]]:
    return sorted(_row(m) for m in catalogue.matters if m.not_applicable is None)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("form", ["xlsx", "csv"])
@pytest.mark.parametrize("chain", CHAINS, ids=lambda p: p.stem)
def test_exported_tables_import_as_the_same_catalogue(chain: Path, form: str, lang: str, tmp_path: Path) -> None:
    _, effective = resolve_file(chain)
    assert effective is not None
    catalogue = effective.written
    table = tmp_path / f"table.{form}"
    if form == "xlsx":
        export_xlsx(catalogue, table, lang=lang)
    else:
        write_atomic(table, export_csv(catalogue, lang=lang).encode("utf-8"))
    imported = import_table(table)
    assert imported.catalogue is not None and imported.ok
    assert [f for f in imported.findings if f.severity.slug != "info"] == []
    assert _rows(imported.catalogue) == _rows(catalogue)


def test_gcat_import_writes_a_catalogue_that_names_each_rows_cell(tmp_path: Path) -> None:
    _, effective = resolve_file(EXAMPLES / "county.yaml")
    assert effective is not None
    export_xlsx(effective.written, tmp_path / "county.xlsx")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "county.xlsx"), "-o", str(tmp_path / "county.yaml")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "county.yaml").read_text(encoding="utf-8")
    assert "# " in text and "!A" in text  # each matter names its sheet and cell
    validated = CliRunner().invoke(cli, ["validate", str(tmp_path / "county.yaml")])
    assert validated.exit_code in (0, 1) and "Traceback" not in validated.output


def test_gcat_import_of_a_hostile_file_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "table.xlsx"
    fake.write_text("序号,一级事项\n1,甲\n", encoding="utf-8")  # a CSV renamed .xlsx
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(cli, ["import", str(fake), "-o", str(out)])
    assert result.exit_code == 2 and not out.exists() and "T001" in result.output


def test_gcat_validate_reads_a_table_directly_and_names_each_findings_cell(tmp_path: Path) -> None:
    _, effective = resolve_file(EXAMPLES / "county.yaml")
    assert effective is not None
    export_xlsx(effective.written, tmp_path / "county.xlsx")
    result = CliRunner().invoke(cli, ["validate", "--lang", "en", str(tmp_path / "county.xlsx")])
    assert result.exit_code == 1, result.output  # the planted errors are still there
    lines = [line for line in result.output.splitlines() if " R05 [error] " in line]
    assert lines and all(line.startswith(f"{tmp_path / 'county.xlsx'}:") and "!A" in line for line in lines)


def test_gcat_validate_writes_the_findings_as_a_filterable_sheet(tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "findings.xlsx"
    result = CliRunner().invoke(cli, ["validate", str(EXAMPLES / "county.yaml"), "--format", "xlsx", "-o", str(target)])
    assert result.exit_code == 1, result.output  # the planted errors
    sheet = openpyxl.load_workbook(target).active
    codes = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"M012", "R05", "M010", "R11"} <= codes and sheet.auto_filter.ref is not None
    assert CliRunner().invoke(cli, ["validate", str(EXAMPLES / "county.yaml"), "--format", "xlsx"]).exit_code == 2


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_gcat_import_reads_what_gcat_export_lang_en_writes(suffix: str, tmp_path: Path) -> None:
    table, out = tmp_path / f"county{suffix}", tmp_path / "county.yaml"
    exported = CliRunner().invoke(cli, ["export", "--lang", "en", str(EXAMPLES / "county.yaml"), "-o", str(table)])
    assert exported.exit_code == 0, exported.output
    result = CliRunner().invoke(cli, ["import", "--lang", "en", str(table), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert " T020 " not in result.output and " T028 " not in result.output
    imported = import_table(out.with_suffix(suffix))
    assert imported.catalogue is not None
    written = read_catalogue(EXAMPLES / "county.yaml").catalogue
    assert written is not None and _rows(imported.catalogue) == _rows(written)
