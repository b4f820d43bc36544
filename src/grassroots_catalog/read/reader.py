"""The checked YAML reader: libyaml's event stream turned into plain data and a :class:`SourceMap`.

Why not an ordinary ``load``:

- **Safety.** Every explicit tag, ``%TAG`` and non-1.2 ``%YAML`` directive, anchor and alias, duplicate
  key and over-deep nesting is refused *while* the events stream past, before anything is built
  (INPUT-SAFETY.md findings 1–3, 5). Depth is counted on the events, so a 500-level document is
  refused at level 21 instead of overflowing the stack.
- **YAML 1.2 scalars.** Plain scalars are resolved by the YAML 1.2 core schema here, not by
  PyYAML's 1.1 resolver, so ``off`` stays the text "off" and ``010`` is ten.
- **Positions for free.** The start of every key and item is recorded as the tree is built, so a
  finding on ``matters[3].channels[1]`` is reported at its line and column without a second parse.
- **Speed.** libyaml's C parser emits the events; building the tree in one pass costs about the same
  as libyaml's own ``CSafeLoader``, twenty times faster than ruamel.yaml's round-trip loader.
  Without the C extension PyYAML's pure-Python parser gives the same events, only slower.

ruamel.yaml is still used wherever comments must survive (:mod:`grassroots_catalog.read.writer`); that
path first reads the file through here, so its input has passed the same checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from grassroots_catalog.errors import InputRejected
from grassroots_catalog.read.characters import BAD_CHARACTER, bad_characters
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.results import Finding, Location, Path, Severity

# An ideographic space indenting what looks like a key or list item becomes part of that key.
_IDEOGRAPHIC_INDENT = re.compile(r"(?m)^[ \t]*\u3000[ \u3000]*(?:-\s|[^\s:：#]+[:：](?:\s|$))")

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_SPECIAL_FLOATS = {
    ".inf": math.inf,
    ".Inf": math.inf,
    ".INF": math.inf,
    "+.inf": math.inf,
    "-.inf": -math.inf,
    "-.Inf": -math.inf,
    "-.INF": -math.inf,
    ".nan": math.nan,
    ".NaN": math.nan,
    ".NAN": math.nan,
}


# Only plain scalars starting with one of these can be anything but text; the rest skip resolution.
_RESOLVABLE_START = frozenset("0123456789+-.~nNtTfF")


def resolve_plain(value: str) -> Any:
    """A plain (unquoted) scalar by the YAML 1.2 core schema: null, bool, int, float, else text."""
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    first = value[0]
    if first.isdigit() or first in "+-.":
        if _INT.match(value):
            return int(value)
        if _OCT.match(value):
            return int(value[2:], 8)
        if _HEX.match(value):
            return int(value[2:], 16)
        if _FLOAT.match(value) and any(c.isdigit() for c in value):
            return float(value)
        if value in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[value]
    return value


class SourceMap:
    """Where each key and list item of a document starts in its file.

    Positions are kept per container (by identity) as the reader builds it; :meth:`locate` walks a
    logical path such as ``("matters", 3, "channels", 1)`` as far as it exists and returns the
    position of the deepest part it reached, so even a missing field is reported at its matter.
    """

    __slots__ = ("_positions", "_root")

    def __init__(self, root: Any, positions: dict[int, Any]) -> None:
        self._root = root
        self._positions = positions

    def locate(self, path: Path) -> Location:
        """The 1-based position of ``path``, or of its deepest existing ancestor."""
        node: Any = self._root
        line, column = 0, 0
        for part in path:
            places: Any = self._positions.get(id(node))
            if places is None:
                break
            if not _has_child(node, part):
                break
            line, column = places[part]
            node = node[part]
        return Location(line + 1, column + 1)


def _has_child(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _reject(code: str, mark: Any, file: str | None, **ctx: Any) -> InputRejected:
    location = Location(mark.line + 1, mark.column + 1) if mark is not None else None
    return InputRejected(Finding(code, Severity.ERROR, file=file, location=location, ctx=ctx, fatal=True))


def _offset_location(text: str, offset: int) -> Location:
    line = text.count("\n", 0, offset) + 1
    return Location(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def precheck_text(text: str, file: str | None) -> None:
    """Refuse characters that YAML readers mangle silently or reject without a line number (every one)."""
    bad = bad_characters(text, file)
    if bad:
        raise InputRejected(*bad)
    indent = _IDEOGRAPHIC_INDENT.search(text) if "\u3000" in text else None  # the search costs 8x the test
    if indent:
        offset = indent.start() + indent.group(0).index("\u3000")
        raise InputRejected(
            Finding("Y014", Severity.ERROR, file=file, location=_offset_location(text, offset), fatal=True)
        )


_FULL_WIDTH_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:：#'\"]+(：)", re.MULTILINE)
"""A line whose key is followed by a full-width colon: YAML reads ``title：示例`` as one plain text."""
_FULL_WIDTH_MAPPING_KEY = re.compile(r"^[ \t]*[^\s:：#'\"-][^\s:：#'\"]*(：)", re.MULTILINE)
"""The same, not as a list item: ``- 其他：村公示栏`` is an ordinary channel, unless it is where the parser stopped."""
_CLOSERS = {"[": "]", "{": "}"}


def _syntax_error(text: str, error: Any) -> tuple[Any, dict[str, Any]]:
    """Where a syntax error's cause is, and the message values: not where the parser gave up.

    - A full-width colon after a key (the usual cause in Chinese files): a file typed with them
      throughout reads as plain text until the parser gives up far below, so the first of them, up
      to the line the parser stopped at, is the place.
    - An unclosed quote or bracket: where it opens (the parser reports the end of the file, or the
      first line it could not fit in), with the line it gave up at.
    """
    mark = error.problem_mark or error.context_mark
    problem = " ".join(p for p in (error.context, error.problem) if p) or "unreadable YAML"
    ctx: dict[str, Any] = {"problem": problem}
    if mark is None:
        return None, ctx
    opened = error.context_mark
    if opened is not None and opened is not mark:
        lines = text.split("\n")
        char = lines[opened.line][opened.column : opened.column + 1] if opened.line < len(lines) else ""
        context = error.context or ""
        if context.startswith("while scanning a quoted scalar") and char and char in "'\"":
            return opened, {**ctx, "reason": "unclosed-quote", "quote": char, "end_line": mark.line + 1}
        if context.startswith(("while parsing a flow sequence", "while parsing a flow mapping")) and char in _CLOSERS:
            closer = _CLOSERS[char]
            return opened, {
                **ctx,
                "reason": "unclosed-bracket",
                "bracket": char,
                "closer": closer,
                "end_line": mark.line + 1,
            }
    colon = _first_full_width_key(text, mark.line)
    if colon is not None:
        return _Mark(text, colon), {**ctx, "reason": "full-width-colon"}
    return mark, ctx


def _first_full_width_key(text: str, line: int) -> int | None:
    """The offset of the first full-width key colon up to the 0-based ``line`` the parser stopped at.

    A key written ``title：`` anywhere above counts (a file typed so throughout fails far below its
    first); a list item ``- 其他：…`` only on the lines around the stop, since such items are ordinary
    text elsewhere.
    """
    end = _end_of_line(text, line + 1)
    found = [m.start(1) for m in (_FULL_WIDTH_MAPPING_KEY.search(text, 0, end),) if m is not None]
    near = _end_of_line(text, line - 2) + 1 if line >= 2 else 0
    found += [m.start(1) for m in (_FULL_WIDTH_KEY.search(text, near, end),) if m is not None]
    return min(found) if found else None


def _end_of_line(text: str, line: int) -> int:
    """The offset just past the 0-based ``line`` of ``text`` (the end of the text if it has fewer)."""
    offset = -1
    for _ in range(line + 1):
        offset = text.find("\n", offset + 1)
        if offset < 0:
            return len(text)
    return offset


class _Mark:
    """A position in ``text`` shaped like a YAML mark (0-based line and column), for :func:`_reject`."""

    __slots__ = ("column", "line")

    def __init__(self, text: str, offset: int) -> None:
        self.line = text.count("\n", 0, offset)
        self.column = offset - (text.rfind("\n", 0, offset) + 1)


def read_yaml(text: str, *, file: str | None = None, limits: Limits = DEFAULT_LIMITS) -> tuple[Any, SourceMap]:
    """Parse one YAML document into plain data and its :class:`SourceMap`.

    Raises :class:`~grassroots_catalog.errors.InputRejected` at the first problem, with its position.
    """
    import yaml

    precheck_text(text, file)
    try:
        return _build(_events(text), file, limits)
    except yaml.MarkedYAMLError as error:
        mark, ctx = _syntax_error(text, error)
        raise _reject("Y001", mark, file, **ctx) from None
    except yaml.YAMLError as error:  # ReaderError and friends carry no mark
        raise _reject("Y001", None, file, problem=str(error).splitlines()[0]) from None


def _events(text: str) -> Iterator[Any]:
    """libyaml's events, one C call each (``get_event`` alone; ``check_event`` would double the calls).

    PyYAML's C parser when libyaml is available, its pure-Python parser otherwise: same events.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    stream_end = yaml.events.StreamEndEvent
    try:
        while True:
            event = loader.get_event()
            yield event
            if type(event) is stream_end:
                return
    finally:
        loader.dispose()


