"""The lattice reads both ways: the verdict on B against A is the inverse of the verdict on A against B.

The diff's inverse law rests on this. Filling an empty subject or level, giving values to an empty
audience or mode and giving a 一级 name where there was none used to be "localised" while emptying
them was "weaker"; they are "stricter" now.
"""

from __future__ import annotations

from hypothesis import given, settings

from grassroots_catalog.merge.lattice import Change, classify
from grassroots_catalog.model.catalogue import Matter
from grassroots_catalog.model.fields import FIELDS

from ..strategies import matter_data

_INVERSE = {Change.STRICTER: Change.WEAKER, Change.WEAKER: Change.STRICTER}


@settings(max_examples=200)
@given(matter_data(), matter_data())
def test_every_field_verdict_inverts(first: dict[str, object], second: dict[str, object]) -> None:
    a, b = Matter.model_validate(first), Matter.model_validate(second)
    for spec in FIELDS:
        forward = classify(spec.name, getattr(a, spec.name), getattr(b, spec.name))
        backward = classify(spec.name, getattr(b, spec.name), getattr(a, spec.name))
        assert backward is _INVERSE.get(forward, forward), spec.name


def test_filling_an_empty_field_is_stricter_as_emptying_it_is_weaker() -> None:
    assert classify("subject", None, "县民政局") is Change.STRICTER
    assert classify("subject", "县民政局", None) is Change.WEAKER
    assert classify("level", (), ("县级",)) is Change.STRICTER
    assert classify("mode", (), ("依申请",)) is Change.STRICTER
    assert classify("mode", ("依申请",), ()) is Change.WEAKER
