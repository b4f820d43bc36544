"""The rule contract: modules match the Rule protocol, options are declared, severities depart by choice."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from grassroots_catalog import Catalogue
from grassroots_catalog.check import rules as registry
from grassroots_catalog.check.codes import CODES
from grassroots_catalog.check.rules import MODULES, OPTIONS, RULES, Rule, contract_problems, run
from grassroots_catalog.check.rules.contract import finding
from grassroots_catalog.results import Severity

from .test_rules import GOOD, META


def catalogue(**change: Any) -> Catalogue:
    return Catalogue.model_validate(
        {"id": "c", "title": "t", "level": "county", **META, "matters": [{**GOOD, **change}]}
    )


def test_every_built_in_module_is_a_rule_holding_its_own_specs() -> None:
    for module in MODULES:
        assert isinstance(module, Rule) and contract_problems(module) == []
        assert [spec.code for spec in module.SPECS] == list(module.CODES)
        assert all(CODES[spec.code] is spec for spec in module.SPECS)
    assert set(RULES) == {code for module in MODULES for code in module.CODES}


def test_a_module_missing_part_of_the_contract_is_named() -> None:
    partial = SimpleNamespace(CODES=("X01",), SPECS=(), check=lambda context: iter(()))
    assert not isinstance(partial, Rule)
    assert contract_problems(partial) == ["it needs OPTIONS, WHOLE_CATALOGUE"]
    unspecified = SimpleNamespace(CODES=("X01",), SPECS=(), OPTIONS={}, WHOLE_CATALOGUE=False, check=lambda c: iter(()))
    assert contract_problems(unspecified) == ["each of its CODES needs a CodeSpec in SPECS, in the same order"]


def test_the_rules_declare_their_options() -> None:
    assert {"as_of", "stale_after_days"} <= set(OPTIONS)
    assert OPTIONS["as_of"].type is dt.date and OPTIONS["stale_after_days"].default == 365
    assert all(option.help_zh and option.help_en for option in OPTIONS.values())


def test_an_unknown_option_is_an_error_naming_it_and_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown rule options: as_off; the rules read as_of, stale_after_days"):
        list(run(catalogue(), options={"as_off": dt.date(2021, 1, 1)}))


def test_an_option_of_the_wrong_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="stale_after_days should be int, not str"):
        list(run(catalogue(), options={"stale_after_days": "30"}))
    with pytest.raises(ValueError, match="as_of should be date"):
        list(run(catalogue(), options={"as_of": "2021-01-01"}))


def test_declared_defaults_reach_the_rules() -> None:
    assert registry.resolve_options(None) == {"as_of": dt.date(2020, 12, 31), "stale_after_days": 365}
    stale = {"revised": "2019-11-30", "published": META["published"]}
    data = {"id": "c", "title": "t", "level": "county", **stale, "scope": "part", "matters": [GOOD]}
    assert [f.code for f in run(Catalogue.model_validate(data))] == ["R06"]
    assert list(run(Catalogue.model_validate(data), options={"stale_after_days": 400})) == []


def test_a_finding_takes_its_code_s_default_severity_unless_it_departs() -> None:
    assert finding("R12", ("matters", 0), reason="empty", matter="a").severity is Severity.ERROR
    unparsed = finding("R12", ("matters", 0), reason="unparsed", severity=Severity.WARNING, matter="a", text="x")
    assert unparsed.severity is Severity.WARNING and unparsed.ctx["reason"] == "unparsed"
    assert "reason" not in finding("R05", ("matters", 0), matter="a").ctx


def test_a_finding_must_name_a_reason_its_code_has() -> None:
    with pytest.raises(ValueError, match="R12 has no message for reason ''; it has 'empty', 'unparsed'"):
        finding("R12", ("matters", 0), matter="a")
    with pytest.raises(ValueError, match="R99 has no spec"):
        finding("R99", ())
