"""Write the messy-table cases of tests/cases/tables/ from the recipes below.

    python scripts/make_table_cases.py            # rewrite tests/cases/tables/
    python scripts/make_table_cases.py DIR        # write them to DIR instead

Each case is a directory holding the table file(s) an office would have, made here from a recipe,
and ``expected.yaml``: the matters the import must give (the fields the case is about, and the cell
each row starts at) and every finding it must report, by code and cell. The recipes are data; the
comment above each says which kind of real published table the variant is taken from. The files are
written deterministically (fixed zip timestamps and document properties), and a test writes them
again into a temporary directory and compares them with the committed ones, so that no case is
edited by hand without its recipe.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "cases" / "tables"

Row = Sequence[str | None]
"""A row of a recipe's table: "" or None is an empty cell (None: a cell covered by a merge)."""


@dataclass(frozen=True)
class Workbook:
    """An .xlsx file: sheets of rows, each with its merged ranges ("A1:N1")."""

    sheets: Sequence[tuple[str, Sequence[Row], Sequence[str]]]


@dataclass(frozen=True)
class Text:
    """A CSV or text file as Excel or WPS saves it."""

    rows: Sequence[Row]
    encoding: str = "utf-8-sig"
    delimiter: str = ","
    newline: str = "\r\n"


@dataclass(frozen=True)
class Raw:
    """A file given byte for byte (a page, or a CSV no program would write)."""

    data: bytes


@dataclass(frozen=True)
class Case:
    name: str
    origin: str
    """Which kind of real published table the variant comes from."""
    files: dict[str, Workbook | Text | Raw]
    matters: Sequence[dict[str, Any]]
    """Per matter: ``cell`` (where its row starts) and the imported fields the case is about."""
    findings: Sequence[str] = ()
    """Every finding of the import, as "CODE CELL" ("CODE" alone when it names no cell), sorted."""
    options: dict[str, str] = field(default_factory=dict)
    areas: Sequence[str] = ()
    """The further areas the catalogue declares (slug)."""
    ok: bool = True


# --------------------------------------------------------------------------- building blocks

TITLE = "示例县社会救助领域基层政务公开标准目录"
SUBJECT = "示例县民政局、各乡镇人民政府"
LIMIT = "制定或获取信息之日起10个工作日内"

# The standard two-row layout of the national guidelines' tables (国务院办公厅 2019 pilots), as counties
# republish them: 公开事项 over 一级/二级, 公开对象 over 全社会/特定群体, 公开方式 over 主动/依申请,
# 公开层级 over 县级/乡级; the ungrouped headings merged over both rows.
TOP: Row = ["序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
TOP = [*TOP, "公开对象", None, "公开方式", None, "公开层级", None]
SUB: Row = [None, "一级事项", "二级事项", None, None, None, None, None, "全社会", "特定群体", "主动", "依申请"]
SUB = [*SUB, "县级", "乡级"]
HEADER_MERGES = ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2"]
WIDTH = len(TOP)


def ticks(marks: str | Sequence[str]) -> list[str]:
    """Six tick cells (全社会 特定群体 主动 依申请 县级 乡级): a mark per position, "." empty."""
    return ["" if mark == "." else mark for mark in marks]


def row(
    number: str | None,
    level1: str | None,
    level2: str | None,
    content: str,
    marks: str | Sequence[str] = "√.√.√√",
    **cells: str,
) -> Row:
    """A matter row of the standard layout; ``cells`` overrides basis, time_limit, subject, channels."""
    return [
        number,
        level1,
        level2,
        content,
        cells.get("basis", "信息公开规定"),
        cells.get("time_limit", LIMIT),
        cells.get("subject", SUBJECT),
        cells.get("channels", "政府网站\n公开查阅点"),
        *ticks(marks),
    ]


def title(text: str = TITLE, width: int = WIDTH) -> Row:
    return [text, *([None] * (width - 1))]


# National rows the cases copy (catalogs/national/social-assistance.yaml, elderly-care.yaml).
SA1 = (
    "综合业务",
    "政策法规文件",
    "《社会救助暂行办法》（国务院令第649号）\n各地配套政策法规文件",
    "social-assistance.561dabd3",
)
SA2 = ("综合业务", "监督检查", "社会救助信访通讯地址\n社会救助投诉举报电话", "social-assistance.6c21f011")
SA3 = ("最低生活保障", "政策法规文件", "各地配套政策法规文件", "social-assistance.a66424eb")
SA4 = ("最低生活保障", "办事指南", "办理事项\n办理条件\n申请材料", "social-assistance.67f04d58")
EC1 = ("养老服务业务办理", "养老机构备案", "备案材料\n办理流程", "elderly-care.5d070474")
EC2 = ("养老服务业务办理", "老年人补贴", "补贴对象\n补贴标准", "elderly-care.b296e99c")


def standard(rows: Sequence[Row], merges: Sequence[str] = (), sheet: str = "Sheet1") -> Workbook:
    """A workbook of one sheet in the standard layout: title, the two header rows, ``rows`` from row 4."""
    return Workbook([(sheet, [title(), TOP, SUB, *rows], ["A1:N1", *HEADER_MERGES, *merges])])


def line(rows: Sequence[Row], index: int) -> int:
    """The line of a CSV file on which record ``rows[index]`` starts: quoted line breaks count."""
    return 1 + index + sum((cell or "").count("\n") for record in rows[:index] for cell in record)


def _covered(rows: Sequence[Row], merges: Sequence[str]) -> list[list[str]]:
    """The rows as a CSV from Excel holds them: a merged range's cells after the first empty."""
    from openpyxl.utils.cell import range_boundaries

    covered = set()
    for span in merges:
        left, top, right, bottom = range_boundaries(span)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)} - {(top, left)}
    return [
        ["" if cell is None or (r, c) in covered else cell for c, cell in enumerate(line, start=1)]
        for r, line in enumerate(rows, start=1)
    ]


