"""How local tables write the names of national rows: the word lists, and the folding that removes them.

Every table here comes from published county and township catalogues compared with the national
guidelines (the sources listed in ``catalogs/national/*.yaml``): only about four rows in ten carry
exactly the national 一级/二级 names, and the differences fall into a few kinds, one table each. The
lists are kept short and general on purpose: a word belongs here only if it is seen across areas and
its removal cannot turn one national row into another (the linking tests check that the national
rows of each area stay apart once folded).

Traditional characters come from mirror sites. :func:`to_simplified` uses OpenCC when it is
installed (the ``opencc`` extra: a maintained converter with phrase tables) and otherwise the small
character table below, which covers the characters of catalogue names; either way the national
names, which are simplified already, are left as they are.

:func:`fold_names` applies all of it to a row's names, giving the key by which
:mod:`~grassroots_catalog.domain.linking` recognises a parent row; the reasons it returns say which
kinds of variant were folded, for the information a link reports.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from grassroots_catalog.domain.areas import AREA_ALIASES, AREAS
from grassroots_catalog.domain.caching import CACHED_CHARS, forgets, text_cache
from grassroots_catalog.domain.traditional import TRADITIONAL_TO_SIMPLIFIED

NAME_PREFIXES: tuple[str, ...] = (
    "本镇",
    "本乡",
    "本街道",
    "本县",
    "本区",
    "本市",
    "全镇",
    "全乡",
    "全县",
    "全区",
    "全市",
    "我镇",
    "我乡",
    "我县",
    "我区",
    "关于",
)
"""Words a local table puts in front of a national name: the place it speaks for (本镇政策文件,
全县低保审批信息) or the heading habit of notices (关于…). 本级 is deliberately absent: the national
tables use it as part of a name (本级政策解读 beside 上级政策解读)."""

NAME_SUFFIXES: tuple[str, ...] = (
    "信息公开",
    "情况公开",
    "信息",
    "情况",
    "公开",
    "事项",
    "工作",
    "类",
)
"""Words a local table puts after a national name (审批信息公开, 资金使用情况, 控辍保学工作), and the
category endings of the national tables themselves (行政许可类事项). They are removed repeatedly,
longest first, as long as two characters remain."""

LEVEL1_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"政策文件", "政策法规", "政策法规文件", "法规政策", "法规文件", "法律法规政策", "政策依据"}),
    frozenset({"资金管理", "资金信息", "资金使用", "资金使用管理", "资金分配"}),
    frozenset({"行政许可", "行政审批"}),
    frozenset({"行政处罚", "行政执法"}),
)
"""一级 headings that name the same group of rows in different words. Seen across areas: the
national tables themselves say 政策文件 in one area, 法规政策 or 政策法规 in another, and local
tables swap them freely, keeping the 二级 name; likewise 资金管理 / 资金信息 and 行政许可 / 行政审批.
A reworded 一级 makes a fuzzy link (reported), never a silent one."""


def _table_to_simplified(text: str) -> str:
    return text.translate(TRADITIONAL_TO_SIMPLIFIED)


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    """OpenCC's traditional → simplified conversion when installed, else the character table."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - the table path is tested by disabling OpenCC
        return _table_to_simplified
    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC when installed, else the table of catalogue characters)."""
    if text.isascii():
        return text
    known = _SIMPLIFIED.get(text)
    if known is None:
        known = _remember(text, _converter()(text))
    return known


def prepare_names(names: Iterable[str | None]) -> None:
    """Convert the names a table is about to fold to simplified characters, all in one call.

    OpenCC's cost is mostly per call (about 30 µs, whatever the length), and a table folds a name or
    three for each of its rows: one call over the names joined by line breaks, which no phrase of
    its dictionaries spans, gives each name's conversion for the price of one (a property test
    holds it equal to converting them one by one). Names already converted are skipped.
    """
    pending = list(
        dict.fromkeys(
            wide
            for name in names
            if name and name not in _SIMPLIFIED and not name.isascii()  # most names read as they are typed
            for wide in (unicodedata.normalize("NFKC", name),)
            if "\n" not in wide and "\r" not in wide and wide not in _SIMPLIFIED
        )
    )
    if len(pending) < 2:
        return
    converted = _converter()("\n".join(pending)).split("\n")
    if len(converted) == len(pending):  # else each name is converted on its own when it is folded
        for text, simple in zip(pending, converted, strict=True):
            _remember(text, simple)


_SIMPLIFIED: dict[str, str] = {}
"""Texts converted so far, oldest first, at most :data:`_SIMPLIFIED_SIZE`."""
forgets(_SIMPLIFIED.clear)
_SIMPLIFIED_SIZE = 65_536


def _remember(text: str, simple: str) -> str:
    if len(text) > CACHED_CHARS:  # a long text is converted each time, never kept
        return simple
    if len(_SIMPLIFIED) >= _SIMPLIFIED_SIZE:
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):  # another thread evicted it first
            del _SIMPLIFIED[next(iter(_SIMPLIFIED))]
    _SIMPLIFIED[text] = simple
    return simple


# --------------------------------------------------------------------------- folding

_GUIDELINE_ENDING = re.compile(r"(?:领域)?基层政务公开标准(?:指引|目录)$")
_MIN_REMAINDER = 2


def _area_names() -> dict[str, tuple[str, ...]]:
    """For each slug, the names a table may type for its area, longest first."""
    names: dict[str, set[str]] = {slug: {area.zh, area.zh + "领域"} for slug, area in AREAS.items()}
    for slug, area in AREAS.items():
        if area.pilot_name_zh:
            names[slug].add(area.pilot_name_zh)
        names[slug].add(_GUIDELINE_ENDING.sub("", area.guideline_zh))
    for alias, record in AREA_ALIASES.items():
        names.setdefault(record.slug, set()).add(alias)
    return {slug: tuple(sorted(values, key=lambda n: (-len(n), n))) for slug, values in names.items()}


_AREA_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType(_area_names())


@text_cache(maxsize=8192)
def fold_cell(text: str) -> tuple[str, frozenset[str]]:
    """One cell folded: width, traditional characters, white space and line breaks, punctuation.

    Returns the folded text and the reasons that changed it.
    """
    reasons: set[str] = set()
    wide = unicodedata.normalize("NFKC", text)
    if wide != text:
        reasons.add("width")
    simple = to_simplified(wide)
    if simple != wide:
        reasons.add("traditional")
    if simple.isalnum():  # letters and digits only (the usual name): nothing below would change
        return simple, frozenset(reasons)
    kept = []
    for char in simple:
        category = unicodedata.category(char)
        if char.isspace() or category[0] in "ZC":
            reasons.add("whitespace")
        elif category[0] in "PS":
            reasons.add("punctuation")
        else:
            kept.append(char)
    return "".join(kept), frozenset(reasons)


def _strip_affixes(cell: str, reasons: set[str]) -> str:
    """Remove the prefixes and suffixes of the tables above until none applies."""
    changed = cell.startswith(NAME_PREFIXES) or cell.endswith(NAME_SUFFIXES)  # most names have neither
    while changed:
        changed = False
        for prefix in NAME_PREFIXES:
            if cell.startswith(prefix) and len(cell) - len(prefix) >= _MIN_REMAINDER:
                cell, changed = cell[len(prefix) :], True
                reasons.add("prefix")
        for suffix in NAME_SUFFIXES:
            if cell.endswith(suffix) and len(cell) - len(suffix) >= _MIN_REMAINDER:
                cell, changed = cell[: -len(suffix)], True
                reasons.add("suffix")
    return cell


def _shift_area_name(cells: list[str], area: str, reasons: set[str]) -> None:
    """Drop the area's name typed as the 一级 (the levels move up), or cut it from the 一级's front."""
    if not cells:
        return
    for name in _AREA_NAMES.get(area, ()):
        if cells[0] == name and len(cells) > 1:
            del cells[0]
            reasons.add("area-name-in-level1")
            return
        if cells[0].startswith(name) and len(cells[0]) - len(name) >= _MIN_REMAINDER:
            cells[0] = cells[0][len(name) :]
            reasons.add("area-name-in-level1")
            return


def fold_names(area: str, names: Sequence[str | None]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A row's names (一级, 二级, 三级) folded into its linking key, and the reasons that changed them.

    Each cell folded by :func:`fold_cell`, empty cells dropped; then, until nothing changes, the
    prefixes and suffixes removed, the area's name typed as the 一级 dropped (the levels move up)
    or cut from the 一级's front, and a level repeating the one above it said once.

    Cached: every table that extends national folds the same national rows again, and a batch of
    county tables repeats most of its names from one table to the next.
    """
    return _fold_names(area, tuple(names))


