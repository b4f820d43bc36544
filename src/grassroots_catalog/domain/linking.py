"""Linking the rows of a local table to the rows of its parent, by id, by names, or by likeness.

Real county and township tables rarely carry the national ids, and only about four rows in ten
carry exactly the national names: the area's name is typed in the 一级 column, the 一级 is reworded,
a word is added in front or behind, punctuation and spaces vary, mirror sites use traditional
characters. :func:`link` recognises a parent row in three steps, each stricter than the next:

1. **ID** — the child's id names a parent row (or is the hash part of one in its own area);
2. **NAMES** — the child's :func:`name_key` equals exactly one parent row's key (linked silently);
3. **FUZZY** — a similarity of the (一级, 二级) names, with the content as a tie-breaker, over the
   parent rows of the child's own area: linked when the best is above :data:`FUZZY_THRESHOLD` and
   clearly ahead of the runner-up (:data:`CLEAR_MARGIN`); **AMBIGUOUS** when two or more are close
   (nothing is linked, the candidates are listed); **NONE** when nothing is close (a local addition).

A parent row is linked to at most one child, and the result does not depend on the order of the
children or of the parents: every step settles its pairs best first, ties broken by the rows' values.
Pure: plain values in, plain values out; the merge builds :class:`Row` values from its matters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import fuzz

from grassroots_catalog.domain.areas import AREA_ALIASES, AREAS
from grassroots_catalog.domain.name_variants import LEVEL1_SYNONYMS, NAME_PREFIXES, NAME_SUFFIXES, to_simplified

FUZZY_THRESHOLD = 75.0
"""The lowest score that links. Chosen on the national rows: a row whose 二级 is the same and whose
一级 is reworded beyond recognition still scores about 70–80 against its own parent row, and a
local row that shares only a generic word (政策, 审批) with a national one scores below 70."""

CLEAR_MARGIN = 5.0
"""How far the best candidate must be ahead of the runner-up to link. Two national rows with the
same 二级 under different 一级 (政策法规文件 under 最低生活保障 and 临时救助) score within a point or
two of each other for a child that names neither 一级; a real difference in names is worth 10 or more."""

CANDIDATE_FLOOR = 60.0
"""Scores below this are not listed as candidates (neither as runner-up nor as "did you mean")."""

CONTENT_WEIGHT = 0.15
"""The share of the content in a score, when both rows list content elements. Small on purpose:
elements are often generic (政策依据, 办理流程), so they decide only between rows the names leave
close (a difference of about 35 points of content moves a score by the clear margin)."""

LEVEL_DROPPED_FACTOR = 0.9
"""A child that names fewer levels than its parent row (or more) is compared on the levels it has,
and its score scaled by this: an exact 二级 alone (审核信息) gives 90, above the threshold but below
any row that gives both levels."""

SYNONYM_SCORE = 95.0
"""The similarity of two 一级 headings of one group of :data:`LEVEL1_SYNONYMS`."""

PARTIAL_FACTOR = 0.9
"""The weight of a partial match (one name contained in the other, 征收土地公告 in 征收土地公告公示)."""

_LEVEL_WEIGHTS: Mapping[int, tuple[float, ...]] = MappingProxyType({1: (1.0,), 2: (0.35, 0.65), 3: (0.2, 0.35, 0.45)})
"""Weights of the levels compared: the lower level names the matter, the upper one groups it."""


@dataclass(frozen=True, slots=True)
class Row:
    """What linking needs of a row; the merge builds these from its matters."""

    id: str | None
    """None: the row has no id; it may also be a clerk's local numbering ("3", "2-1")."""
    area: str
    """The area slug."""
    level1: str | None
    level2: str | None = None
    level3: str | None = None
    content: tuple[str, ...] = ()


