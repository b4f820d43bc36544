"""An official-style national guideline table, built for the tests with openpyxl.

The layout is that of the national guideline tables as published (e.g. 社会救助领域基层政务公开标准目录):
a merged title; a two-row header (序号, 公开事项 over 一级事项/二级事项, 公开内容（要素）, 公开依据,
公开时限, 公开主体, 公开渠道和载体, 公开对象 over 全社会/特定群体, 公开方式 over 主动/依申请, 公开层级
over 县级/乡级, 备注); 一级事项 merged down over its rows; channels as the published tick-box strings
(■政府网站 □政府公报 …); √ in the tick columns.

The rows are the bundled national rows of one area, as this tool has them, followed by rows made up
for the tests (:data:`TEST_ROWS`), each marked as such in its names, content and 备注. None of them is
national text, and none may be copied into ``catalogs/national`` or the shared reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import Channel
from grassroots_catalog.model.catalogue import Matter
from grassroots_catalog.read.national import national_catalogue

HEADER = [
    "序号",
    "公开事项",
    None,
    "公开内容（要素）",
    "公开依据",
    "公开时限",
    "公开主体",
    "公开渠道和载体",
    "公开对象",
    None,
    "公开方式",
    None,
    "公开层级",
    None,
    "备注",
]
SUBHEADER = [
    None,
    "一级事项",
    "二级事项",
    None,
    None,
    None,
    None,
    None,
    "全社会",
    "特定群体",
    "主动",
    "依申请",
    "县级",
    "乡级",
    None,
]
BOXES = [box for box in Channel if box is not Channel.OTHER] + [Channel.OTHER]


@dataclass(frozen=True)
class MadeUpRow:
    """A row made up for a test: clearly not national text."""

    level1: str
    level2: str
    content: str
    levels: tuple[str, ...] = ("县级",)


TEST_ROWS = (
    MadeUpRow("测试用一级事项（非国家指引原文）", "测试用县级事项", "测试用公开内容（非国家指引原文）"),
    MadeUpRow("测试用一级事项（非国家指引原文）", "测试用乡级事项", "测试用公开内容（非国家指引原文）", ("乡级",)),
)


def _boxes(matter: Matter) -> str | None:
    if not matter.channels:
        return None
    ticked = {choice.box for choice in matter.channels}
    return " ".join(("■" if box in ticked else "□") + box.value for box in BOXES)


def _tick(flag: bool) -> str | None:
    return "√" if flag else None


def _row(number: int, matter: Matter) -> list[object]:
    audiences = {a.zh for a in matter.audience}
    modes = {m.zh for m in matter.mode}
    levels = {level.value for level in matter.level}
    return [
        number,
        matter.name.level1,
        matter.name.level2,
        "\n".join(matter.content) or None,
        "\n".join(i.as_text() for i in matter.basis) or None,
        matter.time_limit.text if matter.time_limit else None,
        matter.subject,
        _boxes(matter),
        _tick("全社会" in audiences),
        _tick("特定群体" in audiences),
        _tick("主动" in modes),
        _tick("依申请" in modes),
        _tick("县级" in levels),
        _tick("乡级" in levels),
        None,
    ]


def _test_row(number: int, row: MadeUpRow) -> list[object]:
    return [
        number,
        row.level1,
        row.level2,
        row.content,
        "测试用依据",
        "信息形成（变更）之日起20个工作日内",
        "县级人民政府民政部门",
        "■政府网站 □政府公报",
        "√",
        None,
        "√",
        None,
        _tick("县级" in row.levels),
        _tick("乡级" in row.levels),
        "测试用行，非国家指引原文",
    ]


def official_table(path: Path, area: str, extra: Sequence[MadeUpRow] = TEST_ROWS) -> int:
    """Write the national table of ``area`` (its bundled rows, then ``extra``) to ``path``; the row count."""
    matters = national_catalogue(area).matters
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append([AREAS[area].zh + "领域基层政务公开标准目录", *[None] * (len(HEADER) - 1)])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    sheet.append(SUBHEADER)
    for column in "ADEFGHO":
        sheet.merge_cells(f"{column}2:{column}3")
    for first, last in ("BC", "IJ", "KL", "MN"):
        sheet.merge_cells(f"{first}2:{last}2")
    rows = [_row(n, m) for n, m in enumerate(matters, start=1)]
    rows += [_test_row(n, r) for n, r in enumerate(extra, start=len(rows) + 1)]
    start = 4
    for row in rows:
        sheet.append(row)
    # 一级事项 merged down over consecutive rows with the same name, as in the published tables
    index = 0
    while index < len(rows):
        end = index
        while end + 1 < len(rows) and rows[end + 1][1] == rows[index][1] and rows[index][1]:
            end += 1
        if end > index:
            for blank in range(index + 1, end + 1):
                sheet.cell(start + blank, 2).value = None
            sheet.merge_cells(start_row=start + index, start_column=2, end_row=start + end, end_column=2)
        index = end + 1
    workbook.save(path)
    return len(rows)
