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
    # ---- the group: gcat --help, --version, --lang (any command's)
    "gcat.help": (
        "编制、检查和比较基层政务公开事项标准目录。\n\n"
        "\b\n示例：\n"
        "  gcat validate catalogs/examples/county.yaml\n"
        "  gcat validate --lang en --format json my-county.yaml\n"
        "  gcat fmt --check my-county.yaml\n"
        "  gcat areas\n\n"
        "默认使用中文；--lang en、GCAT_LANG=en 或英文的 LANG/LC_ALL 改用英文。"
    ),
    "gcat.version": "grassroots-catalog，版本 {version}",
    "option.version": "显示版本并退出。",
    "option.lang": "消息语言：zh（中文，默认）或 en（英文）；也可用环境变量 GCAT_LANG 或 LANG 设置。",
    # ---- options several commands share
    "option.max-file-size": "拒绝读取大于此字节数的文件。",
    "option.max-depth": "拒绝嵌套层数超过此值的 YAML。",
    "option.max-value-chars": "拒绝长度超过此字符数的任一取值。",
    "option.max-matters": "拒绝事项数超过此值的目录。",
    "option.as-of": "按此日期判断公开期限和更新是否过期（格式 YYYY-MM-DD）。",
    "option.root": "上级目录文件必须位于此文件夹内（默认：该文件所在的文件夹）。",
    # ---- gcat validate
    "validate.short_help": "检查目录文件：安全的 YAML、结构、词表、各级合并和2020年底的各项要求。",
    "validate.help": (
        "检查目录文件 FILES：安全的 YAML、结构、词表、每条扩展链的合并，以及2020年底的各项要求。\n\n"
        "每条结果按“路径:行:列: 代码 [级别] 消息”输出。文件夹代表其下的 .yaml 和 .yml 文件（跳过隐藏文件）。"
        "分为多个文件发布的目录（scope: part）只有在用 --complete 给出全部分册时才作为整体检查。"
    ),
    "validate.option.format": "输出格式。",
    "validate.option.fail-on": "出现此级别及以上的结果时以状态 1 退出。",
    "validate.option.show": "只输出此级别及以上的结果。",
    "validate.option.color": "文本输出是否着色（auto：仅在终端中着色）。",
    "validate.option.max-findings": "文本输出最多列出这么多条结果，其余只计数。",
    "validate.option.baseline": "把此基线文件记录的结果放在一边：只有新出现的结果才导致失败。",
    "validate.option.write-baseline": "把当前的结果记录到此基线文件。",
    "validate.option.config": (
        "带理由的忽略条目所在的项目配置（默认：最近的 .gcat.toml，或含 [tool.grassroots-catalog] 的 pyproject.toml）。"
    ),
    "validate.option.complete": (
        "FILES 是各自辖区目录的全部分册：跨分册（scope: part）检查目录整体的要求（领域覆盖：R01、R23-R25、R31、R33）。"
    ),
    # ---- gcat fmt
    "fmt.short_help": "把目录文件改写为规范格式，保留注释。",
    "fmt.help": (
        "把目录文件 FILES 改写为规范格式，保留注释。\n\n"
        "规范格式：字段按文档规定的顺序，词表取值用标准写法和顺序，单元格拆分为列表。"
        "文件以原子方式替换；有错误的文件不作改动。"
    ),
    "fmt.option.check": "不作改动；有文件不是规范格式时以状态 1 退出。",
    "fmt.option.force": "读取时有警告（例如无法识别的渠道）的文件也改写。",
    "fmt.not_rewritten": "{path}：有需要人工确认的警告，未改写（确认后可加 --force）",
    "fmt.would_reformat": "{path}：格式不规范（运行 gcat fmt 修正）",
    "fmt.reformatted": "{path}：已规范格式",
    # ---- gcat areas
    "areas.short_help": "列出26个试点领域：指引发文单位，以及本工具已知的国家指引事项。",
    "areas.help": (
        "列出26个试点领域：指引发文单位，以及本工具已知的国家指引事项。\n\n"
        "每张国家指引表都不完整：只能从公开副本中恢复其前几行。"
    ),
    "areas.option.format": "输出格式：文本表格，或供其他工具使用的 JSON。",
    "areas.column.number": "#",
    "areas.column.slug": "标识",
    "areas.column.area": "领域",
    "areas.column.issuer": "发文单位",
    "areas.column.document": "文号",
    "areas.column.known_rows": "已知事项",
    "areas.column.completeness": "完整性",
    "areas.completeness.partial": "部分",
    "areas.completeness.complete": "完整",
    "areas.certainty.partly-verified": "部分核实",
    "areas.certainty.inferred": "推断",
    "areas.certainty.not-verified": "未核实",
    "areas.total": "共 {total} 条已知国家指引事项；各领域国家指引原表均更长（仅能从公开副本恢复前几行）。",
    # ---- gcat merge, gcat explain
    "merge.short_help": "输出 FILE 的有效目录：沿扩展链直到国家指引逐级合并的结果。",
    "merge.help": (
        "输出 FILE 的有效目录：沿扩展链直到国家指引逐级合并的结果。\n\n"
        "结果（未被采纳的弱化、缺失的事项、断开的扩展链）输出到标准错误。"
        "扩展链无法解析时退出状态为 2，有弱化未被采纳时为 1，否则为 0。"
    ),
    "merge.option.provenance": "说明每个取值的来源：写成 YAML 注释、JSON，或不说明。",
    "merge.option.written": "按文件所写输出，包括未被采纳的弱化（默认：按扩展链允许的取值）。",
    "merge.header.composed": "有效目录，逐级组成：{chain}",
    "merge.header.refused": "{count} 处弱化未说明理由，未被采纳：保留上级的取值。",
    "merge.comment.first": "{layer}：{action}",
    "merge.comment.set_by": "由 {layer} 设定",
    "merge.action.defined": "定义",
    "merge.action.refined": "细化",
    "merge.action.added": "新增",
    "merge.action.not-applicable": "不适用",
    "merge.action.restated": "重新列出",
    "merge.action.dropped": "删除",
    "merge.change.stricter": "更严",
    "merge.change.equal": "相同",
    "merge.change.localised": "本地化",
    "merge.change.weaker": "弱化",
    "merge.change.incomparable": "不可比",
    "explain.short_help": "逐级显示 FILE 中的事项 MATTER（或其一个字段 FIELD）的取值从何而来。",
    "explain.help": (
        "逐级显示 FILE 中的事项 MATTER（或其一个字段 FIELD）的取值从何而来。\n\n"
        "\b\n示例：\n  gcat explain catalogs/examples/county.yaml public-legal-services.99c18880 mode"
    ),
    "explain.no_matter_in_chain": "{file}：扩展链中没有事项 {matter}",
    "explain.no_matter": "没有事项 {matter}",
    "explain.refused": "，未采纳，保留 {kept}",
    "explain.unchanged": "（未改变）",
    "explain.effective": "  最终取值：{value}",
    # ---- gcat report
    "report.short_help": "为领导编写一个目录的差距报告（Markdown 或 HTML）。",
    "report.help": (
        "为领导编写一个目录的差距报告：26个领域的覆盖情况、优先整改的问题、按要求分组的全部结果、"
        "带理由的忽略，以及目录本身无法说明的要求。\n\n"
        "FILES 是一个目录文件，或分为多个文件发布的一个目录的各分册（scope: part）。"
    ),
    "report.option.format": "Markdown，或一个可打印、可发送的独立 HTML 页面。",
    "report.option.output": "把报告（以原子方式）写入此文件，而不是输出到标准输出。",
    "report.option.complete": "FILES 是该目录的全部分册：把它作为整体检查（领域覆盖）。",
    "report.one_catalogue": "gcat report 每次只报告一个目录：请给出一个文件，或同一目录的全部分册（scope: part）",
    # ---- gcat rules, gcat rule
    "rules.short_help": "列出全部要求规则：代码、默认级别和依据。",
    "rules.help": "列出全部要求规则：代码、默认级别和依据；然后列出无法从目录本身检查的要求。",
    "rules.option.format": "输出格式：文本表格，或供其他工具使用的 JSON。",
    "rules.column.code": "代码",
    "rules.column.name": "名称",
    "rules.column.severity": "默认级别",
    "rules.column.source": "依据",
    "rules.not_checkable": "无法从目录本身检查的要求：",
    "rule.short_help": "解释一条规则（例如 R19）：检查什么、依据和示例。",
    "rule.help": "解释一条规则 CODE（例如 R19）：检查什么、依据，以及一个通过和一个不通过的示例。",
    "rule.unknown": "没有规则 {code}；gcat rules 可列出全部规则",
    "rule.source": "依据：",
    # ---- gcat import-guideline, gcat schema
    "import-guideline.short_help": "把摘录格式的国家指引表转换为目录。",
    "import-guideline.help": (
        "把摘录格式（sources/guidelines/FORMAT.md）的国家指引表 EXTRACT 转换为目录："
        "这是引入完整官方表格以供对照检查的方法。"
    ),
    "import-guideline.option.output": "把目录（以原子方式）写入此文件，而不是输出到标准输出。",
    "import-guideline.too_large": "文件大于 {limit} 字节",
    "import-guideline.cannot_convert": "{where}：无法转换：{reason}（格式见 sources/guidelines/FORMAT.md）",
    "schema.short_help": "输出目录文件格式的 JSON Schema（供编辑器和其他工具使用）。",
    "schema.help": "输出目录文件格式的 JSON Schema（供编辑器和其他工具使用）。",
    "schema.option.output": "把 Schema 写入此文件，而不是输出到标准输出。",
    # ---- messages of several commands
    "written": "{path}：已写入",
    "error.no_yaml_in_folder": "{path}：文件夹中没有 .yaml 或 .yml 文件",
    "error.bad_gcat_lang": "环境变量 GCAT_LANG 的值 {value} 无效：应为 zh 或 en",
    "error.internal": "gcat：内部错误：{kind}: {error}（设置 GCAT_DEBUG=1 可查看详情，请报告此问题）",
    # ---- project config (.gcat.toml, pyproject.toml) and baselines: {path} is the file
    "config.unreadable": "{path}：无法读取配置文件：{detail}",
    "config.not_a_list": "{path}：ignore 应为表的列表（[[ignore]]）",
    "config.no_code": "{path}：第 {index} 条 ignore 缺少 code",
    "config.no_reason": "{path}：第 {index} 条 ignore（{code}）未写明理由（reason）；每一项忽略都必须说明理由",
    "baseline.unreadable": "{path}：无法读取基线文件：{detail}",
    "baseline.not_a_baseline": "{path}：不是 grassroots-catalog 基线文件（format_version {version}）",
    "baseline.findings_not_list": "{path}：findings 应为列表",
    # ---- click's own words (help layout, usage errors); click fills these templates itself
    "click.usage": "用法:",
    "click.options": "选项",
    "click.commands": "命令",
    "click.arguments": "位置参数",
    "click.help_option": "显示此帮助并退出。",
    "click.default": "默认：{default}",
    "click.env_var": "环境变量：{var}",
    "click.required": "必填",
    "click.error": "错误：{message}",
    "click.try_help": "运行 '{command} {option}' 查看帮助。",
    "click.missing_argument": "缺少参数",
    "click.missing_option": "缺少选项",
    "click.missing_parameter": "缺少参数",
    "click.missing_parameter_named": "缺少参数：{param_name}",
    "click.missing_command": "缺少命令。",
    "click.no_such_option": "没有选项 {name!r}。",
    "click.no_such_option_colon": "没有选项：{name}",
    "click.no_such_command": "没有命令 {name!r}。",
    "click.did_you_mean": "是否要用 {possibility}？",
    "click.did_you_mean_one_of": "（是否要用以下之一：{possibilities}？）",
    "click.possible_options": "（可用的选项：{possibilities}）",
    "click.invalid_value": "值无效：{message}",
    "click.invalid_value_for": "{param_hint} 的值无效：{message}",
    "click.extra_argument": "多余的参数（{args}）",
    "click.extra_arguments": "多余的参数（{args}）",
    "click.option_requires_argument": "选项 {name!r} 需要一个值。",
    "click.option_requires_arguments": "选项 {name!r} 需要 {nargs} 个值。",
    "click.option_takes_no_value": "选项 {name!r} 不接受值。",
    "click.not_choice": "{value!r} 不是 {choice}。",
    "click.not_one_of": "{value!r} 不是 {choices} 之一。",
    "click.not_format": "{value!r} 不符合格式 {format}。",
    "click.not_formats": "{value!r} 不符合格式 {formats} 中的任何一种。",
    "click.not_number": "{value!r} 不是有效的 {number_type}。",
    "click.not_in_range": "{value} 不在范围 {range} 内。",
    "click.is_directory": "{name} {filename!r} 是文件夹，不是文件。",
    "click.is_file": "{name} {filename!r} 是文件，不是文件夹。",
    "click.aborted": "已中止！",
}


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
