"""Linking local rows to national rows: the variants real tables write, on the real national rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain import linking, name_variants
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.linking import Candidate, Link, LinkKind, Row, link, name_key, nearest
from grassroots_catalog.domain.traditional import TRADITIONAL_PAIRS
from grassroots_catalog.read.load import read_catalogue

NATIONAL = Path(__file__).resolve().parents[2] / "catalogs" / "national"


@cache
def national_rows() -> tuple[Row, ...]:
    rows = []
    for path in sorted(NATIONAL.glob("*.yaml")):
        catalogue = read_catalogue(path).catalogue
        assert catalogue is not None
        for matter in catalogue.matters:
            name = matter.name
            rows.append(Row(matter.id, matter.area, name.level1, name.level2, name.level3, tuple(matter.content or ())))
    return tuple(rows)


def national(row_id: str) -> Row:
    return next(row for row in national_rows() if row.id == row_id)


def link_one(child: Row) -> Link:
    return link([child], national_rows())[0]


def linked(links: tuple[Link, ...]) -> list[str]:
    return [x.parent_id for x in links if x.kind in {LinkKind.ID, LinkKind.NAMES, LinkKind.FUZZY} and x.parent_id]


# --------------------------------------------------------------------------- the variants of real tables

# (child as a local table writes it, the national row it is, how it links, why)
VARIANTS = [
    # The national id, whatever the names say.
    (Row("disaster-relief.34e9859c", "disaster-relief", "灾后救助工作"), "disaster-relief.34e9859c", "id", ""),
    (Row("34e9859c", "disaster-relief", None), "disaster-relief.34e9859c", "id", ""),
    # A clerk's local numbering, the national names.
    (Row("3", "social-assistance", "最低生活保障", "审核信息"), "social-assistance.8d9c01b2", "names", "same-names"),
    # The area's name typed as the 一级, the national 一级 moved to the 二级 column.
    (Row(None, "disaster-relief", "救灾", "灾后救助"), "disaster-relief.34e9859c", "names", "area-name-in-level1"),
    (Row(None, "disaster-relief", "救灾", "款物管理"), "disaster-relief.f2e48c57", "names", "area-name-in-level1"),
    (
        Row(None, "social-assistance", "社会救助", "特困人员救助供养"),
        "social-assistance.5409f02f",
        "names",
        "area-name-in-level1",
    ),
    # ... or prefixed to the 一级.
    (Row(None, "disaster-relief", "救灾灾后救助"), "disaster-relief.34e9859c", "names", "area-name-in-level1"),
    (
        Row(None, "employment", "就业", "就业信息服务", "岗位信息发布"),
        "employment.19eb4b1a",
        "names",
        "area-name-in-level1",
    ),
    # A suffix added.
    (
        Row(None, "social-assistance", "特困人员救助供养", "审核信息公开"),
        "social-assistance.0d9987f8",
        "names",
        "suffix",
    ),
    (
        Row(None, "land-expropriation-compensation", "征地组织实施", "征收土地公告情况"),
        "land-expropriation-compensation.94f9f0b0",
        "names",
        "suffix",
    ),
    (
        Row(None, "compulsory-education", "重要政策执行情况", "控辍保学工作"),
        "compulsory-education.1cc736d5",
        "names",
        "suffix",
    ),
    # A prefix added.
    (Row(None, "compulsory-education", "本镇招生管理", "招生计划"), "compulsory-education.e3e61fea", "names", "prefix"),
    (
        Row(None, "poverty-alleviation", "全县扶贫对象", "贫困人口识别"),
        "poverty-alleviation.2992ff39",
        "names",
        "prefix",
    ),
    (
        Row(None, "compulsory-education", "关于招生管理", "本县招生范围"),
        "compulsory-education.1cc1646a",
        "names",
        "prefix",
    ),
    # Width, punctuation, spaces and line breaks, brackets of either width.
    (
        Row(None, "household-registration", "迁移登记", "迁出,迁入登记"),
        "household-registration.59779c86",
        "names",
        "punctuation",
    ),
    (
        Row(None, "household-registration", " 迁移\n登记 ", "迁出、 迁入\r\n登记"),
        "household-registration.59779c86",
        "names",
        "whitespace",
    ),
    (
        Row(None, "health", "行政许可类事项", "母婴保健服务人员资格认定(包括计划生育技术服务人员合格证)(权限内)"),
        "health.34cad271",
        "names",
        "width",
    ),
    (Row(None, "tax-administration", "纳税服务", "Ａ级纳税人名单"), "tax-administration.88491dff", "names", "width"),
    # Traditional characters (mirror sites).
    (Row(None, "elderly-care", "養老服務業務辦理", "養老機構備案"), "elderly-care.5d070474", "names", "traditional"),
    (
        Row(None, "household-registration", "出生登記", "出生登記"),
        "household-registration.0c9b71c5",
        "names",
        "traditional",
    ),
    # The 一级 reworded, the same 二级.
    (Row(None, "work-safety", "政策法规", "法律法规"), "work-safety.a726e6d9", "fuzzy", "reworded-level1"),
    (
        Row(None, "affordable-housing", "政策法规文件", "政策文件"),
        "affordable-housing.45b4b266",
        "fuzzy",
        "reworded-level1",
    ),
    (
        Row(None, "poverty-alleviation", "资金管理", "财政专项扶贫资金分配结果"),
        "poverty-alleviation.c004a3fd",
        "fuzzy",
        "reworded-level1",
    ),
    (
        Row(None, "rural-dilapidated-housing", "危房改造计划", "任务分配"),
        "rural-dilapidated-housing.b8299158",
        "fuzzy",
        "reworded-level1",
    ),
    # A word added that no list knows, a level left out.
    (
        Row(None, "land-expropriation-compensation", "征地组织实施", "征收土地公告公示"),
        "land-expropriation-compensation.94f9f0b0",
        "fuzzy",
        "similar-names",
    ),
    (Row(None, "health", "计划生育", "独生子女父母奖励"), "health.f58c8e63", "fuzzy", "level-dropped"),
]


@pytest.mark.parametrize(("child", "parent_id", "kind", "why"), VARIANTS)
def test_each_variant_links_to_its_national_row(child: Row, parent_id: str, kind: str, why: str) -> None:
    result = link_one(child)
    assert why == "" or why in linking.LINK_REASONS
    assert (result.kind, result.parent_id, result.why) == (LinkKind(kind), parent_id, why)
    if result.kind is LinkKind.FUZZY:
        assert linking.FUZZY_THRESHOLD <= result.score < 100
        assert all(c.score <= result.score - linking.CLEAR_MARGIN for c in result.candidates)
    else:
        assert result.score == 100


def test_the_variants_together_link_as_they_do_alone() -> None:
    """One table holding all the variants (one per national row) links each as it links alone."""
    first_per_parent = {parent_id: child for child, parent_id, *_ in reversed(VARIANTS)}
    rows = list(first_per_parent.values())
    assert len(rows) > 20
    assert [x.parent_id for x in link(rows, national_rows())] == list(first_per_parent)


def test_every_national_row_written_with_variants_links_to_itself() -> None:
    """Suffixes, prefixes, the area name shifted, line breaks, full width: no two national rows of an
    area fold into one key, and each variant of a row finds that row and no other."""
    rows = national_rows()
    keys = {(row.area, name_key(row)) for row in rows}
    assert len(keys) == len(rows)
    area_zh = {slug: area.zh for slug, area in AREAS.items()}

    def variant(row: Row, which: int) -> Row:
        level1, level2 = row.level1, row.level2
        if which == 0 and level1:
            return Row(None, row.area, area_zh[row.area], level1, level2, row.content)
        if which == 1:
            return Row(
                None,
                row.area,
                f"本镇{level1}" if level1 else None,
                f"{level2}信息" if level2 else None,
                None,
                row.content,
            )
        return Row(None, row.area, _full_width(level1 or ""), _broken(level2 or ""), None, row.content)

    for which in range(3):
        children = [variant(row, which) for row in rows]
        results = link(children, rows)
        assert [x.parent_id for x in results] == [row.id for row in rows], which
        assert {x.kind for x in results} == {LinkKind.NAMES}


# --------------------------------------------------------------------------- rows that look alike


def test_the_same_level2_under_different_level1_is_not_confused() -> None:
    """政策法规文件 is a 二级 under four 一级 of social assistance; each child finds its own."""
    groups = ["综合业务", "最低生活保障", "特困人员救助供养", "临时救助"]
    children = [Row(None, "social-assistance", f"{group}信息", "政策法规文件") for group in groups]
    results = link(children, national_rows())
    expected = [
        "social-assistance.561dabd3",
        "social-assistance.a66424eb",
        "social-assistance.64842420",
        "social-assistance.98366acf",
    ]
    assert [x.parent_id for x in results] == expected


def test_a_child_naming_only_a_shared_level2_is_ambiguous_with_both_candidates() -> None:
    result = link_one(Row(None, "social-assistance", "社会救助", "审核信息"))
    assert result.kind is LinkKind.AMBIGUOUS and result.parent_id is None
    assert {c.id for c in result.candidates} == {"social-assistance.8d9c01b2", "social-assistance.0d9987f8"}
    assert result.candidates[0].score >= result.candidates[1].score


def test_content_breaks_a_tie_the_names_leave() -> None:
    ambiguous = Row(None, "social-assistance", "社会救助", "审核信息")
    result = link_one(
        Row(None, "social-assistance", "社会救助", "审核信息", content=("初审对象名单及相关信息", "终止供养名单"))
    )
    assert (result.kind, result.parent_id, result.why) == (LinkKind.FUZZY, "social-assistance.0d9987f8", "content")
    assert link_one(ambiguous).kind is LinkKind.AMBIGUOUS


def test_a_parent_named_by_another_child_is_no_longer_a_candidate() -> None:
    exact = Row(None, "social-assistance", "最低生活保障", "审核信息")
    vague = Row(None, "social-assistance", "社会救助", "审核信息")
    results = link([vague, exact], national_rows())
    assert [x.kind for x in results] == [LinkKind.FUZZY, LinkKind.NAMES]
    assert [x.parent_id for x in results] == ["social-assistance.0d9987f8", "social-assistance.8d9c01b2"]


@pytest.mark.parametrize(
    "child",
    [
        Row(None, "employment", "就业信息服务", "招聘会安排"),
        Row(None, "work-safety", "重大决策", "决策草案"),
        Row(None, "work-safety", "政策文件", "规范性文件"),
        Row(None, "work-safety", "政策", "法规"),
        Row(None, "public-cultural-services", "公共服务", "文化活动"),
        Row(None, "statistics", "政策文件", "法律法规"),
        Row("3", "social-assistance", None),
    ],
)
def test_a_local_row_links_to_nothing(child: Row) -> None:
    result = link_one(child)
    assert (result.kind, result.parent_id, result.why) == (LinkKind.NONE, None, "")
    assert all(c.score < linking.FUZZY_THRESHOLD for c in result.candidates)


def test_a_row_written_twice_takes_its_parent_once() -> None:
    row = Row(None, "social-assistance", "最低生活保障", "审核信息")
    twice = Row(None, "social-assistance", "最低生活保障信息", "审核信息")
    results = link([twice, row], national_rows())
    assert [x.kind for x in results] == [LinkKind.NONE, LinkKind.NAMES]
    assert results[0].why == "parent-taken" and results[0].candidates[0].id == "social-assistance.8d9c01b2"


def test_an_id_named_twice_links_once_and_the_other_row_goes_by_its_names() -> None:
    by_id = Row("social-assistance.8d9c01b2", "social-assistance", "审核")
    again = Row("social-assistance.8d9c01b2", "social-assistance", "特困人员救助供养", "审核信息")
    results = link([again, by_id], national_rows())
    assert [(x.kind, x.parent_id) for x in results] == [
        (LinkKind.NAMES, "social-assistance.0d9987f8"),
        (LinkKind.ID, "social-assistance.8d9c01b2"),
    ]


def test_a_parent_row_without_an_id_is_never_linked() -> None:
    parent = Row(None, "social-assistance", "最低生活保障", "审核信息")
    results = link(
        [
            Row(None, "social-assistance", "最低生活保障", "审核信息"),
            Row(None, "social-assistance", "社会救助", "审核"),
        ],
        [parent],
    )
    assert [(x.kind, x.candidates) for x in results] == [(LinkKind.NONE, ()), (LinkKind.NONE, ())]


def test_candidates_come_only_from_the_childs_area() -> None:
    result = link_one(Row(None, "work-safety", "政策文件", "法律法规"))
    assert result.parent_id == "work-safety.a726e6d9"  # not disaster-relief.a726e6d9, the same names
    fuzzy = link_one(Row(None, "work-safety", "政策", "法规"))
    assert all(c.id.startswith("work-safety.") for c in fuzzy.candidates)


# --------------------------------------------------------------------------- did you mean


def test_nearest_suggests_the_row_an_id_misspells() -> None:
    found = nearest("social-assistance.8d9c01b3", national_rows())
    assert len(found) == 3 and found[0].id == "social-assistance.8d9c01b2"
    assert all(c.id.startswith("social-assistance.") for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert found[0] == Candidate("social-assistance.8d9c01b2", "最低生活保障", "审核信息", found[0].score)
    assert len(nearest("x.1", national_rows(), limit=1)) == 1


# --------------------------------------------------------------------------- name keys


_TO_TRADITIONAL = {simple: traditional for traditional, simple in zip(*[iter(TRADITIONAL_PAIRS)] * 2, strict=True)}


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _broken(text: str) -> str:
    return "\n".join(text[i : i + 3] for i in range(0, len(text), 3))


def _traditional(text: str) -> str:
    return "".join(_TO_TRADITIONAL.get(c, c) for c in text)


national_row = st.sampled_from(national_rows())


@st.composite
def written_differently(draw: st.DrawFn, row: Row) -> Row:
    """The row's names with spaces and line breaks inserted, full width, brackets swapped, traditional."""

    def cell(text: str | None) -> str | None:
        if not text:
            return text
        if draw(st.booleans()):
            text = _traditional(text)
        if draw(st.booleans()):
            text = text.replace("（", "(").replace("）", ")").replace("、", ",")
        if draw(st.booleans()):
            text = _full_width(text)
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
        for offset, cut in enumerate(cuts):
            text = (
                text[: cut + offset]
                + draw(st.sampled_from([" ", "\n", "\u3000", "\r\n", "\t"]))[0]
                + text[cut + offset :]
            )
        return text

    return Row(row.id, row.area, cell(row.level1), cell(row.level2), cell(row.level3), row.content)


