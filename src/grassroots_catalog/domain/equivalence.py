"""When two differently written cells say the same thing: instruments, bases and content elements.

A county table copies its national rows, but rarely character for character. Its 公开依据 calls
《中华人民共和国城乡规划法》 《城乡规划法》, appends a 令号 or 文号 (（国令第711号）, 国办发〔2019〕54号) or a
revision note (（2019年修订）), puts a label in front (政策依据：…), ends with 等 or 及相关规定, drops the 《》,
or writes several instruments in one cell. Its 公开内容 numbers or labels the elements (1.受理部门,
（一）办理条件, 政策文件：…), joins two into one cell (办理流程、办理时限) or writes one slightly differently
(办理时限 / 办结时限), and partial national data cuts some off with ……. Compared as plain strings, each
of these looks like a weakening.

This module says what is the *same*, and nothing else: an instrument is canonicalised to a key (what
decides sameness) and attributes (number, year, article) that make a difference only when both sides
give different ones; a basis is compared as a set of canonical instruments and a content list as a set
of canonical elements, elements written with interchangeable words (a table, not an edit distance)
or cut off with …… matched. It is pure: plain strings in, plain values out. The lattice
(:mod:`grassroots_catalog.merge.lattice`) is to compare bases and contents with :func:`compare_basis`
and :func:`compare_content`.

Being conservative matters more than being clever: two different requirements (申请条件, 申请材料) or two
different instruments (《社会救助暂行办法》, 《社会救助法》) must never be taken for one, because then a real
weakening would pass unseen. Where in doubt, two cells are different, and the merge asks for a reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from grassroots_catalog.domain.vocabularies import match_key

# --------------------------------------------------------------------------- word lists

BASIS_LABELS: tuple[str, ...] = (
    "政策法规依据",
    "法律法规依据",
    "政策依据",
    "法律依据",
    "法规依据",
    "公开依据",
    "相关依据",
    "文件依据",
    "依据",
    "政策文件",
    "法律法规",
    "相关文件",
)
"""Labels written in front of a 公开依据 cell, followed by a colon (政策依据：《…》).

Seen in published county and township tables, where the cell repeats its column's heading or says
what kind of text follows; the 2019 template has none. Only a label followed by ``：`` or ``:`` is
removed, so that a title beginning with the same characters is left alone.
"""

TRAILING_QUALIFIERS: tuple[str, ...] = (
    "等相关法律法规文件",
    "等相关法律法规",
    "及相关法律法规",
    "等有关法律法规",
    "等法律法规",
    "及相关规定",
    "等相关规定",
    "等有关规定",
    "及有关规定",
    "及其实施细则",
    "及实施细则",
    "及配套文件",
    "等文件",
    "等等",
    "等",
)
"""Endings after the last instrument of a basis cell that name no instrument of their own.

Seen in the national tables themselves (《…的通知》等, 《关于全面推进政务公开工作的意见》及其实施细则) and in
county copies (…及相关规定, …等相关法律法规). They say "and others" without saying which, so they can be
neither checked nor weakened: they are dropped before comparing. Longest first, since they are tried in
order.
"""

TITLE_PREFIXES: tuple[str, ...] = ("中华人民共和国",)
"""Prefixes of a national law's full title that its short title leaves out.

The 2019 national tables cite the same law both ways (《中华人民共和国政府信息公开条例》 and
《政府信息公开条例》 appear side by side); the official short title drops the state's name and nothing else.
Issuers (国务院, 财政部) are *not* prefixes: 《国务院关于…的通知》 and 《关于…的通知》 may be different texts.
"""

TITLE_ENDINGS: tuple[str, ...] = (
    "法",
    "条例",
    "规定",
    "办法",
    "细则",
    "规则",
    "规程",
    "规范",
    "标准",
    "意见",
    "通知",
    "决定",
    "公告",
    "方案",
    "规划",
    "纲要",
    "制度",
    "文件",
)
"""The words that end the titles of laws, regulations and policy documents (…法, …条例, …的通知).

