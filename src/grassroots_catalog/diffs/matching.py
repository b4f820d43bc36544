"""Pairing the rows of catalogue A with those of catalogue B: by id, then by what the rows say.

A row keeps its id across versions in a file written by hand, but a table imported again, renumbered
or re-keyed gives its rows other ids: those are paired by the linking of
:mod:`grassroots_catalog.domain.linking` (the same names once folded, or clearly the most similar
names in the same area), so a row whose id changed but whose names did not is *matched*, never one row
removed and one added. Where rows sit in either file plays no part.

The linking judges ambiguity from the side of the rows it links (two parent rows close to one child),
which is not symmetric in its arguments; the direction is therefore chosen by the rows' values, never
by which catalogue came first, so that the diff of B against A pairs exactly the rows the diff of A
against B pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from grassroots_catalog.diffs.model import Match
from grassroots_catalog.domain.linking import LinkKind, Row, link
from grassroots_catalog.model.catalogue import Matter

__all__ = ["Pair", "match_rows"]


@dataclass(frozen=True, slots=True)
class Pair:
    """A row of A and a row of B (indices under ``matters:``), or one of them alone."""

    a: int | None
    b: int | None
    match: Match | None = None


def _row(matter: Matter) -> Row:
    names = matter.name
    return Row(matter.id, matter.area, names.level1, names.level2, names.level3, tuple(matter.content))


def _value(row: Row) -> tuple[str, str, str, str, str, tuple[str, ...]]:
    return (row.area, row.level1 or "", row.level2 or "", row.level3 or "", row.id or "", row.content)


def match_rows(a: Sequence[Matter], b: Sequence[Matter]) -> list[Pair]:
    """Every row of ``a`` and of ``b`` once: paired, or alone (removed from A, added in B)."""
    b_by_id = {matter.id: index for index, matter in enumerate(b)}
    pairs: list[Pair] = []
    open_a: list[int] = []
    taken_b: set[int] = set()
    for index, matter in enumerate(a):
        found = b_by_id.get(matter.id)
        if found is None:
            open_a.append(index)
        else:
            taken_b.add(found)
            pairs.append(Pair(index, found, Match("id")))
    open_b = [index for index in range(len(b)) if index not in taken_b]
    if open_a and open_b:
        rows_a = [_row(a[index]) for index in open_a]
        rows_b = [_row(b[index]) for index in open_b]
        # The rows of the side whose values sort first are the "children": a choice by value alone.
        a_first = sorted(map(_value, rows_a)) <= sorted(map(_value, rows_b))
        children, parents = (rows_a, rows_b) if a_first else (rows_b, rows_a)
        child_index, parent_index = (open_a, open_b) if a_first else (open_b, open_a)
        parent_of = {row.id: position for position, row in enumerate(parents)}
        paired_a: set[int] = set()
        paired_b: set[int] = set()
        for position, linked in enumerate(link(children, parents)):
            if linked.kind not in (LinkKind.NAMES, LinkKind.FUZZY, LinkKind.ID) or linked.parent_id is None:
                continue
            child, parent = child_index[position], parent_index[parent_of[linked.parent_id]]
            ia, ib = (child, parent) if a_first else (parent, child)
            paired_a.add(ia)
            paired_b.add(ib)
            pairs.append(Pair(ia, ib, Match(linked.kind.value, linked.score, linked.why)))
        open_a = [index for index in open_a if index not in paired_a]
        open_b = [index for index in open_b if index not in paired_b]
    pairs += [Pair(index, None) for index in open_a]
    pairs += [Pair(None, index) for index in open_b]
    return pairs