@given(st.data())
def test_name_key_ignores_width_whitespace_line_breaks_and_traditional_characters(data: st.DataObject) -> None:
    row = data.draw(national_row)
    variant = data.draw(written_differently(row))
    assert name_key(variant) == name_key(row)


@given(national_row)
def test_name_key_is_idempotent_on_national_rows(row: Row) -> None:
    key = name_key(row)
    assert key and name_key(Row(None, row.area, *key)) == key


_NAME_TEXT = st.text(
    st.sampled_from(list("就业政策文件本镇县关于信息情况公开救助审核（）() \n、,·資訊補貼養老")),
    min_size=1,
    max_size=12,
)


@given(st.sampled_from(sorted(AREAS)), st.lists(_NAME_TEXT, min_size=1, max_size=3))
def test_name_key_is_idempotent_on_what_it_returns(area: str, names: list[str]) -> None:
    key = name_key(Row(None, area, *names))
    if key:
        assert name_key(Row(None, area, *key)) == key
    assert all(c == unicodedata.normalize("NFKC", c) and not any(ch.isspace() for ch in c) for c in key)


def test_the_character_table_converts_catalogue_names_without_opencc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(name_variants, "_converter", lambda: name_variants._table_to_simplified)
    monkeypatch.setattr(name_variants, "_SIMPLIFIED", {})
    name_variants.fold_cell.cache_clear()
    name_variants._fold_names.cache_clear()
    linking._name_score.cache_clear()
    try:
        assert name_variants.to_simplified("資訊公開 補貼 養老 醫療 衛生 戶籍") == "资讯公开 补贴 养老 医疗 卫生 户籍"
        assert (
            link_one(Row(None, "elderly-care", "養老服務業務辦理", "養老機構備案")).parent_id == "elderly-care.5d070474"
        )
    finally:
        name_variants.fold_cell.cache_clear()
        name_variants._fold_names.cache_clear()
        linking._name_score.cache_clear()