From the kinds of instrument in the 2019 national tables. Used only where a title is written without
《》 and a 文号 follows with nothing between (信息公开规定国办发〔2019〕54号), to tell where the title
stops and the issuer's abbreviation begins.
"""

CONTENT_LABELS: tuple[str, ...] = (
    "公开内容",
    "主要内容",
    "具体内容",
    "事项内容",
    "信息内容",
    "内容",
    "公开要素",
    "要素",
    "包括",
    "政策文件",
    "政策法规",
    "法规文件",
)
"""Labels written in front of a content element, followed by a colon (政策文件：与就业有关的法规文件).

Seen in county copies that repeat the row's 二级 name or the column heading inside the cell. Element
names that carry their own explanation after a colon (监督渠道：包括举报电话、地址等) are not labels and
stay as written.
"""

WORDS_ENDING_IN_DENG: tuple[str, ...] = (
    "平等",
    "均等",
    "同等",
    "对等",
    "相等",
    "高等",
    "中等",
    "初等",
    "优等",
    "上等",
    "次等",
    "头等",
    "特等",
    "一等",
    "二等",
    "三等",
)
"""Words whose final 等 is part of the word, not a trailing "and so on" (基本公共服务均等, 高等).

From the common words of modern Chinese ending in 等; a content element ending in one keeps it.
"""

ELEMENT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("时限", "期限"),
    ("材料", "资料"),
    ("地点", "地址"),
    ("流程", "程序"),
    ("格式", "样式"),
    ("部门", "单位", "机构"),
    ("办理", "办事", "办结"),
)
"""Words a content element uses interchangeably, each group's first word standing for the group.

From the national tables, which write the same element both ways in different areas (办理时限 / 办理期限
/ 办结时限, 办事时间 / 办理时间, 申请材料 / 所需资料, 办理机构及地点 / 办理部门及地点, 办理流程 / 申请程序,
清单及样式 / 清单及格式). A table of words, not an edit distance: in the national elements a
one-character difference as often makes a different element as not (不予 / 给予法律援助决定书, 部门收支 /
部门收入, 决算 / 预算, 纳税人义务 / 权利, 开工时间 / 开放时间). 时间 is deliberately not a 时限: the national
rows of elderly care and social insurance list 办理时限 (the deadline) and 办理时间 or 办事时间 (the opening
hours) side by side, as two elements.
"""

CONNECTIVES: tuple[str, ...] = ("以及", "和", "及", "与", "的")
"""Joining words an element may be written with or without (监督和投诉渠道 / 监督投诉渠道)."""

TRUNCATION_MIN_LENGTH = 4
"""The shortest start of an element, cut off with …… in a source, that is matched with its whole.

