"""The instruments cited in 公开依据: how a citation reads, and which instruments are statutes.

A citation is written ``【tag】《title》article``: an optional 【】 tag naming the kind of instrument
(法律, 行政法规, 规章, …), the title, and the article(s) cited (第十条, 第五条第二款, 第三条至第五条).
Whether an instrument is a law or a regulation (法律、法规) matters because only those may set a
disclosure time limit longer than the 20 working days of the Regulations on Open Government
Information (requirements.md §4.5, requirement R19).
"""

from __future__ import annotations

import re
from functools import lru_cache

CitationParts = tuple[tuple[str, str | None], ...]
"""``(("title", …), ("article", …), ("tag", …))``; just ``(("title", text),)`` when the text does not parse."""

_NUMERAL = "[0-9一二三四五六七八九十百零〇]+"
_CITATION = re.compile(
    r"^(?:【(?P<tag>[^】]{1,40})】)?\s*(?P<title>.+?)\s*"
    rf"(?P<article>第{_NUMERAL}条(?:第{_NUMERAL}[款项])*(?:[、，,至和及].*)?)?$",
    re.DOTALL,
)
_CACHED_UP_TO = 500
"""Citations up to this length are cached: the same instruments recur on many rows of a table."""

STATUTE_TAGS = frozenset({"法律", "行政法规", "地方性法规", "法规", "条例", "自治条例", "单行条例"})
"""Tags that mark a law or a regulation (《立法法》's kinds of 法律 and 法规)."""
_STATUTE_ENDINGS = ("法", "条例")
_NOT_STATUTE_ENDINGS = ("办法", "实施办法")
"""A title ending 办法 (measures) is a rule or a normative document, even though it ends with 法."""


def split_citation(text: str) -> CitationParts:
    """The parts of one citation: its title, the article cited and the 【】 tag (the latter two may be None)."""
    return _split_cached(text) if len(text) <= _CACHED_UP_TO else _split(text)


@lru_cache(maxsize=4096)
def _split_cached(text: str) -> CitationParts:
    return _split(text)


def _split(text: str) -> CitationParts:
    match = _CITATION.match(text.strip())
    if match is None or not match.group("title"):
        return (("title", text),)
    return (("title", match.group("title")), ("article", match.group("article")), ("tag", match.group("tag")))


def is_statute(title: str, tag: str | None = None) -> bool:
    """Whether the instrument is a law or a regulation: by its tag when it has one, else by its title."""
    if tag:
        return tag in STATUTE_TAGS
    name = title.strip("《》 ")
    return name.endswith(_STATUTE_ENDINGS) and not name.endswith(_NOT_STATUTE_ENDINGS)
