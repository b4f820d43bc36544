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

FINDINGS: dict[str, dict[str, str]] = {
    # ---- Y: reading the file
    "Y001": {
        "": "YAML 语法错误：{problem}",
        "full-width-colon": "YAML 语法错误：{problem}（附近有用全角冒号“：”分隔的键，请改为半角冒号加空格“: ”）",
        "fix": "请检查该行附近的缩进、冒号和引号。",
    },
    "Y002": {
        "": "键“{key}”重复，第一次出现在第 {first_line} 行",
        "fix": "删除或改名其中一个；YAML 读取时后者会悄悄覆盖前者。",
    },
    "Y003": {"": "不允许使用 YAML 标签 {tag}", "fix": "删除该标签；目录只需要文本、列表和映射。"},
    "Y004": {"": "不允许使用锚点或别名（{token}）", "fix": "请把内容完整写出。"},
    "Y005": {"": "嵌套层数超过上限 {limit}", "fix": "目录只需约 4 层嵌套；请检查是否有多余的括号。"},
    "Y006": {"": "文件大小 {size} 字节超过上限 {limit} 字节", "fix": "请拆分目录，或用 --max-file-size 提高上限。"},
    "Y007": {
        "": "文件不是 UTF-8 编码",
        "guessed": "文件不是 UTF-8 编码，看起来是 {guess} 编码",
        "fix": "请转换为 UTF-8，例如：iconv -f {encoding} -t UTF-8 原文件 > 新文件；或在编辑器中“另存为 UTF-8”。",
    },
    "Y008": {"": "不允许的字符 {char}", "fix": "请删除该字符（多数编辑器中不可见），必要时重新输入该处文字。"},
    "Y009": {
        "": "值长度 {length} 字符，超过上限 {limit}",
        "fix": "单元格内容不应如此之长；请检查是否漏写了换行或引号。",
    },
    "Y010": {"": "不支持的 YAML 指令 {directive}", "fix": "请删除该行；文件按 YAML 1.2 读取。"},
    "Y011": {"several": "文件中有多个 YAML 文档", "empty": "文件为空", "fix": "一个文件只放一个目录。"},
    "Y012": {"": "事项数 {count} 超过上限 {limit}", "fix": "请拆分目录，或用 --max-matters 提高上限。"},
    "Y013": {"": "无法读取文件：{error}", "fix": "请检查路径和文件权限。"},
    "Y014": {"": "行首有全角空格（U+3000）", "fix": "请改用半角空格缩进；全角空格会被当作文字的一部分。"},
    "Y015": {"": "键必须是文本", "fix": "请把键写成简单的文字。"},
    # ---- S: the YAML is not a catalogue
    "S001": {"": "缺少必填字段“{field}”", "fix": "请补上该字段（格式见 docs/format.md）。"},
    "S002": {
        "": "未知字段“{field}”",
        "suggested": "未知字段“{field}”，是否应为“{suggestion}”？",
        "fix": "请检查拼写；可用字段见 docs/format.md。",
    },
    "S003": {
        "text": "“{field}”应为文本",
        "list": "“{field}”应为列表",
        "mapping": "“{field}”应为映射（键: 值）",
        "mapping-full-width-colon": "“{field}”应为映射（键: 值）。该行用了全角冒号“：”，请改为半角冒号加空格“: ”",
        "whole-number": "“{field}”应为整数",
        "true-false": "“{field}”应为是/否",
        "date": "“{field}”应为日期（如 2020-12-31）",
        "url": "“{field}”应为网址（http:// 或 https:// 开头）",
        "fix": "请按 docs/format.md 的格式填写。",
    },
    "S004": {
        "": "“{field}”的值无效：{detail}",
        "added-and-removed": "“{field}”的值无效：{values} 同时被添加和删除，请只保留一处",
        "empty": "“{field}”的值无效：不能为空",
        "too-long": "“{field}”的值无效：超过 {max_length} 字符",
        "not-one-of": "“{field}”的值无效：“{value}”不是 {choices} 之一",
        "id-pattern": "“{field}”的值无效：编号只能用字母、数字和 . _ / -，以字母或数字开头",
        "area-pattern": "“{field}”的值无效：领域应为 gcat areas 列出的英文标识",
        "slug-pattern": "“{field}”的值无效：标识应为小写英文和连字符",
        "code-pattern": "“{field}”的值无效：行政区划代码应为6位数字",
        "url-pattern": "“{field}”的值无效：网址应以 http:// 或 https:// 开头",
    },
    "S005": {"": "事项编号“{value}”重复，首次出现在 matters[{first}]", "fix": "每个事项的编号必须唯一。"},
    "S006": {
        "": "未知领域“{value}”",
        "suggested": "未知领域“{value}”，是否应为“{suggestion}”？",
        "fix": "请使用26个试点领域之一（gcat areas 可列出），或在 areas: 下声明新增领域。",
    },
    "S007": {"": "标记为不适用时必须写明理由", "fix": "例如：not_applicable: 本镇无城市管理执法权限"},
    "S008": {"": "{slugs} 已是试点领域，无需在 areas: 中声明", "fix": "请从 areas: 中删除。"},
    "S009": {"": "文件顶层应为映射（id、title、level、matters …）", "fix": "请参照 catalogs/examples/ 中的示例。"},
    "S010": {"": "另有 {count} 处结构问题未列出", "fix": "请先修正以上问题再检查。"},
    "S011": {
        "": "只有 form: refinement 的文件才能使用 refine:",
        "fix": "整表（form: table）请直接在 matters: 中写出每个事项。",
    },
    # ---- S012, S013: notes on the check itself
    "S012": {
        "": "忽略注释 gcat: ignore[{codes}] 未写明理由，未生效",
        "fix": "请在注释后写明理由，例如：# gcat: ignore[R19] 本县人大常委会决定另行规定。",
    },
    "S013": {
        "": "本文件是{jurisdiction}标准目录的一部分（scope: part），未检查目录整体的要求（{codes}）",
        "fix": "请同时校验其全部文件：gcat validate --complete 所在文件夹/",
    },
    # ---- M: composing a chain of catalogues
    "M001": {"": "找不到所扩展的目录“{reference}”", "fix": "请检查路径（相对于本文件）或目录编号。"},
    "M002": {"": "“{reference}”对应多个目录：{files}", "fix": "请改用相对路径。"},
    "M003": {"": "扩展关系形成循环：{cycle}", "fix": "请检查每个文件的 extends。"},
    "M004": {
        "": "{child} 级目录不能扩展 {parent} 级目录（{parent_file}）",
        "fix": "目录应扩展其上级：国家 → 省 → 市 → 县 → 乡。",
    },
    "M005": {
        "": "不允许扩展目录集之外或网络上的文件：{reference}",
        "fix": "请把上级目录放在同一目录集中，或用 --root 指定目录集的根。",
    },
    "M006": {"": "refine: 中的事项 {matter} 在上级目录中不存在", "fix": "请检查编号；新增事项写在 matters: 下。"},
    "M007": {"": "事项 {matter} 已从上级继承", "fix": "要修改请写在 refine: 下。"},
    "M008": {
        "": "有 extends 时须写明 form: table 或 form: refinement",
        "fix": "table：本文件是完整的公开目录；refinement：只写新增或修改的内容。",
    },
    "M010": {
        "": "事项 {matter} 的“{field}”被弱化（{parent} → {child}），未说明理由",
        "fix": "请恢复上级的要求，或在 because: 下写明理由和依据文件。",
    },
    "M011": {
        "": "事项 {matter} 的“{field}”弱化（{parent} → {child}），理由：{because}",
        "documented": "事项 {matter} 的“{field}”弱化（{parent} → {child}），理由：{because}（{document}）",
    },
    "M012": {
        "": "上级事项 {matter}（{name}）在本表中缺失，且未标明不适用",
        "fix": "请补上该事项，或标明 not_applicable 并写明理由。",
    },
    # ---- N: normalisation
    "N001": {"": "“{original}”已规范为“{canonical}”", "fix": "运行 gcat fmt 可把规范写法写回文件。"},
    "N002": {"": "“{original}”不在13个标准渠道中，记为“{canonical}”"},
    "N003": {
        "": "无法识别的渠道“{original}”，暂记为“{canonical}”",
        "suggested": "无法识别的渠道“{original}”，暂记为“{canonical}”；是否应为“{suggestion}”？",
        "fix": "如为笔误请更正；如确为其他载体，请写作“其他：载体名称”。",
    },
    "N004": {"": "重复的“{original}”只保留一次"},
    "N005": {"": "单个文本按列表读取：{canonical}", "fix": "运行 gcat fmt 可改写为列表。"},
    "N006": {
        "": "领域“{original}”按“{canonical}”处理",
        "disaster-relief-typo": "领域“{original}”按“{canonical}”处理：“救灾生产”为“救灾”的常见笔误",
        "employment-and-social-insurance": (
            "领域“{original}”按“{canonical}”处理：该联合指引涵盖就业和社会保险两个领域，请核对事项归属"
        ),
        "agricultural-funds": "领域“{original}”按“{canonical}”处理：地方扩展名称，请逐项核对",
        "rural-revitalisation": "领域“{original}”按“{canonical}”处理：2021年后“扶贫”领域更名为“乡村振兴”",
        "fix": "请确认。",
    },
}

