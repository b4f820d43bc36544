"""``--as-refinement``: the refinement that turns catalogue A into catalogue B.

Every difference becomes what a refinement file (docs/merge.md) says: a changed field a ``refine:``
entry (values added, ``remove:`` for values taken away, single values replaced), a row B adds a new
matter, a row B drops a not-applicable mark whose reason is left to fill in, and each weakening a
``because:`` entry with a placeholder reason. So an edited table becomes a refinement a reviewer
reads change by change, and composing A with it (the merge) gives B.

Some differences no refinement can state: a refinement cannot move a row to another area, empty a
single value, lift a not-applicable mark or delete a row outright. They are listed in
:attr:`Refinement.unexpressed` (and as comments at the head of the file); the law in
``tests/diff`` holds that the diff of the composed catalogue against B is exactly those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from grassroots_catalog.diffs.model import CatalogueDiff, Change, ChangeKind
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.catalogue import Catalogue, MatterRefinement
from grassroots_catalog.model.fields import BY_NAME, REMOVABLE, WEAKENABLE

__all__ = ["Refinement", "as_refinement"]

_NEEDS_REASON = (ChangeKind.WEAKER, ChangeKind.INCOMPARABLE)


@dataclass(frozen=True, slots=True)
class Refinement:
    """The refinement of A that gives B, and the differences it cannot state."""

    catalogue: Catalogue
    unexpressed: tuple[Change, ...]


def _entry_for(changes: Sequence[Change], lang: str) -> tuple[dict[str, Any] | None, list[Change]]:
    """One ``refine:`` entry for the field changes of one row, and the changes it cannot state."""
    entry: dict[str, Any] = {}
    removal: dict[str, list[Any]] = {}
    because: dict[str, dict[str, str]] = {}
    unexpressed: list[Change] = []
    for change in changes:
        name = change.field or ""
        if name == "not_applicable":
            continue  # a separate entry: a refinement's not-applicable mark sets nothing else
        spec = BY_NAME[name]
        if spec.multi_valued:
            old, new = list(change.old or ()), list(change.new or ())
            added = [value for value in new if value not in old]
            taken = [value for value in old if value not in new]
            if added:
                entry[name] = added
            if taken and name in REMOVABLE:
                removal[name] = taken
        elif change.new is None:
            unexpressed.append(change)  # a single value cannot be emptied by a refinement
            continue
        else:
            entry[name] = change.new
        if change.kind in _NEEDS_REASON and name in WEAKENABLE:
            because[name] = {"reason": report_text("diff.refinement.because", "zh" if lang == "zh" else "en")}
    if removal:
        entry["remove"] = removal
    if because:
        entry["because"] = because
    return (entry or None), unexpressed


def as_refinement(result: CatalogueDiff, *, extends: str, lang: str = "zh") -> Refinement:
    """The refinement that turns ``result.a`` into ``result.b``; ``extends`` is how it names A (a path)."""
    b = result.b
    refine: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    added = []
    unexpressed: list[Change] = []
    by_row: dict[str, list[Change]] = {}
    placeholder = report_text("diff.refinement.not_applicable", lang)
    for change in result:
        if change.kind is ChangeKind.METADATA:
            continue  # the refinement carries B's metadata as a whole
        if change.kind is ChangeKind.ADDED:
            added.append(change.new)
        elif change.kind is ChangeKind.REMOVED:
            marks.append({"id": change.a_id, "not_applicable": placeholder})
            unexpressed.append(change)  # kept, marked not applicable: a refinement cannot delete a row
        elif change.kind is ChangeKind.MOVED:
            unexpressed.append(change)
        elif change.field == "not_applicable":
            if change.new is None:
                unexpressed.append(change)
            else:
                marks.append({"id": change.a_id, "not_applicable": change.new})
        else:
            by_row.setdefault(change.a_id or "", []).append(change)
    for row_id, changes in by_row.items():
        entry, missed = _entry_for(changes, lang)
        unexpressed += missed
        if entry is not None:
            refine.append({"id": row_id, **entry})
    refinements = [MatterRefinement.model_validate(data) for data in (*refine, *marks)]
    catalogue = b.model_copy(
        update={"extends": extends, "form": "refinement", "refine": tuple(refinements), "matters": tuple(added)}
    )
    return Refinement(catalogue, tuple(unexpressed))
