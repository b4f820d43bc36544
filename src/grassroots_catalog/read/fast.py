"""An optional accelerator for reading clean files: a Rust YAML parser (``yaml-rs``), gated.

Installed with ``pip install 'grassroots-catalog[fast]'``. Without it, or when it declines a file,
:mod:`grassroots_catalog.read.reader` reads everything, as before; results never depend on it.

Why it is safe to use on untrusted files:

- **A lexical gate first.** Any text that *might* hold an anchor, alias, tag, directive, document
  marker, complex key or merge key (``& * ! % --- ... ? <<`` where YAML would read them as syntax)
  is left to the checked reader. The gate over-approximates: ``& * !`` after a space, even inside a
  quoted string, send a file down the checked path, never the other way.
- **Limits on the result.** Depth and value length are checked on the parsed data; yaml-rs itself
  refuses nesting past a few hundred levels with an error, not a crash.
- **The same characters refused.** :func:`~grassroots_catalog.read.reader.precheck_text` runs before
  either parser; an escape that may write one of them inside double quotes (``\\u200b``, ``\\0``)
  sends the file down the checked path, which refuses the characters escapes write too.
- **The checked reader has the last word.** It parses any file yaml-rs fails on, and any file that
  does not read as a catalogue, so every YAML-level refusal gets its code. The findings of a catalogue
  read here are placed by reading their positions off the text, checked against the parsed data
  (:mod:`grassroots_catalog.read.located`); the checked reader places them where that is unsure.

yaml-rs reads YAML 1.2 with duplicate keys refused; ``parse_datetime=False`` keeps dates as text, as
the checked reader does. A property test checks that both readers give equal data.
"""

from __future__ import annotations

import os
import re
from typing import Any

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits

_yaml_rs: Any
try:  # pragma: no branch - which side runs depends on the installation
    import yaml_rs as _yaml_rs
except ImportError:  # pragma: no cover - the pure path is tested by disabling the accelerator
    _yaml_rs = None

DISABLE_VARIABLE = "GCAT_NO_ACCELERATOR"
"""Set this environment variable to any non-empty value to read every file with the checked reader."""

_TOKEN_BEFORE = frozenset(" \t\r\n[]{},")
_REFUSED_ESCAPES = frozenset("0abefvxuUN_LP")
"""The escapes of double-quoted YAML that can write a control, invisible or separator character."""
_DOCUMENT_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t\r\n]|$)", re.MULTILINE)


def _gated(text: str) -> bool:
    """True when the text may hold syntax the accelerator must not judge (over-approximates).

    Written with ``str.find``, which scans in C, because a regular expression with these
    alternatives is tried at every character and costs more than parsing the file.
    """
    for indicator in "&*!":  # anchor, alias, tag: an indicator that starts a token
        start = text.find(indicator)
        while start != -1:
            if start == 0 or text[start - 1] in _TOKEN_BEFORE:
                return True
            start = text.find(indicator, start + 1)
    start = text.find("?")  # a complex-key indicator: "? " starting a token
    while start != -1:
        after = text[start + 1 : start + 2]
        if (start == 0 or text[start - 1] in _TOKEN_BEFORE) and (after == "" or after in " \t\r\n"):
            return True
        start = text.find("?", start + 1)
    if text.startswith("%") or "\n%" in text or "<<" in text:  # a directive; a merge key
        return True
    start = text.find("\\")  # an escape that may write a character the reader refuses: \0 \x \u \N …
    while start != -1:
        if text[start + 1 : start + 2] in _REFUSED_ESCAPES:
            return True
        start = text.find("\\", start + 2)
    if ("---" in text or "..." in text) and _DOCUMENT_MARKER.search(text) is not None:
        return True
    return _has_extended_number(text)


# yaml-rs reads 1_000, _0, 0b101 and +0x10 as numbers; YAML 1.2's core schema, and so the checked
# reader, reads them as text. A token that could be one of these goes to the checked reader.
_NUMBER_LIKE = re.compile(r"[-+0-9a-fA-F_.xXoObB]*[0-9][-+0-9a-fA-F_.xXoObB]*")
_DELIMITERS = " \t\r\n[]{},"
_NUMBER_LETTERS = frozenset("abcdefABCDEFxXoObB")
_NEEDLES = (
    # Not an underscore followed by an ASCII letter that no number holds (time_limit, not_applicable):
    # the loop below would pass over each, one Python step apiece, and a table has one per row.
    ("_", re.compile(r"_(?![g-np-wyzG-NP-WYZ])")),
    ("0b", re.compile("0b")),
)


def _has_extended_number(text: str) -> bool:
    if any(sign in text for sign in ("+0x", "-0x", "+0o", "-0o")):
        return True
    for needle, candidates in _NEEDLES:
        match = candidates.search(text)
        while match is not None:
            start = match.start()
            following = text[start + len(needle) : start + len(needle) + 1]
            if following.isalpha() and following not in _NUMBER_LETTERS:  # an identifier: time_limit, …
                match = candidates.search(text, start + 1)
                continue
            begin = start
            while begin > 0 and text[begin - 1] not in _DELIMITERS:
                begin -= 1
            end = start
            while end < len(text) and text[end] not in _DELIMITERS:
                end += 1
            if _NUMBER_LIKE.fullmatch(text[begin:end].rstrip(":")):
                return True
            match = candidates.search(text, end)
    return False


def available() -> bool:
    """True when the accelerator is installed and not disabled."""
    return _yaml_rs is not None and not os.environ.get(DISABLE_VARIABLE)


def fast_read(text: str, limits: Limits) -> Any | None:
    """The parsed document, or None when the checked reader must read this text."""
    if _yaml_rs is None or os.environ.get(DISABLE_VARIABLE) or _gated(text):
        return None
    try:
        data = _yaml_rs.loads(text, parse_datetime=False)
    except Exception:
        return None
    if data is None:
        return None
    # At the default limits the models bound every value and refuse unknown structure, so a value or
    # nesting past a limit becomes a finding and the checked reader's refusal; only stricter limits
    # need the walk.
    if limits != DEFAULT_LIMITS and not _within_limits(data, limits.max_depth, limits.max_value_chars):
        return None
    return data


def _within_limits(root: Any, max_depth: int, max_chars: int) -> bool:
    """Depth and value length within bounds; keys are plain scalars. Iterative: no recursion limit."""
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if type(node) is dict:
            if depth > max_depth:
                return False
            for key, value in node.items():
                if type(key) is str and len(key) > max_chars:
                    return False
                if type(value) is dict or type(value) is list:
                    stack.append((value, depth + 1))
                elif type(value) is str and len(value) > max_chars:
                    return False
        elif type(node) is list:
            if depth > max_depth:
                return False
            for value in node:
                if type(value) is dict or type(value) is list:
                    stack.append((value, depth + 1))
                elif type(value) is str and len(value) > max_chars:
                    return False
    return True
