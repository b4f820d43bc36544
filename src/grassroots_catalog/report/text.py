"""Linter-style text: ``path:line:col: CODE [severity] message``, then a one-line summary.

Colour (ANSI) only when asked for; the command line asks only when writing to a terminal and
``NO_COLOR`` is unset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def format_finding(finding: Finding, *, lang: str = "zh", colour: bool = False) -> str:
    """One finding as a linter line."""
    where = finding.file or "<input>"
    if finding.location is not None:
        where += f":{finding.location.line}:{finding.location.column}"
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
) -> str:
    """All findings at or above ``min_severity``, at most ``max_findings`` lines, and a summary."""
    lines: list[str] = []
    shown = hidden = 0
    for report in reports:
        for finding in report.findings:
            if finding.severity < min_severity:
                continue
            if shown >= max_findings:
                hidden += 1
                continue
            lines.append(format_finding(finding, lang=lang, colour=colour))
            shown += 1
    if hidden:
        lines.append(
            f"… 另有 {hidden} 条未显示（可用 --max-findings 调整）"
            if lang == "zh"
            else f"… {hidden} more not shown (see --max-findings)"
        )
    for report in reports:
        for item in report.suppressed:
            lines.append(
                ("已忽略：" if lang == "zh" else "suppressed: ")
                + format_finding(item.finding, lang=lang)
                + f" — {item.reason}"
            )
    lines.append(summary(reports, lang=lang))
    return "\n".join(lines) + "\n"


def summary(reports: Sequence[FileReport], *, lang: str = "zh") -> str:
    """``N files checked: E errors, W warnings, I notes``."""
    counts = {s: sum(r.count(s) for r in reports) for s in Severity}
    unreadable = sum(1 for r in reports if not r.readable)
    suppressed = sum(len(r.suppressed) for r in reports)
    if lang == "zh":
        text = (
            f"已检查 {len(reports)} 个文件：错误 {counts[Severity.ERROR]} 条，"
            f"警告 {counts[Severity.WARNING]} 条，提示 {counts[Severity.INFO]} 条"
        )
        text += f"；已忽略 {suppressed} 条（理由见上）" if suppressed else ""
        return text + (f"；{unreadable} 个文件无法读取" if unreadable else "")
    text = (
        f"{len(reports)} file(s) checked: {counts[Severity.ERROR]} error(s), "
        f"{counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s)"
    )
    text += f"; {suppressed} suppressed (reasons above)" if suppressed else ""
    return text + (f"; {unreadable} file(s) could not be read" if unreadable else "")
