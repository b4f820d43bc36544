"""The values a diff is made of: :class:`Change`, :class:`CatalogueDiff` and their parts.

A diff lists only differences: a row or field that is the same on both sides (the same once the
equivalences of :mod:`grassroots_catalog.domain.equivalence` are applied, e.g. a full and a short title
of one law) gives no change. Every value here is frozen, and :meth:`CatalogueDiff.inverse` turns the
diff of A against B into the diff of B against A, which the laws in ``tests/diff`` hold equal to
computing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from grassroots_catalog.merge.lattice import Change as Verdict
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.fields import BY_NAME

if TYPE_CHECKING:
    from grassroots_catalog.model.catalogue import Catalogue

__all__ = [
    "FIELD_KINDS",
    "METADATA_FIELDS",
    "ROW_FIELDS",
    "CatalogueDiff",
    "Change",
    "ChangeKind",
    "Match",
    "Where",
]


class ChangeKind(StrEnum):
    """What a change does: rows added, removed or moved, a field's verdict, or the catalogue's metadata."""

    ADDED = "added"
    """A row B has and A has not."""
    REMOVED = "removed"
    """A row A has and B has not."""
    MOVED = "moved"
    """The same row (same id) under another area."""
    STRICTER = "stricter"
    WEAKER = "weaker"
    LOCALISED = "localised"
    INCOMPARABLE = "incomparable"
    METADATA = "metadata"
    """A value of the catalogue itself: its title, revision date, URL, level, scope, jurisdiction."""

    @property
    def inverse(self) -> ChangeKind:
        """The kind of the same change read from B to A."""
        return _INVERSE.get(self, self)

    def label(self, lang: str) -> str:
        """The kind's name for a reader in ``lang`` (弱化, added …), from the language tables."""
        return report_text(f"diff.kind.{self.value}", lang)


_INVERSE = {
    ChangeKind.ADDED: ChangeKind.REMOVED,
    ChangeKind.REMOVED: ChangeKind.ADDED,
    ChangeKind.STRICTER: ChangeKind.WEAKER,
    ChangeKind.WEAKER: ChangeKind.STRICTER,
}

FIELD_KINDS: dict[Verdict, ChangeKind] = {
    Verdict.STRICTER: ChangeKind.STRICTER,
    Verdict.WEAKER: ChangeKind.WEAKER,
    Verdict.LOCALISED: ChangeKind.LOCALISED,
    Verdict.INCOMPARABLE: ChangeKind.INCOMPARABLE,
}
"""The lattice's verdict on a field (:class:`grassroots_catalog.merge.lattice.Change`) as a kind of change;
``equal`` is no change at all."""

ROW_FIELDS: tuple[str, ...] = (*BY_NAME, "not_applicable")
"""The fields of a row a diff compares, in table order: the field table's, then the not-applicable mark."""

METADATA_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "level",
    "jurisdiction",
    "scope",
    "issuer",
    "issued",
    "revised",
    "published.date",
    "published.url",
    "not_applicable_areas",
)
"""The catalogue's own values a diff compares. ``extends`` and ``form`` say how a file is built, not what
the catalogue says: compare the effective catalogues (``--merged``) to see what a chain amounts to."""


@dataclass(frozen=True, slots=True, order=True)
class Where:
    """Where a value sits: a file and a 1-based line and column, or a table's cell (``Sheet1!D12``)."""

    file: str | None
    line: int | None = None
    column: int | None = None
    cell: str | None = None

    def __str__(self) -> str:
        shown = self.file or "<input>"
        if self.line is not None:
            return f"{shown}:{self.line}:{self.column or 1}"
        return f"{shown}:{self.cell}" if self.cell else shown

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "column": self.column, "cell": self.cell}


