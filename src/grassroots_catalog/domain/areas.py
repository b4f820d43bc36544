"""The 26 pilot areas of the 2019 national guidelines, and how a catalogue declares further ones.

Source: requirements.md §5.2 (issuers and document numbers as verified there; ``issuer_verified``
says how sure that attribution is). An area is identified in files and code by its English slug;
the Chinese names, the names of the 2017 pilot plan and the variants seen in local catalogues
(§5.3) all resolve to the slug through :func:`resolve_area`.

Areas beyond these 26 (自然资源, 统计, … issued from 2021 on, requirement R36) are accepted when a
catalogue declares them, and are never required.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class IssuerCertainty(StrEnum):
    """How firmly the issuing department of a guideline is established (requirements.md §5.2)."""

    VERIFIED = "verified"
    PARTLY_VERIFIED = "partly-verified"
    INFERRED = "inferred"
    NOT_VERIFIED = "not-verified"


@dataclass(frozen=True, slots=True)
class Area:
    """One pilot area: its identifiers, names and the national guideline that governs it."""

    slug: str
    zh: str
    en: str
    guideline_zh: str
    issuer_zh: str
    document_no: str | None = None
    issuer_certainty: IssuerCertainty = IssuerCertainty.VERIFIED
    pilot_name_zh: str | None = None
    """The name in the 2017 pilot plan, where it differs from :attr:`zh`."""
    number: int = 0
    """Position in requirements.md §5.2 (1–26); 0 for a declared further area."""

    def name(self, lang: str) -> str:
        """The area's name in ``lang`` ("zh" or "en")."""
        return self.zh if lang == "zh" else self.en


def _area(
    number: int,
    slug: str,
    zh: str,
    en: str,
    guideline_zh: str,
    issuer_zh: str,
    document_no: str | None = None,
    certainty: IssuerCertainty = IssuerCertainty.VERIFIED,
    pilot_name_zh: str | None = None,
) -> Area:
    return Area(
        slug=slug,
        zh=zh,
        en=en,
        guideline_zh=guideline_zh,
        issuer_zh=issuer_zh,
        document_no=document_no,
        issuer_certainty=certainty,
        pilot_name_zh=pilot_name_zh,
        number=number,
    )


_V = IssuerCertainty.VERIFIED
_P = IssuerCertainty.PARTLY_VERIFIED
_I = IssuerCertainty.INFERRED
_N = IssuerCertainty.NOT_VERIFIED
_HOUSING = "建办厅〔2019〕71号"
_HRSS = "人社厅函〔2019〕113号"
_CIVIL = "民办函〔2019〕52号"
_EMERGENCY = "应急厅函〔2019〕390号"

