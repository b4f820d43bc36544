"""``compare(catalogues, against)``: many catalogues judged row by row against one.

Pure: catalogues in, a :class:`~grassroots_catalog.diffs.comparison.Comparison` out. Each catalogue
is diffed with the reference by :func:`~grassroots_catalog.diffs.compute.diff` (the same matching,
lattice and equivalences as ``gcat diff``), and each row's changes are reduced to one status by
:func:`judge`. Reading files, chains and the pool of processes are in
:mod:`grassroots_catalog.diffs.compare_files`.
"""

from __future__ import annotations

from collections.abc import Iterable

from grassroots_catalog.diffs.comparison import ComparedCatalogue, Comparison, ReferenceRow, RowOutcome, RowStatus
from grassroots_catalog.diffs.compute import diff
from grassroots_catalog.diffs.model import Change, ChangeKind
from grassroots_catalog.model.catalogue import Catalogue

__all__ = ["compare", "compare_one", "covered_areas", "judge", "reference_rows"]

_TAKEN_AWAY = (ChangeKind.WEAKER, ChangeKind.INCOMPARABLE)
_LOCAL = (ChangeKind.LOCALISED, ChangeKind.MOVED)


def judge(changes: Iterable[Change]) -> tuple[RowStatus, tuple[str, ...]]:
    """The status of a row both catalogues have, from its changes, and the fields that decided it.

    A row the compared catalogue marks not applicable (where the reference does not) is
    ``not-applicable``, whatever else differs; else the weakest change decides: weaker or
    incomparable, then stricter, then localised (a move between areas counts as localising), else the
    row was copied.
    """
    found = tuple(changes)
    for change in found:
        if change.field == "not_applicable" and change.new is not None and change.old is None:
            return RowStatus.NOT_APPLICABLE, ("not_applicable",)
    for kinds, status in (
        (_TAKEN_AWAY, RowStatus.WEAKENED),
        ((ChangeKind.STRICTER,), RowStatus.STRENGTHENED),
        (_LOCAL, RowStatus.LOCALISED),
    ):
        fields = tuple(dict.fromkeys(c.field or "" for c in found if c.kind in kinds))
        if fields:
            return status, fields
    return RowStatus.COPIED, ()


def covered_areas(catalogue: Catalogue, against: Catalogue) -> tuple[str, ...]:
    """The areas ``catalogue`` is judged in: every area of the reference (and its own) for a whole
    catalogue; for ``scope: part``, only the areas it has rows in or declares not applicable."""
    own = catalogue.areas_covered()
    if catalogue.is_part:
        return tuple(sorted(own))
    return tuple(sorted(own | {m.area for m in against.matters}))


def reference_rows(against: Catalogue) -> tuple[ReferenceRow, ...]:
    """The rows of the reference catalogue, in its order."""
    return tuple(ReferenceRow(m.id, m.area, str(m.name)) for m in against.matters)


def _label(catalogue: Catalogue) -> str:
    return catalogue.jurisdiction.name if catalogue.jurisdiction is not None else catalogue.title


def compare_one(
    catalogue: Catalogue, against: Catalogue, *, file: str | None = None, ignore: Iterable[str] = ()
) -> ComparedCatalogue:
    """One catalogue judged against the reference: the outcome of every reference row of the areas
    it covers, then of every row it adds there."""
    covered = covered_areas(catalogue, against)
    inapplicable = {exemption.area for exemption in catalogue.not_applicable_areas}
    result = diff(against, catalogue, ignore=ignore, areas=covered)
    by_row = result.rows()
    local = {(c.a_id, c.b_id) for c in result if c.a_id is not None and c.b_id is not None}
    local_of = dict(local)
    removed = {c.a_id for c in result.removed}
    outcomes: list[RowOutcome] = []
    kept = set(covered)
    for row in against.matters:
        if row.area not in kept:
            continue
        name = str(row.name)
        if row.area in inapplicable:
            outcomes.append(RowOutcome(row.id, row.area, RowStatus.NOT_APPLICABLE, None, ("area",), name))
        elif row.id in removed:
            outcomes.append(RowOutcome(row.id, row.area, RowStatus.MISSING, None, (), name))
        else:
            local_id = local_of.get(row.id, row.id)
            status, fields = judge(by_row.get((row.id, local_id), ()))
            outcomes.append(RowOutcome(row.id, row.area, status, local_id, fields, name))
    for change in result.added:
        outcomes.append(RowOutcome(change.row, change.area, RowStatus.ADDED, change.b_id, (), change.name))
    return ComparedCatalogue(
        id=catalogue.id,
        name=_label(catalogue),
        file=file,
        level=catalogue.level.value,
        covered=covered,
        outcomes=tuple(outcomes),
    )


def compare(
    catalogues: Iterable[Catalogue],
    against: Catalogue,
    *,
    ignore: Iterable[str] = (),
    files: Iterable[str | None] | None = None,
    against_name: str | None = None,
) -> Comparison:
    """Each of ``catalogues`` judged row by row against the reference catalogue ``against``.

    ``ignore`` names fields not compared (as for :func:`~grassroots_catalog.diffs.diff`; e.g. ``note``);
    ``files``, when given, names the file of each catalogue, in the same order; ``against_name`` is how
    outputs name the reference (default: its id). The catalogues are compared as they are: to judge a
    county on what its chain amounts to, pass its effective catalogue
    (:func:`~grassroots_catalog.diffs.compare_files.compare_files` does). Raises :class:`ValueError`
    for a name ``ignore`` does not know.
    """
    ignored = tuple(sorted(set(ignore)))
    given = list(catalogues)
    names = list(files) if files is not None else [None] * len(given)
    if len(names) != len(given):
        raise ValueError("files must name every catalogue")
    compared = tuple(
        compare_one(catalogue, against, file=file, ignore=ignored) for catalogue, file in zip(given, names, strict=True)
    )
    return Comparison(
        against=against_name or against.id,
        against_id=against.id,
        against_title=against.title,
        rows=reference_rows(against),
        catalogues=compared,
        merged=False,
        ignored=ignored,
    )
