"""JUnit XML, for CI systems that show test reports: a test suite per file, a test case per finding
(failing when it is an error or a warning), and one passing case for a file with none."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.report._common import Spool
from grassroots_catalog.report.text import format_finding
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport


def render(
    reports: Sequence[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.WARNING, **_: object
) -> str:
    """The JUnit XML document as text."""
    return "".join(stream(reports, lang=lang, min_severity=min_severity))


def stream(
    reports: Iterable[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.WARNING, **_: object
) -> Iterator[str]:
    """:func:`render` with each file's test suite written as it comes to a spool: the totals are
    attributes of the root element, and known only at the end."""
    spool = Spool()
    total = failed = 0
    for report in reports:
        findings = [f for f in report.findings if f.severity >= max(min_severity, Severity.WARNING)]
        suite = ET.Element("testsuite", name=report.file, tests=str(max(1, len(findings))), failures=str(len(findings)))
        if not findings:
            ET.SubElement(suite, "testcase", classname=report.file, name="catalogue")
        for finding in findings:
            where = f":{finding.location.line}" if finding.location else ""
            case = ET.SubElement(
                suite, "testcase", classname=finding.file or report.file, name=f"{finding.code}{where}"
            )
            failure = ET.SubElement(case, "failure", type=finding.severity.slug, message=finding.message(lang))
            failure.text = format_finding(finding, lang=lang)
        spool.write(ET.tostring(suite, encoding="unicode"))
        total += max(1, len(findings))
        failed += len(findings)
    root = ET.Element("testsuites", name="grassroots-catalog", tests=str(total), failures=str(failed))
    if spool.empty:
        yield ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
        return
    root.text = _SUITES
    before, after = ET.tostring(root, encoding="unicode", xml_declaration=True).split(_SUITES)
    yield before
    yield from spool.drain()
    yield after + "\n"


_SUITES = "\ue000suites\ue000"
"""Where the test suites go in the root element's text."""