@dataclass(frozen=True, slots=True)
class Match:
    """How a row of A was paired with a row of B: by ``id``, by ``names`` (the same once folded) or
    ``fuzzy`` (similar names, clearly the closest), with the linking's score (100 for id and names)."""

    how: str
    score: float = 100.0
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"how": self.how, "score": self.score, "why": self.why or None}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between catalogue A and catalogue B.

    ``field`` is None for a whole row (added, removed, moved) and the metadata's key (``revised``,
    ``published.url``) for a metadata change. ``old`` and ``new`` are the values in A and in B, as the
    models hold them (None where a side has none); :func:`plain` gives them as JSON data.
    """

    kind: ChangeKind
    field: str | None
    a_id: str | None
    b_id: str | None
    area_a: str | None
    area_b: str | None
    old: Any = None
    new: Any = None
    where_a: Where | None = None
    where_b: Where | None = None
    match: Match | None = None
    name_a: str = ""
    """The row's names in A (一级 / 二级 / 三级), for a reader; empty for metadata and added rows."""
    name_b: str = ""

    @property
    def name(self) -> str:
        """The row's names as a reader knows it: B's where B has the row, else A's."""
        return self.name_b or self.name_a

    @property
    def area(self) -> str:
        """The area the change is grouped under: B's, or A's for a row B does not have."""
        return self.area_b or self.area_a or ""

    @property
    def row(self) -> str:
        """The id the change is grouped under: B's, or A's for a row B does not have."""
        return self.b_id or self.a_id or ""

    @property
    def is_metadata(self) -> bool:
        return self.kind is ChangeKind.METADATA

    def inverse(self) -> Change:
        """The same difference read from B to A."""
        return replace(
            self,
            kind=self.kind.inverse,
            a_id=self.b_id,
            b_id=self.a_id,
            area_a=self.area_b,
            area_b=self.area_a,
            old=self.new,
            new=self.old,
            where_a=self.where_b,
            where_b=self.where_a,
            name_a=self.name_b,
            name_b=self.name_a,
        )

    def sort_key(self) -> tuple[int, str, str, str, int, str]:
        """Metadata first, then by area, row (its names, then its id) and field in table order: a function of values, never of
        the order rows were written in."""
        if self.is_metadata:
            return (0, "", "", "", METADATA_FIELDS.index(self.field or "id"), self.kind.value)
        position = ROW_FIELDS.index(self.field) + 1 if self.field in ROW_FIELDS else 0
        return (1, self.area, self.name, self.row, position, self.kind.value)

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON data (the ``changes`` items of ``--format json``, docs/diff.md)."""
        return {
            "kind": self.kind.value,
            "field": self.field,
            "a_id": self.a_id,
            "b_id": self.b_id,
            "area_a": self.area_a,
            "area_b": self.area_b,
            "name_a": self.name_a or None,
            "name_b": self.name_b or None,
            "old": plain(self.old),
            "new": plain(self.new),
            "where_a": self.where_a.to_dict() if self.where_a else None,
            "where_b": self.where_b.to_dict() if self.where_b else None,
            "match": self.match.to_dict() if self.match else None,
        }


@dataclass(frozen=True, slots=True)
class CatalogueDiff:
    """The differences between catalogue A and catalogue B, in a stable order (metadata, then by area,
    row and field). Iterating gives the :class:`Change` values; an empty diff is ``equivalent``."""

    a: Catalogue
    b: Catalogue
    changes: tuple[Change, ...]
    a_file: str | None = None
    b_file: str | None = None
    ignored: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", tuple(sorted(self.changes, key=Change.sort_key)))

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    @property
    def equivalent(self) -> bool:
        """No difference at all (after what was ignored)."""
        return not self.changes

    def of_kind(self, *kinds: ChangeKind) -> tuple[Change, ...]:
        """The changes of the given kinds, in order."""
        return tuple(change for change in self.changes if change.kind in kinds)

    @property
    def added(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.ADDED)

    @property
    def removed(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.REMOVED)

    @property
    def moved(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.MOVED)

    @property
    def stricter(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.STRICTER)

    @property
    def weaker(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.WEAKER)

    @property
    def localised(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.LOCALISED)

    @property
    def incomparable(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.INCOMPARABLE)

    @property
    def metadata(self) -> tuple[Change, ...]:
        return self.of_kind(ChangeKind.METADATA)

    def counts(self) -> dict[ChangeKind, int]:
        """How many changes of each kind, every kind listed (zeros included), in the enum's order."""
        return {kind: sum(1 for change in self.changes if change.kind is kind) for kind in ChangeKind}

    def rows(self) -> dict[tuple[str | None, str | None], tuple[Change, ...]]:
        """The row changes grouped by row, keyed by (id in A, id in B), in the diff's order: what a
        comparison of many catalogues against one tallies per row (metadata left out)."""
        grouped: dict[tuple[str | None, str | None], list[Change]] = {}
        for change in self.changes:
            if not change.is_metadata:
                grouped.setdefault((change.a_id, change.b_id), []).append(change)
        return {key: tuple(changes) for key, changes in grouped.items()}

    def only(self, kinds: set[ChangeKind] | frozenset[ChangeKind]) -> CatalogueDiff:
        """The same diff keeping only changes of ``kinds``."""
        return replace(self, changes=tuple(c for c in self.changes if c.kind in kinds))

    def inverse(self) -> CatalogueDiff:
        """The diff of B against A."""
        return replace(
            self,
            a=self.b,
            b=self.a,
            a_file=self.b_file,
            b_file=self.a_file,
            changes=tuple(change.inverse() for change in self.changes),
        )


def plain(value: Any) -> Any:
    """A model value as JSON data: texts for instruments, time limits, channels and vocabulary values,
    a mapping for names, lists for tuples, ISO dates."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if hasattr(value, "as_text"):
        return value.as_text()
    if hasattr(value, "parts") and hasattr(value, "level1"):
        return {key: getattr(value, key) for key in ("level1", "level2", "level3") if getattr(value, key)}
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", exclude_none=True)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    zh = getattr(value, "zh", None)
    return zh if isinstance(zh, str) else str(value)
