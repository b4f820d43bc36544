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
        "full-width-colon": "YAML 语法错误：{problem}（此处的键后用了全角冒号“：”，请改为半角冒号加空格“: ”，其他同样写法处也请一并修改）",
        "unclosed-quote": "YAML 语法错误：此处开始的引号 {quote} 没有闭合（直到第 {end_line} 行也没有找到对应的 {quote}）",
        "unclosed-bracket": "YAML 语法错误：此处的“{bracket}”没有闭合（到第 {end_line} 行仍未找到“,”或“{closer}”）",
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
    "Y008": {
        "": "不允许的字符 {char}",
        "in-key": "“{key}”中有不允许的字符 {char}",
        "in-matter": "事项 {matter} 的“{key}”中有不允许的字符 {char}",
        "escaped": "引号内用转义写法写出了不允许的字符 {char}",
        "more": "另有 {count} 个不允许的字符未逐一列出",
        "fix": "请删除该字符（多数编辑器中不可见），必要时重新输入该处文字。",
    },
    "Y009": {
        "": "值长度 {length} 字符，超过上限 {limit}",
        "fix": "单元格内容不应如此之长；请检查是否漏写了换行或引号。",
    },
    "Y010": {"": "不支持的 YAML 指令 {directive}", "fix": "请删除该行；文件按 YAML 1.2 读取。"},
    "Y011": {
        "several": "文件中有多个 YAML 文档",
        "empty": "文件为空",
        "null": "文件顶层是空值（null），不是目录",
        "fix": "一个文件只放一个目录。",
    },
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
        "code-pattern": "“{field}”的值无效：行政区划代码应为6位数字（乡镇为9位或12位）",
        "code-level": "“{field}”的值无效：{level_label}目录的行政区划代码应为 {lengths} 位数字，“{value}”是 {length} 位",
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
        "fix": "请同时校验其全部文件：gcat validate --complete {folder}",
    },
    # ---- M: composing a chain of catalogues
    "M001": {"": "找不到所扩展的目录“{reference}”", "fix": "请检查路径（相对于本文件）或目录编号。"},
    "M002": {"": "“{reference}”对应多个目录：{files}", "fix": "请改用相对路径。"},
    "M003": {"": "扩展关系形成循环：{cycle}", "fix": "请检查每个文件的 extends。"},
    "M016": {
        "": "行政区划代码 {code} 不在上级目录（{parent_file}）的 {parent_code} 之内：{child_level}代码应以 {prefix} 开头",
        "fix": "请核对本目录或上级目录 jurisdiction 中的 code，以及 extends 是否指向本地的上级目录。",
    },
    "M004": {
        "": "{child_level}目录不能扩展{parent_level}目录（{parent_file}）",
        "fix": "目录应扩展其上级：国家 → 省 → 市 → 县 → 乡。",
    },
    "M005": {
        "": "不允许扩展目录集之外或网络上的文件：{reference}",
        "network": "不允许扩展网络上的文件：{reference}（不会从网上下载上级目录）",
        "absolute": "extends 不能写绝对路径：{reference}（换一台电脑或换个文件夹就找不到了）",
        "backslash": "extends 的路径“{reference}”用了反斜杠“\\”，它不是路径分隔符；请改为“{suggestion}”",
        "fix": "请写相对于本文件、用“/”分隔的路径（如 ../county.yaml），把上级目录放在同一目录集中，或用 --root 指定目录集的根。",
    },
    "M015": {
        "control-character": "extends 中有不可见字符或控制字符 {char}：{reference}",
        "too-long": "extends 长 {length} 字符，超过上限 {limit}，不是目录的路径或编号",
        "fix": "extends 只写 national、上级目录的编号，或相对于本文件的路径（如 ../county.yaml）；请重新输入该值。",
    },
    "M006": {
        "": "refine: 中的事项 {matter} 在上级目录中不存在",
        "suggested": "refine: 中的事项 {matter} 在上级目录中不存在；是否应为：{candidates}？",
        "fix": "请检查编号；新增事项写在 matters: 下。",
    },
    "M007": {"": "事项 {matter} 已从上级继承", "fix": "要修改请写在 refine: 下。"},
    "M008": {
        "": "有 extends 时须写明 form: table 或 form: refinement",
        "fix": "table：本文件是完整的公开目录；refinement：只写新增或修改的内容。",
    },
    "M010": {
        "": "事项 {matter} 的“{field_label}”被弱化（{parent} → {child}），未说明理由",
        "fix": "请恢复上级的要求，或在 because: 下写明理由和依据文件。",
    },
    "M011": {
        "": "事项 {matter} 的“{field_label}”弱化（{parent} → {child}），理由：{because}",
        "documented": "事项 {matter} 的“{field_label}”弱化（{parent} → {child}），理由：{because}（{document}）",
    },
    "M012": {
        "": "上级事项 {matter}（{name}）在本表中缺失，且未标明不适用",
        "level-unknown": "上级事项 {matter}（{name}）不在本表中；上级目录未写明其公开层级（国家指引数据不完整），无法判断本级目录是否应当收录",
        "fix": "请补上该事项，或标明 not_applicable 并写明理由。",
    },
    "M013": {
        "": "本行“{written}”按名称相近对应上级事项 {matter}（{name}），相似度 {score}（{why_label}）",
        "fix": "如对应无误，可运行 gcat link 把编号写入文件；如不是同一事项，请写明本行自己的编号。",
    },
    "M014": {
        "": "本行“{written}”可能对应多个上级事项：{candidates}，未自动对应",
        "fix": "请在 id 中写明所对应的上级事项编号；如是本地新增事项，请写明本地编号。",
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
    # ---- T001–T019: reading a table file (XLSX, CSV, HTML) into cells
    "T001": {
        "": "文件不是 Excel 工作簿（.xlsx 应为 zip 压缩包）",
        "text": "文件不是 Excel 工作簿，而是文本（像是改了扩展名的 CSV 文件）",
        "xls": "文件是旧版 Excel 97-2003 格式（.xls），无法安全读取",
        "fix": "请在 Excel 或 WPS 中打开并“另存为”.xlsx 工作簿；如本是 CSV，请把扩展名改回 .csv。",
    },
    "T002": {
        "entries": "工作簿压缩包有 {count} 个条目，超过上限 {limit}",
        "inflated": "工作簿解压后 {size} 字节，超过上限 {limit} 字节",
        "ratio": "工作簿解压后是原文件的 {ratio} 倍，超过上限 {limit} 倍（疑似压缩炸弹）",
        "fix": "真实的目录表格远小于此；请检查文件来源，或重新另存为 .xlsx。",
    },
    "T003": {
        "": "工作簿的共享文本（sharedStrings.xml）解压后 {size} 字节，超过上限 {limit} 字节",
        "fix": "请检查文件来源，或把表格拆分后重新保存。",
    },
    "T004": {
        "": "表“{sheet}”有 {rows} 行 × {columns} 列，超过上限 {limit} 个单元格",
        "fix": "请删除表格之外的空行空列（常见于整列设置了格式），或拆分表格。",
    },
    "T005": {
        "": "单元格 {cell} 有 {length} 个字符，超过上限 {limit}",
        "fix": "单元格内容不应如此之长；请检查是否误粘贴了整段文字。",
    },
    "T006": {
        "": "单元格 {cell} 是公式，不计算公式，按空白处理",
        "fix": "请把公式改为其结果：复制该单元格，再“选择性粘贴 → 数值”。",
    },
    "T007": {
        "": "单元格 {cell} 含不允许的字符 {char}",
        "fix": "请删除该字符（多数表格软件中不可见），必要时重新输入该单元格。",
    },
    "T008": {
        "": "工作簿已损坏，无法读取：{error}",
        "truncated": "工作簿不完整（可能下载或复制时被截断）：{error}",
        "fix": "请重新获取原文件，或在 Excel/WPS 中打开后另存为 .xlsx。",
    },
    "T009": {
        "": "文件按 {encoding} 编码读取",
        "fix": "如文字显示不正确，请在 Excel/WPS 中“另存为 CSV UTF-8”。",
    },
    "T010": {
        "": "无法识别文件的文字编码",
        "guessed": "文件不是 UTF-8 编码，按 {guess} 也无法完整读取（第 {line} 行附近）",
        "fix": "请在 Excel/WPS 中“另存为 CSV UTF-8（逗号分隔）”。",
    },
    "T011": {
        "more": "第 {line} 行有 {count} 列，比表头的 {expected} 列多，整行未读取",
        "fewer": "第 {line} 行只有 {count} 列，比表头的 {expected} 列少，整行未读取",
        "fix": "请检查该行是否有未加引号的逗号、分号或换行；不会错位导入。",
    },
    "T012": {
        "": "CSV 格式错误（第 {line} 行）：{error}",
        "unclosed-quote": "第 {line} 行开始的引号没有结束",
        "fix": "请检查引号是否成对；可在 Excel/WPS 中打开后重新另存为 CSV。",
    },
    "T013": {
        "": "文件中没有表格",
        "html": "网页中没有 <table> 表格",
        "fix": "请确认保存的是目录表格所在的网页，或改用网页提供的 Excel 附件。",
    },
    "T014": {
        "": "不支持的表格文件类型“{suffix}”",
        "fix": "可读取 .xlsx、.xlsm、.csv、.tsv、.txt、.html、.htm。",
    },
    "T015": {
        "": "文件大小 {size} 字节超过上限 {limit} 字节",
        "fix": "真实的目录表格远小于此；请检查文件，或拆分后再导入。",
    },
    "T016": {"": "无法读取文件：{error}", "fix": "请检查路径和文件权限。"},
    "T017": {
        "": "单元格 {cell} 中嵌套的表格作为“{sheet}”单独读取",
        "fix": "请核对该表格的内容是否应属于外层表格。",
    },
    "T018": {
        "": "文件扩展名是“{suffix}”，内容却是 {format}，已按 {format} 读取",
        "fix": "建议把扩展名改为与内容一致。",
    },
    "T019": {"": "工作簿中的宏未读取，也未运行", "fix": "目录只需表格内容；可另存为 .xlsx。"},
    # ---- T020–T039: interpreting a table
    "T020": {
        "": "工作表“{sheet}”中找不到表头行（一级事项、公开内容等），未导入任何事项",
        "fix": "请确认表头含“一级事项”“二级事项”“公开内容”等列名；如为图片或合并成一格的文字，请改为表格。",
    },
    "T021": {
        "": "无法识别的列名“{heading}”，该列内容记入备注",
        "repeated": "列名“{heading}”与前面的列重复，该列内容记入备注",
        "unnamed": "该单元格所在列没有列名，内容记入备注",
        "fix": "如为标准列，请改用标准列名（见 docs/format.md）；如为附加说明，可保留。",
    },
    "T022": {
        "": "勾选列“{heading}”中的“{text}”不是勾选标记，未计为勾选，内容记入备注",
        "fix": "勾选请写 √，不勾选请留空。",
    },
    "T023": {"": "特定群体写作“{text}”：计为勾选“特定群体”，说明记入备注"},
    "T024": {
        "": "“{text}”不是“{heading}”列的规定值，记入备注",
        "fix": "请使用规定词表中的值（见 docs/format.md“词表”）。",
    },
    "T025": {"": "领域“{original}”按“{area}”读取", "fix": "请确认；可改用标准领域名称。"},
    "T026": {
        "": "“{name}”不在26个试点领域中，作为新增领域“{slug}”保留",
        "fix": "如为试点领域的别称，请改用标准名称；如确为新增领域，可在 areas: 中补全其英文名称。",
    },
    "T027": {
        "": "无法确定该行所属领域，暂记为“unassigned”",
        "fix": "请用 --area 指定领域，或在工作表名、标题、分节行或“领域”列中写明。",
    },
    "T028": {
        "before-header": "表头之前的“{text}”不是标题，未导入",
        "section": "只有一格文字的行“{text}”既不是领域名称也不是事项，未导入",
        "no-name": "该行没有事项名称（一级/二级事项），未导入：{text}",
        "fix": "请检查该行：事项须有名称，分节行须写领域名称。",
    },
    "T029": {"": "序号“{text}”不是正整数，未作为行号", "fix": "序号请写 1、2、3……"},
    "T030": {
        "": "该行与 {first} 同属一个合并的序号，并入同一事项",
        "blank": "该行没有自己的序号和事项名称，并入 {first} 的事项",
    },
    "T031": {
        "": "表格未写明领域，按文件名“{name}”取领域“{area}”",
        "fix": "请确认；也可用 --area 指定领域，或在表中写领域行或对应领域列。",
    },
    # ---- T040: a national guideline table (gcat import --level national)
    "T040": {
        "": "国家指引表格应只含一个试点领域的事项，此表含：{areas}",
        "fix": "请每个领域单独导入一个表格（--area 指定领域），输出为 DIR/领域.yaml。",
    },
}

