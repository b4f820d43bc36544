"""The table readers: XLSX, CSV and HTML into a grid of text cells, with hostile input refused by a finding.

Every fixture is built here, in code: workbooks with openpyxl, CSV and HTML as bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grassroots_catalog.read.limits import Limits
from grassroots_catalog.read.tables import Grid, TableRejected, read_table
from grassroots_catalog.read.tables.csv_reader import parse_csv, read_csv
from grassroots_catalog.read.tables.html import read_html
from grassroots_catalog.read.tables.xlsx import as_text, read_xlsx

HEADER = ["序号", "一级事项", "二级事项", "公开内容"]


def texts(grid: Grid, sheet: int = 0) -> list[list[str]]:
    return [[cell.text for cell in row] for row in grid.sheets[sheet].rows]


def codes(grid: Grid) -> list[str]:
    return [f.code for f in grid.findings]


def rejected(call: object, *args: object, **kwargs: object) -> TableRejected:
    with pytest.raises(TableRejected) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return caught.value


def workbook(tmp_path: Path, name: str = "目录.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["某县基层政务公开标准目录", None, None, None])
    ws.merge_cells("A1:D1")
    ws.append(HEADER)
    ws.append([1, "行政许可", "许可事项", "依据\n条件"])
    ws.append([2, None, "许可结果", "　"])
    ws.merge_cells("B3:B4")
    ws.append([3, "=1+1", 2.5, None])
    path = tmp_path / name
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------- XLSX


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


def test_a_workbook_reads_with_merged_title_and_merged_first_level(tmp_path: Path) -> None:
    grid = read_xlsx(workbook(tmp_path))
    rows = texts(grid)
    assert rows[0] == ["某县基层政务公开标准目录"] * 4
    assert grid.sheets[0].rows[0][3].merged_from == "Sheet1!A1" and grid.sheets[0].rows[0][0].merged_from is None
    assert rows[1] == HEADER
    assert rows[2] == ["1", "行政许可", "许可事项", "依据\n条件"]
    assert rows[3] == ["2", "行政许可", "许可结果", ""]  # merged 一级 filled; a full-width space is empty
    assert grid.sheets[0].rows[3][1].merged_from == "Sheet1!B3"
    assert grid.sheets[0].rows[3][1].ref == "Sheet1!B4"


def test_a_formula_is_reported_by_its_cell_and_never_evaluated(tmp_path: Path) -> None:
    grid = read_xlsx(workbook(tmp_path))
    formula = grid.sheets[0].rows[4][1]
    assert formula.formula and formula.text == "" and formula.ref == "Sheet1!B5"
    assert [(f.code, f.ctx["cell"]) for f in grid.findings] == [("T006", "Sheet1!B5")]
    assert texts(grid)[4][2] == "2.5" and texts(grid)[4][0] == "3"
    assert "Sheet1!B5" in grid.findings[0].message("en")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1, "1"),
        (1.0, "1"),
        (2.5, "2.5"),
        (0.1 + 0.2, "0.3"),
        (True, "TRUE"),
        (dt.datetime(2020, 12, 31), "2020-12-31"),
        (dt.datetime(2020, 12, 31, 9, 30), "2020-12-31 09:30:00"),
        (None, ""),
    ],
)
def test_values_read_as_a_reader_sees_them(value: object, text: str) -> None:
    assert as_text(value) == text


def test_control_characters_in_a_cell_are_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["政务\x7f公开", "ok"])
    wb.save(tmp_path / "c.xlsx")
    grid = read_xlsx(tmp_path / "c.xlsx")
    assert [(f.code, f.ctx["cell"], f.ctx["char"], f.fatal) for f in grid.findings] == [
        ("T007", "Sheet!A1", "U+007F", True)
    ]


def test_a_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = workbook(tmp_path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for index in range(6):
            archive.writestr(f"xl/media/zeros{index}.bin", b"\0" * (10 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    error = rejected(read_xlsx, path)
    assert error.finding.code == "T002" and error.finding.ctx["reason"] == "inflated" and error.finding.fatal
    error = rejected(read_xlsx, path, limits=Limits(max_zip_bytes=10**9))
    assert error.finding.ctx["reason"] == "ratio"
    error = rejected(read_xlsx, path, limits=Limits(max_zip_entries=5))
    assert error.finding.ctx["reason"] == "entries"


def test_shared_strings_are_bounded(tmp_path: Path) -> None:
    path = workbook(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:  # Excel keeps every text of a workbook in this part
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * 100 + b"</sst>")
    error = rejected(read_xlsx, path, limits=Limits(max_shared_strings_bytes=10))
    assert error.finding.code == "T003"


def test_rows_times_columns_are_bounded(tmp_path: Path) -> None:
    error = rejected(read_xlsx, workbook(tmp_path), limits=Limits(max_cells=10))
    assert error.finding.code == "T004" and error.finding.ctx["rows"] == 5


def test_a_declared_used_range_over_the_limit_is_refused_before_loading(tmp_path: Path) -> None:
    source, path = workbook(tmp_path), tmp_path / "huge.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
            new.writestr(item, data)
    error = rejected(read_xlsx, path)
    assert error.finding.code == "T004" and error.finding.ctx["rows"] == 1048576


def test_an_over_long_cell_is_reported(tmp_path: Path) -> None:
    grid = read_xlsx(workbook(tmp_path), limits=Limits(max_cell_chars=4))
    assert {f.ctx["cell"] for f in grid.findings if f.code == "T005"} == {"Sheet1!A1", "Sheet1!D3"}


def test_a_csv_renamed_xlsx_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "目录.xlsx"
    path.write_bytes(",".join(HEADER).encode("utf-8"))
    for reader in (read_xlsx, read_table):
        error = rejected(reader, path)
        assert error.finding.code == "T001" and error.finding.ctx["reason"] == "text"
        assert "CSV" in error.finding.message("en") and error.finding.file == str(path)


def test_an_old_xls_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert rejected(read_table, path).finding.ctx["reason"] == "xls"


@pytest.mark.parametrize("keep", [200, 2000, -30])
def test_a_truncated_or_corrupt_workbook_is_refused(tmp_path: Path, keep: int) -> None:
    path = workbook(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    error = rejected(read_xlsx, path)
    assert error.finding.code in {"T008", "T001"} and error.finding.fatal
    assert error.finding.message("zh")


def test_a_corrupt_part_is_refused_with_the_parser_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    source = workbook(tmp_path)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            new.writestr(item, b"<worksheet><sheetData><row" if item.filename.endswith("sheet1.xml") else data)
    error = rejected(read_xlsx, path)
    assert error.finding.code == "T008" and error.finding.ctx.get("reason") is None


def test_an_xlsm_is_read_without_its_macros(tmp_path: Path) -> None:
    path = workbook(tmp_path, "宏.xlsm")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"Attribute VB_Name")
    grid = read_table(path)
    assert "T019" in codes(grid) and texts(grid)[1] == HEADER


# ----------------------------------------------------------------------------------------------- CSV

ROWS = [HEADER, ["1", "行政许可", "许可事项", "依据"], ["", "", "许可结果", "结果"]]


def csv_bytes(delimiter: str = ",", newline: str = "\r\n") -> str:
    return newline.join(delimiter.join(row) for row in ROWS) + newline


@pytest.mark.parametrize(
    ("data", "note"),
    [
        (b"\xef\xbb\xbf" + csv_bytes().encode("utf-8"), None),
        (csv_bytes().encode("utf-8"), None),
        (csv_bytes().encode("gb18030"), "GB18030"),
        (csv_bytes().encode("gbk"), "GB18030"),
        (csv_bytes("\t").encode("utf-16"), None),
        (csv_bytes(";", "\n").encode("utf-8"), None),
        (csv_bytes("\t").encode("utf-8"), None),
    ],
)
def test_csv_encodings_and_delimiters(tmp_path: Path, data: bytes, note: str | None) -> None:
    path = tmp_path / "目录.csv"
    path.write_bytes(data)
    grid = read_csv(path)
    assert texts(grid) == ROWS
    assert [f.ctx.get("encoding") for f in grid.findings] == ([note] if note else [])
    assert grid.sheets[0].name == "目录.csv" and grid.sheets[0].rows[2][2].ref == "3:3"
    assert read_table(path) == grid


def test_crlf_and_line_breaks_inside_quotes(tmp_path: Path) -> None:
    data = '一级,二级\r\n"行政\r\n许可","甲,乙"\r\n下一行,x\r\n'.encode()
    grid = parse_csv(data, file="a.csv")
    assert texts(grid) == [["一级", "二级"], ["行政\n许可", "甲,乙"], ["下一行", "x"]]
    assert grid.sheets[0].rows[2][0].ref == "4:1"  # the quoted cell spans lines 2 and 3


def test_a_ragged_record_is_refused_by_its_line_never_shifted() -> None:
    data = "标题,,,\n序号,一级,二级,内容\n1,甲,乙,丙\n2,甲,乙,丙,多\n3,甲,乙\n4,甲,乙,丙,,\n一、教育\n".encode()
    grid = parse_csv(data, file="a.csv")
    ragged = [(f.ctx["line"], f.ctx["reason"], f.location) for f in grid.findings if f.code == "T011"]
    assert [(line, reason) for line, reason, _ in ragged] == [(4, "more"), (5, "fewer")]
    assert all(f.fatal for f in grid.findings)
    assert [row[0] for row in texts(grid)] == ["标题", "序号", "1", "4", "一、教育"]
    assert "第 4 行" in grid.findings[0].message("zh")


def test_merged_cells_exported_by_excel_stay_blank() -> None:
    grid = parse_csv("一级,二级\n行政许可,甲\n,乙\n".encode(), file="a.csv")
    assert texts(grid)[2] == ["", "乙"] and grid.sheets[0].rows[2][0].merged_from is None


def test_csv_problems_are_findings() -> None:
    assert rejected(parse_csv, b'a,b\n"open,x\n', file="a.csv").finding.ctx["reason"] == "unclosed-quote"
    assert rejected(parse_csv, b'a,b\n"x"y,z\n', file="a.csv").finding.code == "T012"
    assert rejected(parse_csv, b"a,b\n\x81\x30\xff\xff\xfe\n" * 3, file="a.csv").finding.code == "T010"
    grid = parse_csv(b"a,b\nx\x00y,z\n", file="a.csv")
    assert [(f.code, f.ctx["cell"]) for f in grid.findings] == [("T007", "2:1")]
    assert rejected(parse_csv, b"a,b\n" * 20, file="a.csv", limits=Limits(max_cells=10)).finding.code == "T004"


def test_a_large_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" * 100)
    assert rejected(read_csv, path, limits=Limits(max_file_bytes=50)).finding.code == "T015"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_read_csv_raises_nothing_but_table_rejected(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz.csv"
    path.write_bytes(data)
    try:
        grid = read_csv(path)
    except TableRejected as error:
        assert error.finding.fatal and error.finding.code.startswith("T")
        return
    widths = {len(row) for row in grid.sheets[0].rows}
    assert len(widths) <= 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=',;\t"\r\n 甲a\u3000\x00', max_size=120),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_csv_like_text_in_any_encoding_reads_or_is_refused(text: str, encoding: str) -> None:
    try:
        grid = parse_csv(text.encode(encoding), file="x.csv")
    except TableRejected as error:
        assert error.finding.code in {"T004", "T010", "T012", "T013"}
        return
    assert all(cell.ref.count(":") == 1 for row in grid.sheets[0].rows for cell in row)
    assert {len(row) for row in grid.sheets[0].rows} == {len(grid.sheets[0].rows[0])}


# ---------------------------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title>
<script>document.write("<table><tr><td>假</td></tr></table>"); alert(1)</script>
<style>td { color: red }</style></head><body>
<table id="layout"><tr><td>导航</td><td>
  <table>
    <tr><td colspan="4">某县基层政务公开标准目录</td></tr>
    <tr><th>序号<th>一级事项<th>二级事项<th>公开内容
    <tr><td>1<td rowspan="2">行政&amp;许可<td>许可<br>事项<td>依据&nbsp;条件
    <tr><td>2<td>结果<td><p>甲</p><p>乙</p>
  </table>
</td></tr></table>
<table><tr><td>第二张表</td><td>&#x5F20;</td></tr></table>
</body></html>"""


