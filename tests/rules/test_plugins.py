"""Rule plugins: a package's rules run beside the built-in ones, with their own messages and sources."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from grassroots_catalog import CatalogError, Catalogue
from grassroots_catalog.check import rules as registry
from grassroots_catalog.check.rules import plugins, run

from . import example_plugin
from .test_rules import GOOD, META


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    provided: list[Any] = []

    def entry_points(group: str) -> list[Any]:
        assert group == registry.ENTRY_POINT_GROUP
        return provided

    monkeypatch.setattr(registry.package_metadata, "entry_points", entry_points)
    plugins.cache_clear()
    yield provided
    plugins.cache_clear()


def entry(module: Any, name: str = "example-province") -> Any:
    return SimpleNamespace(name=name, value=f"{module.__name__}", load=lambda: module)


def catalogue(**change: Any) -> Catalogue:
    return Catalogue.model_validate(
        {"id": "c", "title": "t", "level": "county", **META, "matters": [{**GOOD, **change}]}
    )


def test_a_plugin_rule_runs_with_its_own_message(installed: list[Any]) -> None:
    installed.append(entry(example_plugin))
    found = list(run(catalogue()))
    assert [f.code for f in found] == ["P01"]
    assert "咨询电话" in found[0].message("zh") and "示例省政务公开办法第八条" in found[0].message("en")
    assert list(run(catalogue(content=["办理流程", "咨询电话"]))) == []
    assert [f.code for f in run(catalogue(), select=["P01"])] == ["P01"]


def test_a_plugin_may_not_take_a_built_in_code(installed: list[Any]) -> None:
    clash = SimpleNamespace(__name__="clash", CODES=("R05",), SPECS=[], check=lambda context: iter(()))
    installed.append(entry(clash, "clash"))
    with pytest.raises(CatalogError, match="must be new"):
        plugins()


def test_a_broken_plugin_is_a_clear_error(installed: list[Any]) -> None:
    def fail() -> Any:
        raise ImportError("no module named province_rules")

    installed.append(SimpleNamespace(name="broken", value="province_rules", load=fail))
    with pytest.raises(CatalogError, match="cannot be loaded"):
        plugins()