def test_the_character_table_agrees_with_opencc() -> None:
    opencc = pytest.importorskip("opencc")
    convert = opencc.OpenCC("t2s").convert
    pairs = TRADITIONAL_PAIRS
    assert all(convert(t) == s != t for t, s in zip(pairs[0::2], pairs[1::2], strict=True))


_NAME_CHARACTERS = st.sampled_from(
    list("資訊公開補貼養老醫療衛生戶籍乾隆發展头发干部后台范围社会救助 ·、，（）0１ＡＢ")
)


@given(st.lists(st.text(_NAME_CHARACTERS, max_size=12), max_size=30))
def test_names_converted_together_are_converted_as_each_alone(names: list[str]) -> None:
    """prepare_names converts a table's names in one call to the converter (OpenCC when installed):
    each comes out as converting it alone gives it, phrases (乾隆, 头发) and all."""
    convert = name_variants._converter()
    saved = dict(name_variants._SIMPLIFIED)
    name_variants._SIMPLIFIED.clear()
    try:
        name_variants.prepare_names(names)
        for name in names:
            wide = unicodedata.normalize("NFKC", name)
            assert name_variants.to_simplified(wide) == convert(wide)
    finally:
        name_variants._SIMPLIFIED.clear()
        name_variants._SIMPLIFIED.update(saved)


