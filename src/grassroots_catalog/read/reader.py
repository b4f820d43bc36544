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
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.results import Finding, Location, Path, Severity

# C0 controls except tab/LF/CR, DEL, C1 controls (NEL splits words inside flow lists), line and paragraph
# separators, a BOM after the start, surrogates and non-characters.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
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
    """Refuse characters that YAML readers mangle silently or reject without a line number."""
    bad = _BAD_CHARACTER.search(text)
    if bad:
        char = bad.group(0)
        raise InputRejected(
            Finding(
                "Y008",
                Severity.ERROR,
                file=file,
                location=_offset_location(text, bad.start()),
                ctx={"char": f"U+{ord(char):04X}"},
                fatal=True,
            )
        )
    indent = _IDEOGRAPHIC_INDENT.search(text)
    if indent:
        offset = indent.start() + indent.group(0).index("\u3000")
        raise InputRejected(
            Finding("Y014", Severity.ERROR, file=file, location=_offset_location(text, offset), fatal=True)
        )


def _syntax_hint(text: str, mark: Any) -> dict[str, str]:
    """Name the usual cause of a syntax error in Chinese files: a full-width colon used as a key colon."""
    if mark is None:
        return {}
    lines = text.splitlines()
    nearby = lines[max(0, mark.line - 1) : mark.line + 1]
    if any(re.search(r"^\s*(?:-\s+)?[^\s:：#]+：", line) for line in nearby):
        return {"reason": "full-width-colon"}
    return {}


def read_yaml(text: str, *, file: str | None = None, limits: Limits = DEFAULT_LIMITS) -> tuple[Any, SourceMap]:
    """Parse one YAML document into plain data and its :class:`SourceMap`.

    Raises :class:`~grassroots_catalog.errors.InputRejected` at the first problem, with its position.
    """
    import yaml

    precheck_text(text, file)
    try:
        return _build(_events(text), file, limits)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(p for p in (error.context, error.problem) if p) or "unreadable YAML"
        raise _reject("Y001", mark, file, problem=problem, **_syntax_hint(text, mark)) from None
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
            root = value
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
    if documents == 0 or root is _NO_KEY or root is None:
        raise _reject("Y011", None, file, reason="empty")
    return root, SourceMap(root, positions)


class _NoKey:
    """Marks a mapping frame that is waiting for its next key (None is a legal key)."""

    __slots__ = ()


_NO_KEY = _NoKey()
