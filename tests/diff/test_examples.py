"""The diff on the bundled catalogues: national guidelines against a county, county against township, two
versions; and the laws on every pair of them."""

from __future__ import annotations

import itertools

import pytest

from grassroots_catalog.diffs import ChangeKind, diff, diff_files
from grassroots_catalog.read.load import load_catalogue

from ..conftest import EXAMPLES, ROOT

NATIONAL = ROOT / "catalogs" / "national" / "household-registration.yaml"
FILES = [
    NATIONAL,
    EXAMPLES / "county.yaml",
    EXAMPLES / "township.yaml",
    ROOT / "tests/diff/fixtures/county-revised.yaml",
]


def test_national_guidelines_against_the_county() -> None:
    result = diff_files(NATIONAL, EXAMPLES / "county.yaml", areas=("household-registration",), ignore=("note",))
    assert [c.a_id for c in result.removed] == ["household-registration.910a8103"]
    assert [c.b_id for c in result.added] == ["household-registration.local-certificates"]
    (swap,) = result.incomparable
    assert swap.field == "channels" and swap.a_id == "household-registration.f991b3f8"
    assert {c.field for c in result.metadata} >= {"level", "revised", "published.url"}


def test_county_against_township_merged_finds_what_the_township_marks_not_applicable() -> None:
    result = diff_files(EXAMPLES / "county.yaml", EXAMPLES / "township.yaml", merged=True)
    marked = [c for c in result.weaker if c.field == "not_applicable"]
    assert "household-registration.9c4453f9" in {c.a_id for c in marked}
    assert all(c.where_b is not None and c.where_b.file for c in marked)


def test_two_versions_of_the_county() -> None:
    result = diff_files(EXAMPLES / "county.yaml", ROOT / "tests/diff/fixtures/county-revised.yaml")
    counts = result.counts()
    assert counts[ChangeKind.WEAKER] == 1 and counts[ChangeKind.STRICTER] == 2 and counts[ChangeKind.LOCALISED] == 1
    # The basis now cites 《中华人民共和国户口登记条例》 for 《户口登记条例》: the same law, no change.
    assert not [c for c in result if c.field == "basis"]


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(FILES, 2)), ids=lambda p: p.stem)
def test_the_laws_hold_on_the_bundled_catalogues(first: object, second: object) -> None:
    a, b = load_catalogue(first), load_catalogue(second)  # type: ignore[arg-type]
    assert diff(a, a).equivalent
    assert diff(b, a) == diff(a, b).inverse()
