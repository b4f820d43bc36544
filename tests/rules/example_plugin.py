"""P01: a provincial rule, as a plugin would provide it: every matter states a contact for enquiries.

A plugin module follows the contract of the built-in rules (grassroots_catalog.check.rules.contract):
``SPECS``, ``CODES``, ``OPTIONS``, ``WHOLE_CATALOGUE`` and ``check(context)``.

Passes: ``content: [办理流程, 咨询电话]``. Fails: ``content: [办理流程]``; with ``content: []`` it
reports that there is no content to look in (information).
"""

from __future__ import annotations

from collections.abc import Iterator

from grassroots_catalog.check.rules.contract import CodeSpec, Option, RuleContext, applicable, codes, finding
from grassroots_catalog.results import Finding, Severity

SPECS = (
    CodeSpec(
        "P01",
        "contact-for-enquiries",
        Severity.WARNING,
        zh={"": "事项 {matter} 未公开咨询{contact}", "no-content": "事项 {matter} 没有公开内容，无从查找咨询{contact}"},
        en={
            "": "{matter} names no contact ({contact}) for enquiries",
            "no-content": "{matter} has no content in which to name a contact ({contact})",
        },
        fix_zh="请在公开内容中列明咨询电话。",
        fix_en="list a number for enquiries in the content.",
        citation="示例省政务公开办法第八条",
    ),
)
CODES = codes(SPECS)
OPTIONS = {
    "contact_word": Option(str, "电话", "公开内容中表示咨询方式的词", "the word that names a contact in the content")
}
WHOLE_CATALOGUE = False


def check(context: RuleContext) -> Iterator[Finding]:
    word: str = context.options["contact_word"]
    for index, matter in applicable(context.catalogue):
        path = ("matters", index, "content")
        if not matter.content:
            yield finding("P01", path, reason="no-content", severity=Severity.INFO, matter=matter.id, contact=word)
        elif not any(word in element for element in matter.content):
            yield finding("P01", path, matter=matter.id, contact=word)
