"""公开主体: telling a guideline's generic body from a named local one, and naming the local one.

The national guidelines name bodies generically ("县级人民政府民政部门", "公安机关", "教育部门",
"乡镇人民政府（街道办事处）"); a county or township catalogue is to name its own ("示例县民政局",
"示例镇人民政府"). Real tables copy the generic forms, and township tables have generic forms of their
own ("镇级人民政府", "乡人民政府", "街道办事处"). A subject is generic when it names no place and reads as a
kind of body, or when it starts with a tier word (县级, 乡镇, 相关 …) instead of a place.
"""

from __future__ import annotations

import re

_TIER_PREFIX = re.compile(
    r"^(?:县级|乡级|市级|省级|镇级|县（[^）]*）|县\([^)]*\)|区县|县区|市、区县|乡镇|乡（镇）|乡\(镇\)|"
    r"地方各级|各级|各政府部门|相关|有关|辖区|本县|本区|本市|本镇|本乡|本街道|负责)"
)
"""Tier words where a place name belongs: the guideline's wording, or 本县/本镇 in place of the name."""

_PLACE = re.compile(r"^[^\s、，,（(]{1,12}?(?:自治县|自治旗|县|区|(?<!城)市|旗|镇|乡|街道|苏木)(?!级)")
"""A leading place name (示例县, 某某区, 示例镇, 某街道); 城市 (as in 城市管理) is not one."""

_KIND_OF_BODY = re.compile(
    r"^(?:[^、，,]{0,16}?(?:部门|机关)|乡人民政府|镇人民政府|乡政府|镇政府|人民政府|街道办事处|办事处)(?:[、和及或].*)?$"
)
"""A kind of body rather than a body: 教育部门, 公安机关, 乡人民政府, 街道办事处 …"""

_DEPARTMENT = re.compile(
    r"^(?:县级|市级|县（[^）]*）|县\([^)]*\)|地方各级)?(?:人民政府)?(?P<core>[^、，,或及]+?)"
    r"(?:行政主管部门|主管部门|行政部门|部门|机关)"
)
_GOVERNMENT_SUFFIX = re.compile(r"(?:人民政府|政府|办事处)$")


def is_generic(subject: str) -> bool:
    """Whether ``subject`` is a guideline's generic body rather than a named local one."""
    text = subject.strip()
    if not text:
        return False
    if _TIER_PREFIX.match(text):
        return True
    return not _PLACE.match(text) and _KIND_OF_BODY.match(text) is not None


def place_of(jurisdiction: str | None) -> str | None:
    """The place name of a jurisdiction as it names itself (示例县人民政府 → 示例县)."""
    if not jurisdiction:
        return None
    return _GOVERNMENT_SUFFIX.sub("", jurisdiction.strip()) or None


def local_body(subject: str, *, place: str, township: bool) -> str:
    """What a localised subject could read, to suggest: the place's own bureau for a department
    (县级人民政府民政部门 → 示例县民政局; 公安机关 → 示例县公安局), the place's government for a township."""
    if township:
        return f"{place}办事处" if place.endswith("街道") else f"{place}人民政府"
    found = _DEPARTMENT.match(subject.strip())
    if found is None:
        return f"{place}人民政府"
    core = found.group("core").removesuffix("行政").removesuffix("管理行政")
    return f"{place}{core}" if core.endswith(("局", "委", "办", "中心")) else f"{place}{core}局"
