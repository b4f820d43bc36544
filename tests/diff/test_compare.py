"""``compare``: many catalogues judged row by row against one (docs/diff.md, "A province's comparison
matrix"): the counts on generated counties whose changes are known, totals that add up, a result that
does not depend on the order of the files or the number of processes, and each output format."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

from grassroots_catalog import Comparison, RowStatus, compare, compare_files
from grassroots_catalog.cli import cli
from grassroots_catalog.diffs import ChangeKind, diff
from grassroots_catalog.diffs.compare import covered_areas
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.report.compare import render_comparison
from grassroots_catalog.report.compare.xlsx import comparison_workbook_bytes

from ..conftest import ROOT
from .compare_cases import ADDED, expected_status, write_counties
from .strategies import edited_pair

ROWS, COUNTIES = 60, 4
EXAMPLES = ROOT / "catalogs" / "examples"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Comparison]:
    folder = tmp_path_factory.mktemp("counties")
    paths = write_counties(folder, COUNTIES, ROWS)
    return folder, paths, compare_files(paths, folder / "province.yaml", jobs=1)


def test_each_generated_county_has_the_counts_its_changes_give(
    generated: tuple[Path, list[Path], Comparison],
) -> None:
    _, _, comparison = generated
    assert len(comparison) == COUNTIES
    for k, catalogue in enumerate(comparison):
        expected = Counter(expected_status(i, k) for i in range(ROWS))
        expected["added"] = ADDED
        assert catalogue.tally().to_dict() == {status.value: expected[status.value] for status in RowStatus}
        for outcome in catalogue:
            if outcome.status is not RowStatus.ADDED:
                assert outcome.status.value == expected_status(int(outcome.row.rpartition(".m")[2]), k)
        weakened = [o for o in catalogue if o.status is RowStatus.WEAKENED]
        assert weakened and all(o.fields == ("mode",) for o in weakened)


def test_totals_add_up(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    total = comparison.total()
    by_catalogue = list(comparison.by_catalogue().values())
    assert sum(t.total for t in by_catalogue) == total.total
    assert sum(t.total for t in comparison.by_area().values()) == total.total
    for catalogue in comparison:
        cells = [comparison.cell(catalogue, area) for area in comparison.areas]
        assert sum(cell.total for cell in cells if cell is not None) == catalogue.tally().total
    for status in RowStatus:
        assert sum(t[status] for t in comparison.by_area().values()) == total[status]
    rows = comparison.row_tallies()
    assert sum(r.tally.total for r in rows) == total.total - total[RowStatus.ADDED]
    assert all(r.tally.total == COUNTIES for r in rows)


def test_the_rows_most_often_taken_away_come_first(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    ranked = comparison.most_taken_away(5)
    assert ranked and [r.taken_away for r in ranked] == sorted((r.taken_away for r in ranked), reverse=True)
    everything = comparison.row_tallies()
    assert ranked[0].taken_away == max(r.taken_away for r in everything)
    assert len(ranked[0].weakened_in) + len(ranked[0].missing_in) == ranked[0].taken_away


def test_the_order_of_the_files_and_the_processes_change_nothing(
    generated: tuple[Path, list[Path], Comparison],
) -> None:
    folder, paths, comparison = generated
    assert compare_files(list(reversed(paths)), folder / "province.yaml", jobs=2) == comparison


def test_an_unreadable_file_is_named_and_the_others_compared(
    generated: tuple[Path, list[Path], Comparison], tmp_path: Path
) -> None:
    folder, paths, _ = generated
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    result = compare_files([*paths[:2], broken, tmp_path / "absent.yaml"], folder / "province.yaml", jobs=1)
    assert len(result) == 2
    assert [(p.file, p.reason) for p in result.unreadable] == [
        (str(tmp_path / "absent.yaml"), "diff.no_file"),
        (str(broken), "diff.unreadable"),
    ]


def test_the_bundled_examples_against_the_national_guidelines() -> None:
    result = compare_files(sorted(EXAMPLES.glob("*.yaml")), jobs=1)
    by_level = {c.level: c for c in result}
    township = by_level["township"]
    assert township.tally()[RowStatus.NOT_APPLICABLE] == 4
    assert township.tally()[RowStatus.MISSING] == 7
    # a part catalogue is judged only in the areas it speaks for
    assert len(by_level["county"].covered) == 6
    assert result.cell(by_level["county"], "social-assistance") is None
    # the province, a refinement of the national guidelines, copies what it does not touch
    assert by_level["provincial"].tally()[RowStatus.COPIED] > 200


@settings(max_examples=25, deadline=None)
@given(edited_pair())
def test_a_catalogue_against_itself_is_all_copied(pair: tuple[Catalogue, Catalogue]) -> None:
    a, _ = pair
    result = compare([a], a)
    statuses = {o.status for o in result.catalogues[0]}
    assert statuses <= {RowStatus.COPIED, RowStatus.NOT_APPLICABLE}
    exempt = {e.area for e in a.not_applicable_areas}
    assert result.total()[RowStatus.COPIED] == sum(1 for m in a.matters if m.area not in exempt)
    assert result.total()[RowStatus.ADDED] == 0


@settings(max_examples=40, deadline=None)
@given(edited_pair())
def test_the_tallies_are_those_of_each_diff(pair: tuple[Catalogue, Catalogue]) -> None:
    a, b = pair
    result = compare([b, b], a).catalogues[0]
    changes = diff(a, b, areas=covered_areas(b, a))
    tally = result.tally()
    assert tally[RowStatus.ADDED] == len(changes.added)
    inapplicable = {e.area for e in b.not_applicable_areas}
    assert tally[RowStatus.MISSING] == sum(1 for c in changes.removed if c.area not in inapplicable)
    weakened_rows = {
        key[0]
        for key, found in changes.rows().items()
        if key[0] and key[1] and any(c.kind in (ChangeKind.WEAKER, ChangeKind.INCOMPARABLE) for c in found)
    }
    assert tally[RowStatus.WEAKENED] <= len(weakened_rows)
    assert tally.total - tally[RowStatus.ADDED] == sum(1 for m in a.matters if m.area in result.covered)


def test_json_follows_its_schema(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    document = json.loads(render_comparison("json", comparison))
    schema = json.loads((ROOT / "schemas" / "compare.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema)
    assert document["totals"]["all"] == comparison.total().to_dict()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "version": 2}, schema)


def test_html_is_one_page_that_needs_no_network(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    for lang in ("zh", "en"):
        page = render_comparison("html", comparison, lang=lang)
        assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
        assert "http:" not in page and "https:" not in page and "<script" not in page
        assert page.count("<svg") == len(comparison.by_area())
        assert "第000县人民政府" in page


def test_xlsx_opens_with_its_three_sheets_filterable(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    workbook = openpyxl.load_workbook(io.BytesIO(comparison_workbook_bytes(comparison, lang="en")))
    assert workbook.sheetnames == ["Matrix", "Rows", "Rows by catalogue"]
    matrix, rows, outcomes = (workbook[name] for name in workbook.sheetnames)
    assert matrix.auto_filter.ref and rows.auto_filter.ref and outcomes.auto_filter.ref
    assert matrix.max_row == 1 + sum(len(c.covered) for c in comparison)
    assert rows.max_row == 1 + ROWS
    assert outcomes.max_row == 1 + comparison.total().total


def test_csv_and_text_carry_the_same_counts(generated: tuple[Path, list[Path], Comparison]) -> None:
    _, _, comparison = generated
    lines = render_comparison("csv", comparison, lang="en").splitlines()
    assert lines[0].startswith("Catalogue,File,Level,Area slug,Area,copied")
    assert sum(int(line.rsplit(",", 1)[1]) for line in lines[1:]) == comparison.total().total
    text = render_comparison("text", comparison)
    assert "各目录合计" in text and "最常被弱化或删除的行" in text


def test_markdown_has_the_text_formats_tables_with_the_same_counts(
    generated: tuple[Path, list[Path], Comparison],
) -> None:
    _, _, comparison = generated
    for lang in ("zh", "en"):
        page = render_comparison("markdown", comparison, lang=lang)
        assert page.startswith("# ") and page.count("\n## ") == 4
        body = [line for line in page.splitlines() if line.startswith("| ") and "---|" not in line]
        totals = body[len(comparison) + 1]  # the header, a row per catalogue, then all of them
        assert totals.rstrip(" |").rsplit("| ", 1)[1] == str(comparison.total().total)
        assert all(line.count("|") == body[0].count("|") for line in body[: len(comparison) + 2])
    result = CliRunner().invoke(cli, ["compare", *map(str, generated[1][:2]), "--format", "markdown", "-j", "1"])
    assert result.exit_code == 0 and result.stdout.startswith("# "), result.output


def test_the_command_exits_2_naming_an_unreadable_file_and_shows_the_rest(
    generated: tuple[Path, list[Path], Comparison], tmp_path: Path
) -> None:
    folder, paths, _ = generated
    args = ["compare", *map(str, paths), str(tmp_path / "absent.yaml"), "--against", str(folder / "province.yaml")]
    result = CliRunner().invoke(cli, [*args, "--lang", "en", "--format", "csv", "-j", "1"])
    assert result.exit_code == 2
    assert "absent.yaml: no such file" in result.stderr
    assert "第003县人民政府" in result.stdout
    clean = CliRunner().invoke(cli, [*args[:-3], "--against", str(folder / "province.yaml"), "--format", "json"])
    assert clean.exit_code == 0, clean.output
    assert len(json.loads(clean.stdout)["catalogues"]) == COUNTIES


def test_the_command_writes_xlsx_only_to_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["compare", str(EXAMPLES), "--format", "xlsx"]).exit_code == 2
    target = tmp_path / "matrix.xlsx"
    result = runner.invoke(cli, ["compare", str(EXAMPLES), "--format", "xlsx", "-o", str(target), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(target).sheetnames == ["矩阵", "逐行", "各目录逐行"]


def test_diff_merged_honours_national(tmp_path: Path) -> None:
    national = tmp_path / "national"
    national.mkdir()
    source = (ROOT / "catalogs" / "national" / "employment.yaml").read_text(encoding="utf-8")
    (national / "employment.yaml").write_text(source.replace("\n  - id:", "\n  - id:", 1), encoding="utf-8")
    county = str(EXAMPLES / "county.yaml")
    args = ["diff", county, county, "--merged", "--lang", "en"]
    assert CliRunner().invoke(cli, [*args, "--national", str(national)]).exit_code == 0
    assert CliRunner().invoke(cli, [*args, "--national", str(tmp_path / "absent")]).exit_code == 2


def test_an_unreadable_reference_ends_the_command_with_status_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(EXAMPLES), "--against", str(tmp_path / "absent.yaml")])
    assert result.exit_code == 2
    assert "absent.yaml" in result.stderr


def test_against_national_uses_the_national_folder(tmp_path: Path) -> None:
    national = tmp_path / "national"
    national.mkdir()
    source = (ROOT / "catalogs" / "national" / "employment.yaml").read_text(encoding="utf-8")
    head, _, rest = source.partition("\n  - id:")
    kept = "\n  - id:".join(rest.split("\n  - id:")[1:])  # the first row left out
    (national / "employment.yaml").write_text(head + "\n  - id:" + kept, encoding="utf-8")
    from grassroots_catalog.read.national_data import BUNDLED, NationalData

    county = [EXAMPLES / "county.yaml"]
    bundled = compare_files(county, jobs=1)
    folder = compare_files(county, national=NationalData.from_directory(national), jobs=1)
    assert len(folder.rows) == len(bundled.rows) - 1 == len(BUNDLED.layer().matters) - 1
    runner = CliRunner()
    shown = runner.invoke(cli, ["compare", str(county[0]), "--national", str(national), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert len(json.loads(shown.stdout)["rows"]) == len(folder.rows)
