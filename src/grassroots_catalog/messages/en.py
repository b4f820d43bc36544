"""Everything a user reads, in English (--lang en): one table per language, data and nothing else.

A third language is a third module of this shape. Templates use str.format fields; every key present
here is present in every other language's table (a test holds them equal).
"""

from __future__ import annotations

# ==================================================================================================
# FINDINGS: the message of each finding code that is not a requirement rule's (Y, S, M, N and the
# notes on the check itself), keyed by code, then by reason ("" is the default reason; "fix" is the
# advice that follows the message). Requirement rules keep their messages in their own modules.
# ==================================================================================================

FINDINGS: dict[str, dict[str, str]] = {}


# ==================================================================================================
# CLI: the command line's help, option help, usage and error messages, keyed by a dotted name
# (e.g. "validate.help", "validate.option.format", "error.no_yaml_in_folder").
# ==================================================================================================

CLI: dict[str, str] = {}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {
    # The gap report (gcat report): the page, its header and summary.
    "gap.language_tag": "en",
    "gap.title": "Gap report: {title}",
    "gap.separator": ", ",
    "gap.meta.file": "File: {file}",
    "gap.meta.level": "Level: {level}",
    "gap.meta.as_of": "As of: {date}",
    "gap.meta.chain": "Chain: {chain}",
    "gap.meta.chain_separator": " → ",
    "gap.summary.heading": "Summary",
    "gap.summary.counts": "{errors} error(s), {warnings} warning(s), {notes} note(s); {suppressed} suppressed.",
    "gap.severity.error": "error",
    "gap.severity.warning": "warning",
    "gap.severity.info": "info",
    # What to fix first: errors, then warnings.
    "gap.fix_first.heading": "Fix first",
    "gap.fix_first.item": "{code} {severity} {where} — {message}",
    "gap.fix_first.none": "Nothing.",
    "gap.fix_first.more": "{count} more error(s) or warning(s) below, under “Findings by requirement”.",
    # Coverage of the pilot areas against the known national rows.
    "gap.coverage.heading": "Coverage by area",
    "gap.coverage.area": "Area",
    "gap.coverage.local_additions": "Local additions",
    "gap.coverage.unknown": "—",
    "gap.coverage.absent": (
        "“—”: the files given (scope: part) do not touch these areas: {areas}. If they are all the parts, "
        "add {option}, and the areas no part touches count as missing."
    ),
    "gap.coverage.statement": "{area}: {statement}",
    "gap.coverage.none": "This catalogue extends no national guideline.",
    "gap.status.present": "Present",
    "gap.status.localised": "Localised",
    "gap.status.strengthened": "Strengthened",
    "gap.status.weakened": "Weakened",
    "gap.status.missing": "Missing",
    "gap.status.not-applicable": "Not applicable",
    "gap.chart.caption": "Known national rows of each area, by status",
    "gap.chart.bar": "{area}: {counts}",
    "gap.chart.count": "{status} {count}",
    "gap.chart.count_separator": ", ",
    # Every finding, grouped by the requirement it checks.
    "gap.findings.heading": "Findings by requirement",
    "gap.findings.group": "{code} {name}",
    "gap.findings.group_cited": "{code} {name} — {citation}",
    "gap.findings.item": "{where} {severity} {message}",
    "gap.suppressed.heading": "Suppressed, with reasons",
    "gap.suppressed.item": "{code} {where} — {reason}",
    "gap.not_checkable.heading": "Not checkable from a catalogue",
    "gap.not_checkable.item": "{code}: {text} ({source})",
}