Partial national data sometimes ends a cell with …… where the source page was cut; four characters
is the shortest start that names an element rather than a family of them (一般公共预算支出……).
"""

# --------------------------------------------------------------------------- instruments

_NUMERAL = "0-9一二三四五六七八九十百千零〇两"
_ONE_ARTICLE = f"第[{_NUMERAL}]+条(?:之[{_NUMERAL}]+)?(?:第[{_NUMERAL}]+[款项目])*"
_ARTICLE = re.compile(f"{_ONE_ARTICLE}(?:[、,至和及与]{_ONE_ARTICLE})*")
_ARTICLE_AT_END = re.compile(f"(?:{_ARTICLE.pattern})$")

# Numbers, on folded text (NFKC: brackets are ASCII, 〔〕 unchanged). The issuer is the run of Chinese
# characters before the number; only looked for in a tail (after 》 or inside brackets), never in a
# bare title, where that run would swallow the title's end.
_ORDER = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{0,16}?)令第(?P<n>\d+)号")
_DOCUMENT = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{1,16})[〔\[(【](?P<y>\d{4})[〕\])】]第?(?P<n>\d+)号")
_NOTICE = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{0,16}?)(?P<y>\d{4})年第(?P<n>\d+)号")
_STANDARD = re.compile(r"(?P<code>[A-Z]{1,4}(?:/[A-Z])?)(?P<n>\d+(?:\.\d+)?)[-—–](?P<y>\d{4})")
_BARE_DOCUMENT_AT_END = re.compile(r"(?P<run>[\u4e00-\u9fff]{1,16})[〔\[(【]\d{4}[〕\])】]第?\d+号$")
_BARE_ORDER_AT_END = re.compile(r"(?:中华人民共和国)?(?:国务院|国|主席)令第\d+号$")
_ISSUER_NOISE = re.compile(r"^(?:根据|依据|按照|经|即|以|和|及|与|、)+")
_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月")
_LONE_YEAR = re.compile(r"\((?:19|20)\d{2}年?\)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_REVISION_NOTE = re.compile(
    r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[\u4e00-\u9fff]{0,12}?(?:修订|修正|修改|版|印发|发布|施行)"
)
_TITLE_REVISION_AT_END = re.compile(rf"\((?P<note>[^()]*?{_REVISION_NOTE.pattern}[^()]*)\)$")
_BARE_REVISION_AT_END = re.compile(f"(?:{_REVISION_NOTE.pattern})$")
_TAG = re.compile(r"^【[^】]{0,40}】")

_OPENERS = "《（(〈<[［【“‘「『〔"
_CLOSERS = "》）)〉>]］】”’」』〕"
_BASIS_SEPARATORS = "、，,；;\n\r"


def _fold(text: str) -> str:
    """NFKC width, simplified characters, no white space: what a stray space or a width cannot change."""
    return match_key(text)


def _letters(text: str) -> str:
    """Letters, digits and marks only, in NFKC form (removing a character may let two others compose)."""
    for _ in range(4):
        kept = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] not in "PSZC")
        if kept == text:
            break
        text = kept
    return text


def _label_pattern(labels: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(labels, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, ordered))})\s*[:：]\s*")


_BASIS_LABEL = _label_pattern(BASIS_LABELS)
_CONTENT_LABEL = _label_pattern(CONTENT_LABELS)


@dataclass(frozen=True, slots=True)
class CanonicalInstrument:
    """One cited instrument reduced to what decides sameness (``key``) and what may tell two apart.

    ``number`` and ``year`` distinguish two instruments only when both sides give one and they
    differ: a copy that leaves out （国令第711号） cites the same 条例. ``article`` never does: citing
    another article of the same instrument still cites that instrument.
    """

    key: str
    """The title without 《》, 中华人民共和国, white space, punctuation, labels, tags or trailing 等."""
    number: str | None = None
    """A 令号, 文号, 公告号 or standard number such as 国令第711号, 国办发〔2019〕54号 or GB/T32939-2016."""
    year: str | None = None
    """The year of the version cited (the last year of a revision note), e.g. ``2019``."""
    article: str | None = None
    """The article cited, e.g. 第十条 or 第十条第二款."""


def render_instrument(instrument: CanonicalInstrument) -> str:
    """The one-string form of a canonical instrument; :func:`canonical_instrument` reads it back unchanged."""
    number = f"({instrument.number})" if instrument.number else ""
    year = f"({instrument.year}年)" if instrument.year else ""
    return f"《{instrument.key}》{number}{year}{instrument.article or ''}"


def _matching_close(text: str, start: int) -> int:
    """The index of the bracket closing the one opened at ``start``, or -1."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth -= 1
            if depth == 0:
                return index
    return -1


def _opening(text: str, end: int) -> int:
    """The index of the bracket opening the one closed at ``end``, or -1."""
    depth = 0
    for index in range(end, -1, -1):
        char = text[index]
        if char in _CLOSERS:
            depth += 1
        elif char in _OPENERS:
            depth -= 1
            if depth == 0:
                return index
    return -1


def _strip_front(text: str) -> str:
    """Labels and 【tags】 in front, in any order, as often as they are written."""
    while True:
        stripped = _TAG.sub("", _BASIS_LABEL.sub("", text))
        if stripped == text:
            return text
        text = stripped


def _strip_trailing(text: str) -> str:
    while True:
        for ending in TRAILING_QUALIFIERS:
            if text.endswith(ending) and len(text) > len(ending):
                text = text[: -len(ending)]
                break
        else:
            return text


def _is_note(group: str) -> bool:
    """Whether a bracketed group at the end of a bare title is a number or a version, not part of the title.

    A period (（2016-2020年）) or an edition (（试行）, （第三版）) belongs to the title.
    """
    if any(p.search(group) for p in (_ORDER, _DOCUMENT, _NOTICE, _STANDARD, _REVISION_NOTE, _DATE)):
        return True
    return _LONE_YEAR.fullmatch(group) is not None


