"""Markdown: the findings of each file as a table, for a pull-request comment or a report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.messages import spec_for
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report._common import Tally
from grassroots_catalog.report.table import markdown_cell
from grassroots_catalog.report.text import summary_of
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData


def render(
    reports: Sequence[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> str:
    """A section per file with a table of its findings, worst first, the overall summary, and the
    national data the check used."""
    return "".join(stream(reports, lang=lang, min_severity=min_severity, national=national))


def stream(
    reports: Iterable[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> Iterator[str]:
    """:func:`render` piece by piece: each file's section as it comes."""
    tally = Tally()
    yield f"# {report_text('markdown.title', lang)}\n\n"
    columns = ("where", "code", "severity", "message", "source")
    header = "| " + " | ".join(report_text(f"markdown.column.{column}", lang) for column in columns) + " |"
    for report in tally.counted(reports):
        yield "\n".join(_section(report, header, lang, min_severity)) + "\n"
    out = [summary_of(tally, lang=lang), "", tally.national_used(national).statement(lang)]
    out += ["", f"## {report_text('markdown.not_checkable.heading', lang)}", ""]
    out += [
        "- "
        + report_text(
            "markdown.not_checkable.item", lang, code=code, text=zh_text if lang == "zh" else en_text, source=source
        )
        for code, (zh_text, en_text, source) in NOT_CHECKABLE.items()
    ]
    yield "\n".join(out) + "\n"


def _section(report: FileReport, header: str, lang: str, min_severity: Severity) -> list[str]:
    """The lines of one file's section: its heading, then its findings as a table (worst first)."""
    findings = sorted(
        (f for f in report.findings if f.severity >= min_severity), key=lambda f: (-f.severity, f.sort_key())
    )
    out = [f"## `{report.file}`", ""]
    if not findings:
        return [*out, report_text("markdown.nothing", lang), ""]
    out += [header, "|---|---|---|---|---|"]
    for finding in findings:
        where = (finding.file or report.file) + (f":{finding.location.line}" if finding.location else "")
        spec = spec_for(finding.code)
        message = finding.message(lang)
        if spec is not None and spec.citation:
            message = message.replace(f" [{spec.citation}]", "")
        out.append(
            f"| `{markdown_cell(where)}` | {finding.code} | {finding.severity.label(lang)} | {markdown_cell(message)} "
            f"| {markdown_cell(spec.citation or '') if spec else ''} |"
        )
    out.append("")
    return out