def _build(stream: Iterator[Any], file: str | None, limits: Limits) -> tuple[Any, SourceMap]:
    """One pass over the events: check each, build containers, record positions.

    The attach step is written inline because it runs once per event, the hot loop of every read.
    """
    from yaml import events

    positions: dict[int, Any] = {}
    # Each frame: [container, places, pending key or _NO_KEY, (line, column) of that key, start mark]
    stack: list[list[Any]] = []
    root: Any = _NO_KEY
    root_mark: Any = None
    documents = 0
    max_depth = limits.max_depth
    max_chars = limits.max_value_chars
    scalar_event, mapping_start, sequence_start = (
        events.ScalarEvent,
        events.MappingStartEvent,
        events.SequenceStartEvent,
    )
    mapping_end, sequence_end = events.MappingEndEvent, events.SequenceEndEvent
    no_key = _NO_KEY
    bad_character = BAD_CHARACTER.search
    for event in stream:
        kind = type(event)
        if kind is scalar_event:
            if event.anchor is not None:
                raise _reject("Y004", event.start_mark, file, token="&" + event.anchor)
            if event.tag is not None and event.tag != "!":
                raise _reject("Y003", event.start_mark, file, tag=event.tag)
            value: Any = event.value
            if len(value) > max_chars:
                raise _reject("Y009", event.start_mark, file, length=len(value), limit=max_chars)
            if event.style == '"' and (escaped := bad_character(value)) is not None:
                # precheck_text refused the raw character; in double quotes an escape ("\u200b", "\0")
                # writes it too, and a rewrite by gcat fmt would put it back raw
                raise _reject("Y008", event.start_mark, file, char=f"U+{ord(escaped.group(0)):04X}", reason="escaped")
            if not event.style and event.implicit[0] and (not value or value[0] in _RESOLVABLE_START):
                value = resolve_plain(value)
            mark = event.start_mark
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None:
                raise _reject("Y004", event.start_mark, file, token="&" + event.anchor)
            if event.tag is not None:
                raise _reject("Y003", event.start_mark, file, tag=event.tag)
            if len(stack) >= max_depth:
                raise _reject("Y005", event.start_mark, file, limit=max_depth)
            if stack and stack[-1][2] is no_key and type(stack[-1][0]) is dict:
                raise _reject("Y015", event.start_mark, file)
            container: Any = {} if kind is mapping_start else []
            places: Any = {} if kind is mapping_start else []
            positions[id(container)] = places
            stack.append([container, places, no_key, None, event.start_mark])
            continue
        elif kind is mapping_end or kind is sequence_end:
            closed = stack.pop()
            value, mark = closed[0], closed[4]
        elif kind is events.AliasEvent:
            raise _reject("Y004", event.start_mark, file, token="*" + str(event.anchor))
        elif kind is events.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _reject("Y011", event.start_mark, file, reason="several")
            if event.version is not None and tuple(event.version) != (1, 2):
                raise _reject("Y010", event.start_mark, file, directive="%YAML " + ".".join(map(str, event.version)))
            if event.tags:
                raise _reject("Y010", event.start_mark, file, directive="%TAG")
            continue
        else:
            continue
        if not stack:
            root, root_mark = value, mark
            continue
        frame = stack[-1]
        container = frame[0]
        if type(container) is list:
            frame[1].append((mark.line, mark.column))
            container.append(value)
        elif frame[2] is no_key:
            if type(value) is dict or type(value) is list:
                raise _reject("Y015", mark, file)
            if value in container:
                raise _reject("Y002", mark, file, key=value, first_line=frame[1][value][0] + 1)
            frame[2] = value
            frame[3] = (mark.line, mark.column)
        else:
            key = frame[2]
            container[key] = value
            frame[1][key] = frame[3]
            frame[2] = no_key
    if root is None:  # a document that is only ``~`` or ``null``: not empty, and it says where
        raise _reject("Y011", root_mark, file, reason="null")
    if documents == 0 or root is _NO_KEY:
        raise _reject("Y011", None, file, reason="empty")
    return root, SourceMap(root, positions)


class _NoKey:
    """Marks a mapping frame that is waiting for its next key (None is a legal key)."""

    __slots__ = ()


_NO_KEY = _NoKey()
