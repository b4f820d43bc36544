"""The field table (model/fields.py) agrees with the models, the docs and the layers that derive from it.

These tests are what makes "a new field is one row of the table and its declaration on the model"
safe: a field declared in one place and forgotten in another fails here, by name.
"""

from __future__ import annotations

import re
import typing
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain.vocabularies import (
    Audience,
    Channel,
    DisclosureLevel,
    Mode,
    vocabulary_choices,
    vocabulary_variants,
)
from grassroots_catalog.merge import lattice
from grassroots_catalog.merge.engine import COMPARED_FIELDS, EffectiveCatalogue, compose
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.merge.lattice import REFUSAL_SEVERITY, Change, classify
from grassroots_catalog.model.catalogue import Catalogue, Matter, MatterRefinement, Removal
from grassroots_catalog.model.fields import (
    BY_NAME,
    COMPARED,
    EXPLAINABLE,
    FIELDS,
    FLOW_STYLE,
    MULTI_VALUED,
    REMOVABLE,
    ROW_FIELDS,
    SCALARS,
    WEAKENABLE,
    Comparison,
    FieldSpec,
    Kind,
    field,
)
from grassroots_catalog.model.normalise import MATTER_NORMALISERS, normalise_matter
from grassroots_catalog.model.schema import catalogue_schema
from grassroots_catalog.read.writer import FLOW_KEYS, dump_catalogue
from grassroots_catalog.results import Severity

from .conftest import ROOT

# Keys of a matter that identify or mark it rather than being one of its columns.
STRUCTURAL = ("id", "area", "not_applicable", "row", "because")
# Keys of a refinement entry besides the fields it changes.
REFINEMENT_STRUCTURAL = ("id", "not_applicable", "remove", "because")

NAMES = tuple(spec.name for spec in FIELDS)

# A value as written for every field: a new field needs one here.
SAMPLES: dict[str, Any] = {
    "name": {"level1": "甲"},
    "content": ["条件"],
    "basis": ["《甲法》"],
    "time_limit": "信息形成（变更）20个工作日内",
    "subject": "示例县卫生健康局",
    "channels": ["政府网站"],
    "audience": ["全社会"],
    "mode": ["主动"],
    "level": ["县级"],
    "note": "备注",
}


# Another value for every field, as a refinement would write it.
OTHERS: dict[str, Any] = {
    "name": {"level1": "乙"},
    "content": ["办理流程"],
    "basis": ["《乙法》"],
    "time_limit": "实时公开",
    "subject": "示例县民政局",
    "channels": ["政府公报"],
    "audience": ["特定群体"],
    "mode": ["依申请"],
    "level": ["乡级"],
    "note": "另注",
}


def test_every_field_has_samples() -> None:
    assert set(SAMPLES) == set(NAMES) == set(OTHERS)


# --------------------------------------------------------------------------- the table and the models


def test_table_lists_every_field_of_matter_in_model_order() -> None:
    declared = tuple(name for name in Matter.model_fields if name not in STRUCTURAL)
    assert declared == NAMES, "a field of Matter is missing from model/fields.py, or the orders differ"


def test_kind_agrees_with_the_model_annotation() -> None:
    for spec in FIELDS:
        annotation = Matter.model_fields[spec.name].annotation
        is_tuple = typing.get_origin(annotation) is tuple
        assert is_tuple == spec.multi_valued, f"{spec.name}: kind {spec.kind} but annotated {annotation}"


def test_refinement_declares_every_field_in_table_order() -> None:
    declared = tuple(name for name in MatterRefinement.model_fields if name not in REFINEMENT_STRUCTURAL)
    assert declared == NAMES, "add the field to MatterRefinement too, at its place in the table"
    assert tuple(MatterRefinement.model_fields)[-3:] == ("not_applicable", "remove", "because")


def test_refinement_fields_are_optional_with_the_matter_defaults() -> None:
    for spec in FIELDS:
        info = MatterRefinement.model_fields[spec.name]
        assert not info.is_required(), spec.name
        assert info.default == (() if spec.multi_valued else None), spec.name


