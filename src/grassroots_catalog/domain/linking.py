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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from rapidfuzz import fuzz

from grassroots_catalog.domain.caching import text_cache
from grassroots_catalog.domain.name_variants import (
    equal_names_reason,
    fold_cell,
    fold_names,
    prepare_names,
    synonym_group,
)
from grassroots_catalog.domain.rebuilt import Reduced, by_fields

FUZZY_THRESHOLD = 75.0
"""The lowest score that links. Chosen on the national rows: the national 二级 with a 一级 that
shares nothing with the national one scores 65 (the 二级's weight alone), too little to link
silently on a guess; sharing a third of the 一级 (危房改造计划 / 计划实施) gives about 79, half of it
(学校管理 / 招生管理) 82.5. A local row that shares generic words with a national one (政策 / 法规
against 政策文件 / 法律法规) scores about 67, and the same 二级 under a foreign 一级 65."""

CLEAR_MARGIN = 5.0
"""How far the best candidate must be ahead of the runner-up to link. Two national rows with the
same 二级 under different 一级 (政策法规文件 under 最低生活保障 and 临时救助) score within a point or
two of each other for a child that names neither 一级; a real difference in names is worth 10 or more."""

CANDIDATE_FLOOR = 60.0
"""Scores below this are not listed as candidates (neither as runner-up nor as "did you mean")."""

CONTENT_MARGIN = 15.0
"""The content decides between parent rows the names leave close (within :data:`CLEAR_MARGIN`)
only when the best content is ahead by this much. Content elements are often generic (政策依据,
办理流程), and two national rows that differ by one element in six or seven score about 85–90
against each other; one element more or less in a short list is worth about 25."""

LEVEL_DROPPED_FACTOR = 0.9
"""A child that names fewer levels than its parent row (or more) is compared on the levels it has,
and its score scaled by this: an exact 二级 alone (审核信息) gives 90, above the threshold but below
any row that gives both levels."""

SYNONYM_SCORE = 95.0
"""The similarity of two 一级 headings of one group of :data:`~grassroots_catalog.domain.name_variants.LEVEL1_SYNONYMS`."""

_LEVEL_WEIGHTS: Mapping[int, tuple[float, ...]] = MappingProxyType({1: (1.0,), 2: (0.35, 0.65), 3: (0.2, 0.35, 0.45)})
"""Weights of the levels compared: the lower level names the matter, the upper one groups it."""


LINK_REASONS: tuple[str, ...] = (
    "same-names",
    "width",
    "traditional",
    "whitespace",
    "punctuation",
    "area-name-in-level1",
    "prefix",
    "suffix",
    "repeated-name",
    "reworded-level1",
    "level-dropped",
    "content",
    "similar-names",
    "parent-taken",
)
"""Every value :attr:`Link.why` takes besides the empty string, for the message tables to word."""


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

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


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

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


@dataclass(frozen=True, slots=True)
class Link:
    """The parent row a child row links to, how, and how sure.

    ``why`` is one of :data:`LINK_REASONS`: for NAMES, ``same-names`` when written alike, else the
    first step of folding after which the names are equal (``width``, ``traditional``,
    ``whitespace``, ``punctuation``), else the change of structure that made them so
    (``area-name-in-level1``, ``prefix``, ``suffix``, ``repeated-name``); for FUZZY what the likeness
    rests on (``reworded-level1``, ``level-dropped``, ``content``, ``similar-names``); for NONE
    ``parent-taken`` when the row resembles a parent row already linked to another child; else empty.
    """

    kind: LinkKind
    parent_id: str | None
    """Set for ID, NAMES and FUZZY."""
    score: float
    """100 for ID and NAMES."""
    candidates: tuple[Candidate, ...] = ()
    """AMBIGUOUS: the rows it might be, best first; FUZZY: the runner-up(s); NONE: the near rows."""
    why: str = ""

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


def name_key(row: Row) -> tuple[str, ...]:
    """The row's names folded for linking.

    Each cell: NFKC width, traditional → simplified, no white space or line breaks, no punctuation
    (brackets of either width included); empty cells dropped; the prefixes and suffixes of
    :mod:`~grassroots_catalog.domain.name_variants` removed; the area's name typed as the 一级 dropped
    (the national 一级 then moves up from the 二级 column) or cut from the front of the 一级; a level
    repeating the one above it said once. Two rows with the same key say the same names.
    """
    return fold_names(row.area, (row.level1, row.level2, row.level3))[0]


# --------------------------------------------------------------------------- similarity


