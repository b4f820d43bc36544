"""The merge is handed its catalogues: a chain held in memory composes with no file at all."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from grassroots_catalog.merge import NATIONAL, compose, resolve_chain
from grassroots_catalog.model import Catalogue
from grassroots_catalog.read.load import LoadResult, parse_catalogue
from grassroots_catalog.results import Location
from grassroots_catalog.results import Path as DocPath

NATIONAL_ROW = {
    "id": "health.a",
    "area": "health",
    "name": {"level1": "甲"},
    "mode": ["主动"],
    "channels": ["政府网站"],
}

COUNTY = """\
id: county
title: 示例县
level: county
extends: province
form: refinement
refine:
  - id: health.a
    subject: 示例县卫生健康局
"""
PROVINCE = """\
id: province
title: 示例省
level: provincial
extends: national
form: refinement
"""


class MemorySource:
    """Catalogues as texts in a dict, keyed by id; extends names an id."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def key(self, location: str) -> str:
        return location

    def read(self, key: str) -> LoadResult:
        return parse_catalogue(self.texts[key], file=f"{key}.yaml")

    def parent(self, reference: str, child: LoadResult) -> str | tuple[str, dict[str, object]]:
        return reference if reference in self.texts else ("M001", {"reference": reference})

    def national(self) -> tuple[Catalogue, Any]:
        catalogue = Catalogue.model_validate(
            {"id": NATIONAL, "title": "国家", "level": "national", "matters": [NATIONAL_ROW]}
        )

        def locate(matter_id: str, path: DocPath) -> tuple[str | None, Location | None]:
            return "national.yaml", Location(1, 1)

        return catalogue, locate


@pytest.fixture
def no_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the merge opened a file: {args}")

    monkeypatch.setattr(builtins, "open", refuse)


@pytest.mark.usefixtures("no_files")
def test_a_chain_in_memory_composes_without_opening_a_file() -> None:
    chain = resolve_chain("county", source=MemorySource({"county": COUNTY, "province": PROVINCE}))
    assert chain.ok and [layer.key for layer in chain.layers] == [NATIONAL, "province", "county"]
    effective = compose(chain.layers)
    matter = effective.catalogue.matter("health.a")
    assert matter is not None and matter.subject == "示例县卫生健康局"
    assert effective.locate_written(("matters", 0, "mode")) == ("national.yaml", Location(1, 1))


@pytest.mark.usefixtures("no_files")
def test_a_parent_the_source_cannot_name_is_a_located_finding() -> None:
    chain = resolve_chain("county", source=MemorySource({"county": COUNTY}))
    assert not chain.ok
    assert [(f.code, f.file, f.location) for f in chain.findings] == [("M001", "county.yaml", Location(4, 1))]
