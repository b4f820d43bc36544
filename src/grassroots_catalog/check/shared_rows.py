"""What the row rules found on the rows that many catalogues share, kept once per process.

Every township refinement of a county inherits the county's thousand rows, and the composition cache
(:class:`~grassroots_catalog.check.chain.CompositionCache`) hands each township the very row objects
the county's fold holds. A rule that judges each row on its own then finds the same things on those
rows in township after township: the rules were about two thirds of checking a township, and a
national run has some forty thousand townships.

A rule module says it judges row by row by declaring ``ROW_BY_ROW``: the fields of the catalogue,
besides the row itself, that its findings on a row may depend on (``()`` for none; ``("level",)``
for R03, which compares a row with the catalogue's level). R08 judges row by row too but does not
say so: its advice names the catalogue's own place, which no two townships share.
:class:`SharedRows` keeps, for one parent fold, each such rule's findings on each of the fold's
rows, under the values of those fields and the options; a child's rows that are the fold's own
objects take them from here, and only the others (the rows the child refines, adds or links) are
judged, on a catalogue of those rows alone.

The answer is the rule's own on the whole catalogue, finding for finding and in its order: a row's
findings are the same wherever the row stands, and come out at its place. A module seen to break its
declaration (a finding outside ``matters[i]``, or rows out of order) is run on the whole catalogue
instead, then and from then on; that its findings on a row depend on nothing else is its promise,
which tests/rules/test_row_by_row.py holds every built-in rule to. The kept findings live as long
as the fold does in the composition cache (eight chains), which also keeps its rows, so an object's
identity stays its own; at most :data:`MAX_SCOPES` scopes are kept per fold.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from grassroots_catalog.check.rules.contract import Rule, RuleContext
from grassroots_catalog.merge.engine import PartialComposition
from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.results import Finding

__all__ = ["SharedRows"]

Found = tuple[Finding, ...]

MAX_SCOPES = 32
"""Scopes kept per fold, the one used longest ago dropped first. The built-in rules need one each (two
for R03, whose scope is the level, where a fold has children of two levels); a plugin's rule that
read, say, the catalogue's title would have a scope per child, which no sibling shares, and must not
make a fold keep a set of its rows for every child."""


class SharedRows:
    """The rows of one parent fold that its children inherit as they are, and what row rules found on them."""

    def __init__(self, fold: PartialComposition) -> None:
        self.fold = fold
        self._rows = tuple(fold.written.values())  # kept alive here, so that their ids stay theirs
        self._ids = frozenset(map(id, self._rows))
        self._kept: dict[tuple[Any, ...], _Kept] = {}
        self._unfaithful: set[_Same] = set()
        self._last: tuple[Catalogue, _Layout] | None = None
        self._lock = threading.Lock()

    def shared_in(self, catalogue: Catalogue) -> bool:
        """Whether ``catalogue`` holds any of these rows (a county table extending national holds none)."""
        return bool(self._layout(catalogue).index_of)

    def check(self, module: Rule, fields: Sequence[str], context: RuleContext) -> Iterator[Finding]:
        """``module.check(context)``, with its findings on the shared rows taken from earlier children."""
        catalogue = context.catalogue
        rule = _Same(module)  # the module itself, not its name: a module loaded again is another one
        if rule in self._unfaithful:
            return module.check(context)
        try:
            scope = (rule, tuple(getattr(catalogue, name) for name in fields), _frozen(context.options))
            hash(scope)
        except TypeError:  # a value that cannot be a key: judged afresh
            return module.check(context)
        layout = self._layout(catalogue)
        rows = catalogue.matters
        with self._lock:
            kept = self._kept.pop(scope, None)  # put back last below: the one used longest ago goes first
            if kept is None:
                if len(self._kept) >= MAX_SCOPES:
                    del self._kept[next(iter(self._kept))]
                kept = _Kept()
            self._kept[scope] = kept
            todo = layout.fresh
            absent: list[Matter] = []
            if not kept.complete:  # the first child under this scope: every row of the fold judged now
                todo = sorted([*todo, *(i for i in layout.shared if id(rows[i]) not in kept.judged)])
                absent = [row for row in self._rows if id(row) not in kept.judged and id(row) not in layout.index_of]
        asked = [*(rows[index] for index in todo), *absent]
        judged = _judged(module, context, asked)
        if judged is None:  # its findings left their rows or their order: never taken from here again
            with self._lock:
                self._unfaithful.add(rule)
            return module.check(context)
        here = judged[: len(todo)]
        pieces = [(index, found) for index, found in zip(todo, here, strict=True) if found]
        with self._lock:
            for row, found in zip(asked, judged, strict=True):
                if id(row) in self._ids:
                    kept.judged.add(id(row))
                    if found:
                        kept.found[id(row)] = found
            if not kept.complete and len(kept.judged) == len(self._ids):
                kept.complete, kept.judged = True, set()  # only the findings are needed from now on
            earlier = list(kept.found.items())
        now = set(todo)
        pieces += [
            (place, found)
            for key, found in earlier
            if (place := layout.index_of.get(key)) is not None and place not in now
        ]
        pieces.sort(key=lambda piece: piece[0])
        return _placed(pieces)

    def _layout(self, catalogue: Catalogue) -> _Layout:
        """Which rows of ``catalogue`` are the fold's and which its own (worked out once per catalogue)."""
        last = self._last
        if last is not None and last[0] is catalogue:
            return last[1]
        layout = _Layout(catalogue.matters, self._ids)
        self._last = (catalogue, layout)
        return layout


