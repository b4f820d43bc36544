"""Controlled vocabularies of a catalogue row, with their Chinese and English labels and variants.

Canonical values are the Chinese strings printed in the national guideline template, because that is
what county offices type and read (requirements.md §4). Enum member names are the English
identifiers used in code. Every variant seen in published tables maps to its canonical value through
a ``normalise_*`` function, which returns the canonical values together with a :class:`Normalisation`
note for each change, so that nothing a user wrote disappears without being reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from grassroots_catalog.domain.traditional import TRADITIONAL_TO_SIMPLIFIED
from grassroots_catalog.messages.words import level_label


class Labelled(StrEnum):
    """A vocabulary value whose value is its canonical Chinese text, with an English label."""

    @property
    def zh(self) -> str:
        return self._value_

    @property
    def en(self) -> str:
        return _ENGLISH[self]

    def label(self, lang: str) -> str:
        """The label in ``lang`` ("zh" or "en")."""
        return self.zh if lang == "zh" else self.en


class Channel(Labelled):
    """The 13 boxes of 公开渠道和载体 in their printed order (requirements.md §4.4)."""

    WEBSITE = "政府网站"
    GAZETTE = "政府公报"
    NEW_MEDIA = "两微一端"
    PRESS_OR_HEARING = "发布会/听证会"
    BROADCAST = "广播电视"
    PRINT = "纸质媒体"
    READING_POINT = "公开查阅点"
    SERVICE_CENTRE = "政务服务中心"
    SERVICE_STATION = "便民服务站"
    DOOR_TO_DOOR = "入户/现场"
    NOTICE_BOARD = "社区/企事业单位/村公示栏（电子屏）"
    TARGETED_PUSH = "精准推送"
    OTHER = "其他"


class Audience(Labelled):
    """公开对象 (requirements.md §4.2)."""

    PUBLIC = "全社会"
    SPECIFIC_GROUP = "特定群体"


class Mode(Labelled):
    """公开方式 (requirements.md §4.3)."""

    PROACTIVE = "主动"
    ON_REQUEST = "依申请"


class DisclosureLevel(Labelled):
    """公开层级: the tier of government that discloses the matter (requirements.md §4.3)."""

    PREFECTURE = "市级"
    COUNTY = "县级"
    TOWNSHIP = "乡级"
    VILLAGE = "村级"


class CatalogueLevel(StrEnum):
    """The tier of government that owns a catalogue; the order is the order of refinement."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    TOWNSHIP = "township"

    @property
    def zh(self) -> str:
        return self.label("zh")

    @property
    def en(self) -> str:
        return self.label("en")

    def label(self, lang: str) -> str:
        """The tier's name for a reader (国家级 … 乡级), from the LABELS of the language tables."""
        return level_label(self.value, lang)

    @property
    def rank(self) -> int:
        """0 for national … 4 for township: a refinement's rank is greater than its parent's."""
        return list(CatalogueLevel).index(self)


_ENGLISH: dict[Labelled, str] = {
    Channel.WEBSITE: "government website",
    Channel.GAZETTE: "government gazette",
    Channel.NEW_MEDIA: "Weibo, WeChat and mobile app",
    Channel.PRESS_OR_HEARING: "press conference / hearing",
    Channel.BROADCAST: "radio and television",
    Channel.PRINT: "print media",
    Channel.READING_POINT: "public reading point",
    Channel.SERVICE_CENTRE: "government service centre",
    Channel.SERVICE_STATION: "convenience service station",
    Channel.DOOR_TO_DOOR: "door-to-door / on site",
    Channel.NOTICE_BOARD: "community, enterprise or village notice board (e-screen)",
    Channel.TARGETED_PUSH: "targeted push",
    Channel.OTHER: "other",
    Audience.PUBLIC: "the whole of society",
    Audience.SPECIFIC_GROUP: "a specific group",
    Mode.PROACTIVE: "proactive",
    Mode.ON_REQUEST: "on request",
    DisclosureLevel.PREFECTURE: "prefecture level",
    DisclosureLevel.COUNTY: "county level",
    DisclosureLevel.TOWNSHIP: "township level",
    DisclosureLevel.VILLAGE: "village level",
}