FINDING_NOTES: dict[str, str] = {
    # added to a message when the judged value was set (or left empty) by a parent catalogue
    "inherited": "（此值继承自《{inherited_from}》，无需改动上级文件：请在本目录的 refine 中为该事项补充或改写）",
    # the {together} of a catalogue-wide rule's message, when its parts were checked together
    "together": "（{count} 个文件合并检查：{parts}）",
    # how the parts of a message are joined
    "list_separator": "、",
    "fix_separator": "。",
    "sentence_ends": "。？",
    # gcat rule CODE: the explanation of a code
    "explain.messages": "消息（按原因）：",
    "explain.default_reason": "（默认）",
    "explain.not_checkable": "无法从目录本身检查的要求（requirements.md §3.7）。",
    "explain.fix": "修改建议：",
    "explain.source": "依据：",
    "explain.options": "选项：",
    "explain.option": "{name}（{type}，默认 {default}）：{help}",
    "explain.family.Y": "Y：文件无法安全地按 YAML 读取（总是致命：退出状态 2）。",
    "explain.family.S": "S：YAML 不是目录（S001–S011，总是致命），以及关于检查本身的提示（S012、S013）。",
    "explain.family.M": "M：组合目录链时发现的问题（找不到上级目录、未说明理由的弱化等）。",
    "explain.family.N": "N：某个值已被规范为标准写法（提示；需要人工核对时为警告）。",
    "explain.family.R": "R：2020年底基层政务公开标准目录的一项要求（要求规则）。",
}


# ==================================================================================================
# CLI: the command line's help, option help, usage and error messages, keyed by a dotted name
# (e.g. "validate.help", "validate.option.format", "error.no_yaml_in_folder").
# ==================================================================================================

CLI: dict[str, str] = {}


# ==================================================================================================
# REPORT: headings, labels and sentences of the gap report and the other human-readable outputs,
# keyed by a dotted name (e.g. "gap.title", "gap.status.present").
# ==================================================================================================

REPORT: dict[str, str] = {}
