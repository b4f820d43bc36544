"""Turning a finding's code, reason and plain values into text in Chinese or English.

The parts stay apart (:class:`Rendered`) so that an output may show the message, the fix and the
source each in its own place; :meth:`Rendered.text` joins them as the command line prints them.
"""

from __future__ import annotations

import errno
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grassroots_catalog.messages import en, zh
from grassroots_catalog.messages.codes import spec_for
from grassroots_catalog.messages.words import field_label, label, level_label
from grassroots_catalog.results import format_path

if TYPE_CHECKING:
    from grassroots_catalog.results import Finding

NOTES = {"zh": zh.FINDING_NOTES, "en": en.FINDING_NOTES}
"""The wording that is not one code's: notes added to messages, separators, explanation labels."""


def notes(lang: str) -> dict[str, str]:
    """The notes and labels of ``lang`` (English for a language not supported)."""
    return NOTES["zh" if lang == "zh" else "en"]


@dataclass(frozen=True, slots=True)
class Rendered:
    """A finding's text in one language, in parts: what is wrong, what to do, and the source."""

    message: str
    fix: str
    citation: str | None
    note: str = ""
    """Said after the fix: that the value was inherited, and where to change it instead."""
    lang: str = "zh"

    def text(self) -> str:
        """The parts joined as one line: message, fix, note, then the source in brackets."""
        table = notes(self.lang)
        text = self.message
        if self.fix:
            ends = tuple(table["sentence_ends"])
            text += ("" if ends and text.endswith(ends) else table["fix_separator"]) + self.fix
        text += self.note
        if self.citation:
            text += f" [{self.citation}]"
        return text


def parameters(finding: Finding, lang: str) -> dict[str, str]:
    """The values a template may name: the finding's ``ctx`` as text, plus ``where`` (its path),
    ``together`` (the parts it was checked across, or nothing), and the reader's names of what the
    ctx holds as keys: ``field_label`` for a matter's ``field``, ``child_level``, ``parent_level``
    and ``level_label`` for tiers of government, and Y013's ``error`` worded from its errno name."""
    table = notes(lang)
    separator = table["list_separator"]
    params = {key: _text(value, separator, table["empty"]) for key, value in finding.ctx.items()}
    field = finding.ctx.get("field")
    if isinstance(field, str):
        params["field_label"] = field_label(field, lang)
    for key in ("child", "parent"):  # M004 names two tiers of government
        if isinstance(finding.ctx.get(key), str):
            params[f"{key}_level"] = level_label(finding.ctx[key], lang)
    if isinstance(finding.ctx.get("level"), str):  # the tier a division code is checked against (S004)
        params["level_label"] = level_label(finding.ctx["level"], lang)
    why = finding.ctx.get("why")
    if isinstance(why, str):  # how a row was linked to its parent row (M013)
        params["why_label"] = label(f"link.{why}", lang) or why
    if finding.code == "Y013":
        params["error"] = os_error(finding.ctx, lang)
    if finding.path:
        params.setdefault("where", format_path(finding.path))
    parts = finding.ctx.get("parts")
    together = table["together"].format(count=len(parts), parts=separator.join(parts)) if parts else ""
    params.setdefault("together", together)
    return params


def render(finding: Finding, lang: str = "zh") -> Rendered:
    """The message of ``finding`` in ``lang`` ("zh" or "en"), with what to do and the source."""
    spec = spec_for(finding.code)
    if spec is None:
        return Rendered(f"{finding.code} {dict(finding.ctx)}", "", None, lang=lang)
    params = _Blank(parameters(finding, lang))
    message = spec.template(lang, str(finding.ctx.get("reason", ""))).format_map(params)
    fix = spec.fix(lang).format_map(params)
    note = notes(lang)["inherited"].format_map(params) if finding.ctx.get("inherited_from") else ""
    if finding.ctx.get("as_in_national"):
        note += notes(lang)["as_in_national"]
    return Rendered(message, fix, spec.citation, note, lang)


def unfilled(finding: Finding, lang: str) -> set[str]:
    """The placeholders of ``finding``'s template and fix that its values leave empty (none, ideally)."""
    spec = spec_for(finding.code)
    if spec is None:
        return set()
    template = spec.template(lang, str(finding.ctx.get("reason", ""))) + spec.fix(lang)
    return placeholders(template) - set(parameters(finding, lang))


def placeholders(template: str) -> set[str]:
    """The field names of a ``str.format`` template."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


class _Blank(dict[str, Any]):
    """format_map helper: a missing parameter renders as nothing rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""


def os_error_context(error: OSError) -> dict[str, str | None]:
    """What :func:`os_error` words ``error`` by: its errno's name (``ENOENT``; None without a number),
    which lets the message say it in the reader's language, and the system's text as a fallback."""
    return {"error": error.strerror or str(error), "errno": errno.errorcode.get(error.errno or 0)}


def os_error(ctx: Mapping[str, Any], lang: str) -> str:
    """Why a file could not be opened (Y013), in ``lang``: by the errno name (``ENOENT``) the finding
    carries as ``errno``, or that its ``error`` text is this system's wording for; else the text as given."""
    table = notes(lang)
    name = ctx.get("errno")
    if not isinstance(name, str):
        text = str(ctx.get("error", ""))
        name = next((n for n in _os_error_names() if os.strerror(getattr(errno, n)) == text), "")
    return table.get(f"os_error.{name}") or str(ctx.get("error", ""))


def _os_error_names() -> list[str]:
    """The errno names the tables word, that this system knows."""
    return [
        key.removeprefix("os_error.")
        for key in NOTES["en"]
        if key.startswith("os_error.") and hasattr(errno, key.removeprefix("os_error."))
    ]


def _text(value: Any, separator: str, empty: str) -> str:
    """A ctx value as text: a list joined, and None (a value left empty) as the word for "empty"."""
    if value is None:
        return empty
    if isinstance(value, list | tuple):
        return separator.join(str(v) for v in value)
    return str(value)
