"""Values handed to callers cannot change under them; positions of a fast-path file are recovered once."""

from __future__ import annotations

import dataclasses
from unittest import mock

import pytest

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.read import load, reader
from grassroots_catalog.read.load import locate_in, parse_catalogue, read_catalogue

from .conftest import EXAMPLES


def test_a_load_result_is_frozen_and_holds_tuples() -> None:
    result = read_catalogue(EXAMPLES / "county.yaml")
    assert isinstance(result.findings, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "changed"  # type: ignore[misc]


def test_an_effective_catalogue_is_frozen_and_read_only() -> None:
    _, effective = resolve_file(EXAMPLES / "county.yaml")
    assert effective is not None
    assert isinstance(effective.layers, tuple) and isinstance(effective.overrides, tuple)
    assert isinstance(effective.findings, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        effective.findings = ()  # type: ignore[misc]
    matter_id = next(iter(effective.history))
    assert isinstance(effective.history[matter_id], tuple)
    with pytest.raises(TypeError):
        effective.history[matter_id] = ()  # type: ignore[index]


def test_positions_of_a_fast_path_file_are_recovered_once_and_not_carried_by_replace() -> None:
    text = (EXAMPLES / "county.yaml").read_text(encoding="utf-8")
    result = parse_catalogue(text, file="county.yaml")
    quick = dataclasses.replace(result, source_map=None)
    assert quick.positions is None
    calls = []
    real = reader.read_yaml

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(load, "read_yaml", counting):
        first = locate_in(quick, ("matters", 0, "id"))
        second = locate_in(quick, ("matters", 1, "id"))
    assert first is not None and second is not None and first != second
    assert len(calls) == 1  # the second finding reuses the map the first recovered
    assert quick.positions is not None and quick.source_map is None
    assert dataclasses.replace(quick, text=text).positions is None  # a derived result starts its own cache