FINDING_NOTES: dict[str, str] = {
    # added to a message when the judged value was set (or left empty) by a parent catalogue
    "as_in_national": "（该值与国家标准指引原文一致，降为提示：宜在本地化时一并完善）",
    "inherited": "（此值继承自《{inherited_from}》，无需改动上级文件：请在本目录的 refine 中为该事项补充或改写）",
    # the {together} of a catalogue-wide rule's message, when its parts were checked together
    "together": "（{count} 个文件合并检查：{parts}）",
    # how the parts of a message are joined
    "list_separator": "、",
    "fix_separator": "。",
    "sentence_ends": "。？",
    # how a value that is empty reads inside a message (M010, M011)
    "empty": "（空）",
    # a finding's severity, wherever it is shown
    "severity.error": "错误",
    "severity.warning": "警告",
    "severity.info": "提示",
    # Y013: why the file could not be opened, by the operating system's error name
    "os_error.ENOENT": "文件或文件夹不存在",
    "os_error.EACCES": "没有读取权限",
    "os_error.EPERM": "不允许该操作",
    "os_error.EISDIR": "这是文件夹，不是文件",
    "os_error.ENOTDIR": "路径中有一段不是文件夹",
    "os_error.ELOOP": "符号链接层数过多（可能形成循环）",
    "os_error.ENAMETOOLONG": "文件名过长",
    "os_error.EMFILE": "打开的文件过多",
    "os_error.EIO": "读写设备出错",
    "os_error.EBUSY": "文件正被占用",
    "os_error.ENOSPC": "磁盘空间不足",
    "os_error.EDQUOT": "超出磁盘配额",
    "os_error.EROFS": "文件系统只读",
    "os_error.EFBIG": "文件过大",
    "os_error.EINVAL": "参数无效",
    # a code's title where its default message, its parameters taken out, would not read well
    "title.Y002": "键重复",
    "title.Y005": "嵌套层数超过上限",
    "title.Y006": "文件过大",
    "title.Y009": "值过长",
    "title.Y012": "事项过多",
    "title.S003": "字段类型不对",
    "title.S004": "字段的值无效",
    "title.S005": "事项编号重复",
    "title.S008": "重复声明试点领域",
    "title.S010": "另有结构问题未列出",
    "title.S013": "分册未检查目录整体的要求",
    "title.N001": "取值已规范为标准写法",
    "title.N002": "其他载体",
    "title.N003": "无法识别的渠道",
    "title.N004": "重复的取值只保留一次",
    "title.N006": "领域按别名处理",
    "title.M002": "扩展的目录不唯一",
    "title.M004": "目录扩展了同级或下级目录",
    "title.M006": "refine: 中的事项在上级目录中不存在",
    "title.M007": "新增的事项已从上级继承",
    "title.M010": "弱化上级要求而未说明理由",
    "title.M011": "有理由的弱化",
    "title.M012": "上级事项缺失且未标明不适用",
    "title.R01": "试点领域既无事项也未说明不适用",
    "title.R19": "主动公开时限超过20个工作日或不明确",
    "title.R21": "依申请答复时限超过法定期限",
    "title.R38": "事项重复",
    # gcat rule CODE: the explanation of a code
    "explain.messages": "消息（按原因）：",
    "explain.default_reason": "（默认）",
    "explain.not_checkable": "无法从目录本身检查的要求（docs/requirements.md §3.7）。",
    "explain.fix": "修改建议：",
    "explain.source": "依据：",
    "explain.requirement": "要求原文：{document} {where}（英文，gcat rule {code} --lang en 可显示）",
    "explain.full_page": "完整说明和示例：gcat rule {code} --lang en，以及 docs/rules.md。",
    "explain.type.int": "整数",
    "explain.type.float": "数",
    "explain.type.str": "文本",
    "explain.type.bool": "是/否",
    "explain.type.date": "日期",
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
    "option.catalogues-only": (
        "跳过看起来不是目录的 YAML 文件（顶层没有 matters、extends 或 schema，也没有目录的 schema 注释），"
        "不报告；供 pre-commit 钩子使用。"
    ),
    "option.national": "国家指引数据文件夹：其中每个“领域.yaml”（用 gcat import --level national 导入的全表）替代该领域随工具附带的部分数据；其余领域仍用附带数据（默认：项目配置中的 national，否则附带数据）。",
    # ---- gcat validate
    "validate.short_help": "检查目录文件：安全的 YAML、结构、词表、各级合并和2020年底的各项要求。",
    "validate.help": (
        "检查所给的目录文件：安全的 YAML、结构、词表、每条扩展链的合并，以及2020年底的各项要求。\n\n"
        "每条结果按“路径:行:列: 代码 [级别] 消息”输出。文件夹代表其下的 .yaml 和 .yml 文件（跳过隐藏文件）。"
        "分为多个文件发布的目录（scope: part）只有在用 --complete 给出全部分册时才作为整体检查。"
    ),
    "validate.option.format": "输出格式。",
    "validate.option.output": "把结果（以原子方式）写入此文件，而不是输出到标准输出；--format xlsx 时必须给出 .xlsx 文件。",
    "validate.xlsx_needs_output": "--format xlsx 须用 -o 指定一个 .xlsx 文件，例如 -o 检查结果.xlsx",
    "validate.option.fail-on": "出现此级别及以上的结果时以状态 1 退出。",
    "validate.option.show": "只输出此级别及以上的结果。",
    "validate.option.color": "文本输出是否着色（auto：在终端中着色，设置了 FORCE_COLOR 时也着色，设置了 NO_COLOR 时不着色）。",
    "validate.option.max-findings": "文本输出最多列出这么多条结果，其余只计数。",
    "validate.option.concise": "文本输出每条结果只占一行，不显示所在的源代码行。",
    "validate.option.statistics": "不逐条列出结果，只按代码统计条数，由多到少。",
    "validate.option.baseline": "把此基线文件记录的结果放在一边：只有新出现的结果才导致失败。",
    "validate.option.write-baseline": "把当前的结果记录到此基线文件，并以状态 0 退出（有文件无法读取时为 2）。",
    "validate.option.show-suppressed": "逐条列出基线放在一边的结果，而不只是按代码计数。",
    "validate.baseline_written": "{path}：已写入基线，记录 {count} 条结果",
    "validate.option.config": (
        "带理由的忽略条目所在的项目配置（默认：最近的 .gcat.toml，或含 [tool.grassroots-catalog] 的 pyproject.toml）。"
    ),
    "validate.option.complete": (
        "所给的文件是各自辖区目录的全部分册：跨分册（scope: part）检查目录整体的要求（领域覆盖：R01、R23-R25、R31、R33）。"
    ),
    "validate.option.jobs": "同时检查文件的进程数（默认：本机全部可用的核心；1：在本进程内逐个检查）。",
    "validate.option.quiet": "不显示进度条（已完成的文件数、每秒事项数、剩余时间；只在终端上、运行超过约一秒时显示；CI 中从不显示）。",
    "validate.progress": "检查中 {bar} {done}/{total} 个文件，每秒 {rate} 个事项，约剩 {left}",
    # ---- gcat fmt
    "link.short_help": "把各行所对应的上级事项编号写入目录文件，保留注释。",
    "link.help": (
        "把所给文件各行所对应的上级事项编号写入文件，保留注释：没有编号或只有本地序号的行，按名称对应到上级事项后，"
        "写入上级事项的编号；对应不上的行写入由其领域和名称生成的编号。确认一次即可，不必再手工抄写编号。"
    ),
    "link.option.check": "不作改动，只列出将写入的编号；有需要写入的编号时以状态 1 退出。",
    "link.change": "{where}：{names} → {new}（{source}）",
    "link.source.names": "名称相同",
    "link.source.likeness": "名称相近，请确认",
    "link.source.own-names": "本地新增，按名称生成",
    "link.nothing": "{path}：编号已齐全，无需改动",
    "link.would_write": "{path}：将写入 {count} 个编号（去掉 --check 即写入）",
    "link.written": "{path}：已写入 {count} 个编号",
    "export.short_help": "把目录导出为可打印的 Excel 表（或 CSV），版式与公开的标准目录一致。",
    "export.help": (
        "把目录导出为 Excel（.xlsx）或 CSV：合并的标题、两行表头、合并的一级事项、勾选栏用 √、"
        "自动换行、A4 横向、每页重复表头、冻结表头。--merged 导出整个扩展链组合后的目录。"
    ),
    "export.option.output": "写入此文件（.xlsx 或 .csv，以原子方式写入）。",
    "export.option.merged": "导出扩展链组合后的有效目录（包括继承的事项），而不只是本文件所写的事项。",
    "export.suffix": "{path}：只能导出为 .xlsx 或 .csv 文件",
    "new.short_help": "按国家标准指引生成一个起步目录（每个领域一个细化文件，或一张整表，或 Excel 模板）。",
    "new.help": (
        "按国家标准指引为本县（乡）生成起步目录：每个领域一个细化文件（extends: national），或加 --table 生成一张"
        "包含全部国家事项的整表，或 --format xlsx 生成带下拉选项的 Excel 模板。需要本地化的单元格（公开主体、"
        "公开渠道和载体）已标出。"
    ),
    "new.option.level": "目录层级：county（县级）或 township（乡级）。",
    "new.option.jurisdiction": "本级政府名称，例如 示例县人民政府。",
    "new.option.code": "行政区划代码：县级6位，乡级9位或12位。",
    "new.option.areas": "领域：all（全部26个），或用逗号分隔的领域标识或中文名称。",
    "new.option.table": "生成一张整表（form: table），而不是每个领域一个细化文件。",
    "new.option.format": "yaml（目录文件）或 xlsx（Excel 模板，带下拉选项）。",
    "new.option.output": "写入此文件夹（xlsx 时也可以是 .xlsx 文件名）。",
    "new.exists": "{path}：文件已存在，未覆盖；请换一个文件夹",
    "new.written": "已在 {path} 写入 {count} 个文件",
    "import.short_help": "把县（乡）的 Excel、CSV 表或保存的网页表格导入为目录文件；每行注明所在单元格。",
    "import.help": (
        "把表格（.xlsx、.xlsm、.csv、.tsv、.txt、.html、.htm）导入为规范的目录 YAML：识别两行表头、表头的不同写法、"
        "合并单元格、勾选栏（√ ✓ ● ■ ☑ 是）、每个文件、工作表、分节行或一级事项中的领域；每个事项注明其所在单元格，"
        "看不懂的单元格逐一报告（文件:工作表!单元格），从不静默丢弃或移位。公式从不计算。各行按名称对应到国家标准指引的事项。"
    ),
    "import.option.output": "写入此文件（以原子方式写入），而不是输出到标准输出。",
    "import.option.level": "目录层级（默认取 gcat export 所写工作簿的隐藏工作表记录的层级，否则为 county 县级；national 用于导入一个领域完整的国家标准指引原表，写为某个文件夹中的 领域.yaml，供 --national 该文件夹使用）。",
    "import.option.area": "整个文件所属的领域（领域标识或中文名称），表格本身未标明领域时使用。",
    "import.option.extends": "所扩展的上级目录（默认取 gcat export 所写工作簿的隐藏工作表记录的上级目录，否则为 national；none 表示不扩展）。",
    "import.option.jurisdiction": "本级政府名称，例如 示例县人民政府。",
    "import.option.title": "目录标题（默认：表格的标题行或文件名）。",
    "import.written": "{path}：已写入 {count} 个事项",
    "fmt.short_help": "把目录文件改写为规范格式，保留注释。",
    "fmt.help": (
        "把所给的目录文件改写为规范格式，保留注释。\n\n"
        "规范格式：字段按文档规定的顺序，词表取值用标准写法和顺序，单元格拆分为列表。"
        "文件以原子方式替换；有错误的文件不作改动。"
    ),
    "fmt.option.check": "不作改动；有文件不是规范格式时以状态 1 退出。",
    "fmt.option.force": "读取时有警告（例如无法识别的渠道）的文件也改写。",
    "fmt.option.quiet": "不显示进度（默认在终端上显示正在处理的文件和已用时间）。",
    "fmt.progress": "{path}：正在格式化（第 {index}/{total} 个文件，已用 {seconds} 秒）…",
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
    "areas.total.some_complete": "共 {total} 条已知国家指引事项；标为不完整的领域，其国家指引原表更长。",
    # ---- gcat merge, gcat explain
    "merge.short_help": "输出所给文件的有效目录：沿扩展链直到国家指引逐级合并的结果。",
    "merge.help": (
        "输出所给文件的有效目录：沿扩展链直到国家指引逐级合并的结果。\n\n"
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
    "diff.short_help": "比较两份目录：新增、删除、移动的事项，以及每个字段是更严、弱化、本地化还是不可比。",
    "diff.help": (
        "比较目录 A 和目录 B（YAML 目录文件，或 gcat import 能读取的任何表格）：新增、删除、移动领域的事项，"
        "每个共有事项的每个字段是更严、弱化、本地化还是不可比，以及目录信息（修订日期、网址、层级、范围）的变化。"
        "退出状态：0 等同，1 有差异（--fail-on weaker 时仅在有弱化时），2 无法读取。\n\n"
        "\b\n示例：\n  gcat diff --merged county.yaml township.yaml\n"
        "  gcat diff --rev HEAD~1 county.yaml\n  gcat diff national.yaml county.xlsx --only weaker --format json"
    ),
    "diff.option.rev": "把所给文件在 git 版本（如 HEAD~1）中的内容与工作区中的该文件比较（只需一个文件）。",
    "diff.option.merged": "比较两者扩展链合并后的有效目录。",
    "diff.option.area": "只比较此领域的事项（可重复）。",
    "diff.option.ignore": "不比较此字段或目录信息（可重复），如 note、channels、revised。",
    "diff.option.only": "只显示此类差异（可重复）。",
    "diff.option.format": "输出格式。",
    "diff.option.output": "写入此文件（原子写入），而非标准输出；xlsx 格式必须指定。",
    "diff.option.fail-on": "何时以状态 1 退出：any（任何差异，默认）或 weaker（仅在有所减少时：字段弱化或不可比、事项被删除）。",
    "diff.option.as-refinement": "另写一份把 A 变为 B 的细化文件（YAML），弱化处留有待填写的理由。",
    "diff.option.color": "是否着色：auto（终端中着色）、always 或 never。",
    "diff.option.git-external": "以 git 外部差异程序的方式调用：参数为 path old-file old-hex old-mode new-file new-hex new-mode。",
    "diff.needs_two": "需要两个文件 A 和 B（使用 --rev 时只需一个文件）。",
    "diff.no_file": "{file}：文件不存在",
    "diff.git_failed": "{file}：git 无法取出该版本：{detail}",
    "diff.unreadable": "{file}：无法作为目录读取",
    "diff.unknown_ignore": "--ignore {name}：没有这个字段；可选：{choices}",
    "diff.unknown_area": "--area {name}：没有这个领域",
    "diff.xlsx_needs_output": "--format xlsx 需要用 -o 指定一个 .xlsx 文件",
    "diff.git_new_file": "{path}：新文件",
    "diff.git_deleted_file": "{path}：文件已删除",
    "compare.short_help": "把多份目录与一份目录（国家指引或任一目录）逐行对照：各地区×各领域的照搬、本地化、强化、弱化、缺失、新增、不适用。",
    "compare.help": (
        "把所给的文件（目录文件，或含目录文件的文件夹）逐一与 --against 的目录逐行对照：national 为国家指引（26 个试点领域，"
        "遵从 --national 和项目配置的 national），或任一目录文件（如省级目录）。细化文件按其扩展链合并后的有效目录评判，"
        "表格按所写评判（--written：一律按所写）。输出各目录×各领域的矩阵、各目录与各领域的合计，以及最常被弱化或删除的行。"
        "退出状态：0 已比较，2 有文件无法读取（其余文件照常比较）。\n\n"
        "\b\n示例：\n  gcat compare catalogs/examples --against national\n"
        "  gcat compare counties/ --against province.yaml --format html -o 对照.html\n"
        "  gcat compare counties/ --format xlsx -o 对照.xlsx --jobs 2"
    ),
    "compare.option.against": "对照的目录：national（国家指引，默认）或一个目录文件。",
    "compare.option.written": "细化文件也按所写评判，而非按其扩展链合并后的有效目录。",
    "compare.option.ignore": "不比较此字段（可重复），如 note、subject。",
    "compare.option.format": "输出格式。",
    "compare.option.output": "写入此文件（原子写入），而非标准输出；xlsx 格式必须指定。",
    "compare.option.jobs": "并行进程数（默认：每个 CPU 核心一个）。",
    "compare.option.top": "列出最常被弱化或删除的行的条数。",
    "compare.needs_files": "需要至少一个要比较的目录文件或文件夹。",
    "compare.xlsx_needs_output": "--format xlsx 需要用 -o 指定一个 .xlsx 文件",
    "compare.skipped": "{file}：未比较",
    "explain.short_help": "逐级显示文件中某个事项（或它的某个字段）的取值从何而来。",
    "explain.help": (
        "逐级显示文件中某个事项（或它的某个字段）的取值从何而来。\n\n"
        "\b\n示例：\n  gcat explain county.yaml public-legal-services.99c18880 mode"
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
        "所给的文件是一个目录文件，或分为多个文件发布的一个目录的各分册（scope: part）。"
    ),
    "report.option.format": "Markdown，或一个可打印、可发送的独立 HTML 页面。",
    "report.option.output": "把报告（以原子方式）写入此文件，而不是输出到标准输出。",
    "report.option.complete": "所给的文件是该目录的全部分册：把它作为整体检查（领域覆盖）。",
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
    "rule.short_help": "解释一个代码（R、M、S、Y 或 N，例如 R19、M010）：含义、依据和示例。",
    "rule.help": "解释一个发现代码：规则（R）给出检查什么、依据、选项和示例；其他代码（M 组合目录链、S 结构、Y 读取、N 规范化）给出各原因的消息、修改建议和依据。",
    "rule.unknown": "没有代码 {code}；gcat rules 列出全部规则，docs/cli.md 列出全部代码",
    # ---- gcat import-guideline, gcat schema
    "import-guideline.short_help": "把摘录格式的国家指引表转换为目录。",
    "import-guideline.help": (
        "把摘录格式（sources/guidelines/FORMAT.md）的国家指引表摘录转换为目录："
        "随工具附带的国家指引目录即由 sources/guidelines/ 如此生成。要对照完整的官方表格检查，请直接导入该表格："
        "gcat import 表格 --level national --area 领域 -o 文件夹/领域.yaml，再用 --national 文件夹。"
    ),
    "import-guideline.option.output": "把目录（以原子方式）写入此文件，而不是输出到标准输出。",
    "import-guideline.too_large": "文件大于 {limit} 字节",
    "import-guideline.problems": "见上方 {count} 处问题",
    "import-guideline.cannot_convert": "{where}：无法转换：{reason}（格式见 sources/guidelines/FORMAT.md）",
    "schema.short_help": "输出目录文件格式的 JSON Schema（供编辑器和其他工具使用）。",
    "schema.help": "输出目录文件格式的 JSON Schema（供编辑器和其他工具使用）。",
    "schema.option.output": "把 Schema 写入此文件，而不是输出到标准输出。",
    # ---- messages of several commands
    "written": "{path}：已写入",
    "output.no_folder": "文件夹 {folder} 不存在，未写入任何文件；请先建立该文件夹，或换一个输出路径（-o）",
    "output.not_a_folder": "{folder} 不是文件夹，未写入任何文件；请换一个输出路径（-o）",
    "error.no_yaml_in_folder": "{path}：文件夹中没有 .yaml 或 .yml 文件",
    "error.bad_gcat_lang": "环境变量 GCAT_LANG 的值 {value} 无效：应为 zh 或 en",
    "error.control_in_argument": "gcat：命令行参数 {argument} 含控制字符 {char}，不能用作文件名或取值；请重新输入这个参数",
    "error.output_not_written": "gcat：{path} 无法写入（{reason}），未改动任何文件。请换一个输出路径（-o），或检查权限和磁盘空间。",
    "error.internal": "gcat：内部错误：{kind}: {error}（设置 GCAT_DEBUG=1 可查看详情，请报告此问题）",
    # ---- project config (.gcat.toml, pyproject.toml) and baselines: {path} is the file
    "config.unreadable": "{path}：无法读取配置文件：{detail}",
    "config.not_a_list": "{path}：ignore 应为表的列表（[[ignore]]）",
    "config.no_code": "{path}：第 {index} 条 ignore 缺少 code",
    "config.no_reason": "{path}：第 {index} 条 ignore（{code}）未写明理由（reason）；每一项忽略都必须说明理由",
    "config.unknown_key": "{path}：未知的配置项“{key}”（可用：{known}）",
    "config.unknown_entry_key": "{path}：第 {index} 条 ignore 有未知的键“{key}”（可用的键：{known}）；否则这条忽略会作用于所有文件和事项",
    "config.not_text": "{path}：第 {index} 条 ignore 的 {key} 应为文本",
    "config.national_not_text": "{path}：national 应为文件夹路径（文本，相对于配置文件）",
    # --national DIR (or national = "DIR" in the config): a folder of national catalogues
    "national.missing": "{path}：国家指引数据文件夹不存在",
    "national.empty": "{path}：国家指引数据文件夹中没有 .yaml 文件；请用 gcat import 表格 --level national --area 领域 -o {path}/领域.yaml 导入",
    "national.unknown_area": "{path}：文件名“{area}”不是试点领域的代码；文件应命名为 领域.yaml（gcat areas 列出 26 个代码）",
    "national.twice": "{path}：领域 {area} 已由 {other} 给出",
    "national.not_a_catalogue": "{path}：不是可用的国家指引目录（{code}：{detail}）",
    "national.not_national": "{path}：层级为 {level}，国家指引目录应为 level: national",
    "national.extends": "{path}：国家指引目录不应有 extends（此处为“{extends}”）",
    "national.no_matters": "{path}：没有事项；国家指引目录应含领域 {area} 的全部事项",
    "national.wrong_area": "{path}：应只含领域 {area} 的事项，另含：{others}",
    "baseline.unreadable": "{path}：无法读取基线文件：{detail}",
    "baseline.not_a_baseline": "{path}：不是 grassroots-catalog 基线文件（format_version {version}）",
    "baseline.findings_not_list": "{path}：findings 应为列表",
    # ---- the placeholders of usage lines and options (click's FILE, INTEGER RANGE, [OPTIONS] …)
    "metavar.ARGS": "参数",
    "metavar.CATALOGUE": "目录",
    "metavar.CODE": "代码",
    "metavar.COMMAND": "命令",
    "metavar.DIR": "文件夹",
    "metavar.DIRECTORY": "文件夹",
    "metavar.DIRS": "文件夹",
    "metavar.EXTRACT": "摘录",
    "metavar.FIELD": "字段",
    "metavar.FILE": "文件",
    "metavar.FILES": "文件",
    "metavar.INTEGER RANGE": "整数",
    "metavar.MATTER": "事项",
    "metavar.OPTIONS": "选项",
    "metavar.PATH": "路径",
    "metavar.REV": "版本",
    "metavar.TABLE": "表格",
    "metavar.TEXT": "文本",
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
    # gcat validate, text: the lines after the findings
    "text.summary": "已检查 {files} 个文件：错误 {errors} 条，警告 {warnings} 条，提示 {notes} 条",
    "text.summary.suppressed": "；已忽略 {count} 条（理由见上）",
    "text.summary.unreadable": "；{count} 个文件无法读取",
    "text.more": "… 另有 {count} 条未显示（可用 --max-findings 调整）",
    "text.suppressed": "已忽略：{finding} — {reason}",
    "text.baselined": "已按基线放在一边 {count} 条：{codes}（加 --show-suppressed 逐条列出）",
    "text.list_separator": "，",
    # gcat diff: the words of every output format (report/diff)
    "diff.kind.added": "新增",
    "diff.kind.removed": "删除",
    "diff.kind.moved": "移动领域",
    "diff.kind.stricter": "更严",
    "diff.kind.weaker": "弱化",
    "diff.kind.localised": "本地化",
    "diff.kind.incomparable": "不可比",
    "diff.kind.metadata": "目录信息",
    "diff.title": "目录差异：{a} → {b}",
    "diff.equivalent": "两份目录等同：没有差异。",
    "diff.summary": "共 {count} 处差异：新增 {added}，删除 {removed}，移动领域 {moved}，更严 {stricter}，弱化 {weaker}，本地化 {localised}，不可比 {incomparable}，目录信息 {metadata}",
    "diff.metadata.heading": "目录信息",
    "diff.row.ids": "A：{a} · B：{b}",
    "diff.row.with_match": "{ids}；{how}",
    "diff.row.match.names": "按名称对应",
    "diff.row.match.fuzzy": "按相近名称对应（相似度 {score}）",
    "diff.none": "（无）",
    "diff.arrow": "→",
    "diff.column.kind": "差异",
    "diff.column.area": "领域",
    "diff.column.a_id": "A 中的编号",
    "diff.column.b_id": "B 中的编号",
    "diff.column.name": "事项",
    "diff.column.field": "字段",
    "diff.column.old": "A 中的取值",
    "diff.column.new": "B 中的取值",
    "diff.column.where_a": "A 中的位置",
    "diff.column.where_b": "B 中的位置",
    "diff.sheet": "差异",
    "diff.field.area": "领域",
    "diff.field.not_applicable": "不适用",
    "diff.field.whole_row": "整行",
    "diff.meta.id": "目录编号",
    "diff.meta.title": "目录名称",
    "diff.meta.level": "层级",
    "diff.meta.jurisdiction": "所属政府",
    "diff.meta.scope": "范围",
    "diff.meta.issuer": "发布单位",
    "diff.meta.issued": "发布时间",
    "diff.meta.revised": "修订日期",
    "diff.meta.published.date": "公布日期",
    "diff.meta.published.url": "公布网址",
    "diff.meta.not_applicable_areas": "不适用的领域",
    "diff.github.title": "{kind}：{field}",
    "diff.refinement.because": "〔请填写弱化的理由和依据〕",
    "diff.refinement.not_applicable": "〔B 中没有此事项：请填写不适用的理由〕",
    "diff.refinement.header": "由 gcat diff --as-refinement 生成：把 {a} 变为 {b} 的细化。请逐条审阅，并填写〔〕中的理由。",
    "diff.refinement.unexpressed": "以下差异无法用细化表达：",
    "compare.status.copied": "照搬",
    "compare.status.localised": "本地化",
    "compare.status.strengthened": "强化",
    "compare.status.weakened": "弱化",
    "compare.status.missing": "缺失",
    "compare.status.added": "新增",
    "compare.status.not-applicable": "不适用",
    "compare.title": "与 {against} 对照：{count} 份目录",
    "compare.judged.merged": "细化文件按其扩展链合并后的有效目录评判，表格按所写评判。",
    "compare.judged.written": "每份目录按所写评判（细化文件也不合并扩展链）。",
    "compare.ignored": "未比较的字段：{fields}",
    "compare.by_catalogue": "各目录合计",
    "compare.by_area": "各领域合计",
    "compare.matrix": "矩阵：弱化与缺失的行数 / 对照的行数（— 为该目录未涵盖的领域）",
    "compare.most_taken_away": "最常被弱化或删除的行",
    "compare.none_taken_away": "没有被弱化或删除的行。",
    "compare.unreadable": "未能读取、未比较的文件：{files}",
    "compare.uncovered": "—",
    "compare.all": "合计",
    "compare.column.catalogue": "目录",
    "compare.column.file": "文件",
    "compare.column.level": "层级",
    "compare.column.area": "领域",
    "compare.column.area_slug": "领域代码",
    "compare.column.row": "事项编号",
    "compare.column.local_id": "本地编号",
    "compare.column.name": "事项",
    "compare.column.status": "结果",
    "compare.column.fields": "相关字段",
    "compare.column.total": "合计",
    "compare.column.taken_away": "弱化+缺失",
    "compare.column.weakened_in": "弱化于",
    "compare.column.missing_in": "缺失于",
    "compare.sheet.matrix": "矩阵",
    "compare.sheet.rows": "逐行",
    "compare.sheet.outcomes": "各目录逐行",
    "compare.cell": "{catalogue} · {area}：{counts}",
    "compare.bars": "各领域分布",
    "compare.bar": "{area}：{counts}",
    "compare.bar.added": "新增 {count} 行",
    "compare.count": "{label} {count}",
    "compare.separator": "，",
    # gcat validate --format markdown
    "markdown.title": "检查结果",
    "markdown.nothing": "未发现问题。",
    "markdown.column.where": "位置",
    "markdown.column.code": "代码",
    "markdown.column.severity": "级别",
    "markdown.column.message": "说明",
    "markdown.column.source": "依据",
    "markdown.not_checkable.heading": "无法从目录本身检查的要求",
    "markdown.not_checkable.item": "{code}：{text}（{source}）",
    # gcat explain: the columns of the table
    "explain.column.layer": "目录",
    "explain.column.level": "层级",
    "explain.column.where": "位置",
    "explain.column.action": "操作",
    "explain.column.value": "取值",
    "explain.no_value": "—",
    # how much of a national table a check can vouch for (gcat report, gcat areas)
    "national.statement": "据已知的 {rows} 条{area}国家指引事项检查",
    "national.statement.partial": "；国家指引原表更长",
    "national.statement.whole": "（国家指引全表）",
    "national.statement.from": "，数据取自 {file}",
    # which national data a check used (every output of validate, report, merge, explain, areas)
    "national.used.bundled": "国家指引数据：随工具附带的部分数据（各领域仅有国家指引表的前几行，gcat areas 列出行数）",
    "national.used.directory": "国家指引数据：{directory} 中的 {count} 个领域（{areas}）",
    "national.used.rest": "；其余 {rest} 个领域用随工具附带的部分数据",
    "national.used.area": "{zh}{en:.0} {rows} 行，{status}",
    "national.used.separator": "；",
    "national.used.complete": "全表",
    "national.used.partial": "不完整",
    # what gcat import --level national records of the official table it read
    "national.import.source": "由 gcat import --level national 从官方表格 {file} 读入",
    "national.import.note": "由 gcat import --level national 从官方表格 {file} 读入，共 {rows} 行；视为国家指引全表。",
    # an area's name; "{en:.0}" shows nothing (the English name, cut to no characters), so that this
    # template names the same fields as the other languages' while Chinese shows the Chinese name alone
    "national.area": "{zh}{en:.0}",
    # docs/national-guidelines.md, generated from the bundled national tables
    "national.doc.title": "国家指引",
    "national.doc.generated": "由 `scripts/convert_guidelines.py` 从 `sources/guidelines/` 生成；请勿手工编辑。",
    "national.doc.body": (
        "每个试点领域一个目录，位于 `catalogs/national/`，"
        '用 `grassroots_catalog.read.national.national_catalogue("<slug>")` 读取，由 `gcat areas` 列出。\n'
        "**每张表都不完整**：只能从公开副本中恢复各国家指引表的前几行（26个领域共 {rows} 行）。"
        "据此所作的检查和比较都会在输出中说明这一点。要对照完整的官方表格检查，请导入该表格"
        "（`gcat import TABLE.xlsx --level national --area AREA -o DIR/AREA.yaml`），"
        '再用 `--national DIR`（或项目配置中的 `national = "DIR"`）指明该文件夹：'
        "DIR 中有文件的领域用导入的全表，其余领域仍用附带数据，每项输出都说明所用的国家指引数据"
        "（见 [tables.md](tables.md#using-a-full-official-national-table)）。"
    ),
    "national.doc.ids": (
        "事项编号为 `<area>.<8位十六进制数>`：事项名称（一级/二级/三级事项，统一全半角、去掉空白、以 `/` 连接）"
        "的 SHA-256 的前几位。同样的名称在每个目录、每个版本中得到同样的编号，与行号无关；重复的名称依次加 `-2`、`-3` …"
    ),
    "national.doc.columns": "| # | 领域 | 标识 | 发文单位 | 文号 | 发布日期 | 已知事项 | 可信度 | 有缺项的事项 |",
    "national.doc.total": (
        "共 {total} 行。*有缺项的事项*：至少有一列在任何来源中都无法读出的行，该行的 `note` 说明是哪一列及原因。"
        "*可信度*：`reconstructed` 的行读自照录国家表的县级和乡级目录，而非国家指引原文。"
    ),
    # The published table as a workbook or CSV (gcat export), its findings sheet and its template (gcat new)
    "table.sheet": "标准目录",
    "table.findings_sheet": "检查结果",
    "table.column.number": "序号",
    "table.column.area": "对应领域",
    "table.column.matter": "公开事项",
    "table.column.level1": "一级事项",
    "table.column.level2": "二级事项",
    "table.column.level3": "三级事项",
    "table.column.content": "公开内容（要素）",
    "table.column.basis": "公开依据",
    "table.column.time_limit": "公开时限",
    "table.column.subject": "公开主体",
    "table.column.channels": "公开渠道和载体",
    "table.column.audience": "公开对象",
    "table.column.mode": "公开方式",
    "table.column.level": "公开层级",
    "table.column.note": "备注",
    "table.column.flat": "{group}（{column}）",
    "table.area_row": "{number}、{name}",
    "table.tick": "√",
    "table.not_applicable": "不适用：{reason}",
    "table.localise": "待本地填写：写明本级负责的单位（公开主体），勾选实际使用的公开渠道",
    "table.about_sheet": "说明",
    "table.about.national": "国家指引数据",
    "table.findings.column.file": "文件",
    "table.findings.column.where": "位置",
    "table.findings.column.code": "代码",
    "table.findings.column.severity": "级别",
    "table.findings.column.message": "说明",
    "table.findings.column.source": "依据",
    "new.title": "{jurisdiction}基层政务公开标准目录",
    "new.title.area": "{jurisdiction}{area}领域基层政务公开标准目录",
    "new.refuse.level": "无法为 {level} 层级新建目录：只能为县级（county）或乡级（township）新建",
    "new.refuse.code.county": "区划代码 {code} 不符合规则：县级目录的行政区划代码为6位数字，首位不为0",
    "new.refuse.code.township": "区划代码 {code} 不符合规则：乡级目录的区划代码为9位或12位数字，首位不为0",
    "new.refuse.area": "未知的领域 {area}：`gcat areas` 列出26个试点领域的标识",
    "new.refuse.jurisdiction": "请写明目录所属的政府（jurisdiction），例如 某县人民政府",
    # The gap report (gcat report): the page, its header and summary.
    "gap.language_tag": "zh-CN",
    "gap.title": "标准目录检查报告：{title}",
    "gap.separator": "、",
    "gap.meta.file": "文件：{file}",
    "gap.meta.level": "目录层级：{level}",
    "gap.meta.as_of": "检查基准日：{date}",
    "gap.meta.chain": "目录链：{chain}",
    "gap.meta.chain_separator": " → ",
    "gap.meta.national": "{national}",
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
    "gap.chart.caption": "各领域已知国家指引事项的情况（条），其后为本地新增事项",
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


# ==================================================================================================
# LABELS: the names of things a user reads beside values: a matter's fields (field.<key>, the
# column names of the national template) and the tiers of government (level.<value>).
# ==================================================================================================

LABELS: dict[str, str] = {
    "link.same-names": "名称相同",
    "link.width": "全角半角不同",
    "link.traditional": "繁简不同",
    "link.whitespace": "空格或换行不同",
    "link.punctuation": "标点不同",
    "link.area-name-in-level1": "一级事项填写了领域名称",
    "link.prefix": "名称加了前缀",
    "link.suffix": "名称加了后缀",
    "link.repeated-name": "二级事项重复一级事项",
    "link.reworded-level1": "一级事项改写",
    "link.level-dropped": "少了一级名称",
    "link.content": "名称相近，公开内容一致",
    "link.similar-names": "名称相近",
    "link.parent-taken": "相近的上级事项已被另一行对应",
    "field.name": "事项名称（一级/二级/三级事项）",
    "field.content": "公开内容（要素）",
    "field.basis": "公开依据",
    "field.time_limit": "公开时限",
    "field.subject": "公开主体",
    "field.channels": "公开渠道和载体",
    "field.audience": "公开对象",
    "field.mode": "公开方式",
    "field.level": "公开层级",
    "field.note": "备注",
    "level.national": "国家级",
    "level.provincial": "省级",
    "level.municipal": "市级",
    "level.county": "县级",
    "level.township": "乡级",
}
