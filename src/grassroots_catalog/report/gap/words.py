"""The wording of the gap report, looked up by key in the REPORT table of each language's message module.

The report composes its document from these templates only, so a sentence is changed (or a language
added) in ``messages/<lang>.py`` without touching the code that lays the report out.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from grassroots_catalog.messages import en, zh

LANGUAGES: Mapping[str, Mapping[str, str]] = MappingProxyType({"zh": zh.REPORT, "en": en.REPORT})
"""Each language the report is written in, with its REPORT table."""


def template(key: str, lang: str) -> str:
    """The template ``key`` in ``lang``, its ``str.format`` fields unfilled."""
    try:
        table = LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"no report wording in {lang!r}; choose from {', '.join(LANGUAGES)}") from None
    return table[key]


def word(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, its fields filled with ``values``."""
    return template(key, lang).format(**values)