# --------------------------------------------------------------------------- matching keys

# Traditional characters that occur in vocabulary terms on mirror sites. Applied only when matching
# vocabulary values, never to free text.
_SEPARATORS = re.compile(r"[、，,；;\s]+")


def match_key(text: str) -> str:
    """Fold ``text`` for vocabulary matching: NFKC width, no white space, simplified characters."""
    folded = unicodedata.normalize("NFKC", text).translate(TRADITIONAL_TO_SIMPLIFIED)
    return "".join(folded.split())


@dataclass(frozen=True, slots=True)
class Normalisation:
    """One change made to what the user wrote, reported as information (or a warning)."""

    original: str
    canonical: tuple[str, ...]
    reason: str
    """A stable reason key: ``variant``, ``traditional``, ``split``, ``duplicate``, ``other-carrier``,
    ``unknown-channel``, ``context``, ``area-name``, ``area-alias``, ``ditto`` (同上: the row above's value)."""
    warn: bool = False
    suggestion: str | None = None


_V = TypeVar("_V", bound=Labelled)


def _table(canonical: Iterable[_V], variants: Mapping[str, _V]) -> dict[str, _V]:
    table: dict[str, _V] = {match_key(value.zh): value for value in canonical}
    table.update({match_key(text): value for text, value in variants.items()})
    return table


_AUDIENCE = _table(
    Audience, {"特定群众": Audience.SPECIFIC_GROUP, "特定主体": Audience.SPECIFIC_GROUP, "社会公众": Audience.PUBLIC}
)
_MODE = _table(Mode, {"主动公开": Mode.PROACTIVE, "依申请公开": Mode.ON_REQUEST})
_LEVEL = _table(
    DisclosureLevel,
    {
        "区级": DisclosureLevel.COUNTY,
        "县(区)级": DisclosureLevel.COUNTY,
        "县区级": DisclosureLevel.COUNTY,
        "镇级": DisclosureLevel.TOWNSHIP,
        "镇(街)级": DisclosureLevel.TOWNSHIP,
        "镇街乡": DisclosureLevel.TOWNSHIP,
        "乡镇级": DisclosureLevel.TOWNSHIP,
        "街道级": DisclosureLevel.TOWNSHIP,
        "乡(镇)级": DisclosureLevel.TOWNSHIP,
        "社区级": DisclosureLevel.VILLAGE,
        "村(居)级": DisclosureLevel.VILLAGE,
    },
)
# Cells that tick two levels at once in merged columns.
_LEVEL_PAIRS = {
    match_key("乡、村级"): (DisclosureLevel.TOWNSHIP, DisclosureLevel.VILLAGE),
    match_key("乡村级"): (DisclosureLevel.TOWNSHIP, DisclosureLevel.VILLAGE),
    match_key("镇、村级"): (DisclosureLevel.TOWNSHIP, DisclosureLevel.VILLAGE),
}
_NAMED_COUNTY_LEVEL = re.compile(r"^.{1,8}[市区县]级$")