@text_cache(maxsize=65536)
def _cell_similarity(a: str, b: str) -> tuple[float, bool]:
    """Similarity of two folded cells (0–100), and whether it rests on a synonym of the 一级 table."""
    if a == b:
        return 100.0, False
    group = synonym_group(a)
    if group is not None and group == synonym_group(b):
        return SYNONYM_SCORE, True
    # Indel similarity, 2·common / (len a + len b): a name contained in one a third longer
    # (征收土地公告 in 征收土地公告公示) keeps 86; a short generic word in a long name (文化活动 in
    # 组织开展群众文化活动) keeps little, which is right: it could be any of several rows.
    return fuzz.ratio(a, b), False


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


@text_cache(maxsize=65536)
def _name_score(child: tuple[str, ...], parent: tuple[str, ...]) -> _NameScore:
    """How alike two rows' folded names are (cached: a batch of county tables scores the same local
    names against the same national rows again and again)."""
    if not child or not parent:
        return _NameScore(0.0, False, False, False)
    if len(child) <= len(parent):
        return _aligned(child, parent, child_first=True)
    return _aligned(parent, child, child_first=False)


@text_cache(maxsize=8192)
def _content_text(content: tuple[str, ...]) -> str:
    """Content elements folded, sorted and de-duplicated, as space-separated tokens."""
    return " ".join(sorted({fold_cell(element)[0] for element in content} - {""}))


def _content_score(child: tuple[str, ...], parent: tuple[str, ...]) -> float | None:
    """Similarity of the content elements as sets (0–100), or None if either row lists none.

    Symmetric and sensitive to an element more or less (token-sort, not token-set, which would
    call any subset a perfect match).
    """
    a, b = _content_text(child), _content_text(parent)
    if not a or not b:
        return None
    return float(fuzz.token_sort_ratio(a, b))


# --------------------------------------------------------------------------- linking


@dataclass(frozen=True, slots=True)
class _Scored:
    """One parent row as a candidate for one child."""

    parent: int
    names: _NameScore
    content: float | None
    rank: int
    """The parent's position in the order by value (the last tie-break)."""

    @property
    def order(self) -> tuple[float, float, int]:
        """Best first: names, then content (unknown content counts as none), then the parent's value."""
        return (-self.names.score, -(self.content if self.content is not None else -1.0), self.rank)


def _order_key(row: Row) -> tuple[str, str, str, str, str, tuple[str, ...]]:
    """A total order on rows by value, for deterministic tie-breaks independent of input order."""
    return (row.id or "", row.area, row.level1 or "", row.level2 or "", row.level3 or "", row.content)


def _value_ranks(rows: Sequence[Row]) -> list[int]:
    """Each row's position in the order by value (equal rows by their index)."""
    ordered = sorted(range(len(rows)), key=lambda index: (_order_key(rows[index]), index))
    ranks = [0] * len(rows)
    for position, index in enumerate(ordered):
        ranks[index] = position
    return ranks


def _candidate(parent: Row, score: float) -> Candidate:
    assert parent.id is not None  # parents without ids are never candidates
    return Candidate(parent.id, parent.level1, parent.level2, round(score, 1))


