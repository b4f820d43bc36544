"""Vocabularies: every variant of requirements.md §4 maps to its canonical value, and nothing is lost."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain.normalise import normalise_channels
from grassroots_catalog.domain.vocabularies import (
    Audience,
    Channel,
    ChannelChoice,
    DisclosureLevel,
    Labelled,
    Mode,
    normalise_audience,
    normalise_level,
    normalise_mode,
    parse_channel,
    split_ticked_cell,
)
from grassroots_catalog.model.normalise import normalise_matter

# requirements.md §4.2–4.4: variant → canonical.
AUDIENCE_VARIANTS = {"全社 会": "全社会", "特定群众": "特定群体", "特定主体": "特定群体"}
MODE_VARIANTS = {"主动公开": "主动", "依申请公开": "依申请", "依 申请": "依申请"}
LEVEL_VARIANTS = {
    "区级": ["县级"],
    "镇级": ["乡级"],
    "镇(街)级": ["乡级"],
    "镇街乡": ["乡级"],
    "乡、村级": ["乡级", "村级"],
    "义乌市级": ["县级"],
    "市级": ["市级"],
}
CHANNEL_VARIANTS = {
    "县政府门户网站": "政府网站",
    "政务新媒体": "两微一端",
    "发布会听证会": "发布会/听证会",
    "发布会": "发布会/听证会",
    "纸质载体": "纸质媒体",
    "行政服务中心": "政务服务中心",
    "政府服务中心": "政务服务中心",
    "提供政务服务的场所": "政务服务中心",
    "便民服务中心": "政务服务中心",
    "社区/企事业单位、村公示栏(电子屏)": "社区/企事业单位/村公示栏（电子屏）",
    "单位/村委会公示栏(电子屏)": "社区/企事业单位/村公示栏（电子屏）",
    "政府網站": "政府网站",
    "兩微一端": "两微一端",
    "其他法律服务网": "其他：法律服务网",
    "其他:法律服务网": "其他：法律服务网",
    "12345政务服务热线": "其他：12345政务服务热线",
    "图书馆": "其他：图书馆",
    "国家档案馆": "其他：国家档案馆",
    "会议": "其他：会议",
    "投资项目在线审批监管平台": "其他：投资项目在线审批监管平台",
}


def _zh(values: list[Labelled]) -> list[str]:
    return [v.zh for v in values]


@pytest.mark.parametrize(("variant", "canonical"), AUDIENCE_VARIANTS.items())
def test_audience_variants(variant: str, canonical: str) -> None:
    found, notes, unknown = normalise_audience([variant])
    assert _zh(found) == [canonical] and not unknown and notes


@pytest.mark.parametrize(("variant", "canonical"), MODE_VARIANTS.items())
def test_mode_variants(variant: str, canonical: str) -> None:
    found, notes, unknown = normalise_mode([variant])
    assert _zh(found) == [canonical] and not unknown and notes


@pytest.mark.parametrize(("variant", "canonical"), LEVEL_VARIANTS.items())
def test_level_variants(variant: str, canonical: list[str]) -> None:
    found, _, unknown = normalise_level([variant])
    assert _zh(found) == canonical and not unknown


@pytest.mark.parametrize(("variant", "canonical"), CHANNEL_VARIANTS.items())
def test_channel_variants(variant: str, canonical: str) -> None:
    choice, note = parse_channel(variant)
    assert str(choice) == canonical
    assert note is not None and note.canonical == (canonical,)
    assert not note.warn


@pytest.mark.parametrize("canonical", [c.zh for c in Channel if c is not Channel.OTHER])
def test_canonical_channels_are_silent(canonical: str) -> None:
    choice, note = parse_channel(canonical)
    assert str(choice) == canonical and note is None


def test_unknown_channel_is_kept_as_other_with_a_warning_and_a_suggestion() -> None:
    choice, note = parse_channel("政府网占")
    assert choice == ChannelChoice(Channel.OTHER, "政府网占")
    assert note is not None and note.warn and note.suggestion == "政府网站"


def test_tick_box_cell() -> None:
    assert split_ticked_cell("■政府网站 □政府公报 ■两微一端 □广播电视") == ["政府网站", "两微一端"]
    assert split_ticked_cell("政府网站") is None


def test_channels_are_deduplicated_and_sorted_with_notes() -> None:
    values, notes = normalise_channels(["政务服务中心", "政府网站", "行政服务中心"])
    assert values == ["政府网站", "政务服务中心"]
    assert {n.reason for _, n in notes} == {"variant", "duplicate"}


def test_prefecture_level_means_county_in_a_county_catalogue() -> None:
    from grassroots_catalog.domain.vocabularies import CatalogueLevel

    fixed, notes = normalise_matter({"level": ["市级"]}, catalogue_level=CatalogueLevel.COUNTY)
    assert fixed["level"] == ["县级"] and notes[0][1].reason == "context"


_VOCAB = (
    [v.zh for v in Audience]
    + list(AUDIENCE_VARIANTS)
    + [v.zh for v in Mode]
    + list(MODE_VARIANTS)
    + [v.zh for v in DisclosureLevel]
    + list(LEVEL_VARIANTS)
)


@given(st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(max_size=6)), max_size=8))
def test_normalisation_never_loses_a_value(values: list[str]) -> None:
    """Each input value is either mapped (and any change noted) or returned as unknown."""
    for normalise in (normalise_audience, normalise_mode, normalise_level):
        found, notes, unknown = normalise(values)
        noted = {n.original for n in notes}
        canonical = {v.zh for v in found}
        for value in values:
            assert value in unknown or value in noted or value in canonical


@given(st.lists(st.text(min_size=1, max_size=12).filter(str.strip), max_size=8))
def test_every_channel_is_kept_somewhere(values: list[str]) -> None:
    result, notes = normalise_channels(values)
    noted = {n.original for _, n in notes}
    for value in values:
        assert value in result or value in noted


@pytest.mark.parametrize(
    ("written", "box"),
    [
        ("县人民政府网站", "政府网站"),
        ("区政府网站", "政府网站"),
        ("市政府门户网站", "政府网站"),
        ("经济开发区（某某区）政府网站", "政府网站"),
        ("示例县人民政府信息公开网站", "政府网站"),
        ("微信公众号", "两微一端"),
        ("政务微博", "两微一端"),
        ("政务微信", "两微一端"),
        ("客户端", "两微一端"),
        ("“示例县发布”微信公众号", "两微一端"),
    ],
)
def test_channels_named_after_the_place_or_platform_are_their_box(written: str, box: str) -> None:
    choice, note = parse_channel(written)
    assert str(choice) == box and note is not None and note.reason == "variant" and not note.warn


def test_a_department_site_is_another_carrier_not_the_government_website() -> None:
    choice, note = parse_channel("县人社局网站")
    assert str(choice) == "其他：县人社局网站" and note is not None and note.reason == "other-carrier"
    assert not note.warn


def test_a_cell_reading_ditto_takes_the_value_of_the_row_above() -> None:
    from grassroots_catalog.read.load import parse_catalogue

    text = (
        "id: t\ntitle: 县\nlevel: county\nmatters:\n"
        "  - {id: a, area: health, name: {level1: 甲}, time_limit: 信息形成（变更）20个工作日内, mode: [主动公开],"
        " channels: 政府网站、政务服务中心}\n"
        "  - {id: b, area: health, name: {level1: 乙}, time_limit: 同上, mode: 同上, channels: 同上}\n"
    )
    result = parse_catalogue(text, file="t.yaml")
    assert result.catalogue is not None
    first, second = result.catalogue.matters
    assert second.time_limit == first.time_limit and second.mode == first.mode and second.channels == first.channels
    dittos = [f for f in result.findings if f.ctx.get("original") == "同上"]
    assert sorted((f.code, f.path[-1]) for f in dittos) == [
        ("N001", "channels"),
        ("N001", "mode"),
        ("N001", "time_limit"),
    ]
    assert not [f for f in result.findings if f.code == "N003"]  # 同上 is not taken for a channel


def test_every_ditto_word_holds_the_mark_the_quick_test_looks_for() -> None:
    from grassroots_catalog.model.normalise import DITTO, DITTO_MARK, _ditto_cells

    assert all(DITTO_MARK in word for word in DITTO)
    row = {"id": "同上", "time_limit": " 同上栏\n", "subject": "合同管理科", "mode": "同前", "channels": ["同上"]}
    assert _ditto_cells(row) == {"time_limit": " 同上栏\n", "mode": "同前"}