class LinkKind(StrEnum):
    """How a child row was linked to its parent row, if at all."""

    ID = "id"
    NAMES = "names"
    FUZZY = "fuzzy"
    AMBIGUOUS = "ambiguous"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A parent row a child might be, with its score (0–100)."""

    id: str
    level1: str | None
    level2: str | None
    score: float


@dataclass(frozen=True, slots=True)
class Link:
    """The parent row a child row links to, how, and how sure.

    ``why`` is a reason key: for NAMES the main normalisation that made the names equal
    (``area-name-in-level1``, ``prefix``, ``suffix``, ``repeated-name``, ``traditional``,
    ``punctuation``, ``whitespace``, ``width``, or ``same-names``); for FUZZY what the likeness rests on
    (``reworded-level1``, ``level-dropped``, ``content``, ``similar-names``); for NONE ``parent-taken``
    when the row resembles a parent row already linked to another child, else empty.
    """

    kind: LinkKind
    parent_id: str | None
    """Set for ID, NAMES and FUZZY."""
    score: float
    """100 for ID and NAMES."""
    candidates: tuple[Candidate, ...] = ()
    """AMBIGUOUS: the rows it might be, best first; FUZZY: the runner-up(s); NONE: the near rows."""
    why: str = ""


# --------------------------------------------------------------------------- name keys

_REASON_ORDER = (
    "area-name-in-level1",
    "prefix",
    "suffix",
    "repeated-name",
    "traditional",
    "punctuation",
    "whitespace",
    "width",
)
"""NAMES reasons, most telling first: the first that applies to the child (and not equally to the
parent) is the one reported."""

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


@lru_cache(maxsize=8192)
def _fold(text: str) -> tuple[str, frozenset[str]]:
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
    """Remove the prefixes and suffixes of :mod:`name_variants` until none applies."""
    changed = True
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


def _shift_area_name(cells: list[str], area: str, reasons: set[str]) -> bool:
    """Drop the area's name typed as the 一级 (or in front of it); True if anything changed."""
    if not cells:
        return False
    for name in _AREA_NAMES.get(area, ()):
        if cells[0] == name and len(cells) > 1:
            del cells[0]
            reasons.add("area-name-in-level1")
            return True
        if cells[0].startswith(name) and len(cells[0]) - len(name) >= _MIN_REMAINDER:
            cells[0] = cells[0][len(name) :]
            reasons.add("area-name-in-level1")
            return True
    return False


def _key_and_reasons(row: Row) -> tuple[tuple[str, ...], frozenset[str]]:
    reasons: set[str] = set()
    cells = []
    for name in (row.level1, row.level2, row.level3):
        if name:
            folded, why = _fold(name)
            reasons |= why
            if folded:
                cells.append(folded)
    changed = True
    while changed:
        before = list(cells)
        cells = [_strip_affixes(cell, reasons) for cell in cells]
        _shift_area_name(cells, row.area, reasons)
        collapsed = [cell for index, cell in enumerate(cells) if index == 0 or cell != cells[index - 1]]
        if len(collapsed) != len(cells):
            reasons.add("repeated-name")
        cells = collapsed
        changed = cells != before
    return tuple(cells), frozenset(reasons)


def name_key(row: Row) -> tuple[str, ...]:
    """The row's names folded for linking.

    Each cell: NFKC width, traditional → simplified, no white space or line breaks, no punctuation
    (brackets of either width included); empty cells dropped; the prefixes and suffixes of
    :mod:`~grassroots_catalog.domain.name_variants` removed; the area's name typed as the 一级 dropped
    (the national 一级 then moves up from the 二级 column) or cut from the front of the 一级; a level
    repeating the one above it said once. Two rows with the same key say the same names.
    """
    return _key_and_reasons(row)[0]


# --------------------------------------------------------------------------- similarity

_SYNONYM_GROUP: Mapping[str, int] = MappingProxyType(
    {_strip_affixes(_fold(word)[0], set()): index for index, group in enumerate(LEVEL1_SYNONYMS) for word in group}
)


@lru_cache(maxsize=65536)
def _cell_similarity(a: str, b: str) -> tuple[float, bool]:
    """Similarity of two folded cells (0–100), and whether it rests on a synonym of the 一级 table."""
    if a == b:
        return 100.0, False
    group = _SYNONYM_GROUP.get(a)
    if group is not None and group == _SYNONYM_GROUP.get(b):
        return SYNONYM_SCORE, True
    score = fuzz.ratio(a, b)
    if min(len(a), len(b)) >= _MIN_REMAINDER:
        score = max(score, PARTIAL_FACTOR * fuzz.partial_ratio(a, b))
    return score, False


@dataclass(frozen=True, slots=True)
class _NameScore:
    score: float
    dropped: bool
    synonym: bool
    reworded_level1: bool


