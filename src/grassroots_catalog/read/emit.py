"""Canonical YAML text from plain data, by string building: ruamel.yaml's output without ruamel.yaml.

Writing a 1,000-matter catalogue through ruamel.yaml's round-trip emitter takes seconds: an event per
node, a state machine per event, an analysis per character. The canonical form is narrow (block
mappings and sequences, one-line lists for the keys the writer names, scalars), so this module writes
it directly, reproducing the emitter's choices byte for byte with the writer's settings (mapping
indent 2, sequence indent 4 with the dash at 2, width 4096, unicode as it is):

- the same scalar analysis (``Emitter.analyze_scalar``) and style choice (``choose_scalar_style``):
  plain where the text would read back as the same text, single quotes where allowed, double quotes
  with ruamel's escapes for line breaks, apostrophes and characters YAML cannot show as they are;
- the same resolution test (ruamel's YAML 1.2 implicit resolvers): ``'123'``, ``'2024-01-01'``,
  ``''`` are quoted because, plain, they would read as a number, a date, null;
- end-of-line comments after a matter's key (``id: a  # Sheet1!A12``, ``content:  # …`` before its
  block) and comment lines before a list item, laid out as ruamel lays out comments that have no
  column of their own, or (``eol_gaps``) one space closer, as it lays out those given column 0.

Where the emitter would write plain text that this project's reader reads back as something else
(``.5e5`` is a float to the YAML 1.2 core schema but text to ruamel's resolver; a leading ``?`` or
``:`` inside a one-line list is a key or an error to libyaml), the text is quoted instead: the meaning always wins
over the likeness. Whatever this module does not reproduce exactly (a line long enough for ruamel to
fold, a nested list inside a list, a float, a key of 128 characters or more, the Unicode line
separators) raises :class:`Unsupported`, and the caller writes that document with ruamel.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from grassroots_catalog.read.reader import resolve_plain

__all__ = ["Path", "Unsupported", "block_text", "emit"]

Path = tuple[str | int, ...]
"""Where a comment goes: ``("matters", 3, "id")`` for a key of a mapping, ``("matters", 3)`` for an item."""

_SAFE_LINE = 4000
"""Longest line written here; ruamel.yaml folds only past its width of 4096 columns."""

_MAX_SIMPLE_KEY = 128
"""ruamel.yaml writes longer keys as explicit ``? key`` entries."""


class Unsupported(Exception):
    """The data holds something whose exact ruamel.yaml text this module does not reproduce."""


# ruamel.yaml's YAML 1.2 implicit resolvers (ruamel/yaml/resolver.py), by the first characters each
# is tried for: a plain scalar matching one would read as that type, so text matching one is quoted.
_RESOLVERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tTfF", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    (
        "-+0123456789.",
        re.compile(
            r"""^(?:
         [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
            re.X,
        ),
    ),
    (
        "-+0123456789",
        re.compile(
            r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$""",
            re.X,
        ),
    ),
    ("<", re.compile(r"^(?:<<)$")),
    ("~nN", re.compile(r"^(?: ~ |null|Null|NULL | )$", re.X)),
    (
        "0123456789",
        re.compile(
            r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
            re.X,
        ),
    ),
    ("=", re.compile(r"^(?:=)$")),
    ("!&*", re.compile(r"^(?:!|&|\*)$")),
)
_RESOLVABLE = frozenset("".join(first for first, _ in _RESOLVERS) + "~nNtTfF")

# Text that is plain without a character-by-character analysis: printable (which implies every
# character is one YAML shows as it is), no indicator or dot first, no space last, none of ``:`` ``#``
# (so no ``: `` or `` #``) and, inside a one-line list, none of ``,[]{}?``. Anything else takes the
# full analysis below. Plain string tests, not a regular expression: compiling a character class of
# Unicode ranges costs more start-up time than the tests ever take.
_NOT_FIRST = frozenset("#,[]{}&*!|>'\"%@`?:-. ")
_FLOW_INDICATOR = re.compile(r"[,\[\]{}?]")
_FLOW_COLON = re.compile(":(?=[,?\\[\\]{} \t\r\n\x85\u2028\u2029]|\\Z)")
"""Inside a one-line list, a colon libyaml takes for a key's: one before a flow indicator, ``?``, the
end, or what libyaml counts as white space (a space, a tab, a line break; not an ideographic space,
which ``\\s`` would take)."""
_BREAKS = "\n\x85\u2028\u2029"
_WHITESPACE = "\0 \t\r\n\x85\u2028\u2029"
_ESCAPES = {
    "\0": "0",
    "\x07": "a",
    "\x08": "b",
    "\x09": "t",
    "\x0a": "n",
    "\x0b": "v",
    "\x0c": "f",
    "\x0d": "r",
    "\x1b": "e",
    '"': '"',
    "\\": "\\",
    "\x85": "N",
    "\xa0": "_",
    "\u2028": "L",
    "\u2029": "P",
}


def _resolves_to_text(text: str) -> bool:
    """Whether ``text``, written plain, reads back as this text: for ruamel.yaml and for our reader."""
    if not text:
        return False
    if text[0] not in _RESOLVABLE:
        return True
    for first, pattern in _RESOLVERS:
        if text[0] in first and pattern.match(text):
            return False
    return isinstance(resolve_plain(text), str)


def _analyse(text: str) -> tuple[bool, bool, bool, bool]:
    """ruamel.yaml's ``Emitter.analyze_scalar`` for non-empty text (YAML 1.2, unicode allowed).

    Returns (multiline, allow_flow_plain, allow_block_plain, allow_single_quoted).
    """
    block_indicators = flow_indicators = line_breaks = special = False
    leading_space = leading_break = trailing_space = trailing_break = False
    break_space = space_break = False
    if text.startswith(("---", "...")):
        block_indicators = flow_indicators = True
    preceded_by_whitespace = True
    followed_by_whitespace = len(text) == 1 or text[1] in _WHITESPACE
    previous_space = previous_break = False
    last = len(text) - 1
    for index, ch in enumerate(text):
        if index == 0:
            if ch in "#,[]{}&*!|>'\"%@`":
                flow_indicators = block_indicators = True
            if ch in "?:":
                if len(text) == 1:
                    flow_indicators = True
                if followed_by_whitespace:
                    block_indicators = True
            if ch == "-" and followed_by_whitespace:
                flow_indicators = block_indicators = True
        else:
            if ch in ",[]{}":
                flow_indicators = True
            if ch == ":" and followed_by_whitespace:
                flow_indicators = block_indicators = True
            if ch == "#" and preceded_by_whitespace:
                flow_indicators = block_indicators = True
        if ch in _BREAKS:
            line_breaks = True
        if not (ch == "\n" or "\x20" <= ch <= "\x7e") and not (
            (ch == "\x85" or "\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or ch >= "\U00010000")
            and ch != "\ufeff"
        ):
            special = True
        if ch == " ":
            leading_space = leading_space or index == 0
            trailing_space = trailing_space or index == last
            break_space = break_space or previous_break
            previous_space, previous_break = True, False
        elif ch in _BREAKS:
            leading_break = leading_break or index == 0
            trailing_break = trailing_break or index == last
            space_break = space_break or previous_space
            previous_space, previous_break = False, True
        else:
            previous_space = previous_break = False
        preceded_by_whitespace = ch in _WHITESPACE
        followed_by_whitespace = index + 2 >= len(text) or text[index + 2] in _WHITESPACE
    flow_plain = block_plain = single = True
    if leading_space or leading_break or trailing_space or trailing_break:
        flow_plain = block_plain = False
    if break_space:
        flow_plain = block_plain = single = False
    if special or space_break:
        flow_plain = block_plain = single = False
    if line_breaks:
        flow_plain = block_plain = False
    if flow_indicators:
        flow_plain = False
    if block_indicators:
        block_plain = False
    return line_breaks, flow_plain, block_plain, single


def _double_quoted(text: str) -> str:
    """ruamel.yaml's ``write_double_quoted`` without folding (lines stay under the width)."""
    parts = ['"']
    for ch in text:
        if ch in '"\\\x85\u2028\u2029\ufeff' or not (
            "\x20" <= ch <= "\x7e" or "\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or ch >= "\U00010000"
        ):
            if ch in _ESCAPES:
                parts.append("\\" + _ESCAPES[ch])
            elif ch <= "\xff":
                parts.append(f"\\x{ord(ch):02X}")
            elif ch <= "\uffff":
                parts.append(f"\\u{ord(ch):04X}")
            else:
                parts.append(f"\\U{ord(ch):08X}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def _reads_back_plain_in_flow(text: str) -> bool:
    """libyaml reads a leading ``?`` inside ``[...]`` as a key and refuses a leading ``:`` there, and
    refuses a ``:`` before ``?`` (``0:?``), which ruamel.yaml writes plain all the same."""
    return text[0] not in "?:" and _FLOW_COLON.search(text) is None


def _text(text: str, *, flow: bool, key: bool = False) -> str:
    """A string scalar as ruamel.yaml writes it in this context (``key``: a simple mapping key)."""
    if not text:
        return "''"
    if (
        text.isprintable()
        and text[0] not in _NOT_FIRST
        and text[-1] != " "
        and ":" not in text
        and "#" not in text
        and not (flow and _FLOW_INDICATOR.search(text))
        and (text[0] not in _RESOLVABLE or _resolves_to_text(text))
    ):
        return text  # the quick test leaves out every first character the flow check below is about
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        raise Unsupported("a Unicode line separator")
    multiline, flow_plain, block_plain, single = _analyse(text)
    if (
        _resolves_to_text(text)
        and not (key and multiline)
        and (flow_plain if flow else block_plain)
        and (not flow or _reads_back_plain_in_flow(text))
    ):
        return text
    if "'" in text or "\n" in text:
        return _double_quoted(text)
    if single and not (key and multiline):
        return f"'{text}'"
    return _double_quoted(text)


def block_text(text: str) -> str:
    """A string as this module writes it as a value in block context (plain, quoted or escaped)."""
    return _text(text, flow=False)


class _Writer:
    """One document's lines; the methods follow the emitter's block and flow states."""

    __slots__ = ("_before", "_cache", "_eol", "_flow_keys", "_gaps", "lines")

    def __init__(
        self,
        flow_keys: frozenset[str],
        eol: Mapping[Path, str],
        before: Mapping[Path, str],
        gaps: Mapping[Path, int],
    ) -> None:
        self._flow_keys = flow_keys
        self._eol = eol
        self._before = before
        self._gaps = gaps
        self._cache: dict[tuple[str, bool], str] = {}
        self.lines: list[str] = []

    def scalar(self, value: Any, *, flow: bool) -> str:
        """A scalar's text; None is empty in block context (``key:``) and ``null`` in flow context."""
        if isinstance(value, str):
            cached = self._cache.get((value, flow))
            if cached is None:
                cached = self._cache[value, flow] = _text(value, flow=flow)
            return cached
        if value is None:
            return "null" if flow else ""
        if value is True:
            return "true"
        if value is False:
            return "false"
        if type(value) is int:
            return str(value)
        if type(value) is dt.date:
            return value.isoformat()
        raise Unsupported(f"a {type(value).__name__} scalar")

    def key(self, name: Any) -> str:
        if not isinstance(name, str):
            raise Unsupported("a key that is not text")
        if len(name) >= _MAX_SIMPLE_KEY or any(ch in name for ch in _BREAKS):
            raise Unsupported("a key ruamel.yaml writes as an explicit ? key")
        return _text(name, flow=False, key=True)

    def flow(self, value: Any) -> str:
        """A one-line list or mapping of scalars: ``[a, b]``, ``{name: 某县, code: '123456'}``."""
        if isinstance(value, list):
            if any(isinstance(item, list | dict) for item in value):
                raise Unsupported("a container inside a one-line list")
            return "[" + ", ".join(self.scalar(item, flow=True) for item in value) + "]"
        if isinstance(value, dict):
            if any(isinstance(item, list | dict) for item in value.values()):
                raise Unsupported("a container inside a one-line mapping")
            return "{" + ", ".join(f"{self.flow_key(k)}: {self.scalar(v, flow=True)}" for k, v in value.items()) + "}"
        raise AssertionError(value)

    def flow_key(self, name: Any) -> str:
        if not isinstance(name, str):
            raise Unsupported("a key that is not text")
        if len(name) >= _MAX_SIMPLE_KEY or any(ch in name for ch in _BREAKS):
            raise Unsupported("a key ruamel.yaml writes as an explicit ? key")
        return _text(name, flow=True, key=True)

    def mapping(self, data: Mapping[Any, Any], indent: int, path: Path, first_prefix: str | None) -> None:
        """A block mapping whose keys start at ``indent``; the first key follows ``first_prefix`` (a dash)."""
        pad = " " * indent
        for position, (name, value) in enumerate(data.items()):
            head = (first_prefix if position == 0 and first_prefix is not None else pad) + self.key(name) + ":"
            here = (*path, name)
            comment = self._eol.get(here) if self._eol else None
            if isinstance(value, dict | list):
                if comment is not None and not value:
                    raise Unsupported("a comment after an empty container")  # ruamel.yaml breaks the line
                tail = "" if comment is None else self.comment(here, comment)
                if not value or name in self._flow_keys:
                    self.lines.append(f"{head} {self.flow(value)}{tail}")
                elif isinstance(value, dict):
                    self.lines.append(head + tail)
                    self.mapping(value, indent + 2, here, None)
                else:
                    self.lines.append(head + tail)
                    self.sequence(value, indent + 2, here)
                continue
            text = self.scalar(value, flow=False)
            line = f"{head} {text}" if text else head
            if comment is not None:
                if not text:
                    raise Unsupported("a comment after an empty value")
                line += self.comment(here, comment)
            self.lines.append(line)

    def comment(self, path: Path, comment: str) -> str:
        """An end-of-line comment with the spaces before its ``#`` (two unless ``gaps`` says otherwise)."""
        if "\n" in comment:
            raise Unsupported("a comment of several lines")
        gap = self._gaps.get(path, 2) if self._gaps else 2
        return " " * gap + ("" if comment.startswith("#") else "# ") + comment

    def sequence(self, items: list[Any], dash: int, path: Path) -> None:
        """A block sequence with its dashes at column ``dash`` and its items two columns further."""
        prefix = " " * dash + "- "
        for index, item in enumerate(items):
            here = (*path, index)
            note = self._before.get(here) if self._before else None
            if note is not None:
                if "\n" in note:
                    raise Unsupported("a comment of several lines")
                self.lines.append(" " * dash + ("" if note.startswith("#") else "# ") + note)
            if isinstance(item, dict) and item:
                self.mapping(item, dash + 2, here, prefix)
            elif isinstance(item, list) and item:
                raise Unsupported("a list inside a list")
            elif isinstance(item, dict | list):
                self.lines.append(prefix + self.flow(item))
            else:
                self.lines.append(prefix + self.scalar(item, flow=False))


def emit(
    data: Mapping[str, Any],
    *,
    flow_keys: frozenset[str],
    eol_comments: Mapping[Path, str] | None = None,
    before_comments: Mapping[Path, str] | None = None,
    eol_gaps: Mapping[Path, int] | None = None,
) -> str:
    """``data`` as the text ruamel.yaml writes for it in the writer's canonical style.

    Lists and mappings under a key in ``flow_keys`` are written on one line, all others as blocks.
    ``eol_comments`` puts a comment after the value at a path (after a one-line list, or after the
    key of a block); ``before_comments`` a comment line before a list item. ``eol_gaps`` gives the
    spaces before a comment's ``#`` where it is not two: ruamel.yaml writes one when the comment was
    given a column of its own (as ``yaml_add_eol_comment`` does when a neighbouring key has a comment).
    Raises :class:`Unsupported` for anything not reproduced exactly.
    """
    if not isinstance(data, dict) or not data:
        raise Unsupported("a document that is not a mapping")
    writer = _Writer(flow_keys, eol_comments or {}, before_comments or {}, eol_gaps or {})
    writer.mapping(data, 0, (), None)
    lines = writer.lines
    if max(map(len, lines)) > _SAFE_LINE:
        raise Unsupported("a line ruamel.yaml would fold")
    lines.append("")
    return "\n".join(lines)
