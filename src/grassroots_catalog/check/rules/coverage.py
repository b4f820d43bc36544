"""R01 and R33: what the catalogue as a whole covers.

R01 (国办发〔2019〕54号 二(四); 国办发〔2020〕17号 一(二)): every county and township compiles its own
catalogue for the 26 pilot areas. Each area has at least one matter, or is listed under
``not_applicable_areas`` with its reason (R02, which the file structure enforces). Error.

R33 (《政府信息公开条例》第二十五条, a proxy): somewhere in the catalogue a matter is disclosed at a
public reading point (公开查阅点). Information.

Both judge the whole catalogue, so for a file with ``scope: part`` they run across all its parts
validated together (``gcat validate --complete``), never on one part alone.

Passes: a county catalogue with matters in all 26 areas, or with the areas it lacks listed as not
applicable. Flags: a county table covering six areas and saying nothing of the other twenty.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, codes, finding
from grassroots_catalog.domain.areas import PILOT_AREAS
from grassroots_catalog.domain.vocabularies import Channel
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R01",
        "area-coverage",
        Severity.ERROR,
        zh="有 {count} 个试点领域既无公开事项，也未说明不适用{together}：{areas_zh}",
        en="{count} of the 26 pilot areas have no matter and no not-applicable entry{together}: {areas_en}",
        fix_zh="请对照国家标准指引编制这些领域的事项，或在 not_applicable_areas 中逐一写明不适用的理由。",
        fix_en="compile their matters from the national guidelines, or list each under not_applicable_areas "
        "with its reason.",
        citation="国办发〔2019〕54号 二(四)；国办发〔2020〕17号 一(二)",
    ),
    CodeSpec(
        "R33",
        "reading-point",
        Severity.INFO,
        zh="目录中没有通过公开查阅点公开的事项{together}",
        en="no matter of this catalogue is disclosed at a public reading point (公开查阅点){together}",
        fix_zh="请确认档案馆、公共图书馆和政务服务场所设有政府信息查阅场所，并在相应事项中勾选“公开查阅点”。",
        fix_en="check that archives, libraries and service halls offer reading places, and tick 公开查阅点 where used.",
        citation="《政府信息公开条例》第二十五条",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R01、R33：目录整体覆盖了什么。

R01（国办发〔2019〕54号 二（四）；国办发〔2020〕17号 一（二））：每个县、乡都要编制本级覆盖26个试点
领域的目录。每个领域至少有一个事项，或在 ``not_applicable_areas`` 中列出并写明不适用的理由（R02，由
文件结构保证）。错误。

R33（《政府信息公开条例》第二十五条，近似检查）：目录中至少有一个事项通过公开查阅点公开。提示。

两者都评判整个目录，因此对 ``scope: part`` 的分册文件，只在一并检查的全部分册上运行
（``gcat validate --complete``），从不只看其中一册。

通过：县级目录在26个领域都有事项，或把缺少的领域列为不适用。标出：只覆盖六个领域、对其余二十个领域只
字未提的县级目录。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = True


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    covered = catalogue.areas_covered()
    missing = [area for area in PILOT_AREAS if area.slug not in covered]
    if missing:
        yield finding(
            "R01",
            ("matters",),
            count=len(missing),
            areas_zh="、".join(area.zh for area in missing),
            areas_en=", ".join(area.slug for area in missing),
        )
    if not any(
        channel.box is Channel.READING_POINT
        for matter in catalogue.matters
        if matter.not_applicable is None
        for channel in matter.channels
    ):
        yield finding("R33", ("matters",))