def _aligned(short: tuple[str, ...], long: tuple[str, ...], child_first: bool) -> _NameScore:
    weights = _LEVEL_WEIGHTS.get(len(short)) or tuple(1.0 / len(short) for _ in short)
    best: _NameScore | None = None
    for start in range(len(long) - len(short) + 1):
        window = long[start : start + len(short)]
        total, synonym = 0.0, False
        for weight, mine, theirs in zip(weights, short, window, strict=True):
            pair = (mine, theirs) if child_first else (theirs, mine)
            similarity, via_synonym = _cell_similarity(*pair)
            total += weight * similarity
            synonym |= via_synonym
        reworded = len(short) > 1 and short[-1] == window[-1] and short[0] != window[0]
        candidate = _NameScore(total, len(short) != len(long), synonym, reworded)
        if best is None or candidate.score > best.score:
            best = candidate
    assert best is not None
    if best.dropped:
        best = _NameScore(best.score * LEVEL_DROPPED_FACTOR, True, best.synonym, best.reworded_level1)
    return best


def _name_score(child: tuple[str, ...], parent: tuple[str, ...]) -> _NameScore:
    if not child or not parent:
        return _NameScore(0.0, False, False, False)
    if len(child) <= len(parent):
        return _aligned(child, parent, child_first=True)
    return _aligned(parent, child, child_first=False)


@lru_cache(maxsize=8192)
def _content_text(content: tuple[str, ...]) -> str:
    """Content elements folded, as space-separated tokens for rapidfuzz's token-set scorer."""
    return " ".join(sorted({_fold(element)[0] for element in content} - {""}))


def _content_score(child: tuple[str, ...], parent: tuple[str, ...]) -> float | None:
    """Similarity of the content elements as sets (0–100), or None if either row lists none."""
    a, b = _content_text(child), _content_text(parent)
    if not a or not b:
        return None
    return float(fuzz.token_set_ratio(a, b))


# --------------------------------------------------------------------------- linking


@dataclass(frozen=True, slots=True)
class _Scored:
    parent: int
    score: float
    names: _NameScore
    content: float | None


def _order_key(row: Row) -> tuple[str, str, str, str, str, tuple[str, ...]]:
    """A total order on rows by value, for deterministic tie-breaks independent of input order."""
    return (row.id or "", row.area, row.level1 or "", row.level2 or "", row.level3 or "", row.content)


def _candidate(parent: Row, score: float) -> Candidate:
    return Candidate(parent.id or "", parent.level1, parent.level2, round(score, 1))


def _parent_by_id(child: Row, ids: Mapping[str, int]) -> int | None:
    if child.id is None:
        return None
    if child.id in ids:
        return ids[child.id]
    return ids.get(f"{child.area}.{child.id}")


def _rank(items: Iterable[int], rows: Sequence[Row]) -> list[int]:
    return sorted(items, key=lambda index: (_order_key(rows[index]), index))


