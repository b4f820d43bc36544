"""Equivalence of instruments, bases and content elements as real tables write them.

Variant spellings are produced from the real bases and contents of the national catalogues, in each
of the ways published county and township tables write them; every variant must compare equal to what
it copies, and dropping or adding one instrument or element must still be seen.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain.equivalence import (
    CanonicalInstrument,
    SetComparison,
    canonical_element,
    canonical_instrument,
    compare_basis,
    compare_content,
    compare_sets,
    render_instrument,
    same_element,
    same_instrument,
    split_elements,
    split_instruments,
)
from grassroots_catalog.read.load import read_catalogue

NATIONAL = Path(__file__).resolve().parents[2] / "catalogs" / "national"
MIRROR = {
    SetComparison.EQUAL: SetComparison.EQUAL,
    SetComparison.STRICTER: SetComparison.WEAKER,
    SetComparison.WEAKER: SetComparison.STRICTER,
    SetComparison.INCOMPARABLE: SetComparison.INCOMPARABLE,
}


@cache
def national_rows() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(basis, content) of every national row, the basis as its cells are written."""
    rows = []
    for path in sorted(NATIONAL.glob("*.yaml")):
        catalogue = read_catalogue(path).catalogue
        assert catalogue is not None, path
        rows += [(tuple(i.as_text() for i in m.basis), tuple(m.content)) for m in catalogue.matters]
    return tuple(rows)


def national_instruments() -> list[str]:
    return sorted({item for basis, _ in national_rows() for item in basis})


def national_elements() -> list[str]:
    return sorted({item for _, content in national_rows() for item in content})


# --------------------------------------------------------------------------- variant spellings

_TO_HALF = str.maketrans("（）〔〕：，；", "()[]:,;")
_TO_FULL = str.maketrans("()[]:,;", "（）〔〕：，；")


def _title_span(text: str) -> tuple[int, int] | None:
    """Where the 《title》 of a citation starts and ends (a 【tag】 may come first), if it has one."""
    start = text.find("《")
    if start < 0 or (start > 0 and not (text.startswith("【") and text[start - 1] == "】")):
        return None
    depth = 0
    for index in range(start, len(text)):
        depth += text[index] == "《"
        depth -= text[index] == "》"
        if depth == 0:
            return start, index
    return None


def instrument_variants(text: str) -> dict[str, str]:
    """The ways a county table writes the same citation, by name."""
    variants = {
        "label 政策依据": f"政策依据：{text}",
        "label 依据 half-width": f"依据: {text}",
        "trailing 等": f"{text}等",
        "trailing 及相关规定": f"{text}及相关规定",
        "trailing 等相关法律法规": f"{text}等相关法律法规",
        "half-width": text.translate(_TO_HALF),
        "full-width": text.translate(_TO_HALF).translate(_TO_FULL),
    }
    canonical = canonical_instrument(text)
    if canonical.number is None:
        variants["order number"] = f"{text}（国令第711号）"
        variants["document number"] = f"{text}国办发〔2019〕54号"
    if canonical.year is None:
        variants["revision note"] = f"{text}（2019年修订）"
        variants["edition"] = f"{text}2017年版"
    if canonical.article is None:
        variants["article"] = f"{text}第十条"
    span = _title_span(text)
    if span is not None:
        start, end = span
        title = text[start + 1 : end]
        if title.startswith("中华人民共和国"):
            variants["short title"] = text[: start + 1] + title.removeprefix("中华人民共和国") + text[end:]
        else:
            variants["full title"] = text[: start + 1] + "中华人民共和国" + title + text[end:]
        if len(title) > 2:
            variants["stray space"] = text[: start + 3] + " " + text[start + 3 :]
        if not any(c in title for c in "、，,；;《》〈〉<>"):
            variants["no 《》"] = text[:start] + title + text[end + 1 :]
    return variants


def element_variants(text: str) -> dict[str, str]:
    """The ways a county table writes the same content element, by name."""
    return {
        "label 公开内容": f"公开内容：{text}",
        "label 政策文件": f"政策文件：{text}",
        "numbered 1.": f"1.{text}",
        "numbered 1、 and space": f"1、 {text}",
        "numbered （一）": f"（一）{text}",
        "numbered 一、": f"一、{text}",
        "circled ①": f"①{text}",
        "bullet ·": f"·{text}",
        "dash -": f"- {text}",
        "trailing ；": f"{text}；",
        "trailing 。": f"{text}。",
        "half-width": text.translate(_TO_HALF),
        "spaces around": f"  {text} ",
    }


def test_the_national_data_is_there() -> None:
    assert len(national_instruments()) > 100
    assert len(national_elements()) > 200


