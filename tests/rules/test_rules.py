"""Each requirement rule: a fragment that makes it fire, and one that keeps it quiet."""

from __future__ import annotations

from typing import Any

import pytest

from grassroots_catalog import Catalogue
from grassroots_catalog.check.rules import RULES, run

GOOD: dict[str, Any] = {
    "id": "a.one",
    "area": "health",
    "name": {"level1": "政策文件", "level2": "规范性文件"},
    "content": ["文件名称", "文号"],
    "basis": ["《中华人民共和国政府信息公开条例》"],
    "time_limit": "信息形成（变更）20个工作日内",
    "subject": "示例县卫生健康局",
    "channels": ["政府网站", "政务服务中心"],
    "audience": ["全社会"],
    "mode": ["主动"],
    "level": ["县级", "乡级"],
}


META: dict[str, Any] = {
    "revised": "2020-11-30",
    "scope": "part",
    "published": {"date": "2020-12-15", "url": "https://www.example-county.gov.cn/bzml/"},
}
"""A one-row catalogue is one part of a county's (``scope: part``), so the rules on the catalogue as a
whole (area coverage) stay out of the row rules' tests; they have their own below."""


def codes(
    *matters: dict[str, Any], level: str = "county", meta: dict[str, Any] | None = None, **options: Any
) -> list[tuple[str, str]]:
    data = {"id": "c", "title": "t", "level": level, **(META if meta is None else meta), "matters": list(matters)}
    return sorted((f.code, f.severity.slug) for f in run(Catalogue.model_validate(data), options=options))


def test_a_complete_row_is_quiet() -> None:
    assert codes(GOOD) == []


FIRES = [
    ("R09", {"name": {"level2": "规范性文件"}}, ("R09", "error")),
    ("R10", {"content": []}, ("R10", "error")),
    ("R11 empty", {"basis": []}, ("R11", "error")),
    ("R11 no 《》", {"basis": ["信息公开规定"]}, ("R11", "warning")),
    ("R12 empty", {"time_limit": None}, ("R12", "error")),
    ("R12 unparsed", {"time_limit": "视情况而定", "mode": ["依申请"]}, ("R12", "warning")),
    ("R13", {"subject": None}, ("R13", "error")),
    ("R14", {"mode": []}, ("R14", "error")),
    ("R15 none", {"channels": []}, ("R15", "error")),
    ("R15 bare 其他", {"channels": ["政府网站", "其他"]}, ("R15", "error")),
    ("R16", {"audience": []}, ("R16", "error")),
    ("R17", {"level": []}, ("R17", "warning")),
    ("R05", {"channels": ["政务服务中心"]}, ("R05", "error")),
    ("R08", {"subject": "县级人民政府民政部门"}, ("R08", "info")),
    (
        "R19 no statute",
        {"time_limit": "信息形成之日起30个工作日内", "basis": ["《示例县工作方案》"]},
        ("R19", "warning"),
    ),
    ("R22", {"time_limit": "公示期不少于7日", "mode": ["依申请"]}, ("R22", "warning")),
    ("R03", {"level": ["乡级"]}, ("R03", "warning")),
    (
        "R20 annual report",
        {"name": {"level1": "政府信息公开工作年度报告"}, "time_limit": "每年3月31日前"},
        ("R20", "warning"),
    ),
    ("R20 periodic without basis", {"time_limit": "按季度公开", "basis": []}, ("R20", "warning")),
    ("R21", {"mode": ["依申请"], "time_limit": "收到申请之日起60个工作日内"}, ("R21", "info")),
    ("R28", {"content": ["姓名", "身份证号码", "家庭住址"]}, ("R28", "warning")),
    ("R29", {"audience": ["特定群体"]}, ("R29", "info")),
    ("R35", {"name": {"level1": "最低生活保障", "level2": "审核确认"}, "content": ["补助标准"]}, ("R35", "info")),
]