def test_a_page_with_two_tables_rowspan_colspan_and_a_script(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    grid = read_html(path)
    assert [sheet.name for sheet in grid.sheets] == ["table 1", "table 2", "table 3"]
    assert texts(grid, 0) == [["导航", ""]]  # the nested table is not repeated in its cell
    inner = texts(grid, 1)
    assert inner[0] == ["某县基层政务公开标准目录"] * 4
    assert inner[1] == HEADER
    assert inner[2] == ["1", "行政&许可", "许可\n事项", "依据 条件"]
    assert inner[3] == ["2", "行政&许可", "结果", "甲\n乙"]
    assert grid.sheets[1].rows[3][1].merged_from == "table 2 row 3 col 2"
    assert texts(grid, 2) == [["第二张表", "张"]]
    assert [(f.code, f.ctx["cell"], f.ctx["sheet"]) for f in grid.findings] == [
        ("T017", "table 1 row 1 col 2", "table 2")
    ]
    assert "假" not in str(texts(grid, 0)) and read_table(path) == grid


def test_a_gbk_page_and_a_page_saved_as_xls(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    path = tmp_path / "导出.xls"
    path.write_bytes((page + "<table><tr><td>公开事项</td></tr></table></html>").encode("gbk"))
    grid = read_table(path)
    assert texts(grid) == [["公开事项"]] and codes(grid) == ["T018"]


def test_pages_without_tables_or_too_large(tmp_path: Path) -> None:
    path = tmp_path / "p.htm"
    path.write_bytes(b"<html><body><p>no table</p><table><tr><td> </td></tr></table></body></html>")
    assert rejected(read_table, path).finding.code == "T013"
    path.write_bytes(b"")
    assert rejected(read_html, path).finding.code == "T013"
    path.write_bytes(b"<table>" + b"<tr><td colspan=900>x</td></tr>" * 3 + b"</table>")
    assert rejected(read_html, path, limits=Limits(max_cells=1000)).finding.code == "T004"
    assert rejected(read_html, path, limits=Limits(max_file_bytes=10)).finding.code == "T015"


# ------------------------------------------------------------------------------------------ dispatch


def test_the_reader_is_chosen_by_suffix_and_content(tmp_path: Path) -> None:
    renamed = tmp_path / "book.csv"
    renamed.write_bytes(workbook(tmp_path).read_bytes())
    grid = read_table(renamed)
    assert texts(grid)[1] == HEADER and codes(grid)[0] == "T018"
    tsv = tmp_path / "t.tsv"
    tsv.write_text("a,b\tc\n", encoding="utf-8")
    assert texts(read_table(tsv)) == [["a,b", "c"]]
    assert rejected(read_table, tmp_path / "x.pdf").finding.code == "T016"
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert rejected(read_table, tmp_path / "x.pdf").finding.code == "T014"
    assert rejected(read_table, tmp_path / "missing.csv").finding.code == "T016"


def test_the_csv_injection_guard_is_taken_off_again_and_an_own_apostrophe_stays() -> None:
    from grassroots_catalog.read.tables import guarded, unguarded

    for text in ("=SUM(A1)", "+1", "-各地", "@x", "\tx", "'=x", "''+x", "'引号", "''", "普通", ""):
        assert unguarded(guarded(text)) == text
    assert guarded("=x") == "'=x" and guarded("'=x") == "''=x" and guarded("'引号") == "'引号"
    data = "一级事项,二级事项,公开内容\r\n'=甲,'引号,'-各地\r\n".encode()
    cells = [cell.text for cell in parse_csv(data, file="t.csv").sheets[0].rows[1]]
    assert cells == ["=甲", "'引号", "-各地"]
