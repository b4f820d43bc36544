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

CLI: dict[str, str] = {}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {
    # The gap report (gcat report): the page, its header and summary.
    "gap.language_tag": "zh-CN",
    "gap.title": "标准目录检查报告：{title}",
    "gap.separator": "、",
    "gap.meta.file": "文件：{file}",
    "gap.meta.level": "目录层级：{level}",
    "gap.meta.as_of": "检查基准日：{date}",
    "gap.meta.chain": "目录链：{chain}",
    "gap.meta.chain_separator": " → ",
    "gap.summary.heading": "概况",
    "gap.summary.counts": "错误 {errors} 条，警告 {warnings} 条，提示 {notes} 条，已忽略 {suppressed} 条。",
    "gap.severity.error": "错误",
    "gap.severity.warning": "警告",
    "gap.severity.info": "提示",
    # What to fix first: errors, then warnings.
    "gap.fix_first.heading": "优先整改",
    "gap.fix_first.item": "{code} {severity} {where} — {message}",
    "gap.fix_first.none": "无。",
    "gap.fix_first.more": "另有 {count} 条错误或警告，见下文“按要求分组的问题”。",
    # Coverage of the pilot areas against the known national rows.
    "gap.coverage.heading": "各领域覆盖情况",
    "gap.coverage.area": "领域",
    "gap.coverage.local_additions": "本地新增",
    "gap.coverage.unknown": "—",
    "gap.coverage.absent": (
        "“—”：给出的文件（scope: part）不含这些领域：{areas}。若已给出全部文件，请加 {option}，未涉及的领域即按缺失统计。"
    ),
    "gap.coverage.statement": "{area}：{statement}",
    "gap.coverage.none": "本目录未扩展国家标准指引，无法比较。",
    "gap.status.present": "照录",
    "gap.status.localised": "本地化",
    "gap.status.strengthened": "加强",
    "gap.status.weakened": "弱化",
    "gap.status.missing": "缺失",
    "gap.status.not-applicable": "不适用",
    "gap.chart.caption": "各领域已知国家指引事项的情况（条）",
    "gap.chart.bar": "{area}：{counts}",
    "gap.chart.count": "{status} {count} 条",
    "gap.chart.count_separator": "，",
    # Every finding, grouped by the requirement it checks.
    "gap.findings.heading": "按要求分组的问题",
    "gap.findings.group": "{code} {name}",
    "gap.findings.group_cited": "{code} {name} — {citation}",
    "gap.findings.item": "{where} {severity} {message}",
    "gap.suppressed.heading": "已忽略（附理由）",
    "gap.suppressed.item": "{code} {where} — {reason}",
    "gap.not_checkable.heading": "无法从目录本身检查的要求",
    "gap.not_checkable.item": "{code}：{text}（{source}）",
}
