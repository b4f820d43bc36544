"""Positions read off the text (:mod:`grassroots_catalog.read.located`): the checked reader's, or none.

For every path through the data of a file, :class:`TextPositions` must give the position the checked
reader's :class:`SourceMap` gives, or say it is unsure; on the bundled catalogues it must never be
unsure. Whole loads must place the same findings at the same lines with the accelerator and without.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from grassroots_catalog import Catalogue, parse_catalogue
from grassroots_catalog.read import fast, load
from grassroots_catalog.read.characters import BAD_CHARACTER
from grassroots_catalog.read.limits import DEFAULT_LIMITS
from grassroots_catalog.read.located import TextPositions, Unsure
from grassroots_catalog.read.reader import read_yaml
from grassroots_catalog.read.writer import canonical_data
from grassroots_catalog.results import Path as DocPath

from .conftest import bundled_yaml_files
from .strategies import catalogue_data
from .test_reader import _text_in_both_yaml_versions

pytestmark = pytest.mark.skipif(not fast.available(), reason="the accelerator is disabled in this run")

ROOT = Path(__file__).resolve().parents[1]


def _paths(node: Any, prefix: DocPath = ()) -> Iterator[DocPath]:
    """Every path into ``node``, and one past each container's end (a missing key, a missing item)."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
        yield (*prefix, "no-such-key")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))
        yield (*prefix, len(node))


def _agreement(text: str) -> tuple[int, int]:
    """(paths placed, paths unsure); fails on any position other than the checked reader's.
    A text the accelerator declines has nothing to place: (0, 0)."""
    data = fast.fast_read(text, DEFAULT_LIMITS)
    if data is None:
        return 0, 0
    _, source_map = read_yaml(text)
    try:
        positions = TextPositions(text, data)
    except Unsure:
        return 0, 1
    placed = unsure = 0
    for path in _paths(data):
        found = positions.locate(path)
        if found is None:
            unsure += 1
        else:
            assert found == source_map.locate(path), path
            placed += 1
    return placed, unsure


@pytest.mark.parametrize("path", bundled_yaml_files(), ids=lambda p: p.name)
def test_every_position_in_a_bundled_file_is_the_checked_readers(path: Path) -> None:
    placed, unsure = _agreement(path.read_text(encoding="utf-8"))
    assert placed > 0
    if path.is_relative_to(ROOT / "catalogs"):
        assert unsure == 0  # the shipped catalogues' layout is read in full


def _styled(data: Any, seed: int) -> str:
    """Data written in some style: block or flow, indents of 2 or 4, folded lines, comments, CRLF."""
    chance = random.Random(seed)
    text = yaml.safe_dump(
        data,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=chance.choice([False, None]),
        width=chance.choice([30, 80, 4096]),
        indent=chance.choice([2, 4]),
    )
    lines = text.splitlines(keepends=True)
    for _ in range(chance.randrange(3)):
        at = chance.randrange(len(lines) + 1)
        lines.insert(at, chance.choice(["# 注释\n", "\n", "    # indented\n"]))
    text = "".join(lines)
    return text.replace("\n", "\r\n") if chance.random() < 0.2 else text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=5), st.integers(0, 2**32))
def test_a_catalogue_in_any_style_is_placed_as_the_checked_reader_places_it(data: dict[str, Any], seed: int) -> None:
    text = _styled(canonical_data(Catalogue.model_validate(data), exclude_unset=False), seed)
    _agreement(text)


_accepted = st.characters(exclude_categories=["Cs"]).filter(lambda c: BAD_CHARACTER.search(c) is None)
"""Characters the reader accepts (read/characters.py): the others are refused before anything is placed."""
_scalars = st.one_of(st.text(_accepted, max_size=12), st.integers(), st.booleans(), st.none())
_documents = st.recursive(
    _scalars,
    lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(st.text(_accepted, max_size=8), c, max_size=4)),
    max_leaves=15,
)


@settings(max_examples=150, deadline=None)
@given(_documents, st.integers(0, 2**32))
def test_arbitrary_yaml_is_placed_as_the_checked_reader_places_it_or_not_at_all(document: Any, seed: int) -> None:
    assume(_text_in_both_yaml_versions(document))
    _agreement(_styled({"root": document}, seed))


