"""The closed table of finding codes, with their Chinese and English messages and what to do.

Every code a finding may carry is listed in :data:`CODES`; docs and machine-readable outputs are
derived from it. Code families:

- ``Y``: the file cannot be read safely as YAML (always fatal: exit status 2);
- ``S``: the YAML is not a catalogue (S001–S011, always fatal), and notes on the check itself
  (S012 a suppression without a reason, S013 a part file whose catalogue-wide checks did not run);
- ``M``: composing the chain (a parent that cannot be found, a weakening without a reason);
- ``N``: a value was normalised to its canonical form (information, or a warning when it needs a look);
- ``R``: a requirement of the end-2020 catalogue (the requirement rules).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from grassroots_catalog.results import Severity, format_path, use_messages

if TYPE_CHECKING:
    from grassroots_catalog.results import Finding


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """One finding code: name, default severity, message templates and the advice that goes with them."""

    code: str
    name: str
    severity: Severity
    zh: str
    en: str
    fix_zh: str = ""
    fix_en: str = ""
    citation: str | None = None


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_SPECS = [
    # ---- Y: reading the file
    CodeSpec(
        "Y001",
        "yaml-syntax",
        E,
        "YAML 语法错误：{problem}{hint_zh}",
        "YAML syntax error: {problem}{hint_en}",
        "请检查该行附近的缩进、冒号和引号。",
        "check indentation, colons and quotes near this line.",
    ),
    CodeSpec(
        "Y002",
        "duplicate-key",
        E,
        "键“{key}”重复，第一次出现在第 {first_line} 行",
        "duplicate key '{key}', first defined on line {first_line}",
        "删除或改名其中一个；YAML 读取时后者会悄悄覆盖前者。",
        "remove or rename one; YAML readers silently keep only the last.",
    ),
    CodeSpec(
        "Y003",
        "tag",
        E,
        "不允许使用 YAML 标签 {tag}",
        "YAML tags are not allowed here: {tag}",
        "删除该标签；目录只需要文本、列表和映射。",
        "delete the tag; a catalogue needs only text, lists and mappings.",
    ),
    CodeSpec(
        "Y004",
        "anchor-alias",
        E,
        "不允许使用锚点或别名（{token}）",
        "anchors and aliases are not allowed ({token})",
        "请把内容完整写出。",
        "write the value out in full.",
    ),
    CodeSpec(
        "Y005",
        "too-deep",
        E,
        "嵌套层数超过上限 {limit}",
        "nesting is deeper than the limit of {limit} levels",
        "目录只需约 4 层嵌套；请检查是否有多余的括号。",
        "a catalogue needs about 4 levels; look for runaway brackets.",
    ),
    CodeSpec(
        "Y006",
        "file-too-large",
        E,
        "文件大小 {size} 字节超过上限 {limit} 字节",
        "the file is {size} bytes, over the limit of {limit} bytes",
        "请拆分目录，或用 --max-file-size 提高上限。",
        "split the catalogue, or raise --max-file-size.",
    ),
    CodeSpec(
        "Y007",
        "encoding",
        E,
        "文件不是 UTF-8 编码{guess_zh}",
        "the file is not UTF-8{guess_en}",
        "请转换为 UTF-8，例如：iconv -f {encoding} -t UTF-8 原文件 > 新文件；或在编辑器中“另存为 UTF-8”。",
        "convert it to UTF-8, e.g. iconv -f {encoding} -t UTF-8 old.yaml > new.yaml, or "
        "“Save as UTF-8” in your editor.",
    ),
    CodeSpec(
        "Y008",
        "bad-character",
        E,
        "不允许的字符 {char}",
        "character {char} is not allowed",
        "请删除该字符（多数编辑器中不可见），必要时重新输入该处文字。",
        "delete it (most editors do not show it) and retype the text around it if needed.",
    ),
    CodeSpec(
        "Y009",
        "value-too-long",
        E,
        "值长度 {length} 字符，超过上限 {limit}",
        "a value of {length} characters is over the limit of {limit}",
        "单元格内容不应如此之长；请检查是否漏写了换行或引号。",
        "no cell should be this long; look for a missing line break or quote.",
    ),
    CodeSpec(
        "Y010",
        "directive",
        E,
        "不支持的 YAML 指令 {directive}",
        "unsupported YAML directive {directive}",
        "请删除该行；文件按 YAML 1.2 读取。",
        "delete the line; files are read as YAML 1.2.",
    ),
    CodeSpec(
        "Y011",
        "document-count",
        E,
        "{problem_zh}",
        "{problem_en}",
        "一个文件只放一个目录。",
        "put exactly one catalogue in each file.",
    ),
    CodeSpec(
        "Y012",
        "too-many-matters",
        E,
        "事项数 {count} 超过上限 {limit}",
        "{count} matters is over the limit of {limit}",
        "请拆分目录，或用 --max-matters 提高上限。",
        "split the catalogue, or raise --max-matters.",
    ),
    CodeSpec(
        "Y013",
        "unreadable",
        E,
        "无法读取文件：{error}",
        "cannot read the file: {error}",
        "请检查路径和文件权限。",
        "check the path and the file's permissions.",
    ),
    CodeSpec(
        "Y014",
        "ideographic-space",
        E,
        "行首有全角空格（U+3000）",
        "an ideographic space (U+3000) starts the line",
        "请改用半角空格缩进；全角空格会被当作文字的一部分。",
        "indent with ordinary spaces; an ideographic space is read as part of the text.",
    ),
    CodeSpec(
        "Y015",
        "complex-key",
        E,
        "键必须是文本",
        "a key must be text",
        "请把键写成简单的文字。",
        "write the key as plain text.",
    ),
    # ---- S: the YAML is not a catalogue
    CodeSpec(
        "S001",
        "missing-field",
        E,
        "缺少必填字段“{field}”",
        "required field '{field}' is missing",
        "请补上该字段（格式见 docs/format.md）。",
        "add it (see docs/format.md for the format).",
    ),
    CodeSpec(
        "S002",
        "unknown-field",
        E,
        "未知字段“{field}”{suggestion_zh}",
        "unknown field '{field}'{suggestion_en}",
        "请检查拼写；可用字段见 docs/format.md。",
        "check the spelling; docs/format.md lists the fields.",
    ),
    CodeSpec(
        "S003",
        "wrong-type",
        E,
        "“{field}”应为{expected_zh}",
        "'{field}' should be {expected_en}",
        "请按 docs/format.md 的格式填写。",
        "write it as docs/format.md shows.",
    ),
    CodeSpec(
        "S004", "invalid-value", E, "“{field}”的值无效：{reason_zh}", "invalid value for '{field}': {reason_en}", "", ""
    ),
    CodeSpec(
        "S005",
        "duplicate-matter-id",
        E,
        "事项编号“{value}”重复，首次出现在 matters[{first}]",
        "matter id '{value}' is used twice; first at matters[{first}]",
        "每个事项的编号必须唯一。",
        "give every matter its own id.",
    ),
    CodeSpec(
        "S006",
        "unknown-area",
        E,
        "未知领域“{value}”{suggestion_zh}",
        "unknown area '{value}'{suggestion_en}",
        "请使用26个试点领域之一（gcat areas 可列出），或在 areas: 下声明新增领域。",
        "use one of the 26 pilot areas (gcat areas lists them), or declare the area under areas:.",
    ),
    CodeSpec(
        "S007",
        "reason-required",
        E,
        "标记为不适用时必须写明理由",
        "a not-applicable mark needs its reason",
        "例如：not_applicable: 本镇无城市管理执法权限",
        "e.g. not_applicable: the township has no such powers",
    ),
    CodeSpec(
        "S008",
        "area-redeclared",
        E,
        "{slugs} 已是试点领域，无需在 areas: 中声明",
        "{slugs} are pilot areas already and must not be declared under areas:",
        "请从 areas: 中删除。",
        "remove them from areas:.",
    ),
    CodeSpec(
        "S009",
        "not-a-catalogue",
        E,
        "文件顶层应为映射（id、title、level、matters …）",
        "the top level of the file should be a mapping (id, title, level, matters …)",
        "请参照 catalogs/examples/ 中的示例。",
        "start from an example in catalogs/examples/.",
    ),
    CodeSpec(
        "S010",
        "more-problems",
        E,
        "另有 {count} 处结构问题未列出",
        "{count} more structural problems not listed",
        "请先修正以上问题再检查。",
        "fix the ones above, then check again.",
    ),
    CodeSpec(
        "S011",
        "refine-outside-refinement",
        E,
        "只有 form: refinement 的文件才能使用 refine:",
        "refine: is only for files with form: refinement",
        "整表（form: table）请直接在 matters: 中写出每个事项。",
        "in a whole table (form: table), write every matter under matters:.",
    ),
    # ---- M: composing a chain of catalogues
    CodeSpec(
        "M001",
        "extends-missing",
        E,
        "找不到所扩展的目录“{reference}”",
        "cannot find the catalogue it extends: '{reference}'",
        "请检查路径（相对于本文件）或目录编号。",
        "check the path (relative to this file) or the catalogue id.",
    ),
    CodeSpec(
        "M002",
        "extends-ambiguous",
        E,
        "“{reference}”对应多个目录：{files}",
        "'{reference}' names several catalogues: {files}",
        "请改用相对路径。",
        "use a relative path instead.",
    ),
    CodeSpec(
        "M003",
        "extends-cycle",
        E,
        "扩展关系形成循环：{cycle}",
        "the catalogues extend each other in a cycle: {cycle}",
        "请检查每个文件的 extends。",
        "check the extends of each file.",
    ),
    CodeSpec(
        "M004",
        "level-inversion",
        E,
        "{child} 级目录不能扩展 {parent} 级目录（{parent_file}）",
        "a {child} catalogue cannot extend a {parent} one ({parent_file})",
        "目录应扩展其上级：国家 → 省 → 市 → 县 → 乡。",
        "a catalogue extends the tier above it: national → provincial → municipal → county → township.",
    ),
    CodeSpec(
        "M005",
        "extends-outside",
        E,
        "不允许扩展目录集之外或网络上的文件：{reference}",
        "cannot extend a file outside the catalogue set, or on the network: {reference}",
        "请把上级目录放在同一目录集中，或用 --root 指定目录集的根。",
        "keep the parent in the same catalogue set, or name its root with --root.",
    ),
    CodeSpec(
        "M006",
        "refine-unknown",
        E,
        "refine: 中的事项 {matter} 在上级目录中不存在",
        "refine: names {matter}, which no parent catalogue has",
        "请检查编号；新增事项写在 matters: 下。",
        "check the id; new matters go under matters:.",
    ),
    CodeSpec(
        "M007",
        "added-exists",
        E,
        "事项 {matter} 已从上级继承",
        "{matter} is inherited already",
        "要修改请写在 refine: 下。",
        "to change it, put it under refine:.",
    ),
    CodeSpec(
        "M008",
        "form-missing",
        E,
        "有 extends 时须写明 form: table 或 form: refinement",
        "a catalogue that extends another must say form: table or form: refinement",
        "table：本文件是完整的公开目录；refinement：只写新增或修改的内容。",
        "table: the file is the whole published catalogue; refinement: it lists only what it adds or changes.",
    ),
    CodeSpec(
        "M010",
        "weakened",
        E,
        "事项 {matter} 的“{field}”被弱化（{parent} → {child}），未说明理由",
        "{matter}: '{field}' is weakened ({parent} → {child}) without a reason",
        "请恢复上级的要求，或在 because: 下写明理由和依据文件。",
        "restore the inherited value, or record why under because: (reason, and the document that allows it).",
    ),
    CodeSpec(
        "M011",
        "weakening-accepted",
        INFO,
        "事项 {matter} 的“{field}”弱化（{parent} → {child}），理由：{reason}",
        "{matter}: '{field}' weakened ({parent} → {child}), because: {reason}",
        "",
        "",
    ),
    CodeSpec(
        "M012",
        "dropped-matter",
        E,
        "上级事项 {matter}（{name}）在本表中缺失，且未标明不适用",
        "{matter} ({name}) of the {parent} catalogue is missing from this table, with no not-applicable reason",
        "请补上该事项，或标明 not_applicable 并写明理由。",
        "add the row, or mark it not_applicable with the reason.",
    ),
    # ---- R: the end-2020 requirements (requirements.md), each with its source
    CodeSpec(
        "R01",
        "area-coverage",
        E,
        "有 {count} 个试点领域既无公开事项，也未说明不适用{together_zh}：{areas_zh}",
        "{count} of the 26 pilot areas have no matter and no not-applicable entry{together_en}: {areas_en}",
        "请对照国家标准指引编制这些领域的事项，或在 not_applicable_areas 中逐一写明不适用的理由。",
        "compile their matters from the national guidelines, or list each under not_applicable_areas with its reason.",
        "国办发〔2019〕54号 二(四)；国办发〔2020〕17号 一(二)",
    ),
    CodeSpec(
        "R03",
        "own-level",
        W,
        "事项 {matter} 未勾选本级公开层级“{own_zh}”",
        "{matter} does not tick this catalogue's own level, {own_en}",
        "本级目录只收录本级公开的事项；请核对公开层级。",
        "an own-level catalogue holds own-level matters; check its level.",
        "国办发〔2019〕54号 二(四)",
    ),
    CodeSpec(
        "R04",
        "publication",
        W,
        "目录公开情况：{detail_zh}",
        "publication of the catalogue: {detail_en}",
        "请在 published 下写明公布日期和网址。",
        "give the publication date and address under published.",
        "国办发〔2019〕54号 二(四)（并向社会公开）",
    ),
    CodeSpec(
        "R05",
        "proactive-not-on-website",
        E,
        "主动、面向全社会公开的事项 {matter} 未在政府网站公开",
        "{matter} is proactive and for the whole of society but not on the government website",
        "请勾选“政府网站”：县级政府门户网站应集中发布应主动公开的信息。",
        "tick 政府网站: the county portal publishes all proactive information in one place.",
        "国办发〔2019〕54号 任务四；《政府信息公开条例》第二十四条",
    ),
    CodeSpec(
        "R06",
        "revision",
        W,
        "目录更新情况：{detail_zh}",
        "keeping the catalogue current: {detail_en}",
        "请动态更新目录，并在 revised 中写明修订日期。",
        "keep the catalogue current and give the revision date under revised.",
        "《政府信息公开条例》第十二条",
    ),
    CodeSpec(
        "R08",
        "generic-subject",
        INFO,
        "事项 {matter} 的公开主体仍为通用表述“{subject}”",
        "{matter} still names the generic body '{subject}'",
        "请写明本地具体负责的机关（如“示例县民政局”）。",
        "name the actual local body (e.g. 示例县民政局).",
        "国办发〔2019〕54号 任务一（因地制宜，避免“一刀切”）",
    ),
    CodeSpec(
        "R09",
        "missing-name",
        E,
        "事项 {matter} 缺少一级事项名称",
        "{matter} has no 一级事项 name",
        "请填写一级事项。",
        "give its 一级事项.",
        "国办发〔2019〕54号（目录至少包括公开事项名称）",
    ),
    CodeSpec(
        "R10",
        "missing-content",
        E,
        "事项 {matter} 缺少公开内容（要素）",
        "{matter} has no content elements",
        "请逐项列出公开内容。",
        "list what is disclosed, one element per item.",
        "国办发〔2019〕54号（目录至少包括公开内容）",
    ),
    CodeSpec(
        "R11",
        "basis",
        E,
        "事项 {matter}：{detail_zh}",
        "{matter}: {detail_en}",
        "请写明公开依据的法律、法规或文件全称，用书名号《》。",
        "cite the laws, regulations or documents by their full names in 《》.",
        "国办发〔2019〕54号（目录至少包括公开依据）",
    ),
    CodeSpec(
        "R12",
        "time-limit",
        E,
        "事项 {matter}：{detail_zh}",
        "{matter}: {detail_en}",
        "请写明公开时限，如“信息形成（变更）20个工作日内”。",
        "state a time limit, e.g. 信息形成（变更）20个工作日内.",
        "国办发〔2019〕54号（目录至少包括公开时限）",
    ),
    CodeSpec(
        "R13",
        "missing-subject",
        E,
        "事项 {matter} 缺少公开主体",
        "{matter} names no responsible body",
        "请写明负责公开的机关。",
        "name the body responsible for disclosing it.",
        "国办发〔2019〕54号；《政府信息公开条例》第十条",
    ),
    CodeSpec(
        "R14",
        "missing-mode",
        E,
        "事项 {matter} 未勾选公开方式",
        "{matter} ticks no mode (主动 / 依申请)",
        "请勾选“主动”或“依申请”。",
        "tick 主动 or 依申请.",
        "国办发〔2019〕54号；《政府信息公开条例》第十三条",
    ),
    CodeSpec(
        "R15",
        "channels",
        E,
        "事项 {matter} 未勾选公开渠道和载体{detail_zh}",
        "{matter} ticks no channel{detail_en}",
        "请勾选实际使用的渠道；“其他”须写明载体，如“其他：法律服务网”。",
        "tick the channels used; 其他 must name its carrier, e.g. 其他：法律服务网.",
        "国办发〔2019〕54号（目录至少包括公开渠道）",
    ),
    CodeSpec(
        "R16",
        "missing-audience",
        E,
        "事项 {matter} 未勾选公开对象",
        "{matter} ticks no audience",
        "请勾选“全社会”或“特定群体”。",
        "tick 全社会 or 特定群体.",
        "国办发〔2019〕54号（目录至少包括公开对象）",
    ),
    CodeSpec(
        "R17",
        "missing-level",
        W,
        "事项 {matter} 未勾选公开层级",
        "{matter} ticks no disclosure level",
        "请勾选“县级”或“乡级”。",
        "tick 县级 or 乡级.",
        "各领域国家标准指引（公开层级栏）",
    ),
    CodeSpec(
        "R19",
        "proactive-time-limit",
        E,
        "主动公开事项 {matter} 的时限“{text}”超过20个工作日或不明确，且{support_zh}",
        "proactive matter {matter} has the time limit '{text}', over 20 working days or vague, and {support_en}",
        "请改为20个工作日以内，或在公开依据中写明另有规定的法律、法规。",
        "bring it within 20 working days, or cite the law or regulation that sets another limit.",
        "《政府信息公开条例》第二十六条",
    ),
    CodeSpec(
        "R20",
        "periodic-time-limit",
        W,
        "事项 {matter} 的时限“{text}”：{detail_zh}",
        "{matter}: '{text}': {detail_en}",
        "请核对时限及其依据。",
        "check the time limit and its basis.",
        "《政府信息公开条例》第二十六条、第四十九条",
    ),
    CodeSpec(
        "R21",
        "on-request-reply-limit",
        INFO,
        "依申请事项 {matter} 的答复时限“{text}”超过法定的20个工作日（延长不超过20个工作日）",
        "on-request matter {matter} states the reply limit '{text}', beyond the statutory 20 working days (plus at most 20)",
        "请核对答复时限。",
        "check the reply limit.",
        "《政府信息公开条例》第三十三条",
    ),
    CodeSpec(
        "R22",
        "display-period",
        W,
        "事项 {matter} 的时限“{text}”是公示期，不是公开时限",
        "{matter}: '{text}' is a display period, not a disclosure deadline",
        "请另写公开时限（信息形成后多久公开）。",
        "state when the information is disclosed as well.",
        "requirements.md R22（公示期与公开时限）",
    ),
    CodeSpec(
        "R23",
        "statutory-categories",
        INFO,
        "目录中未见以下法定主动公开类别{together_zh}：{categories_zh}",
        "no matter of this catalogue covers these statutory categories of proactive disclosure{together_en}: "
        "{categories_en}",
        "标准目录不必涵盖全部类别；请确认这些信息已在政府信息公开目录或其他栏目中主动公开。",
        "a standard catalogue need not hold them all; make sure they are disclosed through the general "
        "disclosure catalogue or elsewhere.",
        "《政府信息公开条例》第十九条、第二十条",
    ),
    CodeSpec(
        "R24",
        "county-categories",
        W,
        "县级目录中未见以下应重点公开的内容{together_zh}：{categories_zh}",
        "this county catalogue covers none of these contents counties must also disclose{together_en}: {categories_en}",
        "请根据本地实际补充相关事项，或在 not_applicable_areas 中说明。",
        "add matters for them as local conditions require, or explain under not_applicable_areas.",
        "《政府信息公开条例》第二十一条",
    ),
    CodeSpec(
        "R25",
        "township-categories",
        W,
        "乡级目录中未见以下应重点公开的内容{together_zh}：{categories_zh}",
        "this township catalogue covers none of these contents townships must also disclose{together_en}: "
        "{categories_en}",
        "请根据本地实际补充相关事项，或在 not_applicable_areas 中说明。",
        "add matters for them as local conditions require, or explain under not_applicable_areas.",
        "《政府信息公开条例》第二十一条",
    ),
    CodeSpec(
        "R28",
        "personal-information",
        W,
        "面向全社会主动公开的事项 {matter} 的内容涉及个人信息：{identifiers}",
        "{matter} is disclosed proactively to everyone but its content mentions personal information: {identifiers}",
        "请核对是否涉及个人隐私，必要时改为向特定群体精准推送。",
        "check for personal privacy; if so, reach the persons concerned by targeted push.",
        "《政府信息公开条例》第十五条",
    ),
    CodeSpec(
        "R29",
        "specific-group-on-mass-channel",
        INFO,
        "仅面向特定群体的事项 {matter} 使用了面向公众的渠道",
        "{matter} is for a specific group only but uses channels for the general public",
        "请核对是否应改为精准推送。",
        "check whether a targeted push is meant.",
        "《政府信息公开条例》第十五条",
    ),
    CodeSpec(
        "R31",
        "village-extension",
        INFO,
        "乡级目录中没有延伸到村（社区）公开的事项{together_zh}",
        "no matter of this township catalogue reaches villages or communities{together_en}",
        "可将适合的事项在村公示栏公开或勾选村级。",
        "disclose suitable matters on village notice boards, or at village level.",
        "国办发〔2019〕54号 任务八（向农村和社区延伸）",
    ),
    CodeSpec(
        "R33",
        "reading-point",
        INFO,
        "目录中没有通过公开查阅点公开的事项{together_zh}",
        "no matter of this catalogue is disclosed at a public reading point (公开查阅点){together_en}",
        "请确认档案馆、公共图书馆和政务服务场所设有政府信息查阅场所，并在相应事项中勾选“公开查阅点”。",
        "check that archives, libraries and service halls offer reading places, and tick 公开查阅点 where used.",
        "《政府信息公开条例》第二十五条",
    ),
    CodeSpec(
        "R35",
        "service-guide",
        INFO,
        "办事类事项 {matter} 的公开内容缺少办事指南要素：{missing}",
        "service matter {matter} does not list these service-guide items: {missing}",
        "请列明办理条件、所需材料、办理流程等。",
        "list the conditions, materials and procedure.",
        "国办发〔2019〕54号 任务五至七",
    ),
    CodeSpec(
        "R38",
        "duplicate-matter",
        W,
        "事项 {matter}（{name}）与 {first} 重复",
        "{matter} ({name}) duplicates {first}",
        "同一领域内一级、二级事项不应重复；请合并或删除。",
        "merge or remove it: matters must not overlap within an area.",
        "requirements.md R38（河南省人社厅：细化事项不得与一级、二级事项交叉重复）",
    ),
    CodeSpec(
        "S012",
        "suppression-without-reason",
        W,
        "忽略注释 gcat: ignore[{codes}] 未写明理由，未生效",
        "the comment gcat: ignore[{codes}] gives no reason and suppresses nothing",
        "请在注释后写明理由，例如：# gcat: ignore[R19] 本县人大常委会决定另行规定。",
        "write the reason after it, e.g. # gcat: ignore[R19] set by the county people's congress.",
    ),
    CodeSpec(
        "S013",
        "part-not-checked-whole",
        INFO,
        "本文件是{jurisdiction}标准目录的一部分（scope: part），未检查目录整体的要求（{codes}）",
        "this file is one part of {jurisdiction}'s catalogue (scope: part), so the requirements on the "
        "catalogue as a whole ({codes}) were not checked",
        "请同时校验其全部文件：gcat validate --complete 所在文件夹/",
        "validate all its parts together: gcat validate --complete FOLDER/",
    ),
    # ---- N: normalisation
    CodeSpec(
        "N001",
        "normalised",
        INFO,
        "“{original}”已规范为“{canonical}”",
        "'{original}' read as '{canonical}'",
        "运行 gcat fmt 可把规范写法写回文件。",
        "gcat fmt writes the canonical form back.",
    ),
    CodeSpec(
        "N002",
        "other-carrier",
        INFO,
        "“{original}”不在13个标准渠道中，记为“{canonical}”",
        "'{original}' is not one of the 13 channel boxes; read as '{canonical}'",
        "",
        "",
    ),
    CodeSpec(
        "N003",
        "unknown-channel",
        W,
        "无法识别的渠道“{original}”，暂记为“{canonical}”{suggestion_zh}",
        "unrecognised channel '{original}', read as '{canonical}'{suggestion_en}",
        "如为笔误请更正；如确为其他载体，请写作“其他：载体名称”。",
        "fix the spelling, or write another carrier as 其他：<carrier>.",
        "requirements.md R18（编码字段使用规定词表）",
    ),
    CodeSpec(
        "N004", "duplicate-value", INFO, "重复的“{original}”只保留一次", "duplicate '{original}' kept once", "", ""
    ),
    CodeSpec(
        "N005",
        "scalar-as-list",
        INFO,
        "单个文本按列表读取：{canonical}",
        "a single text read as a list: {canonical}",
        "运行 gcat fmt 可改写为列表。",
        "gcat fmt rewrites it as a list.",
    ),
    CodeSpec(
        "N006",
        "area-alias",
        W,
        "领域“{original}”按“{canonical}”处理：{note_zh}",
        "area '{original}' read as '{canonical}': {note_en}",
        "请确认。",
        "please confirm.",
    ),
]

CODES: Mapping[str, CodeSpec] = MappingProxyType({spec.code: spec for spec in _SPECS})
"""Every finding code, by code."""

_PLUGIN_SPECS: dict[str, CodeSpec] = {}


def spec_for(code: str) -> CodeSpec | None:
    """The specification of ``code``: a built-in one, or one a rule plugin registered."""
    return CODES.get(code) or _PLUGIN_SPECS.get(code)


def register_plugin_specs(specs: Iterable[CodeSpec], *, owner: str) -> None:
    """Make a plugin's codes renderable; a code that is already taken is refused."""
    from grassroots_catalog.errors import CatalogError

    for spec in specs:
        taken = spec_for(spec.code)
        if taken is not None and taken is not spec:
            raise CatalogError(f"rule plugin {owner}: code {spec.code} is already taken")
        _PLUGIN_SPECS[spec.code] = spec


