"""``diff(a, b)``: the differences between two catalogues, as a :class:`CatalogueDiff`.

Pure: catalogues in, a diff out. Where each value sits (file, line, column, or a table's cell) is
given by a :data:`Locator` per side; :mod:`grassroots_catalog.diffs.files` makes them for files, a
caller with catalogues in memory passes none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from grassroots_catalog.diffs.fields import field_changes, metadata_changes
from grassroots_catalog.diffs.matching import match_rows
from grassroots_catalog.diffs.model import METADATA_FIELDS, ROW_FIELDS, CatalogueDiff, Change, ChangeKind, Where
from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.results import Path as DocPath

__all__ = ["IGNORABLE", "Locator", "diff", "diff_located"]

Locator = Callable[[DocPath], Where | None]
"""Where a path of a catalogue (``("matters", 3, "mode")``, ``("revised",)``) sits in its file."""

IGNORABLE: tuple[str, ...] = ("area", *ROW_FIELDS, *METADATA_FIELDS)
"""What ``ignore`` accepts: ``area`` (rows moved between areas), a matter's fields (the field table's and
``not_applicable``) and the metadata's keys."""


def _nowhere(path: DocPath) -> Where | None:
    return None


def _name(matter: Matter) -> str:
    return str(matter.name)


def diff(
    a: Catalogue,
    b: Catalogue,
    *,
    ignore: Iterable[str] = (),
    areas: Iterable[str] | None = None,
) -> CatalogueDiff:
    """The differences between catalogue ``a`` and catalogue ``b``.

    ``ignore`` names fields (and metadata keys) not to compare; ``areas``, when given, keeps only the
    rows of those areas (on either side). Raises :class:`ValueError` for a name ``ignore`` does not know.
    """
    return diff_located(a, b, ignore=ignore, areas=areas)


def diff_located(
    a: Catalogue,
    b: Catalogue,
    *,
    ignore: Iterable[str] = (),
    areas: Iterable[str] | None = None,
    locate_a: Locator = _nowhere,
    locate_b: Locator = _nowhere,
    a_file: str | None = None,
    b_file: str | None = None,
) -> CatalogueDiff:
    """:func:`diff`, each change placed in its files by ``locate_a`` and ``locate_b``."""
    ignored = frozenset(ignore)
    unknown = sorted(ignored - set(IGNORABLE))
    if unknown:
        raise ValueError(f"cannot ignore {', '.join(unknown)}: choose from {', '.join(IGNORABLE)}")
    kept = frozenset(areas) if areas is not None else None
    changes: list[Change] = [
        Change(
            ChangeKind.METADATA,
            key,
            None,
            None,
            None,
            None,
            old,
            new,
            locate_a(tuple(key.split("."))) if old is not None else None,
            locate_b(tuple(key.split("."))) if new is not None else None,
        )
        for key, old, new in metadata_changes(a, b, ignored)
    ]
    for pair in match_rows(a.matters, b.matters):
        left = a.matters[pair.a] if pair.a is not None else None
        right = b.matters[pair.b] if pair.b is not None else None
        if kept is not None and not ({m.area for m in (left, right) if m is not None} & kept):
            continue
        if left is None and right is not None:
            changes.append(
                Change(
                    ChangeKind.ADDED,
                    None,
                    None,
                    right.id,
                    None,
                    right.area,
                    None,
                    right,
                    None,
                    locate_b(("matters", pair.b or 0)),
                    name_b=_name(right),
                )
            )
            continue
        if right is None and left is not None:
            changes.append(
                Change(
                    ChangeKind.REMOVED,
                    None,
                    left.id,
                    None,
                    left.area,
                    None,
                    left,
                    None,
                    locate_a(("matters", pair.a or 0)),
                    None,
                    name_a=_name(left),
                )
            )
            continue
        if left is None or right is None or pair.a is None or pair.b is None:  # pragma: no cover - pairs have both
            continue
        ia, ib = pair.a, pair.b
        moved = left.area != right.area and "area" not in ignored
        found = [("area", ChangeKind.MOVED, left.area, right.area)] if moved else []
        for field_name, kind, old, new in [*found, *field_changes(left, right, ignored)]:
            changes.append(
                Change(
                    kind,
                    field_name,
                    left.id,
                    right.id,
                    left.area,
                    right.area,
                    old,
                    new,
                    locate_a(("matters", ia, field_name)),
                    locate_b(("matters", ib, field_name)),
                    pair.match,
                    _name(left),
                    _name(right),
                )
            )
    return CatalogueDiff(a, b, tuple(changes), a_file, b_file, tuple(sorted(ignored)))
