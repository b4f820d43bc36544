"""The merge laws, under hypothesis.

Identity, idempotence, associativity and commutation are stated for refinements whose weakenings all
carry reasons (a refused weakening is reported, not applied, so a squashed refinement may meet it
differently); the last law covers refusals: the result never holds a weaker value without a reason.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.merge import combine_refinements, compose
from grassroots_catalog.merge.engine import COMPARED_FIELDS, fold
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.merge.lattice import classify
from grassroots_catalog.model.catalogue import WEAKENABLE_FIELDS, Catalogue

from ..strategies import catalogue_data

ELEMENTS = ["申请条件", "办理流程", "补助标准", "监督电话"]
INSTRUMENTS = ["《甲法》", "《乙条例》", "《丙办法》"]
CHANNELS = ["政府网站", "两微一端", "政务服务中心", "便民服务站", "其他：法律服务网"]
VALUES = {
    "content": ELEMENTS,
    "basis": INSTRUMENTS,
    "channels": CHANNELS,
    "audience": ["全社会", "特定群体"],
    "mode": ["主动", "依申请"],
    "level": ["县级", "乡级", "村级"],
}
TIME_LIMITS = [
    "信息形成（变更）20个工作日内",
    "信息形成之日起10个工作日内",
    "信息形成之日起30个工作日内",
    "实时公开",
    "按规定",
]
REASONS = {name: {"reason": "依法另有规定"} for name in WEAKENABLE_FIELDS}


@st.composite
def entries(draw: st.DrawFn, matter_id: str, *, reasons: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": matter_id}
    removal: dict[str, list[str]] = {}
    for name, values in VALUES.items():
        if draw(st.booleans()):
            entry[name] = draw(st.lists(st.sampled_from(values), unique=True, min_size=1, max_size=2))
        others = [v for v in values if v not in entry.get(name, [])]  # adding and removing one value is refused
        if others and draw(st.integers(0, 3)) == 0:
            removal[name] = draw(st.lists(st.sampled_from(others), unique=True, min_size=1, max_size=2))
    if removal:
        entry["remove"] = removal
    if draw(st.booleans()):
        entry["time_limit"] = draw(st.sampled_from(TIME_LIMITS))
    if draw(st.booleans()):
        entry["subject"] = draw(st.sampled_from(["示例县民政局", "示例镇人民政府"]))
    if reasons or draw(st.booleans()):
        entry["because"] = REASONS
    return entry


@st.composite
def refinements(
    draw: st.DrawFn, base: Catalogue, *, reasons: bool = True, ids: list[str] | None = None, level: str = "provincial"
) -> Catalogue:
    available = ids if ids is not None else [m.id for m in base.matters]
    chosen = draw(st.lists(st.sampled_from(available), unique=True, max_size=3)) if available else []
    data = {
        "id": f"r-{level}",
        "title": "t",
        "level": level,
        "extends": "base",
        "form": "refinement",
        "refine": [draw(entries(matter_id, reasons=reasons)) for matter_id in chosen],
    }
    return Catalogue.model_validate(data)


@st.composite
def bases(draw: st.DrawFn) -> Catalogue:
    data = draw(catalogue_data(max_matters=4))
    data["level"] = "national"
    return Catalogue.model_validate(data)


def run(*catalogues: Catalogue) -> dict[str, Any]:
    effective = compose([Layer(c.id, c) for c in catalogues])
    return {m.id: m for m in effective.catalogue.matters}


EMPTY = Catalogue.model_validate(
    {"id": "empty", "title": "t", "level": "provincial", "extends": "base", "form": "refinement"}
)


@given(bases())
def test_an_empty_refinement_is_the_identity(base: Catalogue) -> None:
    assert run(base, EMPTY) == {m.id: m for m in base.matters}


@given(st.data())
def test_applying_a_refinement_twice_equals_once(data: st.DataObject) -> None:
    base = data.draw(bases())
    refinement = data.draw(refinements(base))
    again = refinement.model_copy(update={"id": "again", "level": "county"})
    assert run(base, refinement, again) == run(base, refinement)


def by_value(matters: dict[str, Any]) -> dict[str, Any]:
    """Matters with list fields as sets: the order of a list may differ when a later refinement adds
    back a value an earlier one removed (in turn it goes to the end; squashed, it keeps its place)."""
    return {
        i: {
            name: (frozenset(getattr(m, name)) if isinstance(getattr(m, name), tuple) else getattr(m, name))
            for name in (*COMPARED_FIELDS, "not_applicable")
        }
        for i, m in matters.items()
    }


@given(st.data())
def test_chained_refinements_compose_associatively(data: st.DataObject) -> None:
    base = data.draw(bases())
    province = data.draw(refinements(base))
    county = data.draw(refinements(base, level="county"))
    assert by_value(run(base, province, county)) == by_value(run(base, combine_refinements(province, county)))


@given(st.data())
def test_refinements_of_different_matters_commute(data: st.DataObject) -> None:
    base = data.draw(bases())
    ids = [m.id for m in base.matters]
    split = data.draw(st.integers(0, len(ids)))
    first = data.draw(refinements(base, ids=ids[:split]))
    second = data.draw(refinements(base, ids=ids[split:], level="municipal"))
    assert run(base, first, second) == run(
        base, second.model_copy(update={"level": "provincial"}), first.model_copy(update={"level": "municipal"})
    )


@given(st.data())
def test_the_result_is_never_weaker_without_a_recorded_reason(data: st.DataObject) -> None:
    base = data.draw(bases())
    refinement = data.draw(refinements(base, reasons=False))
    result = run(base, refinement)
    reasons = {entry.id: set(entry.because or {}) for entry in refinement.refine}
    for parent in base.matters:
        child = result[parent.id]
        for name in COMPARED_FIELDS:
            change = classify(name, getattr(parent, name), getattr(child, name))
            if change.needs_reason:
                assert name in reasons.get(parent.id, set()), (parent.id, name, change)


@given(st.data())
def test_resuming_from_the_fold_of_the_parents_equals_composing_the_whole_chain(data: st.DataObject) -> None:
    """What the composition cache relies on: each township resumes from its county's fold."""
    base = data.draw(bases())
    province = data.draw(refinements(base, reasons=False))
    county = data.draw(refinements(base, reasons=False, level="county"))
    layers = [Layer(c.id, c) for c in (base, province, county)]
    whole = compose(layers)
    for split in (1, 2):
        partial = fold(layers[:split])
        resumed = compose(layers, start=partial)
        assert resumed == whole
        assert compose(layers, start=partial) == whole  # the partial is not changed by resuming from it