def _trailing_note(text: str) -> int:
    """Where an article, a bracketed note, a 文号, an order or a revision note ending a bare title
    starts; -1 when the title ends with none (or would be left empty)."""
    if match := _ARTICLE_AT_END.search(text):
        return match.start()
    if text.endswith(")") and (start := _opening(text, len(text) - 1)) > 0 and _is_note(text[start:]):
        return start
    if match := _BARE_DOCUMENT_AT_END.search(text):
        return _issuer_start(match)
    if match := _BARE_ORDER_AT_END.search(text) or _BARE_REVISION_AT_END.search(text):
        return match.start()
    return -1


def _split_bare(text: str) -> tuple[str, str]:
    """A title written without 《》: peel articles, bracketed notes and numbers off its end."""
    tail = ""
    while (start := _trailing_note(text)) > 0:
        text, tail = text[:start], text[start:] + tail
    return text, tail


def _issuer_start(match: re.Match[str]) -> int:
    """Where the issuer of a 文号 written straight after a bare title begins: after the title's last
    ending word (…规定国办发〔2019〕54号); -1 when no ending word says where the title stops."""
    run = match.group("run")
    cut = max((run.rfind(word) + len(word) for word in TITLE_ENDINGS if word in run), default=-1)
    if cut <= 0 or cut >= len(run):
        return -1
    return match.start() + cut


def _issuer(raw: str) -> str:
    issuer = _ISSUER_NOISE.sub("", raw)
    for prefix in TITLE_PREFIXES:
        issuer = issuer.removeprefix(prefix)
    return "国" if issuer == "国务院" else issuer


def _number(tail: str) -> tuple[str | None, str]:
    """The first number in ``tail``, canonically written, and ``tail`` without any number."""
    found: list[tuple[int, str]] = []
    rest = tail
    for pattern, form in (
        (_STANDARD, "{code}{n}-{y}"),
        (_DOCUMENT, "{issuer}〔{y}〕{n}号"),
        (_NOTICE, "{issuer}{y}年第{n}号"),
        (_ORDER, "{issuer}令第{n}号"),
    ):
        for match in pattern.finditer(rest):
            parts = match.groupdict()
            if "issuer" in parts:
                parts["issuer"] = _issuer(parts["issuer"])
            found.append((tail.find(match.group()), form.format(**parts)))
        rest = pattern.sub(" ", rest)
    if not found:
        return None, rest
    return min(found)[1], rest


def _key(title: str) -> str:
    """The title reduced to letters and digits, the state's name in front removed."""
    key = _letters(title)
    changed = True
    while changed:
        changed = False
        for prefix in TITLE_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key, changed = key[len(prefix) :], True
    return key


@lru_cache(maxsize=8192)
def canonical_instrument(text: str) -> CanonicalInstrument:
    """The canonical form of one cited instrument (one item of a basis, see :func:`split_instruments`).

    ``canonical_instrument(render_instrument(c)) == c`` for every result ``c``.
    """
    folded = _strip_trailing(_strip_front(_fold(text)))
    if folded.startswith("《"):
        end = _matching_close(folded, 0)
        title, tail = (folded[1:end], folded[end + 1 :]) if end > 0 else (folded[1:], "")
        tail = _strip_trailing(tail)
    else:
        title, tail = _split_bare(folded)
    year: str | None = None
    if match := _TITLE_REVISION_AT_END.search(title):
        title, year = title[: match.start()], _YEAR.findall(match.group("note"))[-1]
    number, rest = _number(tail)
    article_match = _ARTICLE.search(rest)
    article = article_match.group() if article_match else None
    if article_match:
        rest = rest[: article_match.start()] + " " + rest[article_match.end() :]
    years = _YEAR.findall(rest)
    return CanonicalInstrument(key=_key(title), number=number, year=years[-1] if years else year, article=article)


def _compatible(a: str | None, b: str | None) -> bool:
    """Attributes differ only when both are given; numbers are compared by their digits (国令 / 国务院令)."""
    if a is None or b is None:
        return True
    return re.findall(r"\d+", a) == re.findall(r"\d+", b)


