"""The statutory categories of proactive disclosure, and how a catalogue shows that it covers them.

《政府信息公开条例》 第二十条 lists what every administrative body discloses proactively (R23), and
第二十一条 what county and township governments disclose as well (R24, R25). A standard catalogue
covers a category when one of its matters belongs to a pilot area that carries it, or mentions one of
its key words in the matter's name or content; an area declared not applicable covers the categories
it carries, since its omission is explained. Key words are deliberately short and few: they make a
coverage proxy (requirements.md marks these requirements "Partly" checkable), not a classifier.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatutoryCategory:
    """One category of the regulation: its wording, and the areas and key words that cover it."""

    zh: str
    en: str
    areas: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


def _category(zh: str, en: str, areas: str = "", keywords: str = "") -> StatutoryCategory:
    return StatutoryCategory(zh, en, tuple(areas.split()), tuple(keywords.split("|")) if keywords else ())


ARTICLE_20: tuple[StatutoryCategory, ...] = (
    _category(
        "法规、规章和规范性文件", "regulations, rules and normative documents", keywords="规范性文件|法规|规章|政策文件"
    ),
    _category(
        "机关职能、机构设置、办公地址、办公时间、联系方式、负责人",
        "functions, structure, address, hours, contacts and heads",
        keywords="职能|机构设置|办公地址|办公时间|联系方式|负责人",
    ),
    _category("发展规划及相关政策", "development plans and related policies", "urban-rural-planning", "规划"),
    _category("统计信息", "statistics", keywords="统计"),
    _category(
        "行政许可和其他对外管理服务事项",
        "licensing and other external services",
        keywords="许可|审批|办事指南|办理流程|办理结果",
    ),
    _category("行政处罚、行政强制", "penalties and compulsory measures", "urban-law-enforcement", "处罚|行政强制"),
    _category("财政预算、决算", "budgets and final accounts", "budgets-and-final-accounts", "预算|决算"),
    _category("行政事业性收费", "administrative fees", keywords="收费"),
    _category("政府集中采购", "centralised government procurement", keywords="采购"),
    _category(
        "重大建设项目的批准和实施",
        "approval and implementation of major construction projects",
        "major-construction-projects",
        "建设项目",
    ),
    _category(
        "扶贫、教育、医疗、社会保障、促进就业",
        "poverty alleviation, education, medical care, social security and employment",
        "poverty-alleviation compulsory-education health social-insurance social-assistance employment",
        "扶贫|教育|医疗|社会保障|社会保险|就业",
    ),
    _category(
        "突发公共事件的应急预案、预警信息及应对",
        "emergency plans, warnings and responses",
        "disaster-relief",
        "应急预案|预警|突发",
    ),
    _category(
        "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查",
        "inspections of environment, public health, work safety, food and drugs, product quality",
        "ecological-environment work-safety food-and-drug-regulation",
        "监督检查|抽检|抽查",
    ),
    _category(
        "公务员招考的职位、名额、报考条件及录用结果",
        "civil-service recruitment and its results",
        keywords="公务员|招考|招录",
    ),
)
"""第二十条 (1)–(14). Item (15), whatever other laws and rules require, names no content to look for."""

_EXPROPRIATION_OF_LAND = _category("土地征收", "land expropriation", "land-expropriation-compensation", "土地征收|征地")
_EXPROPRIATION_OF_HOUSES = _category(
    "房屋征收", "housing expropriation", "housing-expropriation-compensation", "房屋征收"
)
_SOCIAL_ASSISTANCE = _category("社会救助", "social assistance", "social-assistance", "救助|低保|最低生活保障|特困")

ARTICLE_21_COUNTY: tuple[StatutoryCategory, ...] = (
    _category("市政建设", "municipal construction", "municipal-services", "市政"),
    _category(
        "公共服务", "public services", "public-cultural-services public-legal-services municipal-services", "公共服务"
    ),
    _category("公益事业", "public-interest undertakings", keywords="公益|慈善"),
    _EXPROPRIATION_OF_LAND,
    _EXPROPRIATION_OF_HOUSES,
    _category("治安管理", "public order", "household-registration", "治安|户籍|户口"),
    _SOCIAL_ASSISTANCE,
)
"""第二十一条, the county clause."""

ARTICLE_21_TOWNSHIP: tuple[StatutoryCategory, ...] = (
    _category(
        "贯彻落实农业农村政策",
        "carrying out agricultural and rural policies",
        "agricultural-subsidies",
        "农业|农村|涉农",
    ),
    _category("农田水利工程建设运营", "farmland water-conservancy works", keywords="水利|农田"),
    _category("农村土地承包经营权流转", "transfer of rural land contract rights", keywords="承包经营|土地流转"),
    _category("宅基地使用情况审核", "review of homestead use", keywords="宅基地"),
    _EXPROPRIATION_OF_LAND,
    _EXPROPRIATION_OF_HOUSES,
    _category("筹资筹劳", "raising funds and labour", keywords="筹资筹劳|一事一议"),
    _SOCIAL_ASSISTANCE,
)
"""第二十一条, the township clause."""
