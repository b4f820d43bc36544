"""R38: no duplicate matters within an area: the pair (一级, 二级事项) is unique.

A provincial rule (Henan) forbids refined items from overlapping 一级/二级 matters; duplicates also
make a catalogue ambiguous to read. Names are compared width-folded, without white space (warning,
at the later of the two).

Passes: two matters 扶贫对象/贫困人口识别 and 扶贫对象/贫困人口退出. Fails: 扶贫对象/贫困人口识别 twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.name_variants import fold_names, prepare_names
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R38",
        "duplicate-matter",
        Severity.WARNING,
        zh="事项 {matter}（{name}）与 {first} 重复",
        en="{matter} ({name}) duplicates {first}",
        fix_zh="同一领域内一级、二级事项不应重复；请合并或删除。",
        fix_en="merge or remove it: matters must not overlap within an area.",
        citation="docs/requirements.md R38（河南省人社厅：细化事项不得与一级、二级事项交叉重复）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R38：同一领域内事项不重复：（一级事项，二级事项）这一对名称唯一。

有省级规定（河南）要求细化后的事项不得与一级、二级事项重叠；重复事项也使目录读起来含糊。名称比较时统
一全角半角、去掉空白（警告，标在两者中靠后的一个）。

通过：“扶贫对象/贫困人口识别”和“扶贫对象/贫困人口退出”两个事项。不通过：“扶贫对象/贫困人口识别”出现
两次。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False


def check(context: RuleContext) -> Iterator[Finding]:
    seen: dict[tuple[str, tuple[str, ...]], str] = {}
    prepare_names(name for matter in context.catalogue.matters for name in matter.name.parts())
    for index, matter in applicable(context.catalogue):
        # Names folded as linking folds them: the same names written twice, even differently, are one matter.
        names = matter.name
        key = (matter.area, fold_names(matter.area, (names.level1, names.level2, names.level3))[0])
        if key in seen:
            yield finding("R38", ("matters", index), matter=matter.id, first=seen[key], name=str(matter.name))
        else:
            seen[key] = matter.id
