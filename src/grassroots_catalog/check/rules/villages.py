"""R31: a township catalogue extends disclosure to villages and communities (向农村和社区延伸).

国办发〔2019〕54号 task 8. Proxy: at least one township row uses the village or community notice board
(社区/企事业单位/村公示栏（电子屏）) or the village level (村级); information when none does.

Catalogue-wide: for ``scope: part`` files it runs across the parts validated together.

Passes: a township catalogue with a row ``level: [乡级, 村级]``. Flags: a township catalogue with neither.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.domain.vocabularies import CatalogueLevel, Channel, DisclosureLevel
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R31",
        "village-extension",
        Severity.INFO,
        zh="乡级目录中没有延伸到村（社区）公开的事项{together}",
        en="no matter of this township catalogue reaches villages or communities{together}",
        fix_zh="可将适合的事项在村公示栏公开或勾选村级。",
        fix_en="disclose suitable matters on village notice boards, or at village level.",
        citation="国办发〔2019〕54号 任务八（向农村和社区延伸）",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R31：乡级目录把公开向农村和社区延伸。

国办发〔2019〕54号 任务八。近似检查：至少有一个乡级事项使用村（社区）公示栏（“社区/企事业单位/村公示
栏（电子屏）”）或勾选“村级”；一个都没有时为提示。

评判整个目录：对 ``scope: part`` 的文件，在一并检查的全部分册上运行。

通过：有一行 ``level: [乡级, 村级]`` 的乡级目录。标出：两者都没有的乡级目录。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = True


def check(context: RuleContext) -> Iterator[Finding]:
    catalogue = context.catalogue
    if catalogue.level is not CatalogueLevel.TOWNSHIP:
        return
    for _, matter in applicable(catalogue):
        if DisclosureLevel.VILLAGE in matter.level or any(c.box is Channel.NOTICE_BOARD for c in matter.channels):
            return
    yield finding("R31", ("matters",))
