"""The national guidelines as data: faithful to the extracts, stable ids, completeness stated."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from grassroots_catalog import CatalogError
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.identity import assign_ids, matter_id
from grassroots_catalog.read.extracts import extract_to_catalogue
from grassroots_catalog.read.national import (
    completeness_statement,
    is_partial,
    known_rows,
    national_catalogue,
    national_catalogues,
)

from .conftest import ROOT

SOURCES = sorted((ROOT / "sources" / "guidelines").glob("*.yaml"))


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("convert_guidelines", ROOT / "scripts" / "convert_guidelines.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def test_conversion_is_current_and_deterministic() -> None:
    """Re-running the script changes nothing: the committed files are exactly its output."""
    first = _script().generated_files()
    second = _script().generated_files()
    assert first == second
    for path, text in first.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run scripts/convert_guidelines.py"


def test_one_catalogue_per_area_and_220_rows() -> None:
    catalogues = national_catalogues()
    assert list(catalogues) == list(AREAS)
    assert sum(len(c.matters) for c in catalogues.values()) == 220


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_rows_and_recovered_values_are_kept(source: Path) -> None:
    extract = _extract(source)
    catalogue = national_catalogue(source.stem)
    rows = extract["matters"]
    assert len(catalogue.matters) == len(rows)
    for row, matter in zip(rows, catalogue.matters, strict=True):
        assert matter.row == row["seq"]
        assert (matter.name.level1, matter.name.level2) == (row.get("level1"), row.get("level2"))
        assert list(matter.content) == (row.get("content") or [])
        assert [i.as_text() for i in matter.basis] == (row.get("basis") or [])
        assert (matter.time_limit.text if matter.time_limit else None) == row.get("time_limit")
        assert matter.subject == row.get("subject")
        assert matter.note == row.get("note")
        assert len(matter.channels) == len(row.get("channels") or [])  # normalised, none dropped
        assert [m.zh for m in matter.mode] == (row.get("mode") or [])


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_completeness_is_stated(source: Path) -> None:
    catalogue = national_catalogue(source.stem)
    assert catalogue.completeness is not None
    assert catalogue.completeness.status == "partial"
    assert catalogue.completeness.known_rows == len(catalogue.matters) == known_rows(catalogue)
    assert catalogue.completeness.fidelity == _extract(source)["area"]["fidelity"]
    assert is_partial(catalogue)
    assert catalogue.sources, "every national catalogue names its sources"


def test_ids_are_unique_across_all_areas() -> None:
    ids = [m.id for c in national_catalogues().values() for m in c.matters]
    assert len(ids) == len(set(ids))
    assert all(
        i.startswith(m.area + ".")
        for c in national_catalogues().values()
        for m, i in zip(c.matters, [m.id for m in c.matters], strict=True)
    )


def test_ids_survive_reordering_and_insertion() -> None:
    extract = _extract(ROOT / "sources" / "guidelines" / "social-assistance.yaml")
    before = {m.name.parts(): m.id for m in extract_to_catalogue(extract).matters}
    shuffled = copy.deepcopy(extract)
    shuffled["matters"].reverse()
    shuffled["matters"].insert(3, {"seq": 99, "level1": "新增事项", "level2": "本地补充"})
    after = {m.name.parts(): m.id for m in extract_to_catalogue(shuffled).matters}
    assert all(after[name] == identifier for name, identifier in before.items())
    assert len(after) == len(before) + 1


def test_id_scheme() -> None:
    assert matter_id("health", "甲", "乙") == matter_id("health", "甲 ", "乙")  # white space folded
    assert matter_id("health", "甲", "乙") != matter_id("health", "乙", "甲")
    assert matter_id("health", None, "甲") != matter_id("health", "甲", None)
    assert assign_ids("health", [("甲", None, None), ("甲", None, None)])[1].endswith("-2")


def test_completeness_statement_in_both_languages() -> None:
    catalogue = national_catalogue("poverty-alleviation")
    assert completeness_statement(catalogue, "poverty-alleviation", "en") == (
        "checked against 6 known national rows of 扶贫 (Poverty alleviation); the national table is longer"
    )
    assert (
        completeness_statement(catalogue, "poverty-alleviation", "zh")
        == "据已知的 6 条扶贫国家指引事项检查；国家指引原表更长"
    )


def test_unknown_area_is_a_clear_error() -> None:
    with pytest.raises(CatalogError, match="gcat areas"):
        national_catalogue("tourism")
