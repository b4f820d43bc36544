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

CLI: dict[str, str] = {
    # ---- project config (.gcat.toml, pyproject.toml) and baselines: {path} is the file
    "config.unreadable": "{path}: cannot read the config: {detail}",
    "config.not_a_list": "{path}: ignore should be a list of tables ([[ignore]])",
    "config.no_code": "{path}: ignore entry {index} has no code",
    "config.no_reason": "{path}: ignore entry {index} ({code}) has no reason; every suppression must say why",
    "baseline.unreadable": "{path}: cannot read the baseline: {detail}",
    "baseline.not_a_baseline": "{path} is not a grassroots-catalog baseline (format_version {version})",
    "baseline.findings_not_list": "{path}: 'findings' should be a list",
}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {}
