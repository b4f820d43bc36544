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

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "R35",
        "service-guide",
        Severity.INFO,
        zh="办事类事项 {matter} 的公开内容缺少办事指南要素：{missing}",
        en="service matter {matter} does not list these service-guide items: {missing}",
        fix_zh="请列明办理条件、所需材料、办理流程等。",
        fix_en="list the conditions, materials and procedure.",
        citation="国办发〔2019〕54号 任务五至七",
    ),
)
CODES = codes(SPECS)
DOC_ZH = """\
R35：办事服务类事项公开办事指南：条件、材料、流程。

办事公开让申请人事先知道要准备什么（国办发〔2019〕54号 任务五至七）。近似检查：名称属于办事服务（办
理、申请、审批、登记、备案、补贴、许可、审核）的事项，公开内容中应列出办事指南的各项：条件、材料、流
程（或程序）。提示，并指出缺少的项目。

通过：``{name: {level1: 最低生活保障, level2: 审核确认}, content: [申请条件, 申请材料, 办理流程]}``。
标出：同样的名称，``content: [补助标准]``。
"""
"""The rule's page in Chinese, as ``gcat rule`` shows it (the module docstring is the English page)."""
OPTIONS: dict[str, Option] = {}
WHOLE_CATALOGUE = False
ROW_BY_ROW: tuple[str, ...] = ()
"""Each row judged on its own."""
_SERVICE = re.compile(r"办理|申请|审批|登记|备案|补贴|许可|审核|认定|发放")
_ITEMS = (("条件", re.compile(r"条件|对象")), ("材料", re.compile(r"材料")), ("流程", re.compile(r"流程|程序")))


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if not matter.content or not _SERVICE.search("".join(matter.name.parts())):
            continue
        text = "".join(matter.content)
        missing = [label for label, pattern in _ITEMS if not pattern.search(text)]
        if len(missing) >= 2:
            yield finding("R35", ("matters", index, "content"), matter=matter.id, missing="、".join(missing))
