"""R23, R24, R25: the statutory categories of proactive disclosure that the catalogue covers.

《政府信息公开条例》第二十条 lists fourteen kinds of content every body discloses proactively (R23);
第二十一条 adds what county governments (R24) and township governments (R25) disclose according to
local conditions. A category is covered when a matter belongs to one of its pilot areas, or names one
of its key words (in :mod:`grassroots_catalog.domain.statutory`) in its name or content, or when one of its
areas is declared not applicable. R24 and R25 are warnings; R23 is information, because a standard
catalogue of the 26 pilot areas need not hold every category of 第二十条: the general disclosure
catalogue (政府信息公开目录) carries the rest.

Catalogue-wide: for ``scope: part`` files they run across the parts validated together.

Passes: a county catalogue with social-assistance, land and housing expropriation and household
registration matters and the words 市政, 公共服务, 公益 in its rows. Flags: a county catalogue of
employment matters only (R24 lists the seven categories it lacks).
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, codes, finding
from grassroots_catalog.domain.statutory import ARTICLE_20, ARTICLE_21_COUNTY, ARTICLE_21_TOWNSHIP, StatutoryCategory
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R23",
        "statutory-categories",
        Severity.INFO,
        zh="目录中未见以下法定主动公开类别{together}：{categories_zh}",
        en="no matter of this catalogue covers these statutory categories of proactive disclosure{together}: "
        "{categories_en}",
        fix_zh="标准目录不必涵盖全部类别；请确认这些信息已在政府信息公开目录或其他栏目中主动公开。",
        fix_en="a standard catalogue need not hold them all; make sure they are disclosed through the general "
        "disclosure catalogue or elsewhere.",
        citation="《政府信息公开条例》第十九条、第二十条",
    ),
    CodeSpec(
        "R24",
        "county-categories",
        Severity.WARNING,
        zh="县级目录中未见以下应重点公开的内容{together}：{categories_zh}",
        en="this county catalogue covers none of these contents counties must also disclose{together}: {categories_en}",
        fix_zh="请根据本地实际补充相关事项，或在 not_applicable_areas 中说明。",
        fix_en="add matters for them as local conditions require, or explain under not_applicable_areas.",
        citation="《政府信息公开条例》第二十一条",
    ),
    CodeSpec(
        "R25",
        "township-categories",
        Severity.WARNING,
        zh="乡级目录中未见以下应重点公开的内容{together}：{categories_zh}",
        en="this township catalogue covers none of these contents townships must also disclose{together}: "
        "{categories_en}",
        fix_zh="请根据本地实际补充相关事项，或在 not_applicable_areas 中说明。",
        fix_en="add matters for them as local conditions require, or explain under not_applicable_areas.",
        citation="《政府信息公开条例》第二十一条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R23、R24、R25：目录覆盖了哪些法定的主动公开类别。

《政府信息公开条例》第二十条列出各行政机关都应主动公开的十四类内容（R23）；第二十一条规定县级人民政
府（R24）和乡（镇）人民政府（R25）还应根据本地情况主动公开的内容。某个类别算作已覆盖，是指有事项属于
它的某个试点领域，或事项名称、内容中出现它的关键词（见 :mod:`grassroots_catalog.domain.statutory`），
或它的某个领域被声明为不适用。R24、R25 是警告；R23 是提示，因为26个试点领域的标准目录不必包含
第二十条的每一类，其余由政府信息公开目录承载。

评判整个目录：对 ``scope: part`` 的文件，在一并检查的全部分册上运行。

通过：县级目录有社会救助、征地和房屋征收、户籍管理等事项，行中出现“市政”“公共服务”“公益”等字样。标出：
只有就业事项的县级目录（R24 列出缺少的七个类别）。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = True


def uncovered(catalogue: Catalogue, *clauses: tuple[StatutoryCategory, ...]) -> list[list[StatutoryCategory]]:
    """For each clause, the categories no matter, area or not-applicable entry of ``catalogue`` covers."""
    areas = catalogue.areas_covered()
    text = "\n".join(
        part
        for matter in catalogue.matters
        for part in (matter.name.level1, matter.name.level2, matter.name.level3, *matter.content)
        if part
    )
    return [
        [
            category
            for category in categories
            if not areas.intersection(category.areas) and not any(word in text for word in category.keywords)
        ]
        for categories in clauses
    ]


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    clauses = [("R23", ARTICLE_20)]
    if catalogue.level is CatalogueLevel.COUNTY:
        clauses.append(("R24", ARTICLE_21_COUNTY))
    elif catalogue.level is CatalogueLevel.TOWNSHIP:
        clauses.append(("R25", ARTICLE_21_TOWNSHIP))
    gaps = uncovered(catalogue, *(categories for _, categories in clauses))
    for (code, _), missing in zip(clauses, gaps, strict=True):
        if missing:
            yield finding(
                code,
                ("matters",),
                count=len(missing),
                categories_zh="；".join(category.zh for category in missing),
                categories_en="; ".join(category.en for category in missing),
            )