class _Linker:
    """One run of :func:`link`: the rows, their keys, and what has been settled so far."""

    def __init__(self, children: Sequence[Row], parents: Sequence[Row]) -> None:
        self.children, self.parents = children, parents
        self.child_rank, self.parent_rank = _value_ranks(children), _value_ranks(parents)
        self.child_order = sorted(range(len(children)), key=self.child_rank.__getitem__)
        # A parent row without an id cannot be named by a link; it is left out.
        self.parent_order = [
            index
            for index in sorted(range(len(parents)), key=self.parent_rank.__getitem__)
            if parents[index].id is not None
        ]
        prepare_names(name for row in (*children, *parents) for name in (row.level1, row.level2, row.level3))
        self.keys = [fold_names(row.area, (row.level1, row.level2, row.level3)) for row in children]
        self.parent_keys = [fold_names(row.area, (row.level1, row.level2, row.level3)) for row in parents]
        self.results: list[Link | None] = [None] * len(children)
        self.taken: set[int] = set()
        self.scored: dict[int, list[_Scored]] = {}

    def open_children(self) -> list[int]:
        return [index for index in self.child_order if self.results[index] is None]

    def by_id(self) -> None:
        ids: dict[str, int] = {}
        for index in self.parent_order:
            identifier = self.parents[index].id
            if identifier is not None:
                ids.setdefault(identifier, index)
        for index in self.open_children():
            child = self.children[index]
            if child.id is None:
                continue
            found = ids.get(child.id, ids.get(f"{child.area}.{child.id}"))
            if found is not None and found not in self.taken:
                self.taken.add(found)
                self.results[index] = Link(LinkKind.ID, self.parents[found].id, 100.0)

    def by_names(self) -> None:
        by_key: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for index in self.parent_order:
            key = self.parent_keys[index][0]
            if key and index not in self.taken:
                by_key.setdefault((self.parents[index].area, key), []).append(index)
        claims: dict[int, list[int]] = {}
        for index in self.open_children():
            matches = by_key.get((self.children[index].area, self.keys[index][0]), [])
            if len(matches) == 1:  # several parents with one key: left to the likeness step
                claims.setdefault(matches[0], []).append(index)
        for parent_index in sorted(claims, key=self.parent_rank.__getitem__):
            parent = self.parents[parent_index]

            def closeness(index: int, parent: Row = parent) -> tuple[bool, float, int]:
                child = self.children[index]
                content = _content_score(child.content, parent.content)
                same = (child.level1, child.level2, child.level3) == (parent.level1, parent.level2, parent.level3)
                return (not same, -(content if content is not None else -1.0), self.child_rank[index])

            winner = min(claims[parent_index], key=closeness)
            self.taken.add(parent_index)
            child = self.children[winner]
            why = equal_names_reason(
                (child.level1, child.level2, child.level3),
                (parent.level1, parent.level2, parent.level3),
                self.keys[winner][1],
                self.parent_keys[parent_index][1],
            )
            self.results[winner] = Link(LinkKind.NAMES, parent.id, 100.0, why=why)

    def by_likeness(self) -> None:
        by_area: dict[str, list[int]] = {}
        for index in self.parent_order:
            by_area.setdefault(self.parents[index].area, []).append(index)
        pairs: list[tuple[tuple[float, float, int], int, int]] = []
        for index in self.open_children():
            child = self.children[index]
            options = []
            for parent_index in by_area.get(child.area, []):
                names = _name_score(self.keys[index][0], self.parent_keys[parent_index][0])
                if names.score >= CANDIDATE_FLOOR:
                    content = _content_score(child.content, self.parents[parent_index].content)
                    options.append(_Scored(parent_index, names, content, self.parent_rank[parent_index]))
            options.sort(key=lambda option: option.order)
            self.scored[index] = options
            pairs += [(option.order, self.child_rank[index], index) for option in options]
        pairs.sort()
        for order, _, index in pairs:
            if -order[0] < FUZZY_THRESHOLD:
                break  # pairs come best first: no later pair links
            if self.results[index] is not None:
                continue
            free = [option for option in self.scored[index] if option.parent not in self.taken]
            if not free or free[0].order != order:
                continue  # this pair's parent is taken; the child's next free pair comes later
            self.settle(index, free)

    def settle(self, index: int, free: list[_Scored]) -> None:
        """Link a child to its best free parent, or find it ambiguous."""
        best = free[0]
        close = [option for option in free if best.names.score - option.names.score < CLEAR_MARGIN]
        decided_by_content = False
        if len(close) > 1:
            runner = close[1]
            decided_by_content = (
                best.content is not None
                and runner.content is not None
                and best.content - runner.content >= CONTENT_MARGIN
            )
            if not decided_by_content:
                candidates = tuple(_candidate(self.parents[o.parent], o.names.score) for o in close)
                self.results[index] = Link(LinkKind.AMBIGUOUS, None, round(best.names.score, 1), candidates)
                return
        self.taken.add(best.parent)
        runners = tuple(_candidate(self.parents[o.parent], o.names.score) for o in free[1:3])
        why = "content" if decided_by_content else _fuzzy_reason(best.names)
        parent_id = self.parents[best.parent].id
        self.results[index] = Link(LinkKind.FUZZY, parent_id, round(best.names.score, 1), runners, why)

    def local_additions(self) -> tuple[Link, ...]:
        links = []
        for index, result in enumerate(self.results):
            if result is not None:
                links.append(result)
                continue
            near = self.scored.get(index, [])
            taken = bool(near) and near[0].names.score >= FUZZY_THRESHOLD and near[0].parent in self.taken
            candidates = tuple(_candidate(self.parents[o.parent], o.names.score) for o in near[:3])
            links.append(Link(LinkKind.NONE, None, 0.0, candidates, "parent-taken" if taken else ""))
        return tuple(links)


def link(children: Sequence[Row], parents: Sequence[Row]) -> tuple[Link, ...]:
    """One :class:`Link` per child, in the children's order.

    One to one: a parent row is linked to at most one child (a parent row without an id is never
    linked). Each step settles the best pairs
    first and breaks ties by the rows' values, so the result does not depend on the order of the
    children or of the parents.
    """
    linker = _Linker(children, parents)
    linker.by_id()
    linker.by_names()
    linker.by_likeness()
    return linker.local_additions()


def _fuzzy_reason(names: _NameScore) -> str:
    if names.dropped:
        return "level-dropped"
    if names.synonym or names.reworded_level1:
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


def same_names(a: Sequence[str | None], b: Sequence[str | None], *, area: str = "") -> bool:
    """Whether two rows' names (一级, 二级, 三级) say the same thing once folded as :func:`name_key` folds
    them (``area``, when given, also lets its name typed in the 一级 column fold away)."""
    return fold_names(area, tuple(a))[0] == fold_names(area, tuple(b))[0]