class _Same:
    """A rule module as a key, by identity (a plugin's module may be any object), kept alive by the key."""

    __slots__ = ("thing",)

    def __init__(self, thing: object) -> None:
        self.thing = thing

    def __hash__(self) -> int:
        return id(self.thing)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.thing is self.thing


class _Layout:
    """A child catalogue's rows: where each of the fold's rows stands, and the positions of the others."""

    __slots__ = ("fresh", "index_of", "shared")

    def __init__(self, rows: Sequence[Matter], ids: frozenset[int]) -> None:
        self.index_of: dict[int, int] = {}
        self.fresh: list[int] = []
        self.shared: list[int] = []
        for index, matter in enumerate(rows):
            if id(matter) in ids:
                self.index_of[id(matter)] = index
                self.shared.append(index)
            else:
                self.fresh.append(index)


class _Kept:
    """One rule's findings on the fold's rows, under one scope: the rows judged, and those with findings."""

    __slots__ = ("complete", "found", "judged")

    def __init__(self) -> None:
        self.judged: set[int] = set()
        self.found: dict[int, Found] = {}
        self.complete = False  # every row of the fold judged: a child then needs only its own rows judged


def _judged(module: Rule, context: RuleContext, rows: list[Matter]) -> list[Found] | None:
    """The findings of each of ``rows``, judged on a catalogue of those rows alone (with the fields of
    ``context``'s); None if the module's findings do not keep to their rows, in order."""
    catalogue = context.catalogue
    if not rows:
        return []
    if len(rows) != len(catalogue.matters) or any(a is not b for a, b in zip(rows, catalogue.matters, strict=True)):
        catalogue = catalogue.model_copy(update={"matters": tuple(rows)})
    grouped: list[list[Finding]] = [[] for _ in rows]
    last = 0
    for found in module.check(RuleContext(catalogue, context.options)):
        path = found.path
        if len(path) < 2 or path[0] != "matters" or type(path[1]) is not int or not last <= path[1] < len(rows):
            return None
        last = path[1]
        grouped[last].append(found)
    return [tuple(found) for found in grouped]


def _placed(pieces: list[tuple[int, Found]]) -> Iterator[Finding]:
    """The findings of each row in turn, each at its row's place in this catalogue."""
    for index, found in pieces:
        for finding in found:
            yield finding if finding.path[1] == index else replace(finding, path=("matters", index, *finding.path[2:]))


def _frozen(options: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(options.items()))