def test_a_cell_of_letters_and_digits_only_has_nothing_to_fold() -> None:
    """fold_cell returns such a cell whole without looking at each character: every character
    ``str.isalnum`` accepts is a letter or a number, never a space, punctuation, symbol or control."""
    for code in range(0x110000):
        char = chr(code)
        if char.isalnum():
            assert unicodedata.category(char)[0] in "LN" and not char.isspace(), hex(code)


# --------------------------------------------------------------------------- order and one-to-one

_AREAS_FOR_ORDER = ("social-assistance", "work-safety", "disaster-relief", "health")


def _children_pool() -> Iterator[Row]:
    for row in national_rows():
        if row.area in _AREAS_FOR_ORDER:
            yield Row(None, row.area, row.level1, row.level2)
            yield Row(None, row.area, "社会救助" if row.area == "social-assistance" else "政策法规", row.level2)
            yield Row("1", row.area, f"{row.level1 or ''}信息", row.level2, None, row.content[:1])
    yield Row(None, "work-safety", "重大决策", "决策草案")


CHILDREN = tuple(dict.fromkeys(_children_pool()))
PARENTS = tuple(row for row in national_rows() if row.area in _AREAS_FOR_ORDER)


@given(st.lists(st.sampled_from(CHILDREN), unique=True, max_size=25), st.randoms(use_true_random=False))
def test_linking_does_not_depend_on_the_order_of_children_or_parents(children: list[Row], random: Random) -> None:
    parents = list(PARENTS)
    first = dict(zip(children, link(children, parents), strict=True))
    shuffled_children, shuffled_parents = list(children), list(parents)
    random.shuffle(shuffled_children)
    random.shuffle(shuffled_parents)
    second = dict(zip(shuffled_children, link(shuffled_children, shuffled_parents), strict=True))
    assert first == second


@given(st.lists(st.sampled_from(CHILDREN), max_size=40))
def test_no_parent_is_linked_twice(children: list[Row]) -> None:
    results = link(children, PARENTS)
    assert len(results) == len(children)
    ids = linked(results)
    assert len(ids) == len(set(ids))
    assert all(x.parent_id is None for x in results if x.kind in {LinkKind.AMBIGUOUS, LinkKind.NONE})
    assert all(x.why in {"", *linking.LINK_REASONS} for x in results)