@pytest.mark.parametrize(
    "text",
    [
        "a:\n  - \n    b: 1\n",  # an item whose value starts below its dash
        "a: [1,\n  2]\n",  # a list over several lines
        "a:\n\t- 1\n",  # a tab
        "'a\\'b': 1\nc: [x]\n",  # a quoted key with an escape
        "a: {b: [1]}\n",  # a list inside a one-line mapping
        "a:\n  - - 1\n",  # a list inside a list
    ],
)
def test_layouts_it_does_not_read_are_left_to_the_checked_reader(text: str) -> None:
    data = fast.fast_read(text, DEFAULT_LIMITS)
    if data is None:
        return
    try:
        positions = TextPositions(text, data)
    except Unsure:
        return
    deepest = max(_paths(data), key=len)
    assert positions.locate(deepest) in (None, read_yaml(text)[1].locate(deepest))


def _findings(text: str, *, accelerated: bool) -> list[tuple[str, Any, Any]]:
    with mock.patch.dict(os.environ, {fast.DISABLE_VARIABLE: "" if accelerated else "1"}):
        result = parse_catalogue(text, file="x.yaml")
    return [(f.code, f.path, f.location) for f in result.findings]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=5), st.integers(0, 2**32))
def test_findings_are_placed_alike_with_and_without_the_accelerator(data: dict[str, Any], seed: int) -> None:
    plain = canonical_data(Catalogue.model_validate(data), exclude_unset=False)
    chance = random.Random(seed)
    for matter in plain.get("matters", []):  # spellings that normalisation corrects, so there are findings
        if chance.random() < 0.5:
            matter["mode"] = ["主动公开"]
        if chance.random() < 0.3:
            matter["level"] = ["县级", "乡级", "县级"]
    plain["level"] = "县级"
    text = _styled(plain, seed)
    found = _findings(text, accelerated=True)
    assert found == _findings(text, accelerated=False)
    assert any(location is not None for _, _, location in found)


def test_a_file_with_findings_is_not_read_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "id: d\ntitle: t\nlevel: 县级\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"
        "    mode: [主动公开]\n    channels: [政府网站, 政务服务中心]\n"
    )
    calls: list[str] = []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append("read")
        return read_yaml(*args, **kwargs)

    monkeypatch.setattr(load, "read_yaml", counting)
    findings = parse_catalogue(text).findings
    assert [(f.code, f.location.line if f.location else None) for f in findings] == [("N001", 3), ("N001", 8)]
    assert calls == []


def _validated(path: Path, *, accelerated: bool) -> list[tuple[Any, ...]]:
    from grassroots_catalog.check.validate import validate_file
    from grassroots_catalog.read.national import national_catalogue
    from grassroots_catalog.read.source import _national_file

    _national_file.cache_clear()  # the national files are read again, each way
    national_catalogue.cache_clear()
    with mock.patch.dict(os.environ, {fast.DISABLE_VARIABLE: "" if accelerated else "1"}):
        report = validate_file(path)
    _national_file.cache_clear()
    national_catalogue.cache_clear()
    return [(f.code, f.file, f.path, f.location, f.severity) for f in report.findings]


def _county_with_findings(folder: Path) -> Path:
    """A 60-matter county in the bundled examples' style with findings of every kind: old spellings,
    a repeated value, a missing field, rule findings on matters and on the catalogue."""
    lines = ["id: gen-county", "title: 生成县目录", "level: 县级", "revised: 2020-11-30", "matters:"]
    for i in range(60):
        lines += [
            f"  - id: social-assistance.g{i:03d}",
            "    area: social-assistance",
            f"    name: {{level1: 事项{i}}}",
            "    content:",
            "      - 申请条件",
            "      - 办理流程" if i % 7 else "      - 办理流程、办理流程",
            f"    mode: [{'主动公开' if i % 5 == 0 else '主动'}]",
            f"    channels: [政府网站{', 政府网站' if i % 9 == 0 else ''}]",
        ]
        if i % 4:
            lines.append("    subject: 生成县民政局")
    path = folder / "generated.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_validated_files_have_the_same_findings_at_the_same_places_with_and_without_the_accelerator(
    tmp_path: Path,
) -> None:
    cases = sorted((ROOT / "tests" / "cases").rglob("*.yaml"))
    files = [*bundled_yaml_files(), *cases, _county_with_findings(tmp_path)]
    placed = 0
    for path in files:
        with_it = _validated(path, accelerated=True)
        assert with_it == _validated(path, accelerated=False), path
        placed += sum(1 for finding in with_it if finding[3] is not None)
    assert placed > 100