_CHANNEL = _table(
    Channel,
    {
        "县政府门户网站": Channel.WEBSITE,
        "政府门户网站": Channel.WEBSITE,
        "门户网站": Channel.WEBSITE,
        "政务新媒体": Channel.NEW_MEDIA,
        "发布会听证会": Channel.PRESS_OR_HEARING,
        "发布会": Channel.PRESS_OR_HEARING,
        "听证会": Channel.PRESS_OR_HEARING,
        "新闻发布会": Channel.PRESS_OR_HEARING,
        "纸质载体": Channel.PRINT,
        "行政服务中心": Channel.SERVICE_CENTRE,
        "政府服务中心": Channel.SERVICE_CENTRE,
        "提供政务服务的场所": Channel.SERVICE_CENTRE,
        "便民服务中心": Channel.SERVICE_CENTRE,
        "入户现场": Channel.DOOR_TO_DOOR,
        "入户": Channel.DOOR_TO_DOOR,
        "现场": Channel.DOOR_TO_DOOR,
        "社区/企事业单位、村公示栏(电子屏)": Channel.NOTICE_BOARD,
        "单位/村委会公示栏(电子屏)": Channel.NOTICE_BOARD,
        "社区/企事业单位/村公示栏": Channel.NOTICE_BOARD,
        "村公示栏": Channel.NOTICE_BOARD,
        "公示栏": Channel.NOTICE_BOARD,
        "其它": Channel.OTHER,
    },
)
# Carriers outside the 13 boxes that real tables use; they are read as 其他 naming that carrier.
KNOWN_OTHER_CARRIERS: tuple[str, ...] = (
    "12345政务服务热线",
    "图书馆",
    "国家档案馆",
    "档案馆",
    "会议",
    "法律服务网",
    "投资项目在线审批监管平台",
    "公共资源交易平台",
    "信用中国网站",
    "招投标公共服务平台",
    "政务服务网",
    # Named in the 其他 box of the 2019 national guidelines themselves.
    "征地信息公开平台",
    "办税服务厅",
    "基层公共服务平台",
)
_OTHER_PREFIX = re.compile(r"^(?:其他|其它)[:：\s]*")
_OTHER_BRACKETED = re.compile(r"^(?:其他|其它)\s*[（(](?P<carrier>[^）)]+)[）)]$")
_TICKED = "■▄☑√✓✔"
_UNTICKED = "□☐"
_TICK_SPLIT = re.compile(f"([{_TICKED}{_UNTICKED}])")


@dataclass(frozen=True, slots=True)
class ChannelChoice:
    """A ticked channel box; the 其他 box carries the carrier it names."""

    box: Channel
    carrier: str | None = None

    def __str__(self) -> str:
        if self.box is Channel.OTHER and self.carrier:
            return f"{Channel.OTHER.zh}：{self.carrier}"
        return self.box.zh

    def label(self, lang: str) -> str:
        if lang == "zh":
            return str(self)
        if self.box is Channel.OTHER and self.carrier:
            return f"other: {self.carrier}"
        return self.box.en


@lru_cache(maxsize=1024)
def closest(key: str, candidates: tuple[str, ...]) -> str | None:
    """The closest candidate to an unknown value ("did you mean …?"), or None; cached, as the same
    typo tends to repeat. Used for channels, field names and area slugs alike."""
    import difflib  # only needed on the rare unknown-value path

    found = difflib.get_close_matches(key[:200], candidates, n=1, cutoff=0.6)
    return found[0] if found else None


_CANONICAL_CHOICES = {box.zh: ChannelChoice(box) for box in Channel if box is not Channel.OTHER}
CHANNEL_ORDER = {box.zh: index for index, box in enumerate(Channel)}
"""Position of each canonical box in the printed order; 其他 entries sort last."""
OTHER_PREFIX = Channel.OTHER.zh + "："


def is_canonical_channel_list(values: list[str]) -> bool:
    """True when ``values`` is already canonical: known boxes in printed order, then named 其他 carriers."""
    last = -1
    for value in values:
        position = CHANNEL_ORDER.get(value)
        if position is None:
            if not value.startswith(OTHER_PREFIX) or len(value) == len(OTHER_PREFIX) or value != value.strip():
                return False
            position = len(CHANNEL_ORDER) - 1
            if parse_channel(value)[1] is not None:
                return False
        elif position < last or position == last:
            return False
        last = position
    return len(set(values)) == len(values)


_CHANNEL_KEYS = tuple(match_key(c.zh) for c in Channel)