def test_removal_declares_exactly_the_removable_fields() -> None:
    assert tuple(Removal.model_fields) == REMOVABLE, "Removal must declare each removable field, in table order"
    for name in REMOVABLE:
        refined = typing.get_args(MatterRefinement.model_fields[name].annotation)
        assert typing.get_args(Removal.model_fields[name].annotation) == refined, name


def test_because_keys_are_the_weakenable_fields() -> None:
    schema = catalogue_schema()
    assert schema["$defs"]["Matter"]["properties"]["because"]["anyOf"][0]["propertyNames"]["enum"] == list(WEAKENABLE)
    Matter.model_validate({"id": "a", "area": "health", "name": {"level1": "甲"}, "because": {"mode": "依法"}})
    with pytest.raises(ValueError, match="because"):
        Matter.model_validate({"id": "a", "area": "health", "name": {"level1": "甲"}, "because": {"note": "x"}})


def test_a_value_added_and_removed_is_refused_for_every_removable_field() -> None:
    for name in REMOVABLE:
        value = SAMPLES[name]
        with pytest.raises(ValueError, match="both added and removed"):
            MatterRefinement.model_validate({"id": "a", name: value, "remove": {name: value}})


# --------------------------------------------------------------------------- the table and the docs


def _format_md_matter_rows() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    section = text.split("## Matter fields, in canonical order", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \| [^|]+ \| [^|]+ \| ([^|]+) \|", section, re.MULTILINE)


def test_docs_list_the_fields_in_table_order_with_their_chinese_names() -> None:
    rows = [(name, zh.strip()) for name, zh in _format_md_matter_rows() if name not in STRUCTURAL]
    assert tuple(name for name, _ in rows) == NAMES
    for name, zh in rows:
        assert zh in field(name).zh, f"{name}: docs/format.md calls it {zh}, the table {field(name).zh}"


def test_requirement_codes_and_severities_match_the_rules_page() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `(R\d\d)` \| [\w-]+ \| (\w+) \|", text, re.MULTILINE))
    for spec in FIELDS:
        if spec.requirement is not None:
            assert documented[spec.requirement.code] == spec.requirement.severity.slug, spec.name


def test_every_required_field_is_checked_by_a_rule_at_the_severity_the_table_gives() -> None:
    from grassroots_catalog.check.codes import CODES
    from grassroots_catalog.check.rules import RULES, missing_fields

    for spec in FIELDS:
        if spec.requirement is None:
            continue
        code = spec.requirement.code
        assert code in RULES, f"{spec.name}: no rule checks {code}"
        assert CODES[code].severity == spec.requirement.severity, spec.name
        if RULES[code] is missing_fields:
            assert missing_fields.REQUIRED[code] == spec.name
    assert set(missing_fields.REQUIRED) == set(missing_fields.CODES)


# --------------------------------------------------------------------------- what derives from the table


# The fields the layers listed by hand before the table, each list as it was.
_BEFORE_THE_TABLE = (
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
)


def _of_old(names: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name in (names if isinstance(names, tuple) else sorted(names)) if name in _BEFORE_THE_TABLE)


def test_derived_name_lists_keep_the_roles_the_old_fields_had() -> None:
    # A change here changes behaviour; a new field only adds to these lists.
    assert _of_old(COMPARED) == _BEFORE_THE_TABLE
    assert EXPLAINABLE == COMPARED == COMPARED_FIELDS
    assert _of_old(WEAKENABLE) == _BEFORE_THE_TABLE[:-1]
    assert _of_old(REMOVABLE) == _of_old(MULTI_VALUED) == ("content", "basis", "channels", "audience", "mode", "level")
    assert _of_old(SCALARS) == ("name", "time_limit", "subject", "note")
    assert _of_old(ROW_FIELDS) == _BEFORE_THE_TABLE[1:]
    assert _of_old(FLOW_STYLE) == ("audience", "channels", "level", "mode", "name")
    assert FLOW_STYLE | {"jurisdiction"} == FLOW_KEYS


def test_refusal_severity_comes_from_the_table() -> None:
    assert {k: v for k, v in REFUSAL_SEVERITY.items() if k != "matter"} == {
        spec.name: spec.refusal for spec in FIELDS if spec.refusal is not None
    }
    assert REFUSAL_SEVERITY["matter"] is Severity.ERROR


def test_the_lattice_names_no_field() -> None:
    source = (ROOT / "src" / "grassroots_catalog" / "merge" / "lattice.py").read_text(encoding="utf-8")
    code = re.sub(r'"""(.*?)"""', "", source, flags=re.DOTALL)  # docstrings may speak of fields
    for name in NAMES:
        assert f'"{name}"' not in code, f"lattice.py dispatches on {name!r}: give the field a Comparison instead"


def test_every_comparison_has_an_implementation() -> None:
    assert set(lattice._COMPARISONS) == set(Comparison)


@pytest.mark.parametrize("spec", FIELDS, ids=lambda s: s.name)
def test_dropping_every_value_is_weaker_unless_the_field_is_wording(spec: FieldSpec) -> None:
    sample = Matter.model_validate({"id": "a", "area": "health", **SAMPLES})
    parent = getattr(sample, spec.name)
    empty = () if spec.multi_valued else None
    change = classify(spec.name, parent, empty)
    assert classify(spec.name, parent, parent) is Change.EQUAL
    if spec.comparison is Comparison.WORDING:
        assert change is Change.LOCALISED
    else:
        assert change is Change.WEAKER
        assert spec.weakenable and spec.refusal is not None


def test_normalisers_come_from_the_table() -> None:
    assert list(MATTER_NORMALISERS) == ["area", *(s.name for s in FIELDS if s.normaliser is not None)]
    assert all(MATTER_NORMALISERS[s.name] is s.normaliser for s in FIELDS if s.normaliser is not None)
    fixed, notes = normalise_matter({"mode": "主动公开", "channels": "行政服务中心", "content": "·甲 ·乙"})
    assert fixed == {"mode": ["主动"], "channels": ["政务服务中心"], "content": ["甲", "乙"]}
    assert {path[0] for path, _ in notes} == {"mode", "channels", "content"}


# --------------------------------------------------------------------------- every field goes through merge and fmt


def _sample_matter(**changes: Any) -> dict[str, Any]:
    return {"id": "a", "area": "health", **SAMPLES, **changes}


def _compose(entry: dict[str, Any]) -> EffectiveCatalogue:
    parent = Catalogue.model_validate({"id": "p", "title": "t", "level": "national", "matters": [_sample_matter()]})
    child = Catalogue.model_validate(
        {"id": "c", "title": "t", "level": "county", "extends": "p", "form": "refinement", "refine": [entry]}
    )
    return compose([Layer("p", parent), Layer("c", child)])


@pytest.mark.parametrize("spec", FIELDS, ids=lambda s: s.name)
def test_a_refinement_adds_to_or_replaces_every_field(spec: FieldSpec) -> None:
    name = spec.name
    effective = _compose({"id": "a", name: OTHERS[name]})
    combined = SAMPLES[name] + OTHERS[name] if spec.multi_valued else OTHERS[name]
    expected = Matter.model_validate(_sample_matter(**{name: combined}))
    assert getattr(effective.written.matters[0], name) == getattr(expected, name)
    assert [o.field for o in effective.overrides] == [name]


@pytest.mark.parametrize("spec", [s for s in FIELDS if s.removable], ids=lambda s: s.name)
def test_removing_every_value_is_a_weakening_that_needs_a_reason(spec: FieldSpec) -> None:
    name = spec.name
    refused = _compose({"id": "a", "remove": {name: SAMPLES[name]}})
    assert getattr(refused.written.matters[0], name) == ()
    assert getattr(refused.catalogue.matters[0], name) != ()  # the inherited values are kept
    assert [(f.code, f.severity) for f in refused.findings] == [("M010", spec.refusal)]
    accepted = _compose({"id": "a", "remove": {name: SAMPLES[name]}, "because": {name: "依法另有规定"}})
    assert getattr(accepted.catalogue.matters[0], name) == ()
    assert [o.change for o in accepted.overrides] == [Change.WEAKER]


@pytest.mark.parametrize("spec", FIELDS, ids=lambda s: s.name)
def test_fmt_writes_every_field_in_its_style(spec: FieldSpec) -> None:
    catalogue = Catalogue.model_validate({"id": "p", "title": "t", "level": "national", "matters": [_sample_matter()]})
    text = dump_catalogue(catalogue)
    keys = re.findall(r"^(?:  - |    )(\w+):", text, re.MULTILINE)
    assert keys == ["id", "area", *NAMES]  # the table's order is the file's
    if spec.flow:
        assert re.search(rf"^    {spec.name}: [\[{{]", text, re.MULTILINE)
    elif spec.multi_valued:
        assert re.search(rf"^    {spec.name}:\n      - ", text, re.MULTILINE)


# --------------------------------------------------------------------------- normalisers are idempotent

_VOCABULARY_WORDS = {
    "channels": [*vocabulary_choices(Channel), *vocabulary_variants(Channel), "其他：法律服务网", "图书馆"],
    "audience": [*vocabulary_choices(Audience), *vocabulary_variants(Audience)],
    "mode": [*vocabulary_choices(Mode), *vocabulary_variants(Mode)],
    "level": [*vocabulary_choices(DisclosureLevel), *vocabulary_variants(DisclosureLevel)],
    "content": ["申请条件", "办理流程", "·申请条件 ·办理流程", "咨询电话"],
    "basis": ["《社会救助暂行办法》第十条", "【法律】《甲法》", "《甲》《乙》", "《甲》、《乙》"],
}
_SEPARATORS = st.sampled_from(["、", "，", ";", " ", "■", "□"])


@st.composite
def _raw_values(draw: st.DrawFn, name: str) -> Any:
    """What a user may write for a list or set field: one cell, or a list of cells, variants and all."""
    words = draw(st.lists(st.sampled_from(_VOCABULARY_WORDS[name]), min_size=1, max_size=5))
    if draw(st.booleans()):
        return words
    separator = draw(_SEPARATORS)
    return separator.join(words)


def test_every_list_or_set_field_has_idempotence_samples() -> None:
    assert set(_VOCABULARY_WORDS) == {s.name for s in FIELDS if s.multi_valued and s.normaliser is not None}


@pytest.mark.parametrize("spec", [s for s in FIELDS if s.multi_valued and s.normaliser], ids=lambda s: s.name)
@given(data=st.data())
def test_list_and_set_normalisers_are_idempotent(spec: FieldSpec, data: st.DataObject) -> None:
    assert spec.normaliser is not None
    raw = data.draw(_raw_values(spec.name))
    once, _ = spec.normaliser(raw)
    twice, notes = spec.normaliser(once)
    assert twice == once
    assert notes == []  # a canonical value has nothing left to change


# --------------------------------------------------------------------------- the table guards itself


def test_field_lookup() -> None:
    assert field("mode") is BY_NAME["mode"]
    assert field("mode").kind is Kind.SET and field("mode").flag is Mode.PROACTIVE
    with pytest.raises(KeyError, match="the fields are name, content"):
        field("colour")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": Kind.SCALAR, "order": None}, "only a list or a set"),
        ({"order": None}, "a set, and only a set"),
        ({"flag": None}, "a flag comparison"),
        ({"refusal": None}, "refusal severity"),
        ({"compared": False}, "only a compared field"),
    ],
)
def test_contradictory_rows_are_refused(changes: dict[str, Any], message: str) -> None:
    row = field("mode")
    values = {name: getattr(row, name) for name in FieldSpec.__dataclass_fields__}
    with pytest.raises(ValueError, match=message):
        FieldSpec(**{**values, **changes})
