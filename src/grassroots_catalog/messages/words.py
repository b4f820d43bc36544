"""Looking up the words outputs are built from: the REPORT and LABELS sections of each language's table.

Every layer above this one that shows a reader a sentence, a heading or the name of a field or a tier
of government asks here, so that each word has one home (``messages/<lang>.py``) and a Chinese output
never falls back to English words written in code.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from grassroots_catalog.messages import en, zh

REPORT_TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType({"zh": zh.REPORT, "en": en.REPORT})
LABEL_TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType({"zh": zh.LABELS, "en": en.LABELS})


def _lang(lang: str) -> str:
    """Chinese for "zh", English for any other language (the tables exist in these two)."""
    return "zh" if lang == "zh" else "en"


def report_text(key: str, lang: str, /, **values: object) -> str:
    """The REPORT text ``key`` in ``lang``, its ``{fields}`` filled with ``values``."""
    return REPORT_TABLES[_lang(lang)][key].format_map(values)


def label(key: str, lang: str) -> str | None:
    """The LABELS entry ``key`` (``field.channels``, ``level.county``) in ``lang``; None if there is none."""
    return LABEL_TABLES[_lang(lang)].get(key)


def field_label(name: str, lang: str) -> str:
    """A matter field's name for a reader (公开渠道和载体 for ``channels``); the key itself if unknown."""
    return label(f"field.{name}", lang) or name


def level_label(level: str, lang: str) -> str:
    """A catalogue tier's name for a reader (县级 for ``county``); as written if the tool does not know it."""
    return label(f"level.{level}", lang) or level
