"""Traditional characters and their simplified forms, for the words catalogues use.

Tables copied from mirror sites or typed with a traditional input method write 網站, 補貼 or 戶籍.
One table of pairs serves the vocabularies (a channel written 政府網站 is 政府网站) and the folding of
names (:mod:`grassroots_catalog.domain.name_variants`, when OpenCC is not installed); a test holds every
pair to OpenCC's own conversion.
"""

from __future__ import annotations

__all__ = ["TRADITIONAL_PAIRS", "TRADITIONAL_TO_SIMPLIFIED"]

TRADITIONAL_PAIRS = (
    "資资訊讯補补貼贴養养醫医療疗衛卫戶户規规劃划徵征償偿執执稅税財财預预決决農农險险業业務务區区縣县鄉乡鎮镇單单場场頁页號号門门網网報报兩两發发佈布會会聽听證证廣广電电視视紙纸質质"
    "體体開开閱阅點点欄栏準准動动請请級级眾众屆届連连結结統统計计關关於于為为與与辦办處处罰罚許许檢检驗验災灾緊紧護护參参繳缴費费檔档書书記记錄录變变審审複复認认識识產产權权購购銷销"
    "價价額额標标設设備备環环態态廢废汙污藥药機机構构營营運运組组織织團团圖图館馆藝艺術术遺遗傳传詢询導导師师學学敎教雜杂貧贫幫帮撲扑滅灭殺杀強强製制測测試试據据責责納纳優优遷迁籤签"
    "殘残貸贷還还風风評评穩稳調调賠赔議议讓让屬属築筑舊旧園园燈灯綠绿線线橋桥氣气熱热給给廠厂礦矿車车輛辆駛驶佔占壞坏損损傷伤樹树齊齐轉转換换實实際际現现樣样總总歲岁齡龄親亲獨独紅红"
    "貨货勞劳創创擴扩脫脱穫获濟济幣币樂乐華华陽阳懷怀慶庆賽赛歷历闆板週周葉叶麗丽盡尽觀观軍军員员"
)
"""Traditional → simplified for the characters of catalogue names and vocabularies (areas, headings,
channels, subsidies, registrations, approvals), one pair after another."""

TRADITIONAL_TO_SIMPLIFIED = str.maketrans(TRADITIONAL_PAIRS[0::2], TRADITIONAL_PAIRS[1::2])
"""The pairs as a table for :meth:`str.translate`."""