NORMALISATION_CODES: Mapping[str, str] = MappingProxyType(
    {
        "variant": "N001",
        "traditional": "N001",
        "context": "N001",
        "area-name": "N001",
        "split": "N001",
        "other-carrier": "N002",
        "unknown-channel": "N003",
        "duplicate": "N004",
        "scalar-as-list": "N005",
        "area-alias": "N006",
    }
)
"""Which code reports each :class:`~grassroots_catalog.domain.vocabularies.Normalisation` reason."""


INHERITED_ZH = "（此值继承自《{inherited_from}》，无需改动上级文件：请在本目录的 refine 中为该事项补充或改写）"
INHERITED_EN = (
    " (inherited from {inherited_from}; leave that file as it is and set the value for this matter "
    "under refine: in this catalogue)"
)
"""Added to a rule's message when the value it judges was set (or left empty) by a parent catalogue."""


def together(files: Iterable[str]) -> dict[str, str]:
    """The message parameters naming the part files a catalogue-wide finding was checked across."""
    names = [os.path.basename(file) for file in files]
    return {
        "together_zh": f"（{len(names)} 个文件合并检查：{'、'.join(names)}）",
        "together_en": f" (across the {len(names)} parts validated together: {', '.join(names)})",
    }


class _Blank(dict[str, Any]):
    """format_map helper: a missing parameter renders as nothing rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""


def render(finding: Finding, lang: str = "zh") -> str:
    """The message of ``finding`` in ``lang`` ("zh" or "en"), followed by what to do."""
    spec = spec_for(finding.code)
    zh = lang == "zh"
    params = _Blank({k: _text(v) for k, v in finding.ctx.items()})
    if finding.path:
        params.setdefault("where", format_path(finding.path))
    if spec is None:
        return f"{finding.code} {dict(finding.ctx)}"
    text = (spec.zh if zh else spec.en).format_map(params)
    fix = (spec.fix_zh if zh else spec.fix_en).format_map(params)
    if fix:
        text += ("。" if zh and not text.endswith(("。", "？")) else "; " if not zh else "") + fix
    if finding.ctx.get("inherited_from"):
        text += INHERITED_ZH.format_map(params) if zh else INHERITED_EN.format_map(params)
    if spec.citation:
        text += f" [{spec.citation}]"
    return text


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


class _Wording:
    """This module as the :class:`~grassroots_catalog.results.MessageSource` of every finding."""

    def render(self, finding: Finding, lang: str) -> str:
        return render(finding, lang)

    def name_of(self, code: str) -> str | None:
        spec = spec_for(code)
        return spec.name if spec is not None else None


use_messages(_Wording())
