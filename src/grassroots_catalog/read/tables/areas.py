"""Which area a table's cell names: the 26 pilot areas by any name tables use, or a further one.

Tables name an area in a sheet's name, a title (示例县社会救助领域基层政务公开标准目录), a section row
(二、社会救助领域), a column of its own or the 一级 column, and seldom exactly: shortened (社保), the
characters reordered, an older or newer name (环境保护, 乡村振兴), a line break inside the cell. The
names :func:`~grassroots_catalog.domain.areas.resolve_area` knows are handed on as written, so that
the loader reports them as it does in YAML (N001, N006); the further readings made here are reported
by the interpretation (T025). A name that is no pilot area is kept as a declared further area.

A table ``gcat export --lang en`` wrote names its areas in English (2. Social assistance): the English
names of :data:`~grassroots_catalog.domain.areas.AREAS`, the ones the export writes, read as exactly
as the Chinese ones, without regard to case.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from grassroots_catalog.domain.areas import AREA_ALIASES, AREAS, PILOT_AREAS, resolve_area

SHORT_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "社保": "social-insurance",
        "预决算": "budgets-and-final-accounts",
        "财政": "budgets-and-final-accounts",
        "征地": "land-expropriation-compensation",
        "土地征收": "land-expropriation-compensation",
        "房屋征收": "housing-expropriation-compensation",
        "危房改造": "rural-dilapidated-housing",
        "城管执法": "urban-law-enforcement",
        "城市管理执法": "urban-law-enforcement",
        "城市管理": "urban-law-enforcement",
        "综合执法": "urban-law-enforcement",
        "食药监管": "food-and-drug-regulation",
        "食品药品": "food-and-drug-regulation",
        "市场监管": "food-and-drug-regulation",
        "公共文化": "public-cultural-services",
        "教育": "compulsory-education",
        "卫健": "health",
        "医疗卫生": "health",
        "户籍": "household-registration",
        "户政": "household-registration",
        "养老": "elderly-care",
        "重大项目": "major-construction-projects",
        "规划": "urban-rural-planning",
        "税务": "tax-administration",
        "税收": "tax-administration",
        "市政": "municipal-services",
        "救助": "social-assistance",
        "环保": "ecological-environment",
        "环境": "ecological-environment",
        "安监": "work-safety",
        "应急救灾": "disaster-relief",
        "脱贫攻坚": "poverty-alleviation",
        "精准扶贫": "poverty-alleviation",
        "法律服务": "public-legal-services",
        "交易": "public-resource-trading",
    }
)
"""Short and local names of pilot areas seen in table cells, beyond those the domain resolves."""

FURTHER_AREAS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "自然资源": ("natural-resources", "Natural resources"),
        "统计": ("statistics", "Statistics"),
        "退役军人服务": ("veterans-services", "Veterans' services"),
        "退役军人": ("veterans-services", "Veterans' services"),
        "应急管理": ("emergency-management", "Emergency management"),
        "交通运输": ("transport", "Transport"),
        "水利": ("water-resources", "Water resources"),
        "农业农村": ("agriculture-and-rural-affairs", "Agriculture and rural affairs"),
        "文化旅游": ("culture-and-tourism", "Culture and tourism"),
        "政务服务": ("government-services", "Government services"),
        "人大建议政协提案": ("deputies-proposals", "Deputies' suggestions and members' proposals"),
    }
)
"""Areas issued after the 26 (requirement R36) under their usual slug; others get ``area-<8 hex>``."""

_ORDINAL = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十百零〇\d]+[）)]?[、.．,，:：\s]*|第[一二三四五六七八九十\d]+[部分类项]?[、.．:：\s]*)"
)
_SUFFIX = re.compile(r"(?:领域|类|事项|方面|板块)$")


@dataclass(frozen=True, slots=True)
class AreaReading:
    """How a cell's text reads as an area."""

    value: str
    """What the matter's ``area`` is written as: a slug, or a name the loader resolves and reports."""
    how: str
    """``exact``, ``known`` (the loader reports it), ``variant`` (read here: T025) or ``further`` (T026)."""
    name: str = ""
    """The name as written, folded."""
    en: str = ""
    """For a further area, its English name."""


