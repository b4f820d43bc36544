"""The published table out: print-ready XLSX, CSV, the findings sheet, and the starting catalogue of ``gcat new``."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.check.new import new_catalogue
from grassroots_catalog.check.validate import validate, validate_file
from grassroots_catalog.domain.areas import PILOT_AREAS
from grassroots_catalog.messages import en, zh
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.load import parse_catalogue
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.report.xlsx import export_csv, export_xlsx, findings_xlsx, new_workbook
from grassroots_catalog.results import FileReport

from ..conftest import EXAMPLES

HOSTILE = ("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tx")


@pytest.fixture(scope="module")
def county() -> Catalogue:
    _, effective = resolve_file(EXAMPLES / "county.yaml")
    assert effective is not None
    return effective.written


def _sheet(path: Path) -> Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _merged(sheet: Worksheet) -> set[str]:
    return {str(r) for r in sheet.merged_cells.ranges}


def test_the_sheet_has_the_published_layout(county: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "county.xlsx"
    export_xlsx(county, out)
    sheet = _sheet(out)
    last = openpyxl.utils.get_column_letter(sheet.max_column)
    merged = _merged(sheet)
    assert sheet["A1"].value == county.title
    assert f"A1:{last}1" in merged
    # the two header rows: groups over their columns, ungrouped titles spanning both rows
    assert sheet["A2"].value == "序号" and "A2:A3" in merged
    assert sheet["B2"].value == "公开事项" and "B2:C2" in merged
    assert (sheet["B3"].value, sheet["C3"].value) == ("一级事项", "二级事项")
    row3 = [c.value for c in sheet[3]]
    for group, columns in (("公开对象", ["全社会", "特定群体"]), ("公开方式", ["主动", "依申请"])):
        at = [c.value for c in sheet[2]].index(group)
        assert row3[at : at + 2] == columns
    assert "县级" in row3 and "乡级" in row3
    assert sheet.print_title_rows == "$2:$3"
    assert sheet.freeze_panes == "A4"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4) == 9
    assert sheet["D4"].alignment.wrap_text or sheet["D5"].alignment.wrap_text
    # a section row per area, then the area's rows; ticks are √
    areas = [c.value for c in sheet["A"] if isinstance(c.value, str) and "、" in c.value]
    assert len(areas) == len(county.areas_used())
    ticks = {c.value for row in sheet.iter_rows(min_row=4) for c in row[8:14]}
    assert ticks <= {"√", None} and "√" in ticks
    # consecutive rows of one 一级 share one merged cell
    vertical = [r for r in sheet.merged_cells.ranges if r.min_col == 2 and r.max_col == 2 and r.max_row > r.min_row]
    assert vertical
    first = vertical[0]
    assert sheet.cell(first.min_row, 2).value
    widths = sheet.column_dimensions
    assert widths["D"].width > widths["I"].width  # content is wider than a tick column


def test_no_cell_is_ever_a_formula(county: Catalogue, tmp_path: Path) -> None:
    matter = county.matters[0]
    hostile = matter.model_copy(update={"subject": HOSTILE[0], "note": HOSTILE[1]})
    named = county.model_copy(update={"title": HOSTILE[2], "matters": (hostile, *county.matters[1:])})
    out = tmp_path / "hostile.xlsx"
    export_xlsx(named, out)
    sheet = _sheet(out)
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert HOSTILE[0] in values and HOSTILE[1] in values and HOSTILE[2] in values
    raw = openpyxl.load_workbook(out, data_only=False).active
    assert raw is not None
    assert not any(c.data_type == "f" for row in raw.iter_rows() for c in row)
    with zipfile.ZipFile(out) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    text = export_csv(named)
    cells = [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'" + HOSTILE[0] in cells and "'" + HOSTILE[1] in cells


def test_the_csv_has_the_same_columns_and_a_bom(county: Catalogue) -> None:
    text = export_csv(county)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0][:4] == ["序号", "对应领域", "一级事项", "二级事项"]
    assert "公开对象（全社会）" in rows[0] and rows[0][-1] == "备注"
    assert len(rows) == 1 + len(county.matters)
    assert {len(row) for row in rows} == {len(rows[0])}
    assert rows[1][0] == "1" and rows[1][2] == county.matters[0].name.level1
    english = list(csv.reader(io.StringIO(export_csv(county, lang="en").removeprefix("\ufeff"))))
    assert english[0][:2] == ["No.", "Area"]


def test_the_findings_sheet_has_a_row_per_finding(tmp_path: Path) -> None:
    reports = validate([EXAMPLES / "county.yaml"])
    out = tmp_path / "findings.xlsx"
    findings_xlsx(reports, out)
    sheet = _sheet(out)
    count = sum(len(r.findings) for r in reports)
    assert count > 0
    assert sheet.max_row == 1 + count
    assert [c.value for c in sheet[1]] == ["文件", "位置", "代码", "级别", "说明", "依据"]
    assert sheet.auto_filter.ref == f"A1:F{1 + count}"
    assert sheet.freeze_panes == "A2"
    codes = {sheet.cell(row, 3).value for row in range(2, sheet.max_row + 1)}
    assert codes == {f.code for r in reports for f in r.findings}


def test_the_findings_sheet_is_written_as_the_reports_come(tmp_path: Path) -> None:
    """A national run streams its reports: the workbook takes them one by one from an iterator
    (openpyxl's write-only mode), never as a list, and leaves nothing beside the file it writes."""
    reports = validate([EXAMPLES / "county.yaml", EXAMPLES / "township.yaml"])
    taken: list[str] = []

    def one_by_one() -> Iterator[FileReport]:
        for report in reports:
            taken.append(report.file)
            yield report

    out = tmp_path / "findings.xlsx"
    out.write_bytes(b"an older workbook")
    findings_xlsx(one_by_one(), out)
    assert taken == [report.file for report in reports]
    sheet = _sheet(out)
    assert sheet.max_row == 1 + sum(len(r.findings) for r in reports)
    assert all(isinstance(cell.value, str) and cell.data_type == "s" for cell in sheet[2] if cell.value is not None)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["findings.xlsx"]


def test_the_reporting_keys_are_the_same_in_both_languages() -> None:
    assert set(zh.REPORT) == set(en.REPORT)


def test_a_county_starts_with_one_refinement_file_per_area(tmp_path: Path) -> None:
    files = new_catalogue("county", "某县人民政府", "990199", None)
    assert len(files) == len(PILOT_AREAS) == 26
    for name, text in files.items():
        result = parse_catalogue(text, file=name)
        assert result.catalogue is not None, name
        catalogue = result.catalogue
        assert (catalogue.form, catalogue.extends, catalogue.scope) == ("refinement", "national", "part")
        area = name.removesuffix(".yaml")
        assert [r.id for r in catalogue.refine] == [m.id for m in national_catalogue(area).matters]
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert "待本地填写" in files["social-assistance.yaml"]
    report = validate_file(tmp_path / "social-assistance.yaml")
    assert report.readable
    assert not [f.code for f in report.findings if f.code.startswith(("S", "Y"))]


def test_a_county_starts_with_one_table_of_every_national_row(tmp_path: Path) -> None:
    files = new_catalogue("county", "某县人民政府", "990199", None, table=True)
    assert list(files) == ["catalogue.yaml"]
    catalogue = parse_catalogue(files["catalogue.yaml"], file="catalogue.yaml").catalogue
    assert catalogue is not None
    national = [m.id for area in PILOT_AREAS for m in national_catalogue(area.slug).matters]
    assert [m.id for m in catalogue.matters] == national
    assert catalogue.form == "table"
    assert files["catalogue.yaml"].count("待本地填写") == len(national)
    path = tmp_path / "catalogue.yaml"
    path.write_text(files["catalogue.yaml"], encoding="utf-8")
    report = validate_file(path)
    assert report.readable
    assert not [f.code for f in report.findings if f.code.startswith(("S", "Y"))]


@pytest.mark.parametrize(
    ("level", "code", "rule"),
    [
        ("county", "99012", "6位"),
        ("county", "990199001", "6位"),
        ("township", "990199", "9位或12位"),
        ("national", None, "county"),
    ],
)
def test_a_code_of_the_wrong_length_is_refused_by_its_rule(level: str, code: str | None, rule: str) -> None:
    with pytest.raises(ValueError, match=rule):
        new_catalogue(level, "某地", code, None)


def test_a_township_code_of_nine_or_twelve_digits_is_accepted() -> None:
    assert new_catalogue("township", "某镇", "990199001", ["social-assistance"])
    assert new_catalogue("township", "某镇", "990199001001", ["社会救助"])
    with pytest.raises(ValueError, match="unknown area"):
        new_catalogue("township", "某镇", None, ["no-such-area"], lang="en")


def test_the_template_offers_drop_down_lists(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    new_workbook("county", "某县人民政府", "990199", ["social-assistance"], out)
    sheet = _sheet(out)
    lists = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert '"√"' in lists
    assert any("政府网站" in (f or "") and "政务服务中心" in (f or "") for f in lists)
    rows = [c.row for c in sheet["A"] if isinstance(c.value, int)]
    subject = [c.value for c in sheet[2]].index("公开主体") + 1
    assert sheet.cell(2, subject).comment is not None
    assert "待本地填写" in sheet.cell(2, subject).comment.text
    assert all(sheet.cell(row, subject).fill.fgColor.rgb.endswith("FFF2CC") for row in rows)
    assert len(rows) == len(national_catalogue("social-assistance").matters)


def test_the_english_sheet_is_worded_from_the_english_table(county: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "county-en.xlsx"
    export_xlsx(county, out, lang="en")
    sheet = _sheet(out)
    assert (sheet["A2"].value, sheet["B2"].value, sheet["B3"].value) == ("No.", "Matter", "Level-1 matter")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["county-en.xlsx"]  # no temporary file left beside
