"""P01: a provincial rule, as a plugin would provide it: every matter states a contact for enquiries.

Passes: ``content: [办理流程, 咨询电话]``. Fails: ``content: [办理流程]``.
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules._common import RuleContext, applicable, finding
from grassroots_catalog.messages import CodeSpec
from grassroots_catalog.results import Finding, Severity

CODES = ("P01",)
SPECS = [
    CodeSpec(
        "P01",
        "contact-for-enquiries",
        Severity.WARNING,
        "事项 {matter} 未公开咨询电话",
        "{matter} gives no number for enquiries",
        "请在公开内容中列明咨询电话。",
        "list a number for enquiries in the content.",
        "示例省政务公开办法第八条",
    )
]


def check(context: RuleContext) -> Iterator[Finding]:
    for index, matter in applicable(context.catalogue):
        if not any("电话" in element for element in matter.content):
            yield finding("P01", Severity.WARNING, ("matters", index, "content"), matter=matter.id)
