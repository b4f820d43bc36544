"""公开时限 parsing: every phrasing of requirements.md §4.5 in its listed class; never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain.timelimits import TimeLimitClass, chinese_number, parse_time_limit

# The typical strings of requirements.md §4.5, table by table, with their listed class.
SECTION_4_5 = {
    TimeLimitClass.WD20: [
        "信息形成（变更）20个工作日内",
        "信息形成或者变更之日起20个工作日内",
        "自信息形成或者变更之日起20个工作日内予以公开",
        "自该信息形成或者变更之日起20个工作日内",
        "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定",
        "20工作日",
    ],
    TimeLimitClass.WDN: [
        "自制作或获取该信息之日起20个工作日内公开",
        "制定或获取文件之日起10个工作日内",
        "信息形成或变更之日起3个工作日内",
    ],
    TimeLimitClass.ENF7: [
        "行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示",
        "执法决定信息在决定作出之日起7个工作日内公开",
    ],
    TimeLimitClass.IMMEDIATE: ["实时公开", "及时公开", "即时", "随时公布"],
    TimeLimitClass.PERIODIC: ["每年1月31日前", "按年度公开", "每季度的首个月20日", "每半年"],
    TimeLimitClass.CONSULT: ["向社会公开征求意见期限一般不少于30日"],
    TimeLimitClass.DISPLAY: ["公告期限为5个工作日", "公示期不少于7日"],
    TimeLimitClass.CRISIS: ["最迟5小时内发布权威信息，24小时内举行新闻发布会"],
    TimeLimitClass.DITTO: ["同上"],
    TimeLimitClass.VAGUE: ["按规定", "依法", ""],
}


@pytest.mark.parametrize(("text", "expected"), [(t, k) for k, texts in SECTION_4_5.items() for t in texts])
def test_every_listed_phrasing_gets_its_class(text: str, expected: TimeLimitClass) -> None:
    assert parse_time_limit(text).kind is expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("信息形成（变更）20个工作日内", 20),
        ("制定或获取文件之日起10个工作日内", 10),
        ("执法决定信息在决定作出之日起7个工作日内公开", 7),
        ("信息形成之日起二十个工作日内", 20),
        ("信息形成之日起十五个工作日内", 15),
    ],
)
def test_working_days_are_read(text: str, days: int) -> None:
    assert parse_time_limit(text).working_days == days


@pytest.mark.parametrize("text", ["实时公开", "每年1月31日前", "公示期不少于7日", "按规定"])
def test_classes_without_a_deadline_have_no_working_days(text: str) -> None:
    assert parse_time_limit(text).working_days is None


def test_none_is_vague() -> None:
    assert parse_time_limit(None).kind is TimeLimitClass.VAGUE


def test_unknown_wording_is_unparsed_not_guessed() -> None:
    assert parse_time_limit("视情况而定").kind is TimeLimitClass.UNPARSED


@pytest.mark.parametrize(
    ("text", "value"), [("20", 20), ("二十", 20), ("十五", 15), ("三十", 30), ("七", 7), ("一百二十", 120), ("x", None)]
)
def test_chinese_numbers(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@given(st.text(max_size=200))
def test_parser_never_raises_and_is_deterministic(text: str) -> None:
    first = parse_time_limit(text)
    assert isinstance(first.kind, TimeLimitClass)
    assert parse_time_limit(text) == first
    if first.working_days is not None:
        assert first.working_days >= 0


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["信息形成之日起{}个工作日内", "{}个工作日内"]))
def test_any_working_day_count_is_read(days: int, template: str) -> None:
    parsed = parse_time_limit(template.format(days))
    assert parsed.working_days == days
    assert parsed.kind in {TimeLimitClass.WD20, TimeLimitClass.WDN}


@pytest.mark.parametrize("kind", list(TimeLimitClass))
def test_every_class_has_both_labels(kind: TimeLimitClass) -> None:
    from grassroots_catalog.domain.timelimits import time_limit_label

    assert time_limit_label(kind, "zh") != time_limit_label(kind, "en")
    assert all(time_limit_label(kind, lang) for lang in ("zh", "en"))


@pytest.mark.parametrize(
    ("text", "working_days"),
    [
        ("本级人民代表大会或其常务委员会批准后20日内", 14),  # national budgets guideline, as published
        ("本级政府财政部门批复后20日内", 14),
        ("30日内", 21),
        ("提前一周发通知邀请", 5),  # national work-safety guideline
        ("一周内", 5),
    ],
)
def test_calendar_days_and_weeks_are_deadlines_of_at_least_their_working_days(text: str, working_days: int) -> None:
    parsed = parse_time_limit(text)
    assert parsed.kind is TimeLimitClass.WDN and parsed.working_days == working_days


@pytest.mark.parametrize("text", ["公示7日", "公示7个工作日", "不少于7天", "张贴公示不少于5日"])
def test_a_display_period_in_days_is_not_a_deadline(text: str) -> None:
    assert parse_time_limit(text).kind is TimeLimitClass.DISPLAY


@pytest.mark.parametrize("text", ["每月10日前", "年度终了后3个月内"])
def test_periodic_dates_stay_periodic(text: str) -> None:
    assert parse_time_limit(text).kind is TimeLimitClass.PERIODIC
