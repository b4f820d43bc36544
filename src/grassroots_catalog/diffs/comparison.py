"""The values of a comparison of many catalogues against one: :class:`Comparison` and its parts.

A comparison judges each row of the reference catalogue (the national guidelines, or any catalogue
such as a province's) in each catalogue compared with it, and gives it one :class:`RowStatus`; rows a
catalogue has and the reference has not are ``added``. From these outcomes come the matrix of
jurisdictions × areas, its totals, and the reference rows most often weakened or dropped. Every value
here is frozen, and small: a catalogue's outcomes are a few hundred short records, not its diff, so
that a pool of processes can hand them back cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from grassroots_catalog.domain.areas import PILOT_AREAS
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.results import Finding

__all__ = [
    "ComparedCatalogue",
    "Comparison",
    "ReferenceRow",
    "RowOutcome",
    "RowStatus",
    "RowTally",
    "Tally",
    "UnreadableFile",
]


class RowStatus(StrEnum):
    """What became of a reference row in a catalogue compared with it (or, for ``added``, a row of the
    catalogue the reference has not). A row is ``weakened`` when any field is weaker or incomparable,
    else ``strengthened`` when any is stricter, else ``localised`` when any is localised (or the row
    moved to another area), else ``copied``."""

    COPIED = "copied"
    LOCALISED = "localised"
    STRENGTHENED = "strengthened"
    WEAKENED = "weakened"
    MISSING = "missing"
    """The reference row has no counterpart in the catalogue (matched neither by id nor by names)."""
    ADDED = "added"
    """A row of the catalogue the reference has not."""
    NOT_APPLICABLE = "not-applicable"
    """The catalogue marks the row (``not_applicable:``) or its whole area (``not_applicable_areas``) as
    not applying there."""

    def label(self, lang: str) -> str:
        """The status's name for a reader in ``lang`` (照搬, weakened …), from the language tables."""
        return report_text(f"compare.status.{self.value}", lang)