@text_cache(maxsize=32768)
def _fold_names(area: str, names: tuple[str | None, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    reasons: set[str] = set()
    cells = []
    for name in names:
        if name:
            folded, why = fold_cell(name)
            reasons |= why
            if folded:
                cells.append(folded)
    changed = True
    while changed:
        before = list(cells)
        cells = [_strip_affixes(cell, reasons) for cell in cells]
        _shift_area_name(cells, area, reasons)
        collapsed = [cell for index, cell in enumerate(cells) if index == 0 or cell != cells[index - 1]]
        if len(collapsed) != len(cells):
            reasons.add("repeated-name")
        cells = collapsed
        changed = cells != before
    return tuple(cells), frozenset(reasons)


_SYNONYM_GROUP: Mapping[str, int] = MappingProxyType(
    {_strip_affixes(fold_cell(word)[0], set()): index for index, group in enumerate(LEVEL1_SYNONYMS) for word in group}
)


def synonym_group(cell: str) -> int | None:
    """The index in :data:`LEVEL1_SYNONYMS` of the group a folded 一级 belongs to, if any."""
    return _SYNONYM_GROUP.get(cell)


def _cell_stages(text: str | None) -> tuple[str, ...]:
    """A cell after each step of :func:`fold_cell` in turn: width, traditional, white space, punctuation."""
    if not text:
        return ("", "", "", "")
    wide = unicodedata.normalize("NFKC", text)
    simple = to_simplified(wide)
    spaced = "".join(c for c in simple if not (c.isspace() or unicodedata.category(c)[0] in "ZC"))
    return (wide, simple, spaced, fold_cell(text)[0])


_FOLD_REASONS = ("width", "traditional", "whitespace", "punctuation")
_STRUCTURE_REASONS = ("area-name-in-level1", "prefix", "suffix", "repeated-name")


def equal_names_reason(
    child_cells: Sequence[str | None],
    parent_cells: Sequence[str | None],
    child_reasons: frozenset[str],
    parent_reasons: frozenset[str],
) -> str:
    """What made two rows' names equal (their :func:`fold_names` keys are): the first step of
    folding after which they are equal, else the change of structure the child needed (and the
    parent did not), else ``same-names``."""
    if tuple(child_cells) == tuple(parent_cells):
        return "same-names"
    stages = [tuple(_cell_stages(cell)[step] for cell in child_cells) for step in range(len(_FOLD_REASONS))]
    parent_stages = [tuple(_cell_stages(cell)[step] for cell in parent_cells) for step in range(len(_FOLD_REASONS))]
    for reason, mine, theirs in zip(_FOLD_REASONS, stages, parent_stages, strict=True):
        if mine == theirs:
            return reason
    for reason in _STRUCTURE_REASONS:
        if reason in child_reasons and reason not in parent_reasons:
            return reason
    return next((reason for reason in _STRUCTURE_REASONS if reason in child_reasons), "same-names")
