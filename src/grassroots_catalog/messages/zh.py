"""Everything a user reads, in Chinese (the default language): one table per language, data and nothing else.

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
    "config.unreadable": "{path}：无法读取配置文件：{detail}",
    "config.not_a_list": "{path}：ignore 应为表的列表（[[ignore]]）",
    "config.no_code": "{path}：第 {index} 条 ignore 缺少 code",
    "config.no_reason": "{path}：第 {index} 条 ignore（{code}）未写明理由（reason）；每一项忽略都必须说明理由",
    "baseline.unreadable": "{path}：无法读取基线文件：{detail}",
    "baseline.not_a_baseline": "{path}：不是 grassroots-catalog 基线文件（format_version {version}）",
    "baseline.findings_not_list": "{path}：findings 应为列表",
}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {}