def fold(text: str) -> str:
    """A cell as an area name: NFKC width, no white space (a line break inside a cell is layout)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def bare_name(text: str) -> str:
    """The name without a section number in front (二、) or a 领域 after it."""
    key = _ORDINAL.sub("", fold(text), count=1)
    stripped = _SUFFIX.sub("", key)
    return stripped or key


_ENGLISH = {fold(area.en).casefold(): area.slug for area in PILOT_AREAS}
"""The pilot areas by their English names, as ``gcat export --lang en`` writes them, folded."""


def _known(key: str) -> AreaReading | None:
    if not key:
        return None
    if key in AREAS:
        return AreaReading(key, "exact", key)
    for area in PILOT_AREAS:
        if key in (area.zh, area.zh + "领域"):
            return AreaReading(area.slug, "exact", key)
    english = _ENGLISH.get(key.casefold())
    if english is not None:
        return AreaReading(english, "exact", key)
    if resolve_area(key) is not None:
        return AreaReading(key, "known", key)
    return None


_SORTED = {"".join(sorted(area.zh)): area.slug for area in PILOT_AREAS}


def read_area(text: str) -> AreaReading | None:
    """The pilot area ``text`` names, however loosely; None when it names none of the 26."""
    key = fold(text)
    bare = bare_name(text)
    for candidate in (key, bare):
        found = _known(candidate)
        if found is not None:
            return found
    if not bare:
        return None
    slug = SHORT_NAMES.get(bare) or _SORTED.get("".join(sorted(bare)))
    if slug is None and len(bare) >= 2:
        inside = [area.slug for area in PILOT_AREAS if bare in area.zh]
        slug = inside[0] if len(inside) == 1 else None
    return AreaReading(slug, "variant", bare) if slug is not None else None


def area_in_title(text: str) -> AreaReading | None:
    """The pilot area a title names (示例县社会救助领域…标准目录): the longest name inside it."""
    key = fold(text)
    names = [(area.zh, area.slug) for area in PILOT_AREAS] + [
        (name, alias.slug) for name, alias in AREA_ALIASES.items() if alias.note is None
    ]
    hits = sorted(((zh, slug) for zh, slug in names if zh in key), key=lambda hit: -len(hit[0]))
    if not hits:
        return None
    zh, slug = hits[0]
    return AreaReading(slug, "exact" if zh == AREAS[slug].zh else "variant", zh)


def further_area(text: str) -> AreaReading:
    """A name outside the 26, kept as a declared further area under a slug made from it."""
    name = bare_name(text) or fold(text)
    known = FURTHER_AREAS.get(name)
    if known is not None:
        return AreaReading(known[0], "further", name, known[1])
    english = _FURTHER_ENGLISH.get(name.casefold())
    if english is not None:  # its English name: the area as the Chinese name declares it
        return AreaReading(english[1], "further", english[0], english[2])
    if _LATIN.search(name) and not any(unicodedata.east_asian_width(char) in ("W", "F") for char in name):
        # an English name (gcat export --lang en) keeps the spaces between its words
        spaced = " ".join(unicodedata.normalize("NFKC", text).split())
        spaced = _ORDINAL.sub("", spaced, count=1)
        name = (_SUFFIX.sub("", spaced) or spaced).strip() or name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return AreaReading(f"area-{digest}", "further", name, name)


_LATIN = re.compile(r"[A-Za-z]")
_FURTHER_ENGLISH = {fold(en).casefold(): (zh, slug, en) for zh, (slug, en) in reversed(list(FURTHER_AREAS.items()))}
"""The further areas of :data:`FURTHER_AREAS` by their English names (an English export's section rows)."""
