"""Markdown: the findings of each file as a table, for a pull-request comment or a report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.messages import spec_for
from grassroots_catalog.report.text import summary
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(
    reports: Sequence[FileReport], *, lang: str = "zh", min_severity: Severity = Severity.INFO, **_: object
) -> str:
    """A section per file with a table of its findings, worst first, and the overall summary."""
    zh = lang == "zh"
    out = ["# 检查结果" if zh else "# Findings", ""]
    for report in reports:
        findings = sorted(
            (f for f in report.findings if f.severity >= min_severity), key=lambda f: (-f.severity, f.sort_key())
        )
        out += [f"## `{report.file}`", ""]
        if not findings:
            out += ["未发现问题。" if zh else "Nothing found.", ""]
            continue
        header = "| 位置 | 代码 | 级别 | 说明 | 依据 |" if zh else "| where | code | severity | message | source |"
        out += [header, "|---|---|---|---|---|"]
        for finding in findings:
            where = (finding.file or report.file) + (f":{finding.location.line}" if finding.location else "")
            spec = spec_for(finding.code)
            message = finding.message(lang)
            if spec is not None and spec.citation:
                message = message.replace(f" [{spec.citation}]", "")
            out.append(
                f"| `{_cell(where)}` | {finding.code} | {finding.severity.label(lang)} | {_cell(message)} "
                f"| {_cell(spec.citation or '') if spec else ''} |"
            )
        out.append("")
    out.append(summary(reports, lang=lang))
    out += ["", "## 无法从目录本身检查的要求" if zh else "## Not checkable from a catalogue", ""]
    out += [
        f"- {code}: {zh_text if zh else en_text} ({source})"
        for code, (zh_text, en_text, source) in NOT_CHECKABLE.items()
    ]
    return "\n".join(out) + "\n"