STATUSES: tuple[RowStatus, ...] = tuple(RowStatus)
"""The statuses in the order every output lists them."""


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """A row of the reference catalogue: its id, area and names (一级 / 二级 / 三级)."""

    id: str
    area: str
    name: str


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What became of one row in one compared catalogue.

    ``row`` is the reference row's id (for ``added``: the catalogue's own id), ``local_id`` the id the
    catalogue gives it (None when missing); ``fields`` are the fields that decided the status: the
    weaker and incomparable ones for ``weakened``, the stricter ones for ``strengthened``, and so on.
    """

    row: str
    area: str
    status: RowStatus
    local_id: str | None = None
    fields: tuple[str, ...] = ()
    name: str = ""


class Tally(Mapping[RowStatus, int]):
    """How many rows have each status: a read-only mapping listing every status (zeros included),
    with their ``total``."""

    __slots__ = ("_counts",)

    def __init__(self, counts: Mapping[RowStatus, int] | None = None) -> None:
        given = counts or {}
        self._counts = MappingProxyType({status: int(given.get(status, 0)) for status in STATUSES})

    @classmethod
    def of(cls, outcomes: Iterable[RowOutcome]) -> Tally:
        counts = dict.fromkeys(STATUSES, 0)
        for outcome in outcomes:
            counts[outcome.status] += 1
        return cls(counts)

    def __getitem__(self, status: RowStatus) -> int:
        return self._counts[status]

    def __iter__(self) -> Iterator[RowStatus]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)

    def __add__(self, other: Tally) -> Tally:
        return Tally({status: self[status] + other[status] for status in STATUSES})

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tally):
            return dict(self._counts) == dict(other._counts)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._counts.values()))

    def __repr__(self) -> str:
        return "Tally(" + ", ".join(f"{status.value}={count}" for status, count in self._counts.items()) + ")"

    @property
    def total(self) -> int:
        """Every row counted: the reference rows judged and the rows added."""
        return sum(self._counts.values())

    def to_dict(self) -> dict[str, int]:
        return {status.value: count for status, count in self._counts.items()}


@dataclass(frozen=True, slots=True)
class ComparedCatalogue:
    """One catalogue compared with the reference: who it is, which areas it speaks for, and the
    outcome of each row (reference rows of those areas in the reference's order, then rows added).

    ``covered`` are the areas judged: all of the reference's for a whole catalogue; for one with
    ``scope: part``, only those it has rows in or declares not applicable, since it does not speak for
    the others (their cells are empty, not counted as missing).
    """

    id: str
    name: str
    file: str | None
    level: str
    covered: tuple[str, ...]
    outcomes: tuple[RowOutcome, ...]

    def __iter__(self) -> Iterator[RowOutcome]:
        return iter(self.outcomes)

    def tally(self, area: str | None = None) -> Tally:
        """The statuses of this catalogue's rows, of one ``area`` or of all."""
        return Tally.of(o for o in self.outcomes if area is None or o.area == area)

    def status_of(self, row: str) -> RowStatus | None:
        """The status of reference row ``row`` here; None where its area is not covered."""
        return next((o.status for o in self.outcomes if o.row == row and o.status is not RowStatus.ADDED), None)


@dataclass(frozen=True, slots=True)
class RowTally:
    """One reference row across every catalogue compared: how often each status, and which catalogues
    weakened it or dropped it (their names)."""

    row: ReferenceRow
    tally: Tally
    weakened_in: tuple[str, ...]
    missing_in: tuple[str, ...]

    @property
    def taken_away(self) -> int:
        """How many catalogues weakened the row or left it out."""
        return self.tally[RowStatus.WEAKENED] + self.tally[RowStatus.MISSING]


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    """A file left out of a comparison: its name, the key of the reason's message in the CLI tables
    (``diff.unreadable``, ``diff.no_file``) and the findings that say why."""

    file: str
    reason: str
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class Comparison:
    """Catalogues compared with one reference catalogue. Iterating gives the
    :class:`ComparedCatalogue` values, in the order of their names (then files): never in the order
    they were given, so that a comparison does not depend on how a folder lists its files.

    ``merged`` says whether the catalogues were judged as the effective catalogues of their chains
    (what :func:`~grassroots_catalog.diffs.compare_files.compare_files` does unless told ``written``);
    ``unreadable`` names the files that could not be read, each with the key of the reason's message
    (``diff.unreadable``, ``diff.no_file``) and its findings; they are in no count.
    """

    against: str
    against_id: str
    against_title: str
    rows: tuple[ReferenceRow, ...]
    catalogues: tuple[ComparedCatalogue, ...]
    merged: bool = False
    ignored: tuple[str, ...] = ()
    unreadable: tuple[UnreadableFile, ...] = field(default=())

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.catalogues, key=lambda c: (c.name, c.file or "", c.id)))
        object.__setattr__(self, "catalogues", ordered)
        object.__setattr__(self, "unreadable", tuple(sorted(self.unreadable, key=lambda u: u.file)))

    def __iter__(self) -> Iterator[ComparedCatalogue]:
        return iter(self.catalogues)

    def __len__(self) -> int:
        return len(self.catalogues)

    @property
    def areas(self) -> tuple[str, ...]:
        """The areas of the matrix: every area some catalogue covers, the 26 pilot areas in their
        order, then further areas by slug."""
        seen = {area for c in self.catalogues for area in c.covered}
        pilot = [area.slug for area in PILOT_AREAS if area.slug in seen]
        return (*pilot, *sorted(seen - set(pilot)))

    def cell(self, catalogue: ComparedCatalogue, area: str) -> Tally | None:
        """The matrix cell: the statuses of ``catalogue``'s rows of ``area``; None where it does not
        cover the area."""
        if area not in catalogue.covered:
            return None
        return catalogue.tally(area)

    def by_catalogue(self) -> dict[str, Tally]:
        """Each catalogue's total over every area, by its name (in the comparison's order)."""
        return {c.name: c.tally() for c in self.catalogues}

    def by_area(self) -> dict[str, Tally]:
        """Each area's total over every catalogue."""
        totals = {area: Tally() for area in self.areas}
        for catalogue in self.catalogues:
            for area in catalogue.covered:
                if area in totals:
                    totals[area] = totals[area] + catalogue.tally(area)
        return totals

    def total(self) -> Tally:
        """Every row of every catalogue."""
        result = Tally()
        for catalogue in self.catalogues:
            result = result + catalogue.tally()
        return result

    def row_tallies(self) -> tuple[RowTally, ...]:
        """Each reference row across the catalogues, in the reference's order."""
        outcomes: dict[str, list[tuple[str, RowStatus]]] = {row.id: [] for row in self.rows}
        for catalogue in self.catalogues:
            for outcome in catalogue.outcomes:
                if outcome.status is not RowStatus.ADDED and outcome.row in outcomes:
                    outcomes[outcome.row].append((catalogue.name, outcome.status))
        return tuple(
            RowTally(
                row,
                Tally({s: sum(1 for _, status in outcomes[row.id] if status is s) for s in STATUSES}),
                tuple(name for name, status in outcomes[row.id] if status is RowStatus.WEAKENED),
                tuple(name for name, status in outcomes[row.id] if status is RowStatus.MISSING),
            )
            for row in self.rows
        )

    def most_taken_away(self, limit: int = 10) -> tuple[RowTally, ...]:
        """The reference rows most often weakened or left out (at least once), most first; ties by
        area and names, so the list is the same however the catalogues were given."""
        ranked = [t for t in self.row_tallies() if t.taken_away > 0]
        ranked.sort(key=lambda t: (-t.taken_away, -t.tally[RowStatus.WEAKENED], t.row.area, t.row.name, t.row.id))
        return tuple(ranked[:limit])
