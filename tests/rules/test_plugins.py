"""Rule plugins: a package's rules run beside the built-in ones, with their own messages and sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from grassroots_catalog import CatalogError, Catalogue, Finding, Severity
from grassroots_catalog.check import rules as registry
from grassroots_catalog.check.rules import plugins, run
from grassroots_catalog.check.rules.contract import CodeSpec, RuleContext

from . import example_plugin
from .test_rules import GOOD, META


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    provided: list[Any] = []

    def entry_points(group: str) -> list[Any]:
        assert group == registry.ENTRY_POINT_GROUP
        return provided

    monkeypatch.setattr(registry, "installed_entry_points", entry_points)
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


def test_a_plugin_reports_by_reason_and_declares_its_options(installed: list[Any]) -> None:
    installed.append(entry(example_plugin))
    empty = [f for f in run(catalogue(content=[])) if f.code == "P01"]
    assert [(f.severity.slug, f.ctx["reason"]) for f in empty] == [("info", "no-content")]
    assert "没有公开内容" in empty[0].message("zh")
    assert list(run(catalogue(content=["联系方式：12345"]), options={"contact_word": "联系方式"})) == []
    assert "contact_word" in registry.all_options()
    with pytest.raises(ValueError, match="contact_word"):  # the error lists the plugin's option as known
        list(run(catalogue(), options={"contact": "x"}))


def test_a_plugin_in_the_earlier_shape_keeps_working(installed: list[Any]) -> None:
    """SPECS as CodeSpec(code, name, severity, zh, en, fix_zh, fix_en, citation), no OPTIONS, no
    WHOLE_CATALOGUE (the defaults of a row rule without options), findings made by the earlier
    finding(code, severity, path, **ctx) of check.rules._common."""

    from grassroots_catalog.check.rules import _common as earlier_contract

    def check(context: RuleContext) -> Iterator[Finding]:
        yield earlier_contract.finding("P02", Severity.INFO, ("matters",), count=len(context.catalogue.matters))

    spec = CodeSpec("P02", "matter-count", Severity.INFO, "共 {count} 个事项", "{count} matters", "", "", "示例")
    earlier = SimpleNamespace(__name__="earlier", CODES=("P02",), SPECS=[spec], check=check)
    installed.append(entry(earlier, "earlier"))
    found = list(run(catalogue()))
    assert [f.code for f in found] == ["P02"] and found[0].message("en") == "1 matters [示例]"
    assert earlier.WHOLE_CATALOGUE is False and earlier.OPTIONS == {}


def test_a_plugin_without_specs_is_refused(installed: list[Any]) -> None:
    installed.append(entry(SimpleNamespace(__name__="bare", CODES=("P03",), check=lambda context: iter(())), "bare"))
    with pytest.raises(CatalogError, match="needs SPECS"):
        plugins()


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


def test_the_example_rule_of_the_contributing_guide_follows_the_contract(installed: list[Any], tmp_path: Path) -> None:
    """docs/contributing.md shows a complete module and its test cases: both hold."""
    import importlib.util
    import re

    from ..conftest import ROOT

    guide = (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    source = re.search(r'```python title="src/[^"]+"\n(.*?)```', guide, re.DOTALL)
    cases = re.search(r'```python title="tests/[^"]+"\n(.*?)```', guide, re.DOTALL)
    assert source is not None and cases is not None
    (tmp_path / "content_elements.py").write_text(source.group(1), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("content_elements", tmp_path / "content_elements.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert registry.contract_problems(module) == []
    installed.append(entry(module, "guide"))
    table: dict[str, list[Any]] = {"FIRES": [], "QUIET": []}
    exec(cases.group(1), {}, table)
    for _, change, expected in table["FIRES"]:
        found = [(f.code, f.severity.slug) for f in run(catalogue(**change))]
        assert expected in found, (change, found)
    for _, change in table["QUIET"]:
        assert list(run(catalogue(**change))) == []
    assert [f.code for f in run(catalogue(content=["办理流程"]), options={"min_content": 1})] == []


def test_entry_points_are_looked_up_only_where_a_distribution_may_declare_the_group(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "other-1.0.dist-info").mkdir(parents=True)
    (site / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nx = y:z\n", encoding="utf-8")
    (site / "bare-1.0.dist-info").mkdir()  # no entry_points.txt at all
    (site / "legacy.egg-info").write_text("Metadata-Version: 1.0\n", encoding="utf-8")  # a file, not a folder
    assert not registry.may_declare(registry.ENTRY_POINT_GROUP, [str(site), str(tmp_path / "missing")])
    plugin = site / "province_rules-1.0.dist-info"
    plugin.mkdir()
    (plugin / "entry_points.txt").write_text(f"[{registry.ENTRY_POINT_GROUP}]\np = m\n", encoding="utf-8")
    assert registry.may_declare(registry.ENTRY_POINT_GROUP, [str(site)])
    egg = tmp_path / "legacy_rules-1.0-py3.11.egg"  # an old egg, on the path itself or inside a folder on it
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "entry_points.txt").write_text(f"[{registry.ENTRY_POINT_GROUP}]\np = m\n", encoding="utf-8")
    assert registry.may_declare(registry.ENTRY_POINT_GROUP, [str(egg)])
    assert registry.may_declare(registry.ENTRY_POINT_GROUP, [str(tmp_path)])
    upper = tmp_path / "upper"
    (upper / "Shouting-1.0.DIST-INFO").mkdir(parents=True)
    (upper / "Shouting-1.0.DIST-INFO" / "entry_points.txt").write_text(
        f"[{registry.ENTRY_POINT_GROUP}]\np = m\n", encoding="utf-8"
    )
    assert registry.may_declare(registry.ENTRY_POINT_GROUP, [str(upper)])
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert registry.may_declare(registry.ENTRY_POINT_GROUP, [str(archive)])  # only importlib.metadata reads zips
    assert registry.installed_entry_points("no.such.group.anywhere") == ()
