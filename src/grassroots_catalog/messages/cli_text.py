"""Looking up the command line's words (the CLI section of each language's table) by dotted key.

Kept apart from the finding messages so that ``gcat --help`` needs nothing but these two tables.
"""

from __future__ import annotations

from grassroots_catalog.messages import en, zh

LANGUAGES = ("zh", "en")
"""The languages of the tables, the default first."""

CLI_TABLES = {"zh": zh.CLI, "en": en.CLI}


def cli_template(key: str, lang: str) -> str:
    """The template of ``key`` in ``lang`` (Chinese for any language without a table), unfilled."""
    return CLI_TABLES.get(lang, zh.CLI)[key]


_LIST_SEPARATOR = {"zh": zh.FINDING_NOTES["list_separator"], "en": en.FINDING_NOTES["list_separator"]}
"""How each language joins a list: the same separator the finding messages use."""


def cli_text(key: str, lang: str, /, **params: object) -> str:
    """The text of ``key`` in ``lang``, its ``{fields}`` filled from ``params`` (a list or tuple is
    joined as the language joins them)."""
    separator = _LIST_SEPARATOR.get(lang, _LIST_SEPARATOR["zh"])
    shown = {
        name: separator.join(map(str, value)) if isinstance(value, list | tuple) else value
        for name, value in params.items()
    }
    return cli_template(key, lang).format_map(shown)
