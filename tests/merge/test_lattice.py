"""DOMAIN.md §3, field by field: what counts as stricter and what as weaker."""

from __future__ import annotations

import pytest

from grassroots_catalog.domain.vocabularies import Audience, Channel, ChannelChoice, DisclosureLevel, Mode
from grassroots_catalog.merge.lattice import REFUSAL_SEVERITY, Change, classify
from grassroots_catalog.model.values import Instrument, TimeLimit

A, B, C = "申请条件", "办理流程", "补助标准"
LAW, RULE = Instrument(title="《甲法》"), Instrument(title="《乙办法》")
WEB, HALL = ChannelChoice(Channel.WEBSITE), ChannelChoice(Channel.SERVICE_CENTRE)
T = TimeLimit.parse

CASES = [
    ("content", (A, B), (A, B, C), Change.STRICTER),
    ("content", (A, B), (A,), Change.WEAKER),
    ("content", (A, B), (A, C), Change.INCOMPARABLE),
    ("basis", (LAW,), (LAW, RULE), Change.STRICTER),
    ("basis", (LAW, RULE), (RULE,), Change.WEAKER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("信息形成之日起10个工作日内"), Change.STRICTER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("实时公开"), Change.STRICTER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("信息形成之日起30个工作日内"), Change.WEAKER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("按规定"), Change.WEAKER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("公示期不少于7日"), Change.WEAKER),
    ("time_limit", T("信息形成（变更）20个工作日内"), None, Change.WEAKER),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("自信息形成或者变更之日起20个工作日内"), Change.EQUAL),
    ("time_limit", T("信息形成（变更）20个工作日内"), T("每年1月31日前"), Change.INCOMPARABLE),
    ("channels", (WEB,), (WEB, HALL), Change.STRICTER),
    ("channels", (WEB, HALL), (HALL,), Change.WEAKER),
    ("audience", (Audience.SPECIFIC_GROUP,), (Audience.PUBLIC, Audience.SPECIFIC_GROUP), Change.STRICTER),
    ("audience", (Audience.PUBLIC,), (Audience.SPECIFIC_GROUP,), Change.WEAKER),
    ("mode", (Mode.ON_REQUEST,), (Mode.PROACTIVE, Mode.ON_REQUEST), Change.STRICTER),
    ("mode", (Mode.PROACTIVE,), (Mode.ON_REQUEST,), Change.WEAKER),
    ("mode", (Mode.PROACTIVE, Mode.ON_REQUEST), (Mode.PROACTIVE,), Change.LOCALISED),
    ("level", (DisclosureLevel.COUNTY, DisclosureLevel.TOWNSHIP), (DisclosureLevel.COUNTY,), Change.LOCALISED),
    ("level", (DisclosureLevel.COUNTY,), (), Change.WEAKER),
    ("subject", "县级民政部门", "示例县民政局", Change.LOCALISED),
    ("subject", "县级民政部门", None, Change.WEAKER),
    ("note", "甲", "乙", Change.LOCALISED),
]


@pytest.mark.parametrize(("field", "parent", "child", "expected"), CASES)
def test_domain_table(field: str, parent: object, child: object, expected: Change) -> None:
    assert classify(field, parent, child) is expected


@pytest.mark.parametrize(("field", "parent", "child", "expected"), CASES)
def test_equal_to_itself(field: str, parent: object, child: object, expected: Change) -> None:
    assert classify(field, parent, parent) is Change.EQUAL


def test_what_needs_a_reason() -> None:
    assert {c for c in Change if c.needs_reason} == {Change.WEAKER, Change.INCOMPARABLE}


def test_refusal_severity_follows_domain() -> None:
    assert REFUSAL_SEVERITY["mode"].slug == "error"
    assert REFUSAL_SEVERITY["basis"].slug == "warning"  # may have been repealed
    assert REFUSAL_SEVERITY["channels"].slug == "info"  # the 2019 texts do not make the boxes a minimum


def test_content_and_basis_compare_by_what_they_say() -> None:
    from grassroots_catalog.merge.lattice import Change, classify
    from grassroots_catalog.model import Instrument, MatterName

    def basis(*texts: str) -> tuple[Instrument, ...]:
        return tuple(Instrument.model_validate(t) for t in texts)

    assert classify("content", ("申请条件", "办理流程"), ("1.申请条件", "办理流程；")) is Change.EQUAL
    assert classify("content", ("办理流程", "办理时限"), ("办理流程、办理时限",)) is Change.EQUAL
    assert classify("content", ("申请条件", "办理流程"), ("申请条件",)) is Change.WEAKER
    full, short = basis("《中华人民共和国城乡规划法》"), basis("《城乡规划法》")
    assert classify("basis", full, short) is Change.EQUAL
    assert classify("basis", full, basis("《城乡规划法》（2019年修订）", "《示例省城乡规划条例》")) is Change.STRICTER
    assert classify("basis", basis("《甲法》", "《乙条例》"), basis("《甲法》")) is Change.WEAKER
    spaced = MatterName(level1="政策 文件", level2="与就业有关的法规文件")
    assert classify("name", MatterName(level1="政策文件", level2="与就业有关的法规文件"), spaced) is Change.EQUAL