@pytest.mark.parametrize("text", national_instruments())
def test_every_variant_of_a_real_citation_is_the_same_instrument(text: str) -> None:
    variants = instrument_variants(text)
    assert len(variants) >= 8
    different = {name: v for name, v in variants.items() if not same_instrument(text, v)}
    assert not different, (canonical_instrument(text), {v: canonical_instrument(v) for v in different.values()})
    unequal = [name for name, v in variants.items() if compare_basis([text], [v]) is not SetComparison.EQUAL]
    assert not unequal


@pytest.mark.parametrize("text", national_elements())
def test_every_variant_of_a_real_element_is_the_same_element(text: str) -> None:
    expected = canonical_element(text)
    assert expected
    different = {name: v for name, v in element_variants(text).items() if canonical_element(v) != expected}
    assert not different, (expected, {v: canonical_element(v) for v in different.values()})
    unequal = [n for n, v in element_variants(text).items() if compare_content([text], [v]) is not SetComparison.EQUAL]
    assert not unequal


def _bases() -> list[tuple[str, ...]]:
    return sorted({basis for basis, _ in national_rows() if basis})


def _contents() -> list[tuple[str, ...]]:
    return sorted({content for _, content in national_rows() if content})


@pytest.mark.parametrize("basis", _bases())
def test_a_real_basis_rewritten_item_by_item_is_equal(basis: tuple[str, ...]) -> None:
    for name in ("label 政策依据", "trailing 等", "half-width", "revision note", "short title", "full title"):
        rewritten = [instrument_variants(item).get(name, item) for item in basis]
        assert compare_basis(basis, rewritten) is SetComparison.EQUAL, name
        assert compare_basis(basis, list(reversed(rewritten))) is SetComparison.EQUAL, name


@pytest.mark.parametrize("basis", _bases())
def test_a_real_basis_written_in_one_cell_is_equal(basis: tuple[str, ...]) -> None:
    joins = ["、", "；", "，", "\n"]
    if all(item.startswith(("《", "【")) for item in basis):
        joins.append("")
    for join in joins:
        assert compare_basis(basis, [join.join(basis)]) is SetComparison.EQUAL, repr(join)
    assert compare_basis(basis, ["政策依据：" + "、".join(basis)]) is SetComparison.EQUAL


def _distinct_instruments(basis: tuple[str, ...]) -> list[str]:
    """Items of ``basis`` that name an instrument no other item names."""
    return [item for item in basis if not any(same_instrument(item, other) for other in basis if other != item)]


@pytest.mark.parametrize("basis", _bases())
def test_dropping_an_instrument_is_weaker_and_adding_one_stricter(basis: tuple[str, ...]) -> None:
    added = "《基层政务公开标准化规范化补充规定》"
    assert compare_basis(basis, [*basis, added]) is SetComparison.STRICTER
    assert compare_basis([*basis, added], basis) is SetComparison.WEAKER
    for item in _distinct_instruments(basis):
        rest = [other for other in basis if other != item]
        assert compare_basis(basis, rest) is SetComparison.WEAKER, item
        assert compare_basis(basis, [*rest, added]) is SetComparison.INCOMPARABLE, item


def _distinct_elements(content: tuple[str, ...]) -> list[str]:
    """Elements of ``content`` (after splitting) that are like no other element of it."""
    elements = split_elements(content)
    return [e for e in elements if not any(same_element(e, other) for other in elements if other != e)]


@pytest.mark.parametrize("content", _contents())
def test_a_real_content_list_rewritten_is_equal(content: tuple[str, ...]) -> None:
    for name in ("numbered 1.", "label 公开内容", "circled ①", "trailing ；", "half-width"):
        rewritten = [element_variants(item)[name] for item in content]
        assert compare_content(content, rewritten) is SetComparison.EQUAL, name
    assert compare_content(content, ["、".join(content)]) is SetComparison.EQUAL
    numbered = "".join(f"{'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[i % 20]}{e}" for i, e in enumerate(content))
    assert compare_content(content, [numbered]) is SetComparison.EQUAL


@pytest.mark.parametrize("content", _contents())
def test_dropping_an_element_is_weaker_and_adding_one_stricter(content: tuple[str, ...]) -> None:
    added = "本镇补充公开的网格员名单"
    assert compare_content(content, [*content, added]) is SetComparison.STRICTER
    assert compare_content([*content, added], content) is SetComparison.WEAKER
    elements = split_elements(content)
    for element in _distinct_elements(content):
        rest = [other for other in elements if other != element]
        assert compare_content(content, rest) is SetComparison.WEAKER, element


