"""The words real tables head their columns with, and what each column holds.

Published catalogues word their headings loosely: 事项名称 for 二级事项, 公开渠道 for 公开渠道和载体,
公开内容（要素） with ASCII or full-width brackets, a line break or stray spaces inside a heading. A
heading is folded (:func:`fold_heading`) before it is looked up here, and looked up again without its
bracketed part. The grouped headings of the two-row layout (公开事项, 公开对象, 公开方式, 公开层级,
公开渠道和载体) stand over the columns they group; their second row names the level of a name
(一级事项) or the value a tick column stands for (全社会, 主动, 县级, 政府网站).

A table ``gcat export --lang en`` wrote is headed in English: the headings it writes are looked up
too, taken from the language tables the export takes them from (``table.column.*`` of
:mod:`grassroots_catalog.messages.en`), so that the two cannot drift apart; English headings are
matched without regard to case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from grassroots_catalog.messages.words import REPORT_TABLES, report_text

COLUMN_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "row": ("序号", "编号", "序列号", "行号", "NO", "No.", "序"),
        "area": ("领域", "对应领域", "所属领域", "试点领域", "公开领域", "领域名称"),
        "level1": ("一级事项", "一级", "一级目录", "事项类别", "事项分类", "类别", "一级事项名称"),
        "level2": ("二级事项", "二级", "二级目录", "事项名称", "具体事项", "二级事项名称", "公开事项名称"),
        "level3": ("三级事项", "三级", "三级目录", "三级事项名称"),
        "content": ("公开内容", "公开内容要素", "公开要素", "内容", "公开的内容", "公开事项内容"),
        "basis": ("公开依据", "依据", "政策依据", "法律依据", "公开依据文件"),
        "time_limit": ("公开时限", "时限", "公开时间", "公开期限"),
        "subject": ("公开主体", "主体", "责任主体", "公开部门", "责任单位", "公开责任主体"),
        "channels": ("公开渠道和载体", "公开渠道", "公开载体", "渠道和载体", "公开渠道及载体", "渠道"),
        "audience": ("公开对象", "对象", "公开范围"),
        "mode": ("公开方式", "方式"),
        "level": ("公开层级", "层级", "公开级别"),
        "note": ("备注", "说明", "注"),
    }
)
"""Field (or column kind) → the headings that name it."""

EXPORTED_HEADINGS: Mapping[str, str] = MappingProxyType(
    {
        "row": "number",
        "area": "area",
        "level1": "level1",
        "level2": "level2",
        "level3": "level3",
        "content": "content",
        "basis": "basis",
        "time_limit": "time_limit",
        "subject": "subject",
        "channels": "channels",
        "audience": "audience",
        "mode": "mode",
        "level": "level",
        "note": "note",
    }
)
"""Field → the key of the heading ``gcat export`` writes for it (``table.column.<key>``), in every language."""

LANGUAGES = tuple(REPORT_TABLES)

NAME_GROUP = (
    "公开事项",
    "事项",
    *(report_text("table.column.matter", lang) for lang in LANGUAGES),
)
"""The heading that stands over 一级事项/二级事项 in the two-row layout; alone, it names the matter."""

TICK_GROUPS = frozenset({"audience", "mode", "level", "channels"})
"""Headings whose second row names one value per column (a tick column)."""

TICKS = frozenset(
    {"√", "✓", "✔", "●", "■", "☑", "▄", "是", "有", "v", "V", "Y", "y", "☒", "⊙", "◆"}
    | {report_text("table.tick", lang) for lang in LANGUAGES}
)
"""What a ticked cell holds (the tick ``gcat export`` writes included, in every language)."""

UNTICKS = frozenset({"□", "☐", "否", "无", "×", "✗", "/", "-", "—", "－", "o", "N", "n"})
"""What a cell holds that is expressly not ticked."""

_BRACKETED = re.compile(r"\([^()]*\)")


def fold_heading(text: str) -> str:
    """A heading as looked up: NFKC width (full-width brackets become ASCII), no white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def heading_key(text: str) -> str:
    """A heading as the index holds it: folded, and without case (English headings)."""
    return fold_heading(text).casefold()


def _index() -> dict[str, str]:
    table: dict[str, str] = {}
    for kind, words in COLUMN_WORDS.items():
        for word in words:
            table[heading_key(word)] = kind
    for kind, key in EXPORTED_HEADINGS.items():
        for lang in LANGUAGES:
            table.setdefault(heading_key(report_text(f"table.column.{key}", lang)), kind)
    return table


_INDEX = _index()
_NAME_GROUP_KEYS = frozenset(heading_key(word) for word in NAME_GROUP)


def column_kind(text: str) -> str | None:
    """The field a heading names, or None; a bracketed addition (``公开内容（要素）``) is ignored."""
    key = heading_key(text)
    if not key:
        return None
    found = _INDEX.get(key) or _INDEX.get(key.rstrip(":："))
    if found is None:
        bare = _BRACKETED.sub("", key)
        found = _INDEX.get(bare) if bare else None
    return found


def is_name_group(text: str) -> bool:
    """Whether a heading is 公开事项 (the group over the levels of a name)."""
    return heading_key(text) in _NAME_GROUP_KEYS
