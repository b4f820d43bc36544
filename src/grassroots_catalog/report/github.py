"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.report._common import shown
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render(
    reports: Sequence[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, **_: object
) -> str:
    """One ``::error file=…,line=…,col=…,title=…::message`` line per finding."""
    return "".join(stream(reports, lang=lang, min_severity=min_severity))


def stream(
    reports: Iterable[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, **_: object
) -> Iterator[str]:
    """:func:`render` line by line, as each report comes."""
    for report, finding in shown(reports, min_severity):
        properties = [f"file={_escape(finding.file or report.file, property_value=True)}"]
        if finding.location is not None:
            properties += [f"line={finding.location.line}", f"col={finding.location.column}"]
        properties.append(f"title={_escape(finding.code, property_value=True)}")
        yield f"::{_COMMAND[finding.severity]} {','.join(properties)}::{_escape(finding.message(lang))}\n"
