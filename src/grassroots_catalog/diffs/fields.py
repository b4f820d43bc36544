"""What changed in a pair of rows, field by field, and in the catalogue's own values.

Each field of a matter gets the lattice's verdict (:func:`grassroots_catalog.merge.lattice.classify`,
from the field table): equal is no change; stricter, weaker, localised and incomparable are. The
not-applicable mark is compared too: marking a row not applicable takes it away (weaker), lifting the
mark gives it back (stricter), another reason is a change of wording (localised).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from grassroots_catalog.diffs.model import FIELD_KINDS, METADATA_FIELDS, ChangeKind
from grassroots_catalog.merge.lattice import Change as Verdict
from grassroots_catalog.merge.lattice import classify
from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.model.fields import FIELDS

__all__ = ["field_changes", "metadata_changes", "metadata_value", "not_applicable_change"]


def not_applicable_change(old: str | None, new: str | None) -> ChangeKind | None:
    """The change of a row's not-applicable mark, or None if it is the same."""
    if old == new:
        return None
    if old is None:
        return ChangeKind.WEAKER
    if new is None:
        return ChangeKind.STRICTER
    return ChangeKind.LOCALISED


def field_changes(a: Matter, b: Matter, ignore: frozenset[str]) -> Iterator[tuple[str, ChangeKind, Any, Any]]:
    """(field, kind, old, new) for each field of the two rows that differs, in table order.

    A row marked not applicable on either side is compared by its mark alone: what the fields of a row
    that does not apply say is moot, and a table blanks them.
    """
    if a.not_applicable is not None or b.not_applicable is not None:
        kind = not_applicable_change(a.not_applicable, b.not_applicable)
        if kind is not None and "not_applicable" not in ignore:
            yield "not_applicable", kind, a.not_applicable, b.not_applicable
        return
    mine, theirs = a.__dict__, b.__dict__
    for spec in FIELDS:
        name = spec.name
        if name in ignore:
            continue
        old, new = mine[name], theirs[name]
        if old is new or old == new:
            continue
        verdict = classify(name, old, new)
        if verdict is not Verdict.EQUAL:
            yield name, FIELD_KINDS[verdict], old, new


def metadata_value(catalogue: Catalogue, key: str) -> Any:
    """The value of a metadata key (``published.url``) in ``catalogue``; None where it has none."""
    if key == "not_applicable_areas":
        return tuple(sorted(catalogue.not_applicable_areas, key=lambda e: (e.area, e.reason))) or None
    head, _, tail = key.partition(".")
    value = getattr(catalogue, head)
    if tail:
        value = getattr(value, tail) if value is not None else None
    if value == ():
        return None
    return value.value if hasattr(value, "value") and not isinstance(value, str) else value


def metadata_changes(a: Catalogue, b: Catalogue, ignore: frozenset[str]) -> Iterator[tuple[str, Any, Any]]:
    """(key, old, new) for each metadata value that differs."""
    for key in METADATA_FIELDS:
        if key in ignore or key.partition(".")[0] in ignore:
            continue
        old, new = metadata_value(a, key), metadata_value(b, key)
        if old != new:
            yield key, old, new