# --------------------------------------------------------------------------- named cases


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("《中华人民共和国城乡规划法》", "《城乡规划法》"),
        ("《政府信息公开条例》（国令第711号）", "《中华人民共和国政府信息公开条例》"),
        ("《政府信息公开条例》国务院令第711号", "《政府信息公开条例》（中华人民共和国国务院令第711号）"),
        ("《国务院办公厅关于…的意见》（国办发〔2019〕54号）", "《国务院办公厅关于…的意见》（国办发[2019]54号）"),
        ("《城乡规划法》（2019年修订）", "《城乡规划法》2019年版"),
        ("《城乡规划法》（2019年修订）", "《城乡规划法》"),
        ("《城乡 规划法》", "《城乡规划法》"),
        ("《城乡规划法》等", "《城乡规划法》及相关规定"),
        ("政策依据：《城乡规划法》", "依据:《城乡规划法》"),
        ("城乡规划法", "《城乡规划法》"),
        ("中华人民共和国城乡规划法（2019年修正）", "《城乡规划法》"),
        ("《城乡规划法》第十条", "《城乡规划法》第二十一条"),
        ("【法律】《城乡规划法》", "《城乡规划法》"),
        ("《中华人民共和国城乡规划法（2019年修正）》", "《城乡规划法》（2019年修正）"),
        ("《文化馆服务标准》（GB/T 32939—2016）", "《文化馆服务标准》"),
    ],
)
def test_the_same_instrument_written_differently(a: str, b: str) -> None:
    assert same_instrument(a, b)
    assert same_instrument(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("《城乡规划法》", "《土地管理法》"),
        ("《社会救助暂行办法》", "《社会救助法》"),
        ("《城乡规划法》（2019年修订）", "《城乡规划法》（2015年修订）"),
        ("《政府信息公开条例》（国令第711号）", "《政府信息公开条例》（国令第492号）"),
        (
            "《关于做好2017年国家基本公共卫生服务项目工作的通知》",
            "《关于做好2018年国家基本公共卫生服务项目工作的通知》",
        ),
        ("《国务院关于全面建立临时救助制度的通知》", "《关于全面建立临时救助制度的通知》"),
        ("《某某办法（试行）》", "《某某办法》"),
    ],
)
def test_different_instruments_are_not_the_same(a: str, b: str) -> None:
    assert not same_instrument(a, b)
    assert not same_instrument(b, a)


def test_an_instrument_keeps_its_number_year_and_article_as_attributes() -> None:
    parsed = canonical_instrument(
        "【法律】《中华人民共和国城乡规划法》（中华人民共和国主席令第29号 2019年4月23日修正）第十条"
    )
    assert parsed == CanonicalInstrument(key="城乡规划法", number="主席令第29号", year="2019", article="第十条")
    assert canonical_instrument(render_instrument(parsed)) == parsed
    assert canonical_instrument("《国务院办公厅关于…的意见》（国办发[2019]54号）").number == "国办发〔2019〕54号"


def test_a_cell_citing_several_instruments_is_split() -> None:
    assert split_instruments("政策依据：《城乡规划法》、《土地管理法》；《A》《B》（国令第1号）《C》及《D》") == (
        "《城乡规划法》",
        "《土地管理法》",
        "《A》",
        "《B》（国令第1号）",
        "《C》",
        "《D》",
    )
    assert split_instruments("【法律】《甲法》【行政法规】《乙条例》") == ("【法律】《甲法》", "【行政法规】《乙条例》")
    one = "《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016-2020年）>》"
    assert split_instruments(one) == (one,)
    assert split_instruments("《甲》（根据《乙》修正）") == ("《甲》（根据《乙》修正）",)


def test_dropping_and_adding_in_a_written_basis() -> None:
    parent = ["《中华人民共和国城乡规划法》", "《土地管理法》"]
    assert compare_basis(parent, ["《城乡规划法》、《土地管理法》（2019年修正）等"]) is SetComparison.EQUAL
    assert compare_basis(parent, ["《城乡规划法》"]) is SetComparison.WEAKER
    assert (
        compare_basis(parent, ["《城乡规划法》《土地管理法》《村庄和集镇规划建设管理条例》"]) is SetComparison.STRICTER
    )
    assert compare_basis(parent, ["《城乡规划法》", "《村庄和集镇规划建设管理条例》"]) is SetComparison.INCOMPARABLE
    assert compare_basis([], []) is SetComparison.EQUAL
    assert compare_basis([], ["《城乡规划法》"]) is SetComparison.STRICTER
    assert compare_basis(["《城乡规划法》"], []) is SetComparison.WEAKER


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("政策文件：与就业有关的法规文件", "与就业有关的法规文件"),
        ("1.受理部门", "受理部门"),
        ("１．受理部门", "受理部门"),
        ("（一）办理条件", "办理条件"),
        ("一、办理条件", "办理条件"),
        ("①办理流程", "办理流程"),
        ("·办理时限", "办理时限"),
        ("- 办理时限。", "办理时限"),
        ("办理时限；", "办理时限"),
        ("检查制度、检查标准、检查结果等", "检查制度检查标准检查结果"),
        ("基本公共服务均等", "基本公共服务均等"),
        ("监督渠道：包括举报电话、地址等", "监督渠道包括举报电话地址"),
        ("《中华人民共和国政府信息公开条例》", "政府信息公开条例"),
    ],
)
def test_canonical_element(text: str, canonical: str) -> None:
    assert canonical_element(text) == canonical