def link(children: Sequence[Row], parents: Sequence[Row]) -> tuple[Link, ...]:
    """One :class:`Link` per child, in the children's order.

    One to one: a parent row is linked to at most one child. The result does not depend on the
    order of the children or of the parents (ties are broken by the rows' values).
    """
    results: list[Link | None] = [None] * len(children)
    taken: set[int] = set()
    child_order = _rank(range(len(children)), children)
    position = {child_index: rank for rank, child_index in enumerate(child_order)}
    parent_rank = {index: position for position, index in enumerate(_rank(range(len(parents)), parents))}

    # 1. ids
    ids: dict[str, int] = {}
    for index in sorted(parent_rank, key=parent_rank.__getitem__):
        if parents[index].id is not None:
            ids.setdefault(parents[index].id or "", index)
    for child_index in child_order:
        found = _parent_by_id(children[child_index], ids)
        if found is not None and found not in taken:
            taken.add(found)
            results[child_index] = Link(LinkKind.ID, parents[found].id, 100.0)

    # 2. names
    keys = [_key_and_reasons(row) for row in children]
    parent_keys = [_key_and_reasons(row) for row in parents]
    by_key: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for index, (key, _) in enumerate(parent_keys):
        if key:
            by_key.setdefault((parents[index].area, key), []).append(index)
    claims: dict[int, list[int]] = {}
    for child_index in child_order:
        if results[child_index] is not None:
            continue
        matches = [p for p in by_key.get((children[child_index].area, keys[child_index][0]), []) if p not in taken]
        if len(matches) == 1:
            claims.setdefault(matches[0], []).append(child_index)
    for parent_index in sorted(claims, key=parent_rank.__getitem__):
        claimants = claims[parent_index]
        parent = parents[parent_index]

        def closeness(child_index: int, parent: Row = parent) -> tuple[float, bool]:
            content = _content_score(children[child_index].content, parent.content)
            exact = (children[child_index].level1, children[child_index].level2) == (parent.level1, parent.level2)
            return (-(content if content is not None else 50.0), not exact)

        winner = min(claimants, key=lambda c: (closeness(c), position[c]))
        taken.add(parent_index)
        results[winner] = Link(
            LinkKind.NAMES, parent.id, 100.0, why=_names_reason(keys[winner][1], parent_keys[parent_index][1])
        )

    # 3. likeness, within the child's area, best pairs first
    by_area: dict[str, list[int]] = {}
    for index in sorted(parent_rank, key=parent_rank.__getitem__):
        by_area.setdefault(parents[index].area, []).append(index)
    scored: dict[int, list[_Scored]] = {}
    pairs: list[tuple[float, int, int, int, int]] = []
    for child_index in child_order:
        if results[child_index] is not None:
            continue
        child = children[child_index]
        options = []
        for parent_index in by_area.get(child.area, []):
            parent = parents[parent_index]
            names = _name_score(keys[child_index][0], parent_keys[parent_index][0])
            content = _content_score(child.content, parent.content)
            score = names.score if content is None else (1 - CONTENT_WEIGHT) * names.score + CONTENT_WEIGHT * content
            if score >= CANDIDATE_FLOOR:
                options.append(_Scored(parent_index, score, names, content))
                pairs.append((-score, parent_rank[parent_index], position[child_index], child_index, parent_index))
        options.sort(key=lambda s: (-s.score, parent_rank[s.parent]))
        scored[child_index] = options
    pairs.sort()
    for negative, _, _, child_index, parent_index in pairs:
        if results[child_index] is not None or parent_index in taken or -negative < FUZZY_THRESHOLD:
            continue
        # Pairs come best first, so this is the child's best parent still free.
        free = [s for s in scored[child_index] if s.parent not in taken]
        best = free[0]
        close = [s for s in free if best.score - s.score < CLEAR_MARGIN]
        if len(close) > 1:
            results[child_index] = Link(
                LinkKind.AMBIGUOUS,
                None,
                round(best.score, 1),
                tuple(_candidate(parents[s.parent], s.score) for s in close),
            )
            continue
        taken.add(best.parent)
        runners = tuple(_candidate(parents[s.parent], s.score) for s in free[1:3])
        results[child_index] = Link(
            LinkKind.FUZZY, parents[best.parent].id, round(best.score, 1), runners, _fuzzy_reason(best, free[1:])
        )

    # 4. what is left is a local addition
    for child_index, result in enumerate(results):
        if result is None:
            near = scored.get(child_index, [])
            why = "parent-taken" if near and near[0].score >= FUZZY_THRESHOLD and near[0].parent in taken else ""
            results[child_index] = Link(
                LinkKind.NONE, None, 0.0, tuple(_candidate(parents[s.parent], s.score) for s in near[:3]), why
            )
    return tuple(result for result in results if result is not None)


def _names_reason(child: frozenset[str], parent: frozenset[str]) -> str:
    for reason in _REASON_ORDER:
        if reason in child and reason not in parent:
            return reason
    for reason in _REASON_ORDER:
        if reason in child or reason in parent:
            return reason
    return "same-names"


def _fuzzy_reason(best: _Scored, others: Sequence[_Scored]) -> str:
    if others and best.names.score - others[0].names.score < CLEAR_MARGIN:
        return "content"
    if best.names.dropped:
        return "level-dropped"
    if best.names.synonym or best.names.reworded_level1:
        return "reworded-level1"
    return "similar-names"


def nearest(row_id: str, parents: Sequence[Row], *, limit: int = 3) -> tuple[Candidate, ...]:
    """The parent rows whose ids are nearest to ``row_id`` ("did you mean …"), best first.

    For a ``refine:`` or ``remove:`` entry naming an id the parent lacks. When the id starts with
    an area slug that some parent rows have, only those are considered.
    """
    area = row_id.split(".", 1)[0]
    pool = [p for p in parents if p.id is not None and p.area == area] or [p for p in parents if p.id is not None]
    scored = sorted(
        ((float(fuzz.ratio(row_id, p.id or "")), p) for p in pool), key=lambda item: (-item[0], item[1].id or "")
    )
    return tuple(_candidate(parent, score) for score, parent in scored[:limit])
