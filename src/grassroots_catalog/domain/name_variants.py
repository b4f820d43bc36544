"""How local tables write the names of national rows: the word lists that linking folds away.

Every table here comes from published county and township catalogues compared with the national
guidelines (the sources listed in ``catalogs/national/*.yaml``): only about four rows in ten carry
exactly the national 一级/二级 names, and the differences fall into a few kinds, one table each. The
lists are kept short and general on purpose: a word belongs here only if it is seen across areas and
its removal cannot turn one national row into another (the linking tests check that the national
rows of each area stay apart once folded).

Traditional characters come from mirror sites. :func:`to_simplified` uses OpenCC when it is
installed (the ``opencc`` extra: a maintained converter with phrase tables) and otherwise the small
character table below, which covers the characters of catalogue names; either way the national
names, which are simplified already, are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

NAME_PREFIXES: tuple[str, ...] = (
    "本镇",
    "本乡",
    "本街道",
    "本县",
    "本区",
    "本市",
    "全镇",
    "全乡",
    "全县",
    "全区",
    "全市",
    "我镇",
    "我乡",
    "我县",
    "我区",
    "关于",
)
"""Words a local table puts in front of a national name: the place it speaks for (本镇政策文件,
全县低保审批信息) or the heading habit of notices (关于…). 本级 is deliberately absent: the national
tables use it as part of a name (本级政策解读 beside 上级政策解读)."""

NAME_SUFFIXES: tuple[str, ...] = (
    "信息公开",
    "情况公开",
    "信息",
    "情况",
    "公开",
    "事项",
    "工作",
    "类",
)
"""Words a local table puts after a national name (审批信息公开, 资金使用情况, 控辍保学工作), and the
category endings of the national tables themselves (行政许可类事项). They are removed repeatedly,
longest first, as long as two characters remain."""

LEVEL1_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"政策文件", "政策法规", "政策法规文件", "法规政策", "法规文件", "法律法规政策", "政策依据"}),
    frozenset({"资金管理", "资金信息", "资金使用", "资金使用管理", "资金分配"}),
    frozenset({"行政许可", "行政审批"}),
    frozenset({"行政处罚", "行政执法"}),
)
"""一级 headings that name the same group of rows in different words. Seen across areas: the
national tables themselves say 政策文件 in one area, 法规政策 or 政策法规 in another, and local
tables swap them freely, keeping the 二级 name; likewise 资金管理 / 资金信息 and 行政许可 / 行政审批.
A reworded 一级 makes a fuzzy link (reported), never a silent one."""

_TRADITIONAL_PAIRS = (
    "資资訊讯補补貼贴養养醫医療疗衛卫戶户規规劃划徵征償偿執执稅税財财預预決决農农險险業业務务區区縣县鄉乡鎮镇單单場场頁页號号門门網网報报兩两發发佈布會会聽听證证廣广電电視视紙纸質质"
    "體体開开閱阅點点欄栏準准動动請请級级眾众屆届連连結结統统計计關关於于為为與与辦办處处罰罚許许檢检驗验災灾緊紧護护參参繳缴費费檔档書书記记錄录變变審审複复認认識识產产權权購购銷销"
    "價价額额標标設设備备環环態态廢废汙污藥药機机構构營营運运組组織织團团圖图館馆藝艺術术遺遗傳传詢询導导師师學学敎教雜杂貧贫幫帮撲扑滅灭殺杀強强製制測测試试據据責责納纳優优遷迁籤签"
    "殘残貸贷還还風风評评穩稳調调賠赔議议讓让屬属築筑舊旧園园燈灯綠绿線线橋桥氣气熱热給给廠厂礦矿車车輛辆駛驶佔占壞坏損损傷伤樹树齊齐轉转換换實实際际現现樣样總总歲岁齡龄親亲獨独紅红"
    "貨货勞劳創创擴扩脫脱穫获濟济幣币樂乐華华陽阳懷怀慶庆賽赛歷历闆板週周葉叶麗丽盡尽觀观軍军員员"
)
_TRADITIONAL = str.maketrans(_TRADITIONAL_PAIRS[0::2], _TRADITIONAL_PAIRS[1::2])
"""Traditional → simplified for the characters of catalogue names (areas, headings, subsidies,
registrations, approvals), one pair after another; used when OpenCC is not installed."""


def _table_to_simplified(text: str) -> str:
    return text.translate(_TRADITIONAL)


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    """OpenCC's traditional → simplified conversion when installed, else the character table."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - the table path is tested by disabling OpenCC
        return _table_to_simplified
    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC when installed, else the table of catalogue characters)."""
    if text.isascii():
        return text
    return _converter()(text)