def same_instrument(a: str, b: str) -> bool:
    """Whether two citations name the same instrument: same key, and no number or year that contradicts."""
    first, second = canonical_instrument(a), canonical_instrument(b)
    return first.key == second.key and _compatible(first.number, second.number) and _compatible(first.year, second.year)


_NUMBERING_ONLY = re.compile(r"\s*[0-9０-９一二三四五六七八九十]{1,3}\s*")


def _split_top_level(text: str, separators: str, *, cut_before: Callable[[str, int, str], bool]) -> list[str]:
    """Cut ``text`` at ``separators`` outside brackets, and before a position where ``cut_before`` says so.

    The 、 of a numbering mark (1、 一、) does not cut: it belongs to the element it numbers.
    """
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for index, char in enumerate(text):
        if depth == 0 and char in separators and not _NUMBERING_ONLY.fullmatch("".join(current)):
            pieces.append("".join(current))
            current = []
            continue
        if depth == 0 and current and cut_before(text, index, "".join(current)):
            pieces.append("".join(current))
            current = []
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        current.append(char)
    pieces.append("".join(current))
    return [p.strip() for p in pieces if p.strip()]


_CLOSED = "》）)〕]"  # what ends a title or its note (not 】, which ends a tag before its title)


def _new_instrument(text: str, index: int, current: str) -> bool:
    """A 《 or 【 right after a closed title or note (《甲》《乙》, 《甲》（…）《乙》) starts the next instrument;
    so does one after 及, 和 or 与 that follows such a close (《甲》及《乙》)."""
    if text[index] not in "《【":
        return False
    before = current.rstrip()
    if before[-1:] in _CLOSED:
        return True
    return before[-1:] in "及和与" and before[:-1].rstrip()[-1:] in _CLOSED


def split_instruments(text: str) -> tuple[str, ...]:
    """The instruments of one basis cell: separated by 、，；, written back to back (《甲》《乙》) or joined
    by 及/和/与 between titles. A label in front of the cell (政策依据：) is removed; 、 inside a title
    (《中共中央、国务院…》) or a note does not separate."""
    text = _BASIS_LABEL.sub("", text.strip())
    pieces = _split_top_level(text, _BASIS_SEPARATORS, cut_before=_new_instrument)
    cleaned = []
    for piece in pieces:
        if piece[-1:] in "及和与" and piece[:-1].rstrip()[-1:] in _CLOSED:
            piece = piece[:-1].rstrip()
        cleaned.append(piece)
    return tuple(cleaned)


# --------------------------------------------------------------------------- sets


class SetComparison(StrEnum):
    """How a child's set of values relates to its parent's."""

    EQUAL = "equal"
    STRICTER = "stricter"
    """The child has everything the parent has, and more."""
    WEAKER = "weaker"
    """The parent has everything the child has, and more."""
    INCOMPARABLE = "incomparable"
    """Each has something the other lacks."""


def _distinct(items: Sequence[str], same: Callable[[str, str], bool]) -> list[str]:
    """One representative per group of items that are the same; depends only on the set of items."""
    kept: list[str] = []
    for item in sorted(set(items)):
        if not any(same(item, other) for other in kept):
            kept.append(item)
    return kept


def _matching_size(left: list[str], right: list[str], same: Callable[[str, str], bool]) -> int:
    """The size of a largest one-to-one pairing of ``left`` with ``right`` items that are the same.

    A pairing, not a mere "each has a partner", because a sameness with loose matches (an element cut
    off with …… is the same as each element it starts) is not transitive: one child element must not
    stand in for two parent elements.
    """
    edges = [[j for j, other in enumerate(right) if same(item, other)] for item in left]
    partner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in partner or augment(partner[j], seen):
                partner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(left)))


def compare_sets(parent: Sequence[str], child: Sequence[str], *, same: Callable[[str, str], bool]) -> SetComparison:
    """Compare two sets of values under ``same`` (reflexive and symmetric, not necessarily transitive).

    Values the same as one another on one side count once. The result does not depend on the order
    of either side, and ``compare_sets(b, a)`` is the mirror of ``compare_sets(a, b)``.
    """
    old, new = _distinct(parent, same), _distinct(child, same)
    paired = _matching_size(old, new, same)
    if paired == len(old) == len(new):
        return SetComparison.EQUAL
    if paired == len(old):
        return SetComparison.STRICTER
    if paired == len(new):
        return SetComparison.WEAKER
    return SetComparison.INCOMPARABLE


