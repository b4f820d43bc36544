"""The laws of the diff (docs/diff.md): a catalogue does not differ from itself; the diff of B against A
is the inverse of the diff of A against B; the order of rows plays no part; and the refinement
``--as-refinement`` writes turns A into B."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from grassroots_catalog.diffs import CatalogueDiff, ChangeKind, as_refinement, diff
from grassroots_catalog.domain.linking import Row, name_key
from grassroots_catalog.merge import Layer, compose
from grassroots_catalog.model.catalogue import Catalogue, Matter

from ..strategies import catalogue_data
from .strategies import any_pair, edited_pair, shuffled


def _key(result: CatalogueDiff, *, rows: bool = True) -> list[tuple[object, ...]]:
    """The changes as values; with ``rows=False`` a whole row added or removed only by its id."""
    whole = (ChangeKind.ADDED, ChangeKind.REMOVED)
    return [
        (c.kind, c.field, c.a_id, c.b_id, c.area_a, c.area_b, *((c.old, c.new) if rows or c.kind not in whole else ()))
        for c in result
    ]


@settings(max_examples=40)
@given(catalogue_data())
def test_a_catalogue_does_not_differ_from_itself(data: dict[str, object]) -> None:
    catalogue = Catalogue.model_validate(data)
    result = diff(catalogue, catalogue)
    assert result.equivalent and list(result) == []


@settings(max_examples=40)
@given(any_pair())
def test_the_diff_of_b_against_a_is_the_inverse(pair: tuple[Catalogue, Catalogue]) -> None:
    a, b = pair
    forward, backward = diff(a, b), diff(b, a)
    assert backward == forward.inverse()
    assert len(forward.added) == len(backward.removed) and len(forward.weaker) == len(backward.stricter)


@settings(max_examples=40)
@given(any_pair(), st.data())
def test_the_order_of_rows_plays_no_part(pair: tuple[Catalogue, Catalogue], data: st.DataObject) -> None:
    a, b = pair
    assert _key(diff(shuffled(data.draw, a), shuffled(data.draw, b))) == _key(diff(a, b))


@settings(max_examples=40)
@given(edited_pair())
def test_renumbered_rows_are_matched_not_removed_and_added(pair: tuple[Catalogue, Catalogue]) -> None:
    a, b = pair
    result = diff(a, b)

    def key(matter: Matter) -> tuple[str, tuple[str, ...]]:
        names = matter.name
        return matter.area, name_key(Row(None, matter.area, names.level1, names.level2, names.level3))

    # Rows whose names say something once folded, and say it of one row only on either side.
    keys = Counter(key(m) for m in (*a.matters, *b.matters))
    renumbered = {m.id for m in b.matters if ".renumbered" in m.id and key(m)[1] and keys[key(m)] == 2}
    assert not {c.b_id for c in result.added} & renumbered


@settings(max_examples=40)
@given(edited_pair())
def test_the_refinement_turns_a_into_b(pair: tuple[Catalogue, Catalogue]) -> None:
    a, b = pair
    result = diff(a, b)
    refinement = as_refinement(result, extends="a.yaml")
    applied = compose([Layer("a", a), Layer("refinement", refinement.catalogue)]).catalogue
    # What a refinement cannot state (a row moved or deleted, a value emptied, a mark lifted) is all
    # that is left: removed rows are kept, marked not applicable with a reason to fill in.
    assert _key(diff(applied, b), rows=False) == _key(CatalogueDiff(a, b, refinement.unexpressed), rows=False)
    assert all(c.kind is not ChangeKind.METADATA for c in refinement.unexpressed)


def test_rows_group_the_changes_of_each_row() -> None:
    from grassroots_catalog.read.load import load_catalogue

    from ..conftest import ROOT

    a = load_catalogue(ROOT / "catalogs/examples/county.yaml")
    b = load_catalogue(ROOT / "tests/diff/fixtures/county-revised.yaml")
    rows = diff(a, b).rows()
    birth = rows[("household-registration.0c9b71c5", "household-registration.0c9b71c5")]
    assert [c.field for c in birth] == ["time_limit", "channels"]
    assert (
        rows[("poverty-alleviation.a20ff94b", "poverty-alleviation.policy-regulations")][0].kind is ChangeKind.LOCALISED
    )
    assert len(rows) == 5


@settings(max_examples=40)
@given(edited_pair())
def test_ignoring_a_field_drops_exactly_its_changes(pair: tuple[Catalogue, Catalogue]) -> None:
    a, b = pair
    full = diff(a, b)
    for name in ("area", "mode", "not_applicable", "revised"):
        assert _key(diff(a, b, ignore=[name])) == [k for k, c in zip(_key(full), full, strict=True) if c.field != name]