def m(cell: str, **fields: Any) -> dict[str, Any]:
    return {"cell": cell, **fields}


def name(level1: str, level2: str | None = None) -> dict[str, str]:
    return {"level1": level1, "level2": level2} if level2 else {"level1": level1}


def page(body: str, charset: str = "utf-8") -> Raw:
    """A government web page as a browser saves it ("网页，仅HTML"), around ``body``."""
    text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>示例县人民政府 - 基层政务公开标准目录</title>
<script src="/js/jquery.min.js"></script>
<script>document.write('<table><tr><td>一级事项</td><td>公开内容</td></tr><tr><td>脚本</td><td>x</td></tr></table>');
window.location.href = "http://example.invalid/";</script>
<style>td {{ border: 1px solid #ccc }}</style></head>
<body><div class="header"><img src="logo.png" alt="示例县人民政府"><ul class="nav"><li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 基层政务公开标准目录</div>
<div class="article"><h1>{TITLE_PAGE}</h1><p class="info">发布时间：2020-12-30 来源：示例县人民政府办公室 【打印】【关闭】</p>
{body}
</div><div class="footer">主办：示例县人民政府办公室 ICP备00000000号 <script>var _hmt = _hmt || [];</script></div>
</body></html>
"""
    return Raw(text.encode(charset))


TITLE_PAGE = "示例县基层政务公开标准目录"


# --------------------------------------------------------------------------- the cases

CASES: list[Case] = []

# The national guidelines' own layout as most counties republish it in Excel (e.g. 稻城县, 石城县 社会救助):
# title merged across, the two-row header, 一级 merged down over its 二级 rows, √ ticks.
CASES.append(
    Case(
        "two-row-header",
        "national two-row layout republished by a county in Excel: merged title, 一级 merged down",
        {
            "table.xlsx": standard(
                [
                    row("1", SA1[0], SA1[1], SA1[2]),
                    row("2", None, SA2[1], SA2[2], "√..√√."),
                    row("3", SA3[0], SA3[1], SA3[2]),
                ],
                ["B4:B5"],
            )
        },
        [
            m(
                "Sheet1!A4",
                id=SA1[3],
                area="social-assistance",
                name=name(SA1[0], SA1[1]),
                audience=["全社会"],
                mode=["主动"],
                level=["县级", "乡级"],
                row=1,
            ),
            m(
                "Sheet1!A5",
                id=SA2[3],
                name=name(SA2[0], SA2[1]),
                mode=["依申请"],
                level=["县级"],
                channels=["政府网站", "公开查阅点"],
            ),
            m("Sheet1!A6", id=SA3[3], name=name(SA3[0], SA3[1]), content=["各地配套政策法规文件"]),
        ],
    )
)

# Provincial catalogues printed from Word and pasted into Excel have a single header row, naming the
# group and the value in one heading as CSV exports write them (公开对象（全社会）), no title.
FLAT = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]
FLAT += [
    "公开对象（全社会）",
    "公开对象（特定群体）",
    "公开方式（主动）",
    "公开方式（依申请）",
    "公开层级（县级）",
    "公开层级（乡级）",
]
CASES.append(
    Case(
        "flat-header",
        "one flat header row naming group and value together, as provincial tables pasted from Word have it",
        {"table.xlsx": Workbook([("社会救助", [FLAT, row("1", *SA1[:3]), row("2", *SA2[:3], ".√.√.√")], [])])},
        [
            m("社会救助!A2", id=SA1[3], area="social-assistance", audience=["全社会"], level=["县级", "乡级"]),
            m("社会救助!A3", id=SA2[3], audience=["特定群体"], mode=["依申请"], level=["乡级"]),
        ],
    )
)

# Headings as offices actually type them: 事项名称 for 二级, ASCII brackets, spaces to spread a short
# heading across a wide cell, line breaks to fit a narrow one (seen in county tables of 大竹县, 天津宝坻).
VARIANT_HEAD = ["序 号", "事项类别", "事项名称", "公开内容(要素)", "公开\n依据", "公开 时限", "公开主体", "公开渠道"]
VARIANT_HEAD += [
    "公开对象（全社会）",
    "公开对象(特定群体)",
    "公开方式 (主动)",
    "公开方式（依申请）",
    "公开层级(县级)",
    "公开层级（乡级）",
]
CASES.append(
    Case(
        "header-variants",
        "headings worded and spaced loosely: 事项名称, ASCII brackets, stray spaces, line breaks (大竹县, 天津宝坻)",
        {"table.xlsx": Workbook([("社会救助", [VARIANT_HEAD, row("1", *SA1[:3]), row("2", *SA2[:3])], [])])},
        [
            m(
                "社会救助!A2",
                id=SA1[3],
                basis=["信息公开规定"],
                time_limit=LIMIT,
                channels=["政府网站", "公开查阅点"],
                audience=["全社会"],
            ),
            m("社会救助!A3", id=SA2[3], level=["县级", "乡级"]),
        ],
    )
)

# Many county tables drop 公开层级 (they are the county's own), and add 备注, 序号 and 对应领域 columns
# (the combined catalogues of several areas in one sheet, e.g. 盖州市).
EXTRA_HEAD = ["序号", "对应领域", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体"]
EXTRA_HEAD += ["公开渠道和载体", "公开对象", "公开方式", "备注", "联系电话"]
CASES.append(
    Case(
        "missing-and-extra-columns",
        "no 公开层级, a 对应领域 column, 备注 and a column no standard names (combined county tables, 盖州市)",
        {
            "table.xlsx": Workbook(
                [
                    (
                        "Sheet1",
                        [
                            EXTRA_HEAD,
                            [
                                "1",
                                "社会救助",
                                *SA1[:3],
                                "信息公开规定",
                                LIMIT,
                                SUBJECT,
                                "政府网站",
                                "全社会",
                                "主动",
                                "",
                                "0000-1234567",
                            ],
                            [
                                "2",
                                "养老服务",
                                "养老服务业务办理",
                                "养老机构备案",
                                "备案材料",
                                "《养老机构管理办法》",
                                LIMIT,
                                "示例县民政局",
                                "政府网站",
                                "全社会",
                                "主动",
                                "本县新增",
                                "",
                            ],
                        ],
                        [],
                    )
                ]
            )
        },
        [
            m(
                "Sheet1!A2",
                id=SA1[3],
                area="social-assistance",
                audience=["全社会"],
                mode=["主动"],
                note="联系电话：0000-1234567",
            ),
            m("Sheet1!A3", area="elderly-care", name=name("养老服务业务办理", "养老机构备案"), note="本县新增"),
        ],
        ["T021 Sheet1!M1"],
    )
)

# 一级 and 二级 both merged, and a matter whose 公开内容 runs over two sheet rows under one merged 序号
# (the 最低生活保障 办事指南 row of several county copies, split so that it prints on two pages).
MERGED_ROWS = [
    title(),
    TOP,
    SUB,
    row("1", SA3[0], SA3[1], SA3[2]),
    row("2", None, SA4[1], "办理事项\n办理条件"),
    row(None, None, None, "申请材料\n办理流程", "......"),
    row("3", "临时救助", "政策法规文件", "各地配套政策法规文件"),
]
MERGED = ["A1:N1", *HEADER_MERGES, "B4:B6", "A5:A6", "C5:C6", "E5:E6", "F5:F6", "G5:G6", "H5:H6", "I5:I6"]
MERGED += ["K5:K6", "M5:M6", "N5:N6"]
MERGED_EXPECT = [
    m("A4", id=SA3[3], name=name(SA3[0], SA3[1])),
    m("A5", id=SA4[3], name=name(SA4[0], SA4[1]), content=["办理事项", "办理条件", "申请材料", "办理流程"], row=2),
    m("A7", name=name("临时救助", "政策法规文件"), row=3),
]
MERGED_EXPECT[1] |= {"audience": ["全社会"], "basis": ["信息公开规定"], "channels": ["政府网站", "公开查阅点"]}
CASES.append(
    Case(
        "merged-cells",
        "一级 and 二级 merged down, one matter over two rows under a merged 序号 (county copies split to print)",
        {"table.xlsx": Workbook([("Sheet1", MERGED_ROWS, MERGED)])},
        [{**e, "cell": f"Sheet1!{e['cell']}"} for e in MERGED_EXPECT],
        ["T030 Sheet1!A6"],
    )
)

# The same table saved by Excel as CSV: the merged 序号 and names of the matter's second row are blank.
MERGED_CSV = _covered(MERGED_ROWS, MERGED)
CASES.append(
    Case(
        "csv-matter-two-rows",
        "the merged-cells table saved as CSV: the matter's second row has no 序号 and no name of its own",
        {"table.csv": Text(MERGED_CSV)},
        [{**e, "cell": f"{line(MERGED_CSV, int(e['cell'][1:]) - 1)}:1"} for e in MERGED_EXPECT],
        [f"T030 {line(MERGED_CSV, 5)}:1"],
    )
)

# Excel's "CSV (逗号分隔)" of a table with merged 一级: the cells below the first of a merged range are
# written empty (and so is the title's row after its first cell).
CSV_MERGED = [
    title(),
    TOP,
    SUB,
    row("1", *SA1[:3]),
    row("2", "", *SA2[1:3]),
    row("3", *SA3[:3]),
    row("4", "", *SA4[1:3]),
]
CASES.append(
    Case(
        "csv-blank-below",
        "Excel's CSV of a table with merged 一级: blank below the first row of each merged range",
        {"table.csv": Text(CSV_MERGED)},
        [
            m(f"{line(CSV_MERGED, 3)}:1", id=SA1[3], name=name(SA1[0], SA1[1])),
            m(f"{line(CSV_MERGED, 4)}:1", id=SA2[3], name=name(SA2[0], SA2[1])),
            m(f"{line(CSV_MERGED, 5)}:1", id=SA3[3], name=name(SA3[0], SA3[1])),
            m(f"{line(CSV_MERGED, 6)}:1", id=SA4[3], name=name(SA4[0], SA4[1])),
        ],
    )
)

# Tick columns as offices fill them: √ typed, ✓ and ● from symbol menus, ■ and ☑ from copied check
# boxes, 是 in WPS templates, and cells "blanked" with a full-width space (U+3000).
CASES.append(
    Case(
        "tick-marks",
        "tick columns filled with √ ✓ ● ■ ☑ 是 and cells holding a full-width space (WPS and Excel habits)",
        {
            "table.xlsx": standard(
                [
                    row("1", *SA1[:3], "✓\u3000●\u3000■☑"),
                    row("2", *SA2[:3], "\u3000是\u3000√\u3000\u3000"),
                ]
            )
        },
        [
            m("Sheet1!A4", id=SA1[3], audience=["全社会"], mode=["主动"], level=["县级", "乡级"]),
            m("Sheet1!A5", id=SA2[3], audience=["特定群体"], mode=["依申请"]),
        ],
    )
)

# A tick cell holding words: many tables name the group in the 特定群体 cell (低保对象) instead of
# ticking it; a word in another tick column is no tick and must be reported, not counted.
CASES.append(
    Case(
        "tick-words",
        "the 特定群体 cell names the group (低保对象) instead of a tick; a word in the 县级 column",
        {
            "table.xlsx": standard(
                [
                    [*row("1", *SA4[:3])[:8], "", "低保对象", "√", "", "√", "√"],
                    [*row("2", *SA2[:3])[:8], "√", "", "√", "", "待定", "√"],
                ]
            )
        },
        [
            m("Sheet1!A4", id=SA4[3], audience=["特定群体"], note="特定群体：低保对象"),
            m("Sheet1!A5", id=SA2[3], level=["乡级"], note="县级：待定"),
        ],
        ["T022 Sheet1!M5", "T023 Sheet1!J4"],
    )
)

# 公开渠道和载体 as free text: one channel per line, or 、-separated; and the check-box strings copied
# from the national table's printed boxes (■政府网站 □政府公报), as the 稻城县 page has them.
CASES.append(
    Case(
        "channels",
        "channels one per line, 、-separated, and as copied check boxes ■政府网站 □政府公报 (稻城县 page)",
        {
            "table.xlsx": standard(
                [
                    row("1", *SA1[:3], channels="政府网站\n政务服务中心\n便民服务站"),
                    row("2", *SA2[:3], channels="政府网站、公开查阅点、社区/企事业单位/村公示栏（电子屏）"),
                    row("3", *SA3[:3], channels="■政府网站 □政府公报 □两微一端 ■公开查阅点 □发布会/听证会"),
                ]
            )
        },
        [
            m("Sheet1!A4", channels=["政府网站", "政务服务中心", "便民服务站"]),
            m("Sheet1!A5", channels=["政府网站", "公开查阅点", "社区/企事业单位/村公示栏（电子屏）"]),
            m("Sheet1!A6", channels=["政府网站", "公开查阅点"]),
        ],
    )
)

# Where the area is written. Per file: a county sends one workbook per area named after it, no title.
NO_TITLE = [TOP, SUB, row("1", *SA1[:3]), row("2", *SA2[:3])]
CASES.append(
    Case(
        "area-per-file",
        "one workbook per area with no title: the area given on the command line (--area)",
        {"table.xlsx": Workbook([("Sheet1", NO_TITLE, [])])},
        [m("Sheet1!A3", id=SA1[3], area="social-assistance"), m("Sheet1!A4", id=SA2[3], area="social-assistance")],
        options={"area": "社会救助"},
    )
)

# Per sheet: one workbook, a sheet per area named by a short or reordered name (社保, 养老服务).
EC_ROW = row("1", *EC1[:3], channels="政府网站")
SI_ROW = row("1", "社会保险登记", "职工参保登记", "登记材料", channels="政府网站")
CASES.append(
    Case(
        "area-per-sheet",
        "one sheet per area, the sheet named by the area's short name (社保) or full name (养老服务)",
        {"table.xlsx": Workbook([("社保", [TOP, SUB, SI_ROW], []), ("养老服务", [TOP, SUB, EC_ROW], [])])},
        [m("社保!A3", area="social-insurance"), m("养老服务!A3", id=EC1[3], area="elderly-care")],
        ["T025 社保"],
    )
)

# Per section row: a county's whole catalogue on one sheet, each area under a merged row 一、社会救助领域
# (as `gcat export` writes it and as combined county pages publish it), one with a line break inside,
# one under its older name, and a further area (自然资源) that is none of the 26.
CASES.append(
    Case(
        "area-section-rows",
        "all areas on one sheet under section rows (一、…领域), an older name, a line break, a further area",
        {
            "table.xlsx": Workbook(
                [
                    (
                        "目录",
                        [
                            title("示例县基层政务公开标准目录"),
                            TOP,
                            SUB,
                            title("一、社会救助领域"),
                            row("1", *SA1[:3]),
                            title("二、养老\n服务领域"),
                            EC_ROW,
                            title("三、环境保护"),
                            row("1", "环境影响评价", "建设项目环评审批", "批准文件", channels="政府网站"),
                            title("二十七、自然资源领域"),
                            row("1", "不动产登记", "办事指南", "办理流程", channels="政府网站"),
                        ],
                        ["A1:N1", *HEADER_MERGES, "A4:N4", "A6:N6", "A8:N8", "A10:N10"],
                    )
                ]
            )
        },
        [
            m("目录!A5", id=SA1[3], area="social-assistance"),
            m("目录!A7", area="elderly-care"),
            m("目录!A9", area="ecological-environment"),
            m("目录!A11", area="natural-resources", name=name("不动产登记", "办事指南")),
        ],
        ["N001 目录!A9", "T026 目录!A10"],
        areas=["natural-resources"],
    )
)

# In its own column (对应领域), written loosely: shortened, with a line break, a further area.
AREA_HEAD = ["序号", "对应领域", *TOP[1:]]
AREA_SUB = [None, None, *SUB[1:]]
CASES.append(
    Case(
        "area-column",
        "a 对应领域 column written loosely: 社保, a line break inside, a further area (退役军人服务)",
        {
            "table.xlsx": Workbook(
                [
                    (
                        "Sheet1",
                        [
                            AREA_HEAD,
                            AREA_SUB,
                            ["1", "社会\n救助", *row("", *SA1[:3])[1:]],
                            ["2", "社保", *SI_ROW[1:]],
                            [
                                "3",
                                "退役军人服务",
                                *row("", "优抚工作", "优待抚恤政策", "政策文件", channels="政府网站")[1:],
                            ],
                        ],
                        [
                            "A1:A2",
                            "B1:B2",
                            "C1:D1",
                            "E1:E2",
                            "F1:F2",
                            "G1:G2",
                            "H1:H2",
                            "I1:I2",
                            "J1:K1",
                            "L1:M1",
                            "N1:O1",
                        ],
                    )
                ]
            )
        },
        [
            m("Sheet1!A3", id=SA1[3], area="social-assistance"),
            m("Sheet1!A4", area="social-insurance"),
            m("Sheet1!A5", area="veterans-services"),
        ],
        ["T025 Sheet1!B4", "T026 Sheet1!B5"],
        areas=["veterans-services"],
    )
)

# As the 一级 value: tables of a single department list the areas in the 一级 column (社会救助 over its
# matters, 养老服务 over its own), with no area otherwise named.
LEVEL1_HEAD = ["序号", "一级事项", "二级事项", "公开内容", "公开渠道", "公开对象", "公开方式"]
CASES.append(
    Case(
        "area-as-level1",
        "a department's table whose 一级 column names the area (民政局 tables), one with a line break, one older name",
        {
            "table.csv": Text(
                [
                    LEVEL1_HEAD,
                    ["1", "社会救助", "最低生活保障", "低保标准", "政府网站", "全社会", "主动"],
                    ["2", "", "临时救助", "救助标准", "政府网站", "全社会", "主动"],
                    ["3", "养老\n服务", "养老机构备案", "备案材料", "政府网站", "全社会", "主动"],
                    ["4", "环境保护", "环评审批", "批准文件", "政府网站", "全社会", "主动"],
                ]
            )
        },
        [
            m("2:1", area="social-assistance", name=name("社会救助", "最低生活保障")),
            m("3:1", area="social-assistance", name=name("社会救助", "临时救助")),
            m("4:1", area="elderly-care", name=name("养老服务", "养老机构备案")),
            m("6:1", area="ecological-environment", name=name("环境保护", "环评审批")),
        ],
        ["N001 6:1"],  # line 6: the cell above holds a line break
    )
)

# Several tables on one sheet: a department pastes its areas one below the other, each with its title
# and a repeated header, separated by a blank row.
CASES.append(
    Case(
        "tables-on-one-sheet",
        "two areas' tables pasted one below the other: blank row, second title, repeated header",
        {
            "table.xlsx": Workbook(
                [
                    (
                        "Sheet1",
                        [
                            title(),
                            TOP,
                            SUB,
                            row("1", *SA1[:3]),
                            [""] * WIDTH,
                            title("示例县养老服务领域基层政务公开标准目录"),
                            TOP,
                            SUB,
                            EC_ROW,
                        ],
                        ["A1:N1", *HEADER_MERGES, "A6:N6"]
                        + [re.sub(r"\d+", lambda n: str(int(n[0]) + 5), span) for span in HEADER_MERGES],
                    )
                ]
            )
        },
        [m("Sheet1!A4", id=SA1[3], area="social-assistance"), m("Sheet1!A9", area="elderly-care")],
    )
)

# A table copied from a printed or PDF copy: the two header rows repeated at the top of each page,
# with no blank row before them; they are headers, never matters.
CASES.append(
    Case(
        "repeated-header",
        "a table pasted from a printed copy: the header rows repeated where each page began (PDF copies)",
        {"table.xlsx": standard([row("1", *SA1[:3]), TOP, SUB, row("2", *SA2[:3])], ["A5:A6", "B5:C5", "I5:J5"])},
        [m("Sheet1!A4", id=SA1[3]), m("Sheet1!A7", id=SA2[3], name=name(SA2[0], SA2[1]))],
    )
)

# CSV as Excel and WPS save it. Excel's "CSV UTF-8" writes a BOM; older Excel and WPS write the
# Windows code page (GBK, decoded as GB18030) without one; "Unicode 文本" is UTF-16 with tabs; Excel
# in locales with a decimal comma writes ";"; cells with line breaks are quoted, lines end CRLF.
FLAT_ROWS = [FLAT, row("1", *SA1[:3]), row("2", *SA2[:3])]
FLAT_EXPECT = [
    m("2:1", id=SA1[3], content=["《社会救助暂行办法》（国务院令第649号）", "各地配套政策法规文件"]),
    m(f"{line(FLAT_ROWS, 2)}:1", id=SA2[3]),
]
AREA = {"area": "社会救助"}
CASES.append(
    Case(
        "csv-utf8-bom",
        "Excel's CSV UTF-8 (逗号分隔): a BOM, CRLF, quoted line breaks",
        {"社会救助.csv": Text(FLAT_ROWS)},
        FLAT_EXPECT,
        options=AREA,
    )
)
CASES.append(
    Case(
        "csv-gbk",
        "CSV from older Excel or WPS on Chinese Windows: GBK, no BOM",
        {"社会救助.csv": Text(FLAT_ROWS, encoding="gbk")},
        FLAT_EXPECT,
        ["T009"],
        options=AREA,
    )
)
CASES.append(
    Case(
        "txt-utf16-tab",
        'Excel\'s "Unicode 文本 (*.txt)": UTF-16LE with a BOM, tab-delimited',
        {"社会救助.txt": Text(FLAT_ROWS, encoding="utf-16", delimiter="\t")},
        FLAT_EXPECT,
        options=AREA,
    )
)
CASES.append(
    Case(
        "csv-semicolon",
        "CSV from Excel in a locale whose list separator is ';'",
        {"社会救助.csv": Text(FLAT_ROWS, delimiter=";")},
        FLAT_EXPECT,
        options=AREA,
    )
)
CASES.append(
    Case(
        "csv-lf",
        "CSV written on Linux or macOS (LF line ends), a cell's line breaks quoted",
        {"社会救助.csv": Text(FLAT_ROWS, encoding="utf-8", newline="\n")},
        FLAT_EXPECT,
        options=AREA,
    )
)

# A formula in a cell (a county summing or concatenating): never evaluated, reported by its cell,
# its value missing.
CASES.append(
    Case(
        "formula-cells",
        "formulas left in a county's workbook (=G4 to repeat the subject, a CONCATENATE of channels)",
        {
            "table.xlsx": standard(
                [row("1", *SA1[:3]), row("2", *SA2[:3], subject="=G4", channels='=CONCATENATE("政府","网站")')]
            )
        },
        [m("Sheet1!A4", id=SA1[3], subject=SUBJECT), m("Sheet1!A5", id=SA2[3])],
        ["T006 Sheet1!G5", "T006 Sheet1!H5"],
    )
)

# A ragged record: an unquoted comma typed inside a cell by a script that wrote the CSV by hand; the
# line is refused by its number, never read one column off.
RAGGED = "序号,一级事项,二级事项,公开内容,公开渠道\r\n1,综合业务,政策法规文件,各地配套政策法规文件,政府网站\r\n"
RAGGED += "2,综合业务,监督检查,信访通讯地址,投诉举报电话,政府网站\r\n"
CASES.append(
    Case(
        "csv-ragged",
        "a CSV written by hand with an unquoted comma inside a cell: one field too many on line 3",
        {"table.csv": Raw(RAGGED.encode("utf-8"))},
        [],
        ["T011 3:1"],
        options={"area": "社会救助"},
        ok=False,
    )
)

# CSV injection guard: `gcat export` writes an apostrophe before text a spreadsheet would evaluate
# (=, +, -, @); the importer takes that one apostrophe off again; other apostrophes are the cell's.
CASES.append(
    Case(
        "csv-apostrophe",
        "gcat export's CSV guard: '-prefixed cells starting with = + - @, and a cell that starts with ' itself",
        {
            "table.csv": Text(
                [
                    LEVEL1_HEAD[:5],
                    ["1", "综合业务", "'=政策法规文件", "'-各地配套政策法规文件", "政府网站"],
                    ["2", "综合业务", "'+监督检查", "'@投诉电话", "政府网站"],
                    ["3", "综合业务", "''=引号开头", "'引号开头", "政府网站"],
                ]
            )
        },
        [
            m("2:1", name=name("综合业务", "=政策法规文件"), content=["-各地配套政策法规文件"]),
            m("3:1", name=name("综合业务", "+监督检查"), content=["@投诉电话"]),
            m("4:1", name=name("综合业务", "'=引号开头"), content=["'引号开头"]),
        ],
        options={"area": "社会救助"},
    )
)


# --------------------------------------------------------------------------- the county in four forms

# One realistic county table (示例县, several areas): national rows localised (the county's own
# subject and channels), a local addition, 一级 merged down, section rows per area. The same table
# is written as the office's workbook, as the GBK CSV WPS saves, as Excel's "Unicode 文本", and as the
# government page the county publishes: all four must import to the same catalogue.
COUNTY_SUBJECT = "示例县民政局"
COUNTY = [
    title(TITLE_PAGE),
    TOP,
    SUB,
    title("一、社会救助领域"),
    row("1", SA1[0], SA1[1], SA1[2], subject=COUNTY_SUBJECT, channels="政府网站\n便民服务站"),
    row("2", None, SA2[1], SA2[2], "√..√√.", subject=COUNTY_SUBJECT),
    row("3", SA3[0], SA3[1], SA3[2], subject=COUNTY_SUBJECT),
    row("4", None, SA4[1], SA4[2], [".", "低保申请人", "√", ".", "√", "√"], subject=COUNTY_SUBJECT),
    row(
        "5",
        None,
        "本县低保标准",
        "城乡低保标准\n调整文件",
        basis="《示例县最低生活保障实施办法》",
        subject=COUNTY_SUBJECT,
    ),
    title("二、养老服务领域"),
    row(
        "1",
        "养老服务业务办理",
        "养老机构备案",
        "备案材料\n办理流程",
        subject="示例县民政局",
        channels="■政府网站 □政府公报 ■公开查阅点",
    ),
    row("2", None, "老年人补贴", "补贴对象\n补贴标准", ".√√.√√", subject="示例县民政局、各乡镇人民政府"),
]
COUNTY_MERGES = ["A1:N1", *HEADER_MERGES, "A4:N4", "B5:B6", "B7:B9", "A10:N10", "B11:B12"]


def county_html() -> Raw:
    """The county table as the page the county publishes: rowspan/colspan, <br> line breaks, the title
    both as the page's heading and as the table's first row."""
    from openpyxl.utils.cell import range_boundaries

    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for span in COUNTY_MERGES:
        left, top, right, bottom = range_boundaries(span)
        spans[top, left] = (bottom - top + 1, right - left + 1)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)} - {(top, left)}
    lines = ['<table class="MsoNormalTable" border="1" cellspacing="0" width="100%"><tbody>']
    for r, line in enumerate(COUNTY, start=1):
        cells = []
        for c, text in enumerate(line, start=1):
            if (r, c) in covered:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            attributes = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
                f' colspan="{colspan}"' if colspan > 1 else ""
            )
            body = (text or "").replace("\n", "<br/>") or "&nbsp;"
            cells.append(f'<td{attributes} valign="center"><p style="text-align:center">{body}</p></td>')
        lines.append(f"<tr>{''.join(cells)}</tr>")
    lines.append("</tbody></table>")
    return page("\n".join(lines))


COUNTY_ROWS_EXPECTED = [
    m("A5", id=SA1[3], area="social-assistance", subject=COUNTY_SUBJECT, channels=["政府网站", "便民服务站"]),
    m("A6", id=SA2[3], name=name(SA2[0], SA2[1]), mode=["依申请"]),
    m("A7", id=SA3[3]),
    m("A8", id=SA4[3], audience=["特定群体"], note="特定群体：低保申请人"),
    m("A9", area="social-assistance", name=name("最低生活保障", "本县低保标准")),
    m("A11", id=EC1[3], area="elderly-care", channels=["政府网站", "公开查阅点"]),
    m("A12", id=EC2[3], area="elderly-care", name=name(EC2[0], EC2[1]), audience=["特定群体"], mode=["主动"]),
]

CASES.append(
    Case(
        "county-xlsx",
        "a county's whole catalogue as its office keeps it in Excel",
        {"示例县.xlsx": Workbook([("Sheet1", COUNTY, COUNTY_MERGES)])},
        [{**e, "cell": f"Sheet1!{e['cell']}"} for e in COUNTY_ROWS_EXPECTED],
        ["T023 Sheet1!J8"],
    )
)
CASES.append(
    Case(
        "county-csv-gbk",
        "the same catalogue saved by WPS as CSV (GBK, no BOM)",
        {"示例县.csv": Text(_covered(COUNTY, COUNTY_MERGES), encoding="gbk")},
        [{**e, "cell": f"{line(COUNTY, int(e['cell'][1:]) - 1)}:1"} for e in COUNTY_ROWS_EXPECTED],
        ["T009", f"T023 {line(COUNTY, 7)}:10"],
    )
)
CASES.append(
    Case(
        "county-txt-utf16",
        'the same catalogue saved by Excel as "Unicode 文本" (UTF-16, tab-delimited)',
        {"示例县.txt": Text(_covered(COUNTY, COUNTY_MERGES), encoding="utf-16", delimiter="\t")},
        [{**e, "cell": f"{line(COUNTY, int(e['cell'][1:]) - 1)}:1"} for e in COUNTY_ROWS_EXPECTED],
        [f"T023 {line(COUNTY, 7)}:10"],
    )
)
CASES.append(
    Case(
        "county-html",
        "the same catalogue as the county's government page, saved from the browser (site chrome, scripts)",
        {"示例县.html": county_html()},
        [{**e, "cell": f"table 1 row {e['cell'][1:]} col 1"} for e in COUNTY_ROWS_EXPECTED],
        ["T023 table 1 row 8 col 10"],
    )
)


# Many sites serve their "Excel download" as the page itself renamed .xls, the catalogue inside a layout
# table (navigation left, the table right, the copyright below): read as a page, the layout table
# reported, its text never the catalogue's title.
def county_in_layout() -> Raw:
    text = county_html().data.decode("utf-8")
    start, end = text.index('<table class="MsoNormalTable"'), text.index("</tbody></table>") + len("</tbody></table>")
    layout = '<table width="1000" class="layout"><tr><td class="left">栏目导航<br>政务公开</td><td>'
    layout += text[start:end] + '</td></tr><tr><td colspan="2">版权所有：示例县人民政府办公室</td></tr></table>'
    return Raw((text[:start] + layout + text[end:]).encode("utf-8"))


CASES.append(
    Case(
        "county-html-as-xls",
        'the same page served as the site\'s "Excel download" (.xls), the table inside a layout table',
        {"示例县.xls": county_in_layout()},
        [{**e, "cell": f"table 2 row {e['cell'][1:]} col 1"} for e in COUNTY_ROWS_EXPECTED],
        [
            "T017 table 1 row 1 col 2",
            "T018",
            "T020 table 1 row 1 col 1",
            "T023 table 2 row 8 col 10",
        ],
    )
)


# --------------------------------------------------------------------------- writing


def workbook_bytes(book: Workbook) -> bytes:
    """The workbook as .xlsx bytes that do not change from one run to the next."""
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for sheet_name, rows, merges in book.sheets:
        sheet = workbook.create_sheet(sheet_name)
        for r, line in enumerate(rows, start=1):
            for c, text in enumerate(line, start=1):
                if text:
                    sheet.cell(r, c).value = text
        for span in merges:
            sheet.merge_cells(span)
    stream = io.BytesIO()
    workbook.save(stream)
    return _deterministic(stream.getvalue())


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _deterministic(data: bytes) -> bytes:
    """The zip with fixed entry times and document dates (openpyxl stamps both with the time of saving)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _STAMP.sub(rb"\g<1>2020-12-30T00:00:00Z\g<2>", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 12, 30, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def text_bytes(table: Text) -> bytes:
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=table.delimiter, lineterminator=table.newline)
    for line in table.rows:
        writer.writerow(["" if cell is None else cell for cell in line])
    return stream.getvalue().encode(table.encoding)


def file_bytes(spec: Workbook | Text | Raw) -> bytes:
    if isinstance(spec, Workbook):
        return workbook_bytes(spec)
    if isinstance(spec, Text):
        return text_bytes(spec)
    return spec.data


def expected(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = {"case": case.name, "from": case.origin}
    data["files"] = sorted(case.files)
    if case.options:
        data["options"] = dict(case.options)
    data["ok"] = case.ok
    if case.areas:
        data["areas"] = list(case.areas)
    data["matters"] = [dict(matter) for matter in case.matters]
    data["findings"] = sorted(case.findings)
    return data


def write(target: Path) -> list[Path]:
    """Write every case under ``target``; returns the files written."""
    yaml = YAML()
    yaml.default_flow_style = None
    yaml.width = 4096
    written = []
    for case in CASES:
        folder = target / case.name
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, spec in case.files.items():
            (folder / file_name).write_bytes(file_bytes(spec))
            written.append(folder / file_name)
        stream = io.StringIO()
        stream.write("# Written by scripts/make_table_cases.py from its recipe; do not edit by hand.\n")
        yaml.dump(expected(case), stream)
        (folder / "expected.yaml").write_text(stream.getvalue(), encoding="utf-8")
        written.append(folder / "expected.yaml")
    (target / "README.md").write_text(readme(), encoding="utf-8")
    written.append(target / "README.md")
    return written


def readme() -> str:
    """tests/cases/tables/README.md: the cases and the real tables they come from, from the recipes."""
    lines = [
        "# Messy tables: the cases",
        "",
        "Written by `scripts/make_table_cases.py` from its recipes; do not edit by hand. Each folder holds the",
        "table file(s) and `expected.yaml`: the matters the import must give (with the cell each row starts at)",
        "and every finding it must report, by code and cell. `tests/tables/test_cases.py` imports each case,",
        "and writes the cases again to check that these files are the recipes'.",
        "",
        "| case | file | where the variant comes from |",
        "|---|---|---|",
    ]
    for case in CASES:
        lines.append(f"| `{case.name}` | {', '.join(f'`{f}`' for f in sorted(case.files))} | {case.origin} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str]) -> int:
    target = Path(argv[0]) if argv else TARGET
    files = write(target)
    print(f"{len(CASES)} cases, {len(files)} files written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
