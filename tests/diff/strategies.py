"""Pairs of catalogues for the laws of the diff: B drawn as an edit of A, as analysts meet them."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.model.catalogue import Catalogue

from ..strategies import catalogue_data, cell, matter_data

_EDITABLE = (
    "name",
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "mode",
    "level",
    "note",
    "not_applicable",
)


def _build(data: dict[str, Any]) -> Catalogue:
    return Catalogue.model_validate(data)


@st.composite
def edited_pair(draw: st.DrawFn, *, moves: bool = True) -> tuple[Catalogue, Catalogue]:
    """A catalogue and an edit of it: rows dropped, added, renumbered, moved, fields changed, reordered."""
    a = draw(catalogue_data(max_matters=6))
    b = copy.deepcopy(a)
    matters: list[dict[str, Any]] = []
    for index, matter in enumerate(b["matters"]):
        action = draw(st.sampled_from(["keep", "keep", "edit", "edit", "drop", "renumber", "move"]))
        if action == "drop":
            continue
        if action == "renumber":
            matter["id"] = f"{matter['id']}.renumbered{index}"
        if action == "move" and moves:
            matter["area"] = draw(st.sampled_from(sorted(AREAS)))
        if action == "edit":
            other = draw(matter_data())
            for name in draw(st.lists(st.sampled_from(_EDITABLE), unique=True, min_size=1, max_size=4)):
                if name in other:
                    matter[name] = other[name]
                elif name not in ("name",):
                    matter.pop(name, None)
        matters.append(matter)
    for index in range(draw(st.integers(0, 2))):
        matters.append(draw(matter_data(f"added.row{index}")))
    b["matters"] = draw(st.permutations(matters))
    if draw(st.booleans()):
        b["title"] = draw(cell)
    if draw(st.booleans()):
        b["revised"] = "2021-03-01"
    try:
        return _build(a), _build(b)
    except ValueError:  # an edit that made two rows share an id: not a catalogue
        from hypothesis import reject

        reject()


@st.composite
def any_pair(draw: st.DrawFn) -> tuple[Catalogue, Catalogue]:
    """Two catalogues, edited from one another or not at all related."""
    if draw(st.booleans()):
        pair: tuple[Catalogue, Catalogue] = draw(edited_pair())
        return pair
    return _build(draw(catalogue_data(max_matters=5))), _build(draw(catalogue_data(max_matters=5)))


def shuffled(draw: st.DrawFn, catalogue: Catalogue) -> Catalogue:
    """The same catalogue with its rows in another order."""
    return catalogue.model_copy(update={"matters": tuple(draw(st.permutations(catalogue.matters)))})