@pytest.mark.parametrize(("case", "change", "expected"), FIRES, ids=[c[0] for c in FIRES])
def test_rule_fires(case: str, change: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in codes({**GOOD, **change})


QUIET = [
    (
        "R19 statute allows a longer limit",
        {"time_limit": "信息形成之日起30个工作日内", "basis": ["《中华人民共和国突发事件应对法》"]},
    ),
    ("R19 on-request matters are not bound", {"time_limit": "信息形成之日起30个工作日内", "mode": ["依申请"]}),
    ("R19 immediate is within 20 days", {"time_limit": "实时公开"}),
    ("R05 specific-group matters are exempt", {"channels": ["精准推送"], "audience": ["特定群体"]}),
    ("R08 a named bureau", {"subject": "示例县民政局"}),
    ("R15 其他 naming its carrier", {"channels": ["政府网站", "其他：法律服务网"]}),
    ("not applicable rows are not judged", {"content": [], "basis": [], "not_applicable": "本县无此职能"}),
    (
        "R20 annual report by 31 January",
        {"name": {"level1": "政府信息公开工作年度报告"}, "time_limit": "每年1月31日前"},
    ),
    ("R21 within 20 plus 20", {"mode": ["依申请"], "time_limit": "收到申请之日起20个工作日内"}),
    ("R28 no personal identifiers", {"content": ["补助标准", "监督投诉方式"]}),
    ("R29 targeted push", {"audience": ["特定群体"], "channels": ["精准推送"]}),
    (
        "R35 a full service guide",
        {"name": {"level1": "最低生活保障", "level2": "审核确认"}, "content": ["申请条件", "申请材料", "办理流程"]},
    ),
]


@pytest.mark.parametrize(("case", "change"), QUIET, ids=[c[0] for c in QUIET])
def test_rule_stays_quiet(case: str, change: dict[str, Any]) -> None:
    assert codes({**GOOD, **change}) == []


def test_r04_r06_publication_and_revision() -> None:
    assert ("R04", "warning") in codes(GOOD, meta={"revised": "2020-11-30"})
    assert ("R06", "info") in codes(GOOD, meta={"published": META["published"]})
    late = {**META, "published": {"date": "2021-03-01", "url": "https://x.gov.cn/"}}
    assert ("R04", "warning") in codes(GOOD, meta=late)
    assert codes(GOOD, meta=late, as_of=__import__("datetime").date(2020, 6, 30)) == []
    assert ("R06", "warning") in codes(GOOD, as_of=__import__("datetime").date(2022, 6, 30))


def test_r38_duplicates() -> None:
    twin = {**GOOD, "id": "a.two", "name": {"level1": "政策文件 ", "level2": "规范性文件"}}
    assert codes(GOOD, twin) == [("R38", "warning")]
    assert codes(GOOD, {**twin, "name": {"level1": "政策文件", "level2": "其他文件"}}) == []


def test_guidance_tiers_are_not_judged() -> None:
    for level in ("national", "provincial", "municipal"):
        assert codes({**GOOD, "content": []}, level=level) == []


def test_township_rows_must_be_township_level() -> None:
    assert ("R03", "warning") in codes({**GOOD, "level": ["县级"]}, level="township")


def test_every_rule_code_has_a_message_and_a_citation() -> None:
    from grassroots_catalog.check.codes import CODES

    for code in RULES:
        assert CODES[code].citation, code
        assert CODES[code].zh and CODES[code].en


def test_unknown_selection_is_an_error() -> None:
    catalogue = Catalogue.model_validate({"id": "c", "title": "t", "level": "county", "matters": [GOOD]})
    with pytest.raises(ValueError, match="R99"):
        list(run(catalogue, select=["R99"]))
    assert list(run(catalogue, select=["R05"])) == []


def test_rules_documentation_is_current() -> None:
    import importlib.util

    from ..conftest import ROOT

    spec = importlib.util.spec_from_file_location("document_rules", ROOT / "scripts" / "document_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == module.render(), (
        "docs/rules.md is stale: run scripts/document_rules.py"
    )


OWN_TESTS = {
    "R03": "test_township_rows_must_be_township_level",
    "R04": "test_r04_r06_publication_and_revision",
    "R06": "test_r04_r06_publication_and_revision",
    "R38": "test_r38_duplicates",
}
"""Codes with tests of their own here; the catalogue-wide ones are in test_whole_catalogue.py."""


def test_every_rule_code_has_a_case_that_fires_it() -> None:
    """A complete row keeps every row rule quiet (above); each code also needs a case that fires it."""
    from grassroots_catalog.check.rules import WHOLE_CATALOGUE_CODES

    from . import test_whole_catalogue

    fired = {expected[0] for _, _, expected in FIRES}
    assert all(name in globals() for name in OWN_TESTS.values())
    whole = {
        code
        for code in WHOLE_CATALOGUE_CODES
        if any(code.lower() in name for name in dir(test_whole_catalogue) if name.startswith("test_"))
    }
    assert fired | set(OWN_TESTS) | whole == set(RULES)


@pytest.mark.parametrize(
    ("level", "subject", "area", "suggestion"),
    [
        ("county", "公安机关", "household-registration", "示例县公安局"),
        ("township", "街道办事处", "social-assistance", "示例镇人民政府"),
        ("township", "镇级人民政府", "elderly-care", "示例镇人民政府"),
    ],
)
def test_r08_knows_township_forms_and_names_a_body_of_the_matters_own_kind(
    level: str, subject: str, area: str, suggestion: str
) -> None:
    from grassroots_catalog.check.rules import run
    from grassroots_catalog.model import Catalogue

    catalogue = Catalogue.model_validate(
        {
            "id": "c",
            "title": "示例",
            "level": level,
            "matters": [{"id": "m", "area": area, "name": {"level1": "甲"}, "subject": subject}],
        }
    )
    (found,) = [f for f in run(catalogue) if f.code == "R08"]
    assert found.ctx["suggestion"] == suggestion and suggestion in found.message("zh")


def test_r38_finds_the_same_row_written_twice_differently() -> None:
    from grassroots_catalog.check.rules import run
    from grassroots_catalog.model import Catalogue

    rows = [
        {"id": "a", "area": "employment", "name": {"level1": "就业服务", "level2": "办事指南"}},
        {"id": "b", "area": "employment", "name": {"level1": "就业 服务", "level2": "办事指南"}},  # a stray space
        {"id": "c", "area": "employment", "name": {"level1": "職業培訓", "level2": "办事指南"}},  # another row
    ]
    catalogue = Catalogue.model_validate({"id": "c", "title": "县", "level": "county", "matters": rows})
    assert [(f.ctx["matter"], f.ctx["first"]) for f in run(catalogue) if f.code == "R38"] == [("b", "a")]