PILOT_AREAS: tuple[Area, ...] = (
    _area(
        1,
        "urban-rural-planning",
        "城乡规划",
        "Urban and rural planning",
        "城乡规划领域基层政务公开标准指引",
        "自然资源部办公厅",
    ),
    _area(
        2,
        "major-construction-projects",
        "重大建设项目",
        "Major construction projects",
        "重大建设项目领域基层政务公开标准指引",
        "国家发展改革委办公厅",
        "发改办投资〔2019〕621号",
    ),
    _area(
        3,
        "public-resource-trading",
        "公共资源交易",
        "Public resource trading",
        "公共资源交易领域基层政务公开标准指引",
        "国家发展改革委办公厅",
        "发改办法规〔2019〕752号",
    ),
    _area(
        4,
        "budgets-and-final-accounts",
        "财政预决算",
        "Fiscal budgets and final accounts",
        "财政预决算领域基层政务公开标准指引",
        "财政部",
        None,
        _N,
    ),
    _area(
        5, "work-safety", "安全生产", "Work safety", "安全生产领域基层政务公开标准目录", "应急管理部办公厅", _EMERGENCY
    ),
    _area(
        6,
        "tax-administration",
        "税收管理",
        "Tax administration",
        "税收管理领域基层政务公开标准指引",
        "国家税务总局",
        None,
        _N,
    ),
    _area(
        7,
        "land-expropriation-compensation",
        "农村集体土地征收",
        "Expropriation of rural collective land",
        "农村集体土地征收基层政务公开标准指引",
        "自然资源部办公厅",
        None,
        _V,
        "征地补偿",
    ),
    _area(
        8,
        "housing-expropriation-compensation",
        "国有土地上房屋征收与补偿",
        "Expropriation of, and compensation for, houses on state-owned land",
        "国有土地上房屋征收与补偿领域基层政务公开标准指引",
        "住房城乡建设部办公厅",
        _HOUSING,
        _V,
        "拆迁安置",
    ),
    _area(
        9,
        "affordable-housing",
        "保障性住房",
        "Government-subsidised (affordable) housing",
        "保障性住房领域基层政务公开标准指引",
        "住房城乡建设部办公厅",
        _HOUSING,
    ),
    _area(
        10,
        "rural-dilapidated-housing",
        "农村危房改造",
        "Renovation of dilapidated rural housing",
        "农村危房改造领域基层政务公开标准指引",
        "住房城乡建设部办公厅",
        _HOUSING,
    ),
    _area(
        11,
        "ecological-environment",
        "生态环境",
        "Ecology and environment",
        "生态环境领域基层政务公开标准指引",
        "生态环境部办公厅",
        "环办厅函〔2019〕672号",
        _V,
        "环境保护",
    ),
    _area(
        12,
        "public-cultural-services",
        "公共文化服务",
        "Public cultural services",
        "公共文化服务领域基层政务公开标准指引",
        "文化和旅游部办公厅、国家文物局办公室",
        "办办发〔2019〕139号",
    ),
    _area(
        13,
        "public-legal-services",
        "公共法律服务",
        "Public legal services",
        "公共法律服务领域基层政务公开标准指引",
        "司法部办公厅",
        "司办通〔2019〕57号",
    ),
    _area(
        14,
        "poverty-alleviation",
        "扶贫",
        "Poverty alleviation",
        "扶贫领域基层政务公开标准指引",
        "国务院扶贫开发领导小组办公室",
        None,
        _V,
        "扶贫救灾",
    ),
    _area(
        15,
        "disaster-relief",
        "救灾",
        "Disaster relief",
        "救灾领域基层政务公开标准目录",
        "应急管理部办公厅",
        _EMERGENCY,
        _V,
        "扶贫救灾",
    ),
    _area(
        16,
        "food-and-drug-regulation",
        "食品药品监管",
        "Food and drug regulation",
        "食品药品监管领域基层政务公开标准指引",
        "市场监管总局",
        None,
        _P,
    ),
    _area(
        17,
        "urban-law-enforcement",
        "城市综合执法",
        "Comprehensive urban administrative law enforcement",
        "城市综合执法领域基层政务公开标准指引",
        "住房城乡建设部",
        None,
        _I,
    ),
    _area(
        18,
        "employment",
        "就业",
        "Employment",
        "就业和社会保险领域基层政务公开标准指引",
        "人力资源社会保障部办公厅",
        _HRSS,
        _V,
        "就业创业",
    ),
    _area(
        19,
        "social-insurance",
        "社会保险",
        "Social insurance",
        "就业和社会保险领域基层政务公开标准指引",
        "人力资源社会保障部办公厅",
        _HRSS,
    ),
    _area(
        20,
        "social-assistance",
        "社会救助",
        "Social assistance",
        "社会救助领域基层政务公开标准指引",
        "民政部办公厅",
        _CIVIL,
    ),
    _area(
        21,
        "elderly-care",
        "养老服务",
        "Elderly-care services",
        "养老服务领域基层政务公开标准指引",
        "民政部办公厅",
        _CIVIL,
    ),
    _area(
        22,
        "household-registration",
        "户籍管理",
        "Household registration (hukou)",
        "户籍管理领域基层政务公开标准指引",
        "公安部办公厅",
        "公治安〔2019〕158号",
    ),
    _area(
        23,
        "agricultural-subsidies",
        "涉农补贴",
        "Agriculture-related subsidies",
        "涉农补贴领域基层政务公开标准指引",
        "财政部、农业农村部",
        None,
        _N,
    ),
    _area(24, "compulsory-education", "义务教育", "Compulsory education", "义务教育领域基层政务公开标准指引", "教育部"),
    _area(
        25, "health", "卫生健康", "Health", "卫生健康领域基层政务公开标准指引", "国家卫生健康委", None, _N, "医疗卫生"
    ),
    _area(
        26,
        "municipal-services",
        "市政服务",
        "Municipal public services",
        "市政服务领域基层政务公开标准指引",
        "住房城乡建设部",
        None,
        _I,
    ),
)

AREAS: Mapping[str, Area] = MappingProxyType({area.slug: area for area in PILOT_AREAS})
"""The 26 pilot areas by slug, in the order of requirements.md §5.2."""


@dataclass(frozen=True, slots=True)
class AreaAlias:
    """A name that resolves to an area slug, and whether the resolution needs a human look."""

    slug: str
    note: str | None = None
    """Why the name needs a look, as the reason of its N006 note (its wording is in the message tables)."""


def _aliases() -> dict[str, AreaAlias]:
    table: dict[str, AreaAlias] = {}
    for area in PILOT_AREAS:
        table[area.zh] = AreaAlias(area.slug)
        table[area.zh + "领域"] = AreaAlias(area.slug)
        if area.pilot_name_zh and area.pilot_name_zh != "扶贫救灾":
            table[area.pilot_name_zh] = AreaAlias(area.slug)
    # Variants seen in local catalogues (requirements.md §5.3).
    table.update(
        {
            "财政预算决算": AreaAlias("budgets-and-final-accounts"),
            "救灾生产": AreaAlias("disaster-relief", "disaster-relief-typo"),
            "农村集体土地": AreaAlias("land-expropriation-compensation"),
            "公共法律": AreaAlias("public-legal-services"),
            "就业和社会保险": AreaAlias("employment", "employment-and-social-insurance"),
            "涉农资金": AreaAlias("agricultural-subsidies", "agricultural-funds"),
            "乡村振兴": AreaAlias("poverty-alleviation", "rural-revitalisation"),
        }
    )
    return table


AREA_ALIASES: Mapping[str, AreaAlias] = MappingProxyType(_aliases())
"""Chinese names and local variants that resolve to a pilot-area slug."""


def resolve_area(text: str) -> AreaAlias | None:
    """Return the alias record for ``text`` (a slug, a Chinese name or a known variant), or None."""
    key = "".join(text.split())
    if key in AREAS:
        return AreaAlias(key)
    lowered = key.lower()
    if lowered in AREAS:
        return AreaAlias(lowered)
    return AREA_ALIASES.get(key)
