"""Generic bodies (the guidelines' and the township tables' own) against named local ones."""

from __future__ import annotations

import pytest

from grassroots_catalog.domain.subjects import is_generic, local_body, place_of

GENERIC = [
    "县级人民政府民政部门",
    "县级人民政府民政部门、乡镇人民政府（街道办事处）",
    "公安机关",
    "教育部门",
    "人力资源社会保障部门",
    "市级生态环境部门",
    "县（市、区）卫生健康行政部门",
    "城市管理行政执法部门或相关行政主管部门",
    "镇级人民政府",
    "乡人民政府",
    "街道办事处",
    "乡镇人民政府",
    "本镇人民政府",
]
NAMED = [
    "示例县民政局",
    "示例县公安局户政科",
    "示例镇人民政府",
    "示例街道办事处",
    "某某区城市管理局",
    "示例县人力资源和社会保障局",
    "招标人或者其委托的招标代理机构",
]


@pytest.mark.parametrize("subject", GENERIC)
def test_generic_bodies_are_generic(subject: str) -> None:
    assert is_generic(subject)


@pytest.mark.parametrize("subject", NAMED)
def test_named_bodies_are_not(subject: str) -> None:
    assert not is_generic(subject)


@pytest.mark.parametrize(
    ("subject", "place", "township", "body"),
    [
        ("县级人民政府民政部门", "示例县", False, "示例县民政局"),
        ("公安机关", "示例县", False, "示例县公安局"),
        ("司法行政部门", "示例县", False, "示例县司法局"),
        ("文化和旅游行政部门", "示例县", False, "示例县文化和旅游局"),
        ("县级人民政府民政部门、乡镇人民政府（街道办事处）", "示例镇", True, "示例镇人民政府"),
        ("街道办事处", "示例街道", True, "示例街道办事处"),
    ],
)
def test_the_suggested_body_is_of_the_matter_and_the_place(subject: str, place: str, township: bool, body: str) -> None:
    assert local_body(subject, place=place, township=township) == body


def test_a_jurisdiction_names_its_place() -> None:
    assert place_of("示例县人民政府") == "示例县"
    assert place_of("示例街道办事处") == "示例街道"
    assert place_of(None) is None