def test_elements_joined_or_split_differently_are_the_same_elements() -> None:
    assert split_elements(["办理流程、办理时限"]) == split_elements(["办理流程", "办理时限"])
    assert {canonical_element(e) for e in split_elements(["①申请条件②申请材料", "1.受理部门 2.办理条件"])} == {
        "申请条件",
        "申请材料",
        "受理部门",
        "办理条件",
    }
    assert [canonical_element(e) for e in split_elements(["（一）办理条件（二）办理流程"])] == ["办理条件", "办理流程"]
    assert compare_content(["办理流程、办理时限"], ["1.办理流程", "2.办理时限。"]) is SetComparison.EQUAL


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("办理时限", "办理期限"),
        ("办理时限", "办结时限"),
        ("办事时间", "办理时间"),
        ("申请材料", "申请资料"),
        ("办理机构及地点", "办理部门及地点"),
        ("监督和投诉渠道", "监督投诉渠道"),
        ("补贴申请材料清单及样式", "补贴申请材料清单及格式"),
        ("④一般公共预算“三公”经费支出情况……", "④一般公共预算“三公”经费支出情况表"),
    ],
)
def test_elements_written_with_interchangeable_words_are_matched(a: str, b: str) -> None:
    assert same_element(a, b)
    assert same_element(b, a)
    assert compare_content(["事项名称", a], ["事项名称", b]) is SetComparison.EQUAL


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("申请条件", "申请材料"),
        ("办理时限", "办理时间"),
        ("活动时间", "活动地址"),
        ("事项名称", "事项简述"),
        ("行政处罚决定信息", "行政许可决定信息"),
        ("2018年计划", "2019年计划"),
        ("联系电话", "咨询电话"),
        # one character apart in the national tables, and different elements
        ("不予法律援助决定书", "给予法律援助决定书"),
        ("①部门收支总体情况决算表", "②部门收入总体情况决算表"),
        ("决算收支增减变化", "预算收支增减变化"),
        ("税收法律法规规定的纳税人义务", "税收法律法规规定的纳税人权利"),
        ("开工时间", "开放时间"),
        ("文件名称", "案件名称"),
        ("办学地点", "办理地点"),
        ("决策依据", "政策依据"),
        ("各项养老服务扶持补贴依据", "各项养老服务扶持补贴对象"),
        ("办理部门", "受理部门"),
        ("申请…", "申请条件"),
    ],
)
def test_different_elements_are_not_matched(a: str, b: str) -> None:
    assert not same_element(a, b)
    assert compare_content([a], [b]) is SetComparison.INCOMPARABLE


def test_the_elements_of_one_national_row_stay_distinct() -> None:
    """A national row lists different elements: none may be taken for another of the same row (where
    办理时限 and 办理时间 appear side by side, they are the deadline and the opening hours)."""
    merged = []
    for _, content in national_rows():
        elements = sorted({e for e in split_elements(content) if canonical_element(e)}, key=canonical_element)
        merged += [
            (a, b)
            for i, a in enumerate(elements)
            for b in elements[i + 1 :]
            if canonical_element(a) != canonical_element(b) and same_element(a, b)
        ]
    assert not merged


def test_one_element_does_not_stand_in_for_two() -> None:
    # A start cut off with …… is the same as each element it starts; listed once, it stands for one.
    cut = "一般公共预算支出……"
    assert same_element(cut, "一般公共预算支出情况表")
    assert same_element(cut, "一般公共预算支出决算表")
    assert compare_content(["一般公共预算支出情况表", "一般公共预算支出决算表"], [cut]) is SetComparison.WEAKER
    assert compare_content(["申请条件、申请材料"], ["申请条件"]) is SetComparison.WEAKER
    assert compare_content(["申请条件"], ["申请条件", "申请材料"]) is SetComparison.STRICTER


