"""R35: a service matter discloses its service guide: conditions, materials, procedure.

Open handling of services lets an applicant know the preparation in advance (国办发〔2019〕54号 tasks 5–7).
Heuristic: a matter whose name is a service (办理, 申请, 审批, 登记, 备案, 补贴, 许可, 审核) should list
among its content the 办事指南 items: conditions (条件), materials (材料), procedure (流程 or 程序).
Information, naming the items missing.

Passes: ``{name: {level1: 最低生活保障, level2: 审核确认}, content: [申请条件, 申请材料, 办理流程]}``.
Flags: the same name with ``content: [补助标准]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.results import Finding, Severity

CODES = ("R35",)
_SERVICE = re.compile(r"办理|申请|审批|登记|备案|补贴|许可|审核|认定|发放")
_ITEMS = (("条件", re.compile(r"条件|对象")), ("材料", re.compile(r"材料")), ("流程", re.compile(r"流程|程序")))


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if not matter.content or not _SERVICE.search("".join(matter.name.parts())):
            continue
        text = "".join(matter.content)
        missing = [label for label, pattern in _ITEMS if not pattern.search(text)]
        if len(missing) >= 2:
            yield finding(
                "R35", Severity.INFO, ("matters", index, "content"), matter=matter.id, missing="、".join(missing)
            )