def _instruments(basis: Sequence[str]) -> list[str]:
    return [part for item in basis for part in split_instruments(item) if canonical_instrument(part).key]


def compare_basis(parent: Sequence[str], child: Sequence[str]) -> SetComparison:
    """Compare two 公开依据 as sets of instruments: dropping one is weaker, adding one stricter.

    Items are citations as written (``Instrument.as_text()``); a cell holding several is split.
    """
    return _compare_basis(tuple(parent), tuple(child))


@lru_cache(maxsize=8192)
def _compare_basis(parent: tuple[str, ...], child: tuple[str, ...]) -> SetComparison:
    """Cached: a catalogue cites the same few instruments on hundreds of rows, in the same words."""
    return compare_sets(_instruments(parent), _instruments(child), same=same_instrument)


# --------------------------------------------------------------------------- content elements

_CIRCLED = re.compile("[\u2460-\u2473]")  # ①…⑳, which NFKC would turn into bare digits
_CN_NUMERAL = "一二三四五六七八九十"
_ELEMENT_PREFIX = re.compile(
    rf"""^(?:
        \d{{1,3}}(?:[.、:)](?!\d)|\s)       # 1.  1、  1)  1␣
      | \(\d{{1,3}}\)                      # (1)
      | [{_CN_NUMERAL}]{{1,3}}[、.:)]      # 一、
      | \([{_CN_NUMERAL}]{{1,3}}\)         # (一)
      | [·•●○◎▪◆◇►▶*~\-–—]+               # bullets and dashes
    )\s*""",
    re.VERBOSE,
)
_ELEMENT_SEPARATORS = "、，,；;。\n\r·•●"
_MARKER = re.compile(rf"[\u2460-\u2473]|[(（][{_CN_NUMERAL}]{{1,3}}[)）]|(?<=\s)\d{{1,2}}[.．、](?!\d)")
_TRAILING_DENG = re.compile("等+$")


def _circled_as_brackets(text: str) -> str:
    return _CIRCLED.sub(lambda m: f"({ord(m.group()) - 0x2460 + 1})", text)


def _fold_keeping_spaces(text: str) -> str:
    return " ".join(_fold(word) for word in text.split())


def _strip_element_front(text: str) -> str:
    """Leading punctuation, numbering, bullets and labels, as often as they are written."""
    while True:
        stripped = text.lstrip()
        while stripped and unicodedata.category(stripped[0]) in ("Po", "Pd", "Pe", "Pf") and stripped[0] not in "*-":
            stripped = stripped[1:].lstrip()
        stripped = _ELEMENT_PREFIX.sub("", stripped, count=1)
        label = _CONTENT_LABEL.match(stripped)
        if label and stripped[label.end() :].strip():
            stripped = stripped[label.end() :]
        if stripped == text:
            return text
        text = stripped


def _finish(text: str) -> str:
    """Letters and digits only; a trailing "and so on" 等 removed."""
    text = _letters(text)
    while (match := _TRAILING_DENG.search(text)) and match.start() > 0:
        if any(text[: match.start() + 1].endswith(word) for word in WORDS_ENDING_IN_DENG):
            break
        text = text[: match.start()]
    return text


@lru_cache(maxsize=8192)
def canonical_element(text: str) -> str:
    """A content element reduced to what it says: no label, numbering, bullet, punctuation or width.

    An element citing an instrument (《中华人民共和国政府信息公开条例》) becomes that instrument's key.
    Idempotent: ``canonical_element(canonical_element(t)) == canonical_element(t)``.
    """
    text = _strip_element_front(_fold_keeping_spaces(_circled_as_brackets(text)))
    if text.startswith("《"):
        text = canonical_instrument(text).key
    return _finish(text)


def split_elements(items: Sequence[str]) -> tuple[str, ...]:
    """The elements of a content list, whether written one per cell or several in one.

    A cell is cut at 、，；。 and bullets outside brackets and before a numbering mark (①, （一）,
    ``␣2.``), so that ``["办理流程、办理时限"]`` and ``["办理流程", "办理时限"]`` give the same elements.
    """
    elements: list[str] = []
    for item in items:
        marked = _MARKER.sub(lambda m: "\n" + m.group(), item)
        elements += _split_top_level(marked, _ELEMENT_SEPARATORS, cut_before=lambda *_: False)
    return tuple(elements)


