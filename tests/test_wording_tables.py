"""The words built from the tables: labels, titles, empty values, OS errors, the explain table, the chart."""

from __future__ import annotations

import errno
import os
import string

import pytest

from grassroots_catalog.check.codes import CODES
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.merge.lattice import Change
from grassroots_catalog.messages import en, render, zh
from grassroots_catalog.model.fields import FIELDS
from grassroots_catalog.report.gap.document import Bar, BarChart, Series
from grassroots_catalog.report.gap.svg import stacked_bar
from grassroots_catalog.report.table import display_width, text_table
from grassroots_catalog.results import Finding, Severity


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_labels_of_every_language_name_the_same_things() -> None:
    assert zh.LABELS.keys() == en.LABELS.keys()
    assert all(zh.LABELS[key].strip() and en.LABELS[key].strip() for key in zh.LABELS)
    assert all(_fields(zh.LABELS[key]) == _fields(en.LABELS[key]) == set() for key in zh.LABELS)


def test_every_field_and_tier_has_its_label_from_the_tables() -> None:
    for spec in FIELDS:
        assert spec.zh == zh.LABELS[f"field.{spec.name}"] and spec.en == en.LABELS[f"field.{spec.name}"]
        assert spec.label("zh") == spec.zh and spec.label("en") == spec.en
    assert {f"level.{level.value}" for level in CatalogueLevel} <= zh.LABELS.keys()
    assert CatalogueLevel.COUNTY.label("zh") == "县级" and CatalogueLevel.COUNTY.label("en") == "county"


def test_severities_and_changes_are_named_by_the_tables() -> None:
    assert Severity.ERROR.label_key == "severity.error"
    assert (
        [s.label("zh") for s in Severity]
        == [zh.FINDING_NOTES[s.label_key] for s in Severity]
        == ["提示", "警告", "错误"]
    )
    assert Severity.WARNING.label("en") == "warning"
    assert Change.WEAKER.label("zh") == "弱化" and Change.INCOMPARABLE.label("en") == "incomparable"


def test_a_weakening_names_the_field_and_its_values_in_the_language_of_the_message() -> None:
    ctx = {
        "matter": "a.b",
        "field": "channels",
        "change": "weaker",
        "parent": ["政府网站", "公开查阅点"],
        "child": None,
    }
    finding = Finding("M010", Severity.WARNING, ctx=ctx)
    assert (
        render(finding, "zh").message
        == "事项 a.b 的“公开渠道和载体”被弱化（政府网站、公开查阅点 → （空）），未说明理由"
    )
    assert render(finding, "en").message == (
        "a.b: 'channels and carriers' is weakened (政府网站, 公开查阅点 → (empty)) without a reason"
    )


def test_a_tier_of_government_is_named_in_the_language_of_the_message() -> None:
    finding = Finding("M004", Severity.ERROR, ctx={"child": "provincial", "parent": "county", "parent_file": "c.yaml"})
    assert render(finding, "zh").message == "省级目录不能扩展县级目录（c.yaml）"
    assert render(finding, "en").message == "a provincial catalogue cannot extend a county one (c.yaml)"


@pytest.mark.parametrize(
    ("ctx", "chinese"),
    [
        ({"error": "whatever", "errno": "ENOENT"}, "文件或文件夹不存在"),
        ({"error": os.strerror(errno.EACCES)}, "没有读取权限"),
        ({"error": os.strerror(errno.EISDIR)}, "这是文件夹，不是文件"),
        ({"error": "Disk on fire"}, "Disk on fire"),
    ],
)
def test_an_os_error_is_worded_by_its_errno_name_with_the_os_text_as_fallback(
    ctx: dict[str, str], chinese: str
) -> None:
    assert render(Finding("Y013", Severity.ERROR, ctx=ctx), "zh").message == f"无法读取文件：{chinese}"


def test_every_os_error_the_tables_word_is_a_known_errno_name() -> None:
    names = [key.removeprefix("os_error.") for key in zh.FINDING_NOTES if key.startswith("os_error.")]
    assert "ENOENT" in names and all(hasattr(errno, name) for name in names)


def test_a_code_title_is_its_default_message_without_parameters() -> None:
    assert CODES["R13"].title("zh") == "事项缺少公开主体"
    assert CODES["R13"].title("en") == "names no responsible body"
    assert CODES["M010"].title("zh") == zh.FINDING_NOTES["title.M010"] == "弱化上级要求而未说明理由"
    assert CODES["R22"].title("zh") == "事项的时限是公示期，不是公开时限"
    assert all("{" not in spec.title(lang) and spec.title(lang) for spec in CODES.values() for lang in ("zh", "en"))


def test_a_text_table_aligns_chinese_by_display_width() -> None:
    assert display_width("县级") == 4 and display_width("county") == 6
    table = text_table([("层级", "值"), ("县级", "a"), ("national", "b")]).splitlines()
    assert table == ["层级      值", "--------  --", "县级      a", "national  b"]


def test_the_chart_shows_local_additions_beside_the_bar_with_its_own_description() -> None:
    series = (Series("present", "照录"),)
    marks = (Series("local-additions", "本地新增"),)
    bar = Bar("户籍管理", (3,), "户籍管理：照录 3 条", (2,), "本地新增 2 条")
    BarChart("c", series, (bar,), marks)
    svg = stacked_bar(bar, series, 5, marks)
    assert svg.count("<svg") == 1 and 'aria-label="本地新增 2 条"' in svg and "<title>本地新增 2</title>" in svg
    assert 'aria-label="本地新增' not in stacked_bar(Bar("x", (3,), "x", (0,), "本地新增 0 条"), series, 5, marks)
    with pytest.raises(ValueError, match="one count per mark"):
        BarChart("c", series, (Bar("x", (1,), "x"),), marks)