def parse_channel(text: str) -> tuple[ChannelChoice, Normalisation | None]:
    """Read one channel entry; unknown carriers become 其他 naming them, with a warning."""
    known = _CANONICAL_CHOICES.get(text)
    if known is not None:
        return known, None
    stripped = text.strip()
    key = match_key(stripped)
    box = _CHANNEL.get(key)
    if box is not None:
        choice = ChannelChoice(box)
        if stripped == box.zh:
            return choice, None
        reason = "traditional" if stripped.translate(TRADITIONAL_TO_SIMPLIFIED) == box.zh else "variant"
        return choice, Normalisation(text, (str(choice),), reason)
    named = _named_box(key)
    if named is not None:
        choice = ChannelChoice(named)
        return choice, Normalisation(text, (str(choice),), "variant")
    bracketed = _OTHER_BRACKETED.match(stripped)
    if bracketed:
        choice = ChannelChoice(Channel.OTHER, bracketed.group("carrier").strip())
        return choice, Normalisation(text, (str(choice),), "variant")
    other = _OTHER_PREFIX.match(stripped)
    if other and other.end() < len(stripped):
        carrier = stripped[other.end() :].strip()
        choice = ChannelChoice(Channel.OTHER, carrier)
        canonical = str(choice)
        return choice, (None if canonical == stripped else Normalisation(text, (canonical,), "variant"))
    choice = ChannelChoice(Channel.OTHER, stripped)
    if any(match_key(carrier) in key for carrier in KNOWN_OTHER_CARRIERS) or _OTHER_WEBSITE.match(key):
        return choice, Normalisation(text, (str(choice),), "other-carrier")
    suggestion = closest(key, _CHANNEL_KEYS)
    suggested = next((c.zh for c in Channel if suggestion and match_key(c.zh) == suggestion), None)
    return choice, Normalisation(text, (str(choice),), "unknown-channel", warn=True, suggestion=suggested)


# Real tables name a box after the place or the platform: the government's own website (县人民政府网站,
# 区政府网站, 市政府门户网站, 经济开发区(某某区)政府网站) and its new-media accounts (微信公众号, 政务微博,
# 政务微信, 客户端), which the national tables tick as 政府网站 and 两微一端. A department's own site
# (县人社局网站) is not the government's portal, so only names of the government's site count.
_GOVERNMENT_WEBSITE = re.compile(r"^.{0,30}?(?:人民政府|政府)(?:门户|信息公开)?(?:网站|网)$|^.{0,30}?政府门户$")
_NEW_MEDIA = re.compile(
    r"^.{0,20}?(?:微信公众号|微信公众平台|公众号|政务微博|官方微博|微博|政务微信|微信|政务客户端|移动客户端|客户端|政务APP|APP|政务新媒体|新媒体)$",
    re.IGNORECASE,
)


_OTHER_WEBSITE = re.compile(r"^.{1,30}?(?:网站|门户网|服务网|信息网)$")
"""A department's or a service's own site (县人社局网站, 法律服务网): a carrier of 其他, not a typo."""


def _named_box(key: str) -> Channel | None:
    """The box a place- or platform-named channel stands for (``key`` as :func:`match_key` folds it)."""
    if _GOVERNMENT_WEBSITE.match(key):
        return Channel.WEBSITE
    if _NEW_MEDIA.match(key):
        return Channel.NEW_MEDIA
    return None


def split_ticked_cell(text: str) -> list[str] | None:
    """Read a tick-box cell such as ``■政府网站 □政府公报 ■两微一端``; None if it has no boxes."""
    if not any(mark in text for mark in _TICKED + _UNTICKED):
        return None
    parts = _TICK_SPLIT.split(text)
    ticked: list[str] = []
    for mark, label in zip(parts[1::2], parts[2::2], strict=True):
        label = label.strip(" \u3000、，,;；")
        if mark in _TICKED and label:
            ticked.append(label)
    return ticked