def _synonym_table() -> list[tuple[str, str]]:
    pairs = [(word, group[0]) for group in ELEMENT_SYNONYMS for word in group[1:]]
    pairs += [(word, "") for word in CONNECTIVES]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


_SYNONYM = re.compile("|".join(re.escape(word) for word, _ in _synonym_table()))
_SYNONYM_OF = dict(_synonym_table())


@lru_cache(maxsize=8192)
def _comparison_key(text: str) -> str:
    """The canonical element with interchangeable words unified and joining words dropped."""
    return _SYNONYM.sub(lambda m: _SYNONYM_OF[m.group()], canonical_element(text))


def _truncated_start(text: str) -> str | None:
    """The canonical start of an element cut off with …… (or ...), if it is long enough to name one."""
    if not text.rstrip().endswith(("…", "...")):
        return None
    start = canonical_element(text)
    return start if len(start) >= TRUNCATION_MIN_LENGTH else None


def same_element(a: str, b: str) -> bool:
    """Whether two content elements say the same: equal canonical forms up to the interchangeable words
    of :data:`ELEMENT_SYNONYMS` and :data:`CONNECTIVES`, or one is the other cut off with ……."""
    if _comparison_key(a) == _comparison_key(b):
        return True
    if _any_reading_alike(a, b):
        return True
    for cut, whole in ((a, b), (b, a)):
        start = _truncated_start(cut)
        if start is not None and canonical_element(whole).startswith(start):
            return True
    return False


_COLON = re.compile(r"^(?P<head>[^:：]{2,12})[:：](?P<tail>.+)$")


def _head_and_tail(text: str) -> tuple[str, str] | None:
    found = _COLON.match(unicodedata.normalize("NFKC", text).strip())
    return (_comparison_key(found["head"]), _comparison_key(found["tail"])) if found else None


def _any_reading_alike(a: str, b: str) -> bool:
    """Elements written ``头：尾``: 办事指南：申请条件 is the element 申请条件 under a label (often the row's
    own 二级 name repeated), and 联系电话：0571-… is the element 联系电话 with its value. A plain element
    is the same as such an element when it equals its head or its tail; two such elements are the same
    when their tails are (a shared label alone never makes two elements one)."""
    split_a, split_b = _head_and_tail(a), _head_and_tail(b)
    if split_a is None and split_b is None:
        return False
    if split_a is not None and split_b is not None:
        return bool(split_a[1]) and split_a[1] == split_b[1]
    plain, split = (b, split_a) if split_a is not None else (a, split_b)
    assert split is not None
    key = _comparison_key(plain)
    return bool(key) and key in split


def compare_content(parent: Sequence[str], child: Sequence[str]) -> SetComparison:
    """Compare two 公开内容 lists as sets of elements under :func:`same_element`."""
    return _compare_content(tuple(parent), tuple(child))


@lru_cache(maxsize=8192)
def _compare_content(parent: tuple[str, ...], child: tuple[str, ...]) -> SetComparison:
    """Cached: county tables repeat the national rows' content lists, often in the same words."""

    def elements(items: Sequence[str]) -> list[str]:
        return [e for e in split_elements(items) if canonical_element(e)]

    return compare_sets(elements(parent), elements(child), same=same_element)


__all__ = [
    "BASIS_LABELS",
    "CONNECTIVES",
    "CONTENT_LABELS",
    "ELEMENT_SYNONYMS",
    "TITLE_ENDINGS",
    "TITLE_PREFIXES",
    "TRAILING_QUALIFIERS",
    "TRUNCATION_MIN_LENGTH",
    "WORDS_ENDING_IN_DENG",
    "CanonicalInstrument",
    "SetComparison",
    "canonical_element",
    "canonical_instrument",
    "compare_basis",
    "compare_content",
    "compare_sets",
    "render_instrument",
    "same_element",
    "same_instrument",
    "split_elements",
    "split_instruments",
]
