"""Interpreting grids of cells as catalogues: the layouts and the mess of real tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from grassroots_catalog.check.validate import validate_file
from grassroots_catalog.read.load import catalogue_from_data
from grassroots_catalog.read.tables.interpret import Interpreted, interpret
from grassroots_catalog.results import Severity

from .grids import Rows, grid, sheet

TITLE = "示例县社会救助领域基层政务公开标准目录"
SUBJECT = "县级人民政府民政部门、乡镇人民政府（街道办事处）"
LIMIT = "制定或获取信息之日起10个工作日内"
TOP = ["序号", "公开事项", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
TOP += ["公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级"]
SUB = ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
SUB += ["全社会", "特定群体", "主动", "依申请", "县级", "乡级"]
ROW1 = ["1", "综合业务", "政策法规文件", "《社会救助暂行办法》（国务院令第649号）\n各地配套政策法规文件"]
ROW1 += [
    "信息公开规定",
    LIMIT,
    SUBJECT,
    "■政府网站 □政府公报 ■公开查阅点 ■政务服务中心",
    "√",
    "\u3000",
    "√",
    "",
    "√",
    "√",
]
ROW2 = ["2", ("综合业务", "S!B4"), "监督检查", "社会救助信访通讯地址\n社会救助投诉举报电话", "相关政策规定", LIMIT]
ROW2 += [SUBJECT, "政府网站、公开查阅点\n政务服务中心\n社区/企事业单位/村公示栏（电子屏）", "✓", "", "●", "", "是", "☑"]


def read(rows: Rows, name: str = "S", **options: Any) -> Interpreted:
    return interpret(grid(sheet(name, rows)), **options)


def loaded(result: Interpreted) -> Any:
    outcome = catalogue_from_data(result.data)
    assert outcome.catalogue is not None, outcome.findings
    return outcome.catalogue


def codes(result: Interpreted) -> list[str]:
    return [f.code for f in result.findings]


def test_the_standard_two_row_layout_reads_as_the_national_rows() -> None:
    result = read([[TITLE] * len(TOP), TOP, SUB, ROW1, ROW2])
    catalogue = loaded(result)
    national = {m.id for m in _national("social-assistance").matters}
    assert [m.id for m in catalogue.matters] == ["social-assistance.561dabd3", "social-assistance.6c21f011"]
    assert {m.id for m in catalogue.matters} <= national
    first, second = catalogue.matters
    assert [str(c) for c in first.channels] == ["政府网站", "公开查阅点", "政务服务中心"]
    assert str(second.channels[-1]) == "社区/企事业单位/村公示栏（电子屏）"
    assert (list(first.audience), list(first.mode), list(first.level)) == (["全社会"], ["主动"], ["县级", "乡级"])
    assert first.time_limit is not None and first.subject == SUBJECT and first.row == 1
    assert result.sources == ("S!A4", "S!A5") and result.data["title"] == TITLE
    assert result.data["form"] == "table" and result.data["scope"] == "part" and result.findings == ()


def test_a_faithful_county_table_composes_with_national_without_errors(tmp_path: Path) -> None:
    rows: list[list[str | tuple[str, str]]] = [[TITLE] * len(TOP), list(TOP), list(SUB)]
    for matter in _national("social-assistance").matters:
        ticks = [
            "√" if value in (*matter.audience, *matter.mode, *matter.level) else ""
            for value in ("全社会", "特定群体", "主动", "依申请", "县级", "乡级")
        ]
        rows.append(
            [
                str(matter.row or ""),
                matter.name.level1 or "",
                matter.name.level2 or "",
                "\n".join(matter.content),
                "\n".join(str(b) for b in matter.basis),
                str(matter.time_limit or ""),
                matter.subject or "",
                "、".join(str(c) for c in matter.channels),
                *ticks,
            ]
        )
    result = read(rows, jurisdiction="示例县人民政府")
    assert len(result.data["matters"]) == len(_national("social-assistance").matters)
    path = tmp_path / "county.yaml"
    path.write_text(json.dumps(result.data, ensure_ascii=False), encoding="utf-8")
    report = validate_file(path)
    composed = [f for f in report.findings if f.code.startswith(("M", "S", "Y")) and f.severity is Severity.ERROR]
    assert report.readable and composed == []


def test_flat_header_with_variants_missing_and_extra_columns() -> None:
    header = ["编号", "事项 名称", "公开内容(要素)", "公开\n渠道", "公开方式", "备注", "对应领域", "责任科室"]
    rows = [
        header,
        ["1", "最低生活保障审核信息", "初审对象名单", "政府网站", "主动公开", "季度更新", "社会救助", "低保股"],
    ]
    result = read(rows)
    matter = loaded(result).matters[0]
    assert matter.area == "social-assistance" and matter.name.level2 == "最低生活保障审核信息"
    assert list(matter.mode) == ["主动"] and matter.note == "季度更新\n责任科室：低保股"
    assert codes(result) == ["T021"] and result.findings[0].ctx["cell"] == "S!H1"


def test_csv_blank_below_the_first_row_fills_down_within_one_table_only() -> None:
    header = ["一级事项", "二级事项", "公开内容", "公开方式"]
    rows = [
        header,
        ["最低生活保障", "政策法规文件", "文件", "主动"],
        ["", "办事指南", "办理条件", "主动"],
        [],
        header,
        ["", "孤儿", "名单", "主动"],
    ]
    result = read(rows, area="社会救助")
    names = [(m["name"].get("level1"), m["name"].get("level2")) for m in result.data["matters"]]
    assert names == [("最低生活保障", "政策法规文件"), ("最低生活保障", "办事指南"), (None, "孤儿")]
    assert codes(result) == []
    assert "header" not in str(result.data["matters"]) and len(result.sources) == 3


def test_a_matter_on_two_rows_under_one_merged_number_is_folded() -> None:
    header = ["序号", "一级事项", "二级事项", "公开内容", "公开渠道"]
    rows = [
        header,
        ["1", "特困人员救助供养", "办事指南", "办理条件", "政府网站"],
        [("1", "S!A2"), ("特困人员救助供养", "S!B2"), ("办事指南", "S!C2"), "申请材料", "政务服务中心"],
        ["2", "特困人员救助供养", "审核信息", "名单", "公示栏"],
    ]
    result = read(rows, area="social-assistance")
    matters = loaded(result).matters
    assert len(matters) == 2 and list(matters[0].content) == ["办理条件", "申请材料"]
    assert [str(c) for c in matters[0].channels] == ["政府网站", "政务服务中心"]
    assert codes(result) == ["T030"] and result.sources == ("S!A2", "S!A4")


def test_area_per_sheet_section_row_column_and_level1() -> None:
    header = ["一级事项", "二级事项", "公开内容"]
    by_sheet = read([header, ["政策文件", "就业政策", "文件"]], name="就业")
    assert by_sheet.data["matters"][0]["area"] == "employment"
    sections = read(
        [header, ["一、社会\n救助领域"] * 3, ["低保", "名单", "x"], ["二十七、自然资源领域"] * 3, ["国土", "规划", "y"]]
    )
    assert [m["area"] for m in sections.data["matters"]] == ["social-assistance", "natural-resources"]
    assert sections.data["areas"] == [{"slug": "natural-resources", "zh": "自然资源", "en": "Natural resources"}]
    assert codes(sections) == ["T026"]
    loaded(sections)
    as_level1 = read([header, ["养老服务", "补贴", "名单"]])
    assert as_level1.data["matters"][0]["area"] == "elderly-care"
    shortened = read([["领域", *header], ["社保", "待遇", "标准", "x"], ["城乡 规划", "a", "b", "c"]])
    assert [m["area"] for m in shortened.data["matters"]] == ["social-insurance", "urban-rural-planning"]
    assert codes(shortened) == ["T025"]


def test_rows_with_no_area_are_kept_and_reported() -> None:
    result = read([["一级事项", "二级事项", "公开内容"], ["某事项", "子项", "内容"]])
    assert result.data["matters"][0]["area"] == "unassigned" and codes(result) == ["T027"]
    loaded(result)


def test_cells_not_understood_are_reported_and_kept() -> None:
    rows = [
        ["说明：本表为示例"],
        ["序号", "一级事项", "二级事项", "公开对象", "公开方式"],
        ["一", "低保", "名单", "全社会", "偶尔"],
        [],
        ["", "", "", "", "随便"],
    ]
    result = read(rows, area="social-assistance")
    found = {(f.code, f.ctx.get("reason", ""), f.ctx["cell"]) for f in result.findings}
    assert ("T024", "", "S!E3") in found and ("T029", "", "S!A3") in found
    assert ("T028", "no-name", "S!A5") in found
    assert result.data["matters"][0]["note"] == "偶尔" and result.data["title"] == "说明：本表为示例"
    assert codes(read([["什么", "都不是"], ["a", "b"]])) == ["T028", "T028", "T020"]


@given(st.lists(st.lists(st.text(max_size=6), min_size=1, max_size=6), max_size=8), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_any_grid_of_text_is_interpreted_and_trailing_blanks_change_nothing(rows: list[list[str]], pad: int) -> None:
    result = read(rows)
    padded = read([[*row, *[""] * pad] for row in rows] + [[""]] * pad)
    assert result.data == padded.data and result.sources == padded.sources
    assert [(f.code, dict(f.ctx)) for f in result.findings] == [(f.code, dict(f.ctx)) for f in padded.findings]


def _national(slug: str) -> Any:
    from grassroots_catalog.read.national import national_catalogue

    return national_catalogue(slug)


def test_one_column_per_channel_box_and_every_tick_mark() -> None:
    top = ["一级事项", "二级事项", "公开渠道和载体", "", "", "公开对象", "", "公开方式", ""]
    sub = ["", "", "政府网站", "政府公报", "两微一端", "全社会", "特定群体", "主动", "依申请"]
    rows = [
        top,
        sub,
        ["低保", "名单", "√", "\u3000", "■", "●", "", "☑", ""],
        ["低保", "标准", "", "是", "✓", "是", "", "", "依申请"],
    ]
    result = read(rows, area="social-assistance")
    first, second = loaded(result).matters
    assert [str(c) for c in first.channels] == ["政府网站", "两微一端"]
    assert (list(first.audience), list(first.mode)) == (["全社会"], ["主动"])
    assert [str(c) for c in second.channels] == ["政府公报", "两微一端"] and list(second.mode) == ["依申请"]
    assert result.findings == ()


def test_several_tables_on_one_sheet_each_with_its_title_area() -> None:
    header = ["序号", "一级事项", "二级事项", "公开内容"]
    rows = [
        ["示例县社会救助领域基层政务公开标准目录"] * 4,
        header,
        ["1", "最低生活保障", "办事指南", "办理条件"],
        [],
        ["示例县养老服务领域基层政务公开标准目录"] * 4,
        header,
        ["1", "养老机构", "名录", "名单"],
        ["2", "", "补贴", "标准"],
    ]
    result = read(rows)
    matters = result.data["matters"]
    assert [m["area"] for m in matters] == ["social-assistance", "elderly-care", "elderly-care"]
    assert matters[2]["name"] == {"level1": "养老机构", "level2": "补贴"}
    assert result.sources == ("S!A3", "S!A7", "S!A8") and codes(result) == []
    assert all(m["name"].get("level1") != "一级事项" for m in matters)


def test_rows_under_one_merged_number_with_different_names_stay_two_matters() -> None:
    rows = [
        ["序号", "一级事项", "二级事项", "公开内容"],
        ["1", "低保", "名单", "a"],
        [("1", "S!A2"), "低保", "标准", "b"],
    ]
    result = read(rows, area="social-assistance")
    assert [m["name"]["level2"] for m in result.data["matters"]] == ["名单", "标准"] and codes(result) == []


WORDS = ["序号", "一级事项", "二级事项", "公开事项", "公开内容", "公开对象", "全社会", "特定群体", "主动", "√", ""]
WORDS += ["社会救助", "一、就业领域", "政府网站", "■政府网站 □政府公报", "\u3000", "备注", "1", "领域", "自然资源"]


@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=7), max_size=9), st.integers(0, 2))
@settings(max_examples=200, deadline=None)
def test_grids_of_table_words_never_raise_and_always_load(rows: list[list[str]], pad: int) -> None:
    result = read(rows)
    padded = read([[*row, *[""] * pad] for row in rows] + [[""]] * pad)
    assert result.data == padded.data and len(result.sources) == len(result.data["matters"])
    outcome = catalogue_from_data(result.data)
    assert outcome.catalogue is not None, outcome.findings


def test_area_names_older_newer_reordered_and_further_in_their_own_column() -> None:
    rows = [["对应领域", "一级事项", "二级事项"]]
    rows += [
        [name, "事项", str(n)] for n, name in enumerate(["环境保护", "乡村振兴", "救助社会", "社会\n救助", "统计"])
    ]
    result = read(rows, extends=None)
    outcome = catalogue_from_data(result.data)
    assert outcome.catalogue is not None
    areas = [m.area for m in outcome.catalogue.matters]
    assert areas == [
        "ecological-environment",
        "poverty-alleviation",
        "social-assistance",
        "social-assistance",
        "statistics",
    ]
    assert {f.code for f in outcome.findings} >= {"N001", "N006"}  # the loader reports the names it knows
    assert [(f.code, f.ctx["cell"]) for f in result.findings] == [("T025", "S!A4"), ("T026", "S!A6")]
    assert "extends" not in result.data and "form" not in result.data


def test_every_area_present_makes_a_whole_catalogue() -> None:
    from grassroots_catalog.domain.areas import PILOT_AREAS

    rows = [["领域", "一级事项"], *([area.zh, "事项"] for area in PILOT_AREAS)]
    result = read(rows, level="township", title="某镇目录", jurisdiction="某镇人民政府")
    assert "scope" not in result.data and result.data["title"] == "某镇目录"
    assert result.data["jurisdiction"] == {"name": "某镇人民政府"} and len(loaded(result).matters) == 26


def test_a_cell_reading_ditto_takes_the_row_above_as_in_yaml() -> None:
    rows = [
        ["序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开方式", "公开渠道"],
        ["1", "低保", "名单", "初审对象名单", LIMIT, "主动", "政府网站、公示栏"],
        ["同上", "低保", "标准", "同上", "同上", "同上", "同上"],
    ]
    result = read(rows, area="social-assistance")
    outcome = catalogue_from_data(result.data)
    assert outcome.catalogue is not None
    first, second = outcome.catalogue.matters
    assert (second.content, second.time_limit, second.mode) == (first.content, first.time_limit, first.mode)
    assert second.channels == first.channels and second.row is None
    assert (
        codes(result) == ["T029"]
        and sum(f.code == "N001" and f.path[:2] == ("matters", 1) for f in outcome.findings) == 4
    )


def test_a_table_named_in_chinese_gets_the_same_id_in_any_format_and_folder() -> None:
    ids = {
        interpret(grid(sheet("S", [TOP, SUB, ROW1]), file=file), area="社会救助").data["id"]
        for file in ("示例县.xlsx", "/tmp/a/示例县.csv", "b/示例县.html")
    }
    assert len(ids) == 1 and next(iter(ids)).startswith("table-")
    assert interpret(grid(sheet("S", [TOP, SUB, ROW1]), file="另一县.xlsx")).data["id"] not in ids


def test_a_sheet_named_by_a_short_area_name_says_how_it_was_read() -> None:
    result = read([TOP, SUB, ROW1], name="社保")
    assert loaded(result).matters[0].area == "social-insurance"
    assert [(f.code, f.ctx["cell"], f.ctx["area"]) for f in result.findings] == [("T025", "社保", "social-insurance")]
    assert [f.code for f in read([TOP, SUB, ROW1], name="社会救助").findings] == []


def test_a_note_saying_the_matter_does_not_apply_is_read_as_not_applicable() -> None:
    head = ["一级事项", "二级事项", "公开内容", "备注"]
    result = read([head, ["综合业务", "监督检查", "投诉电话", "本县自定\n不适用：本县无此职能"]], area="社会救助")
    (matter,) = loaded(result).matters
    assert (matter.not_applicable, matter.note) == ("本县无此职能", "本县自定")
    english = read([head, ["综合业务", "监督检查", "投诉电话", "Not applicable: no such office"]], area="社会救助")
    assert loaded(english).matters[0].not_applicable == "no such office" and loaded(english).matters[0].note is None


def test_a_names_spaces_are_layout_beside_chinese_and_kept_between_latin_words() -> None:
    head = ["一级事项", "二级事项", "公开内容"]
    rows = [["社会 救助", "社会\n救助", "x"], ["PPP 项目", "Wi  Fi\n接入", "x"], ["0 0", "A\nB", "x"]]
    names = [m.name.parts() for m in loaded(read([head, *rows], area="社会救助")).matters]
    assert names == [("社会救助", "社会救助"), ("PPP项目", "Wi Fi接入"), ("0 0", "A B")]


def test_a_header_repeated_where_a_printed_page_began_keeps_the_tables_area() -> None:
    rows: Rows = [[TITLE] * len(TOP), TOP, SUB, ROW1, TOP, SUB, ROW2]
    result = read(rows, name="Sheet1")
    assert [m.area for m in loaded(result).matters] == ["social-assistance"] * 2 and codes(result) == []
    apart = read([[TITLE] * len(TOP), TOP, SUB, ROW1, [""] * len(TOP), TOP, SUB, ROW2], name="Sheet1")
    assert "T027" in codes(apart)  # after a blank row, a header without a title starts a table of its own


def test_a_matter_over_two_rows_is_one_matter_in_xlsx_and_in_its_csv() -> None:
    head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据"]
    merged = read(
        [
            head,
            ["1", "甲", "乙", "内容一", "依据"],
            [("1", "S!A2"), ("甲", "S!B2"), ("乙", "S!C2"), "内容二", ("依据", "S!E2")],
        ],
        area="社会救助",
    )
    as_csv = read([head, ["1", "甲", "乙", "内容一", "依据"], ["", "", "", "内容二", ""]], area="社会救助")
    for result in (merged, as_csv):
        (matter,) = loaded(result).matters
        assert list(matter.content) == ["内容一", "内容二"] and [b.as_text() for b in matter.basis] == ["依据"]
        assert codes(result) == ["T030"]
    unnumbered = read([head[1:], ["甲", "乙", "内容一", "依据"], ["", "丙", "内容二", ""]], area="社会救助")
    assert [m.name.parts() for m in loaded(unnumbered).matters] == [("甲", "乙"), ("甲", "丙")]


def test_a_sheet_without_a_header_gives_no_title() -> None:
    layout = sheet("table 1", [["栏目导航\n政务公开", "版权所有"]])
    result = interpret(grid(layout, sheet("table 2", [[TITLE] * len(TOP), TOP, SUB, ROW1]), file="p.html"))
    assert result.data["title"] == TITLE and sorted(codes(result)) == ["T020", "T028"]
    alone = interpret(grid(layout, sheet("table 2", [TOP, SUB, ROW1]), file="p.html"), area="社会救助")
    assert alone.data["title"] == "p"
