"""Reading 公开时限 (the time limit of a disclosure matter) into a class and a number of working days.

The published phrasings fall into a small set of shapes (requirements.md §4.5). :func:`parse_time_limit`
classifies any text into one of them and never raises: a rule that judges time limits (R12, R19, R20,
R22) can then work from the class and the number, not from the wording.

The order of the tests matters and is the order of :func:`_classify`: a crisis timetable in hours is
recognised before anything else; a consultation period and a display period are recognised before a
working-day deadline, because they are often written with the same numbers ("不少于30日").
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple


class TimeLimitClass(StrEnum):
    """The parse classes of requirements.md §4.5, plus UNPARSED for text that fits none."""

    WD20 = "WD20"
    """20 working days from the information being formed or changed: the statutory default (REG 第26条)."""
    WDN = "WDn"
    """n working days counted from another event, or n other than 20."""
    ENF7 = "ENF7"
    """7 working days from an enforcement decision (licensing, penalties)."""
    IMMEDIATE = "IMMEDIATE"
    """实时, 即时, 及时, 随时: treated as within 20 working days."""
    PERIODIC = "PERIODIC"
    """A recurring date (每年1月31日前, 按季度): needs the rule that sets the period (R20)."""
    CONSULT = "CONSULT"
    """A public-consultation period, not a disclosure deadline (R22)."""
    DISPLAY = "DISPLAY"
    """A display period (公示期, 公告期限), not a disclosure deadline (R22)."""
    CRISIS = "CRISIS"
    """A timetable in hours for major public incidents."""
    DITTO = "DITTO"
    """同上: the row above's time limit; resolve it, then parse again."""
    VAGUE = "VAGUE"
    """按规定, 依法, or blank: no interpretable deadline (R12, R19)."""
    UNPARSED = "UNPARSED"
    """Text that fits none of the known shapes."""


_LABELS = {
    "WD20": (
        "信息形成或变更之日起20个工作日内（法定默认）",
        "20 working days from formation or change (statutory default)",
    ),
    "WDn": ("若干个工作日内", "a number of working days"),
    "ENF7": ("执法决定作出之日起7个工作日内", "7 working days from an enforcement decision"),
    "IMMEDIATE": ("实时或及时", "immediately"),
    "PERIODIC": ("定期（按年、季、月等）", "periodic (yearly, quarterly, …)"),
    "CONSULT": ("征求意见期限", "a consultation period"),
    "DISPLAY": ("公示或公告期限", "a display period"),
    "CRISIS": ("突发事件时间表（小时）", "a crisis timetable in hours"),
    "DITTO": ("同上", "same as the row above"),
    "VAGUE": ("未明确（按规定、依法或空白）", "not stated (按规定, 依法 or blank)"),
    "UNPARSED": ("无法识别", "not recognised"),
}


def time_limit_label(kind: TimeLimitClass, lang: str) -> str:
    """The class's description in ``lang`` ("zh" or "en")."""
    zh, en = _LABELS[kind.value]
    return zh if lang == "zh" else en


class ParsedTimeLimit(NamedTuple):
    """The class of a time limit and, where it has one, its number of working days."""

    kind: TimeLimitClass
    working_days: int | None = None


_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d+|[一二两三四五六七八九十百〇零]+)"


def chinese_number(text: str) -> int | None:
    """Read an Arabic or Chinese numeral up to 999 (``20``, ``二十``, ``十五``); None if it is not one."""
    if text.isdigit():
        return int(text) if len(text) <= 6 else None
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