def _normalise_set(
    values: Iterable[str], table: Mapping[str, Labelled], kind: type[Labelled]
) -> tuple[list[Labelled], list[Normalisation], list[str]]:
    """Map each value through ``table``; return canonical values, notes, and unknown values."""
    found: list[Labelled] = []
    notes: list[Normalisation] = []
    unknown: list[str] = []
    for raw in values:
        key = match_key(raw)
        hit: tuple[Labelled, ...] | None = None
        if key in table:
            hit = (table[key],)
        elif kind is DisclosureLevel and key in _LEVEL_PAIRS:
            hit = _LEVEL_PAIRS[key]
        elif kind is DisclosureLevel and _NAMED_COUNTY_LEVEL.match(key):
            hit = (DisclosureLevel.COUNTY,)
        if hit is None:
            unknown.append(raw)
            continue
        canonical = tuple(v.zh for v in hit)
        if canonical != (raw,):
            if len(hit) > 1:
                reason = "split"
            elif raw.translate(TRADITIONAL_TO_SIMPLIFIED) == hit[0].zh:
                reason = "traditional"
            else:
                reason = "variant"
            notes.append(Normalisation(raw, canonical, reason))
        for value in hit:
            if value in found:
                notes.append(Normalisation(raw, (value.zh,), "duplicate"))
            else:
                found.append(value)
    order = list(kind)
    found.sort(key=order.index)
    return found, notes, unknown


def split_cell(value: str) -> list[str]:
    """Split one cell holding several values (``主动、依申请``) into its parts."""
    return [part for part in _SEPARATORS.split(value) if part]


def normalise_audience(values: Iterable[str]) -> tuple[list[Labelled], list[Normalisation], list[str]]:
    """Canonical audiences, notes and unknown values, in vocabulary order."""
    return _normalise_set(values, _AUDIENCE, Audience)


def normalise_mode(values: Iterable[str]) -> tuple[list[Labelled], list[Normalisation], list[str]]:
    """Canonical modes, notes and unknown values, in vocabulary order."""
    return _normalise_set(values, _MODE, Mode)


def normalise_level(values: Iterable[str]) -> tuple[list[Labelled], list[Normalisation], list[str]]:
    """Canonical disclosure levels, notes and unknown values, in vocabulary order."""
    return _normalise_set(values, _LEVEL, DisclosureLevel)


def vocabulary_choices(kind: type[Labelled]) -> list[str]:
    """The canonical values of ``kind``, for messages and the JSON Schema."""
    return [value.zh for value in kind]


def vocabulary_variants(kind: type[Labelled]) -> list[str]:
    """Variant spellings accepted for ``kind`` besides its canonical values."""
    source = {
        Audience: ["特定群众", "特定主体", "社会公众"],
        Mode: ["主动公开", "依申请公开"],
        DisclosureLevel: [
            "区级",
            "县(区)级",
            "县区级",
            "镇级",
            "镇(街)级",
            "镇街乡",
            "乡镇级",
            "街道级",
            "乡(镇)级",
            "社区级",
            "村(居)级",
            "乡、村级",
            "乡村级",
            "镇、村级",
        ],
    }
    return list(source.get(kind, []))


_CATALOGUE_LEVELS = {match_key(level.value): level for level in CatalogueLevel} | {
    match_key(text): level
    for text, level in {
        "国家": CatalogueLevel.NATIONAL,
        "国家级": CatalogueLevel.NATIONAL,
        "全国": CatalogueLevel.NATIONAL,
        "省": CatalogueLevel.PROVINCIAL,
        "省级": CatalogueLevel.PROVINCIAL,
        "province": CatalogueLevel.PROVINCIAL,
        "市": CatalogueLevel.MUNICIPAL,
        "地市级": CatalogueLevel.MUNICIPAL,
        "prefecture": CatalogueLevel.MUNICIPAL,
        "city": CatalogueLevel.MUNICIPAL,
        "县": CatalogueLevel.COUNTY,
        "县级": CatalogueLevel.COUNTY,
        "区": CatalogueLevel.COUNTY,
        "区级": CatalogueLevel.COUNTY,
        "乡": CatalogueLevel.TOWNSHIP,
        "镇": CatalogueLevel.TOWNSHIP,
        "乡级": CatalogueLevel.TOWNSHIP,
        "乡镇": CatalogueLevel.TOWNSHIP,
        "街道": CatalogueLevel.TOWNSHIP,
        "street": CatalogueLevel.TOWNSHIP,
    }.items()
}


def normalise_catalogue_level(text: str) -> CatalogueLevel | None:
    """The catalogue level named by ``text`` (English slug or Chinese name), or None."""
    return _CATALOGUE_LEVELS.get(match_key(text).lower())
