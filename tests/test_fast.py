"""The optional accelerator: gives the same data as the checked reader or steps aside."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from grassroots_catalog import Catalogue, parse_catalogue
from grassroots_catalog.errors import InputRejected
from grassroots_catalog.read import fast
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.reader import read_yaml
from grassroots_catalog.read.writer import dump_catalogue

from .conftest import bundled_yaml_files
from .strategies import catalogue_data
from .test_reader import HOSTILE, _text_in_both_yaml_versions

pytestmark = pytest.mark.skipif(not fast.available(), reason="the accelerator is disabled in this run")


def _same_as_checked(text: str) -> None:
    """Equal data when both read the text; whatever the checked reader refuses, the loader refuses."""
    quick = fast.fast_read(text, DEFAULT_LIMITS)
    try:
        checked, _ = read_yaml(text)
    except InputRejected as rejected:
        result = parse_catalogue(text)
        assert result.catalogue is None
        assert (rejected.finding.code, rejected.finding.location) in [(f.code, f.location) for f in result.findings]
        return
    if quick is not None:
        assert _comparable(quick) == _comparable(checked)


def _comparable(value: object) -> object:
    """The value with each NaN replaced by a marker: ``.nan`` reads as a float that equals nothing."""
    if isinstance(value, float) and math.isnan(value):
        return "<nan>"
    if isinstance(value, dict):
        return {_comparable(k): _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


@given(catalogue_data())
def test_same_data_on_catalogues(data: dict[str, object]) -> None:
    # yaml-rs may decline a file (it fails on some valid flow scalars such as "0 -"), never disagree.
    _same_as_checked(dump_catalogue(Catalogue.model_validate(data)))


_scalars = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
_documents = st.recursive(
    _scalars,
    lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(st.text(max_size=10), c, max_size=4)),
    max_leaves=15,
)


@given(_documents, st.booleans())
def test_same_data_on_arbitrary_yaml(document: object, flow: bool) -> None:
    assume(_text_in_both_yaml_versions(document))
    _same_as_checked(yaml.safe_dump({"root": document}, allow_unicode=True, default_flow_style=flow))


@given(st.text(max_size=200))
def test_arbitrary_text_is_never_accepted_against_the_checked_reader(text: str) -> None:
    _same_as_checked(text)


@pytest.mark.parametrize("path", bundled_yaml_files(), ids=lambda p: p.name)
def test_bundled_files_take_the_fast_path(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert fast.fast_read(text, DEFAULT_LIMITS) == read_yaml(text)[0]


@pytest.mark.parametrize(("case", "text", "code", "line", "column"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_gets_the_same_refusal_with_or_without_it(
    case: str, text: str, code: str, line: int | None, column: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_fast = parse_catalogue(text, file="x.yaml").findings
    monkeypatch.setenv(fast.DISABLE_VARIABLE, "1")
    without = parse_catalogue(text, file="x.yaml").findings
    assert with_fast == without
    assert with_fast[0].code == code


def test_findings_found_on_the_fast_path_get_positions() -> None:
    text = (
        "id: d\ntitle: t\nlevel: county\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"
        "    mode: [主动公开]\n"
    )
    assert fast.fast_read(text, DEFAULT_LIMITS) is not None
    findings = parse_catalogue(text).findings
    assert [(f.code, f.location.line if f.location else None) for f in findings] == [("N001", 8)]


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1",
        "a: *x",
        "a: !t x",
        "%YAML 1.2\n---\na: 1",
        "a: 1\n---\nb: 2",
        "? [a]\n: 1",
        "a: {<<: x}",
        "b: [&x 1]",
        "&a a: 1",
        "--- \na: 1",
    ],
)
def test_gate_sends_yaml_syntax_to_the_checked_reader(text: str) -> None:
    assert fast.fast_read(text, DEFAULT_LIMITS) is None


@pytest.mark.parametrize("text", ["a: 1_000", "a: _0", "a: 0b101", "a: +0x10", "[1_0]", "1_0: x"])
def test_gate_sends_numbers_yaml_1_2_reads_as_text_to_the_checked_reader(text: str) -> None:
    assert fast.fast_read(text, DEFAULT_LIMITS) is None


@pytest.mark.parametrize(
    "text", ["url: https://x.cn/a?b=1&c=2", "name: 甲-乙", "a: 1.5", "note: 比例3*4", "id: sa.m_001", "name: 第_1项"]
)
def test_gate_lets_ordinary_text_through(text: str) -> None:
    assert fast.fast_read(text, DEFAULT_LIMITS) is not None


def test_limits_apply_on_the_fast_path() -> None:
    assert fast.fast_read("a: " + "x" * 50, Limits(max_value_chars=10)) is None
    assert fast.fast_read("a: [[[[1]]]]", Limits(max_depth=3)) is None


def test_disabling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fast.DISABLE_VARIABLE, "1")
    assert not fast.available()
    assert fast.fast_read("a: 1", DEFAULT_LIMITS) is None


def test_over_long_values_are_refused_by_the_reader_even_on_the_fast_path() -> None:
    """At the default limits the fast path skips its own walk: the models and the checked reader refuse."""
    head = "id: d\ntitle: t\nlevel: county\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"
    for field in ("time_limit", "subject", "note"):
        result = parse_catalogue(head + f"    {field}: " + "字" * 10_001 + "\n")
        assert result.catalogue is None and [f.code for f in result.findings] == ["Y009"], field
    result = parse_catalogue(head + "    channels: [" + "字" * 10_001 + "]\n")
    assert [f.code for f in result.findings] == ["Y009"]
    deep = parse_catalogue(head + "    extra: " + "[" * 30 + "]" * 30 + "\n")
    assert [f.code for f in deep.findings] == ["Y005"]