_DEADLINE = re.compile(_NUMBER + r"个?工作日(?:之?内|以内)?")
_HOURS = re.compile(_NUMBER + r"个?小时")
_CALENDAR_DAYS = re.compile(_NUMBER + r"个?(?:自然)?(?:日|天)(?:之?内|以内)")
_WEEKS = re.compile(r"(?:提前)?" + _NUMBER + r"个?(?:周|星期)(?:之?内|以内)?")
_WORKING_DAYS_PER_WEEK = 5
_CONSULT = re.compile(r"征求(?:公众)?意见")
_DISPLAY = re.compile(
    r"公示期|公告期|公示时间|公示期限|公告期限|公示不少于|公告不少于|张贴.{0,4}不少于|"
    r"不少于" + _NUMBER + r"个?(?:工作日|日|天)|(?:公示|公告|张贴)" + _NUMBER + r"个?(?:工作日|日|天)"
)
_PERIODIC = re.compile(
    r"每年|每半年|每季|每月|每周|按年|按季|按月|年度|季度|月度|定期|"
    r"\d+月\d+日前|[一二三四五六七八九十]+月[一二三四五六七八九十]*日前"
)
_IMMEDIATE = re.compile(r"实时|即时|及时|随时|立即|当日|当天")
_VAGUE = re.compile(r"按规定|依法|按照有关规定|按有关规定|根据.{0,12}规定|依照.{0,12}规定|长期|常态")
_DECISION = re.compile(r"决定")
_OTHER_ANCHOR = re.compile(r"制作|获取|收到|受理|作出|批准|签订|完成|结束|办结|审批")
_FORMED = re.compile(r"形成|变更")


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def parse_time_limit(text: str | None) -> ParsedTimeLimit:
    """Classify ``text`` into a :class:`TimeLimitClass`; never raises, whatever the input."""
    if text is None:
        return ParsedTimeLimit(TimeLimitClass.VAGUE)
    if isinstance(text, str) and len(text) <= 200:
        return _parse_cached(text)
    return _parse(text)


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> ParsedTimeLimit:
    """Catalogues repeat a handful of phrasings over hundreds of rows; parse each once."""
    return _parse(text)


def _parse(text: str) -> ParsedTimeLimit:
    try:
        folded = _fold(str(text))
    except (TypeError, ValueError):  # pragma: no cover - str() of str cannot fail; defensive
        return ParsedTimeLimit(TimeLimitClass.UNPARSED)
    return _classify(folded)


def _classify(text: str) -> ParsedTimeLimit:
    if not text or text in {"无", "/", "-", "—", "——"}:
        return ParsedTimeLimit(TimeLimitClass.VAGUE)
    if text.rstrip("。.") in {"同上", "同上栏", "同前"}:
        return ParsedTimeLimit(TimeLimitClass.DITTO)
    if _HOURS.search(text):
        return ParsedTimeLimit(TimeLimitClass.CRISIS)
    if _CONSULT.search(text):
        return ParsedTimeLimit(TimeLimitClass.CONSULT)
    deadline = _first_deadline(text)
    if deadline is not None:
        return deadline
    if _DISPLAY.search(text):
        return ParsedTimeLimit(TimeLimitClass.DISPLAY)
    if _PERIODIC.search(text):
        return ParsedTimeLimit(TimeLimitClass.PERIODIC)
    if _IMMEDIATE.search(text):
        return ParsedTimeLimit(TimeLimitClass.IMMEDIATE)
    if _VAGUE.search(text):
        return ParsedTimeLimit(TimeLimitClass.VAGUE)
    return ParsedTimeLimit(TimeLimitClass.UNPARSED)


def _first_deadline(text: str) -> ParsedTimeLimit | None:
    """The first working-day deadline in ``text`` that is not part of a display period."""
    for match in _DEADLINE.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if re.search(r"公示期|公告期|期限为|不少于|公示|公告$", before) and not match.group(0).endswith("内"):
            continue
        if re.search(r"不少于$", before):
            continue
        days = chinese_number(match.group(1))
        if days is None:
            continue
        prefix = text[: match.start()]
        if days == 7 and _DECISION.search(prefix):
            return ParsedTimeLimit(TimeLimitClass.ENF7, 7)
        anchored_elsewhere = _OTHER_ANCHOR.search(prefix) and not _FORMED.search(prefix)
        if days == 20 and not anchored_elsewhere:
            return ParsedTimeLimit(TimeLimitClass.WD20, 20)
        return ParsedTimeLimit(TimeLimitClass.WDN, days)
    return _calendar_deadline(text)


def _calendar_deadline(text: str) -> ParsedTimeLimit | None:
    """A deadline in calendar days or weeks (批准后20日内, 提前一周), as the working days it holds at least.

    Budgets and other texts set limits in days (日) rather than working days; n calendar days hold at
    least n × 5 // 7 working days, so a limit is never read as longer than it is. A display period
    (公示7日, 不少于7天) is not a deadline and is left to the display check.
    """
    for pattern, per_unit in ((_CALENDAR_DAYS, None), (_WEEKS, _WORKING_DAYS_PER_WEEK)):
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 12) : match.start()]
            if re.search(r"公示|公告|期限为|不少于", before):
                continue
            if per_unit is not None and not (match.group(0).startswith("提前") or match.group(0).endswith("内")):
                continue
            count = chinese_number(match.group(1))
            if count is None:
                continue
            working_days = count * per_unit if per_unit is not None else count * 5 // 7
            return ParsedTimeLimit(TimeLimitClass.WDN, working_days)
    return None