# --------------------------------------------------------------------------- laws

_INSTRUMENT_ALPHABET = list(
    "《》（）()〔〕[]【】、，；：: ·等及相关规定中华人民共和国城乡规划法土地令第号年修订版GB/T0123456789一二十条款"
)
_ELEMENT_ALPHABET = list("《》（）()、，；：:。 ·•-①②1.一二申请条件材料办理时限间流程等平均内容公开政策文件包括")

instrument_text = st.one_of(
    st.sampled_from(national_instruments()),
    st.builds(
        lambda t, n: instrument_variants(t).get(n, t),
        st.sampled_from(national_instruments()),
        st.sampled_from(sorted({name for t in national_instruments() for name in instrument_variants(t)})),
    ),
    st.text(st.sampled_from(_INSTRUMENT_ALPHABET), max_size=24),
)
element_text = st.one_of(
    st.sampled_from(national_elements()),
    st.builds(
        lambda t, n: element_variants(t)[n],
        st.sampled_from(national_elements()),
        st.sampled_from(sorted(element_variants("x"))),
    ),
    st.text(st.sampled_from(_ELEMENT_ALPHABET), max_size=16),
)


@given(instrument_text, instrument_text)
def test_same_instrument_is_reflexive_and_symmetric(a: str, b: str) -> None:
    assert same_instrument(a, a)
    assert same_instrument(a, b) == same_instrument(b, a)


@given(instrument_text)
def test_canonical_instrument_reads_its_rendering_back(text: str) -> None:
    canonical = canonical_instrument(text)
    assert canonical_instrument(render_instrument(canonical)) == canonical


@given(element_text)
def test_canonical_element_is_idempotent(text: str) -> None:
    once = canonical_element(text)
    assert canonical_element(once) == once


@given(element_text, element_text)
def test_same_element_is_reflexive_and_symmetric(a: str, b: str) -> None:
    assert same_element(a, a)
    assert same_element(a, b) == same_element(b, a)


@given(st.lists(instrument_text, max_size=5), st.lists(instrument_text, max_size=5), st.randoms())
def test_compare_basis_is_antisymmetric_and_order_free(parent: list[str], child: list[str], rnd: random.Random) -> None:
    result = compare_basis(parent, child)
    assert compare_basis(child, parent) is MIRROR[result]
    rnd.shuffle(parent)
    rnd.shuffle(child)
    assert compare_basis(parent, child) is result


@given(st.lists(element_text, max_size=6), st.lists(element_text, max_size=6), st.randoms())
def test_compare_content_is_antisymmetric_and_order_free(
    parent: list[str], child: list[str], rnd: random.Random
) -> None:
    result = compare_content(parent, child)
    assert compare_content(child, parent) is MIRROR[result]
    rnd.shuffle(parent)
    rnd.shuffle(child)
    assert compare_content(parent, child) is result


_NEAR = st.sampled_from(
    ["一般公共预算支出……", "一般公共预算支出情况表", "一般公共预算支出决算表", "办理时限", "办结时限", "申请资料"]
)


@given(st.lists(_NEAR, max_size=6), st.lists(_NEAR, max_size=6))
def test_compare_sets_with_a_non_transitive_sameness_is_antisymmetric(parent: list[str], child: list[str]) -> None:
    result = compare_sets(parent, child, same=same_element)
    assert compare_sets(child, parent, same=same_element) is MIRROR[result]
    assert compare_sets(list(reversed(parent)), list(reversed(child)), same=same_element) is result


@given(st.text(max_size=30))
def test_any_text_is_read_without_error_and_equals_itself(text: str) -> None:
    canonical = canonical_instrument(text)
    assert canonical_instrument(render_instrument(canonical)) == canonical
    assert canonical_element(canonical_element(text)) == canonical_element(text)
    assert compare_basis([text], [text]) is SetComparison.EQUAL
    assert compare_content([text], [text]) is SetComparison.EQUAL


def test_an_element_under_a_label_or_with_its_value_is_the_element() -> None:
    from grassroots_catalog.domain.equivalence import SetComparison, compare_content, same_element

    assert same_element("申请条件", "办事指南：申请条件")  # a label the table repeats
    assert same_element("联系电话", "联系电话：0571-12345678")  # the element with its value
    assert not same_element("公开内容：申请条件", "公开内容：申请材料")  # a shared label alone is not enough
    parent = ["申请条件、申请材料、申请流程、法定依据"]
    assert compare_content(parent, ["办事指南：申请条件、申请材料、申请流程、法定依据"]) is SetComparison.EQUAL
