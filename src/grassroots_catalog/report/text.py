"""Linter-style text: ``path:line:col: CODE [severity] message``, then a one-line summary.

Colour (ANSI) only when asked for; the command line asks only when writing to a terminal and
``NO_COLOR`` is unset.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.messages.words import report_text
from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData
    from grassroots_catalog.report._common import Tally

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def format_finding(finding: Finding, *, lang: str = "zh", colour: bool = False) -> str:
    """One finding as a linter line."""
    where = finding.file or "<input>"
    if finding.location is not None:
        where += f":{finding.location.line}:{finding.location.column}"
    elif isinstance(finding.ctx.get("cell"), str):  # a spreadsheet's cell, e.g. Sheet1!D12
        where += f":{finding.ctx['cell']}"
    severity = finding.severity.label(lang)
    code = finding.code
    if colour:
        code = f"{_BOLD}{code}{_RESET}"
        severity = f"{_COLOURS[finding.severity]}{severity}{_RESET}"
    return f"{where}: {code} [{severity}] {finding.message(lang)}"


def render(
    reports: Sequence[FileReport],
    *,
    lang: str = "zh",
    colour: bool = False,
    min_severity: Severity = Severity.INFO,
    max_findings: int = 100,
    concise: bool = False,
    show_suppressed: bool = False,
    national: NationalData | None = None,
) -> str:
    """All findings at or above ``min_severity``, at most ``max_findings`` of them, each (unless
    ``concise``) with its source line; then what was set aside, a summary, and which national data
    the check used (``national``, default: the reports').

    A finding set aside by a reasoned comment or config entry is listed with its reason; those a
    baseline sets aside are counted per code (a legacy catalogue's hundreds would bury the new
    ones), and listed only with ``show_suppressed``.
    """
    return "".join(
        stream(
            reports,
            lang=lang,
            colour=colour,
            min_severity=min_severity,
            max_findings=max_findings,
            concise=concise,
            show_suppressed=show_suppressed,
            national=national,
        )
    )


def stream(
    reports: Iterable[FileReport],
    *,
    lang: str = "zh",
    colour: bool = False,
    min_severity: Severity = Severity.INFO,
    max_findings: int = 100,
    concise: bool = False,
    show_suppressed: bool = False,
    national: NationalData | None = None,
) -> Iterator[str]:
    """:func:`render` piece by piece: each report's findings as soon as it comes, the rest at the end."""
    from grassroots_catalog.report._common import Spool, Tally
    from grassroots_catalog.report.snippet import SourceLines, snippet

    tally = Tally()
    set_aside = Spool()  # listed after every finding, as before streaming
    baselined: dict[str, int] = {}
    shown = hidden = 0
    for report in tally.counted(reports):
        lines: list[str] = []
        sources = SourceLines([report])
        for finding in report.findings:
            if finding.severity < min_severity:
                continue
            if shown >= max_findings:
                hidden += 1
                continue
            lines.append(format_finding(finding, lang=lang, colour=colour))
            if not concise:
                lines += snippet(finding, sources)
            shown += 1
        if lines:
            yield "\n".join(lines) + "\n"
        for item in report.suppressed:
            if item.source == "baseline" and not show_suppressed:
                baselined[item.finding.code] = baselined.get(item.finding.code, 0) + 1
                continue
            line = format_finding(item.finding, lang=lang)
            set_aside.write(report_text("text.suppressed", lang, finding=line, reason=item.reason) + "\n")
    if hidden:
        yield report_text("text.more", lang, count=hidden) + "\n"
    yield from set_aside.drain()
    if baselined:
        counts = sorted(baselined.items(), key=lambda pair: (-pair[1], pair[0]))
        codes = report_text("text.list_separator", lang).join(f"{code} ×{count}" for code, count in counts)
        yield report_text("text.baselined", lang, count=sum(baselined.values()), codes=codes) + "\n"
    yield summary_of(tally, lang=lang) + "\n"
    yield tally.national_used(national).statement(lang) + "\n"


def summary(reports: Iterable[FileReport], *, lang: str = "zh") -> str:
    """``N files checked: E errors, W warnings, I notes``, then what was suppressed or unreadable."""
    from grassroots_catalog.report._common import tallied

    return summary_of(tallied(reports), lang=lang)


def summary_of(tally: Tally, *, lang: str = "zh") -> str:
    """:func:`summary` from running counts."""
    text = report_text(
        "text.summary",
        lang,
        files=tally.files,
        errors=tally.counts[Severity.ERROR],
        warnings=tally.counts[Severity.WARNING],
        notes=tally.counts[Severity.INFO],
    )
    if tally.suppressed:
        text += report_text("text.summary.suppressed", lang, count=tally.suppressed)
    if tally.unreadable:
        text += report_text("text.summary.unreadable", lang, count=tally.unreadable)
    return text
