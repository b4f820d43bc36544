"""Positions of keys and items read off the text itself, checked against the data parsed from it.

A file read by the accelerator has its data but no positions. Re-reading the whole file with the
checked reader to place its findings cost more than reading it (nearly half of a batch's time). The
layout of a catalogue says where things are: a block mapping's keys start the lines at its
indentation, a block sequence's items start with a dash at its indentation, a one-line list or
mapping lists its entries between brackets. :class:`TextPositions` finds the children of a container
that way, only for the containers a finding's path goes through, and only when what it found agrees
with the data: the same keys in the same order, as many items as the list holds. Whenever the text
is laid out otherwise (a list spread over several lines, a key in quotes with escapes, an item whose
value starts on the next line, tabs, a lone carriage return) it answers None, and the caller asks
the checked reader. Its answers are the positions the checked reader gives: the first character of
a key, of an item's value (the first key of a mapping item), of an entry between brackets.

The text must have passed the accelerator's lexical gate (no anchors, tags, directives, document
markers or complex keys), which rules out the syntax that could make a line mean something else.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from itertools import repeat
from typing import Any

from grassroots_catalog.results import Location
from grassroots_catalog.results import Path as DocPath

Place = tuple[int, int]
"""A 0-based line and column."""

# Where a container's entries are written: ("map", line, column) for a block mapping whose first key is
# at that place and whose other keys start lines at that column; ("seq", line, column) for a block
# sequence whose dashes start lines at that column from that line; ("flow", line, column) for a
# one-line list or mapping whose bracket is there.
Span = tuple[str, int, int]


class Unsure(Exception):
    """The text is laid out in a way this module does not read; the checked reader decides."""


class TextPositions:
    """Positions of the keys and items of ``root`` (the data parsed from ``text``), found in ``text``."""

    __slots__ = ("_children", "_lines", "_lines_of", "_root", "_starts")

    def __init__(self, text: str, root: Any) -> None:
        if text.startswith("\ufeff") or ("\r" in text and "\r" in text.replace("\r\n", "")):
            raise Unsure("a byte-order mark or a lone carriage return")
        self._lines = text.split("\n") if "\r" not in text else text.replace("\r\n", "\n").split("\n")
        self._starts = _starts(self._lines)
        self._root = root
        self._children: dict[int, Any] = {}
        self._lines_of: dict[int, tuple[list[Any], list[int], Any]] = {}

    def locate(self, path: DocPath) -> Location | None:
        """The 1-based position of ``path`` or of its deepest existing ancestor, as
        :meth:`~grassroots_catalog.read.reader.SourceMap.locate` gives it; None when unsure."""
        try:
            return self._locate(path)
        except Unsure:
            return None

    def nodes_at(self, line: int) -> list[tuple[DocPath, int]]:
        """The keys and items that start at 1-based ``line``, with their 1-based columns, shallowest
        first; raises :class:`Unsure` where the text is laid out otherwise.

        Only the containers on the way down are read: each finds, by bisection, its child whose
        lines hold ``line``.
        """
        target = line - 1
        found: list[tuple[DocPath, int]] = []
        node: Any = self._root
        span: Span | None = self._root_span()
        path: DocPath = ()
        while span is not None:
            parts, lines, children = self._index(node, span)
            at = bisect_right(lines, target) - 1
            if at < 0:
                break
            part = parts[at]
            (child_line, column), span = children[part]
            path = (*path, part)
            if child_line == target:
                found.append((path, column + 1))
            node = node[part]
        return found

    def _index(self, node: Any, span: Span) -> tuple[list[Any], list[int], Any]:
        """A container's children, the lines they start at, and their places (read once)."""
        known = self._lines_of.get(id(node))
        if known is None:
            children = self._children.get(id(node))
            if children is None:
                children = self._children[id(node)] = self._read(node, span)
            parts = list(children) if isinstance(children, dict) else list(range(len(children)))
            known = self._lines_of[id(node)] = (parts, [children[part][0][0] for part in parts], children)
        return known

    def _locate(self, path: DocPath) -> Location:
        node: Any = self._root
        span: Span | None = self._root_span()
        line, column = 0, 0
        for part in path:
            if span is None or not _has_child(node, part):
                break
            children = self._children.get(id(node))
            if children is None:
                children = self._children[id(node)] = self._read(node, span)
            (line, column), span = children[part]
            node = node[part]
        return Location(line + 1, column + 1)

    def _root_span(self) -> Span:
        if not isinstance(self._root, dict):
            raise Unsure("a document that is not a mapping")
        first = self._next_content(0)
        if first is None or _indent(self._lines[first]) != 0:
            raise Unsure("a document that does not start at the first column")
        return ("map", first, 0)

    # ------------------------------------------------------------------ containers

    def _read(self, node: Any, span: Span) -> Any:
        kind, line, column = span
        if kind == "flow":
            return self._flow(node, line, column)
        if kind == "seq":
            if not isinstance(node, list):
                raise Unsure("a sequence in the text, something else in the data")
            return self._block_sequence(node, line, column)
        if not isinstance(node, dict):
            raise Unsure("a mapping in the text, something else in the data")
        return self._block_mapping(node, line, column)

    def _block_mapping(self, node: dict[Any, Any], first: int, column: int) -> dict[Any, Any]:
        keys: dict[Any, Any] = {}
        expected = list(node)
        index: int | None = first
        at = column
        while index is not None:
            text = self._lines[index]
            key, after = _key(text, at)
            if len(keys) >= len(expected) or expected[len(keys)] != key:
                raise Unsure("keys other than the data's")
            value = node[key]
            keys[key] = ((index, at), self._value_span(value, text, after, index, column))
            index = self._next_line_at(index, column, dashes_belong_to_parent=True)
            at = column
        if len(keys) != len(expected):
            raise Unsure("fewer keys than the data's")
        return keys

    def _block_sequence(self, node: list[Any], first: int, column: int) -> list[Any]:
        items: list[Any] = []
        index: int | None = first
        while index is not None:
            text = self._lines[index]
            if not _is_dash(text, column):
                break
            if len(items) >= len(node):
                raise Unsure("more items than the data's")
            start = column + 1 + _indent(text[column + 1 :])
            if start >= len(text) or text[start] == "#":
                raise Unsure("an item whose value starts on the next line")
            item = node[len(items)]
            if _is_dash(text, start):
                raise Unsure("a list inside a list")
            if text[start] in "[{":
                items.append(((index, start), ("flow", index, start)))
            elif isinstance(item, dict) and item:
                items.append(((index, start), ("map", index, start)))
            elif isinstance(item, dict | list):
                raise Unsure("an empty container written as text")
            else:
                items.append(((index, start), None))
            index = self._next_line_at(index, column, dashes_belong_to_parent=False)
        if len(items) != len(node):
            raise Unsure("fewer items than the data's")
        return items

    def _value_span(self, value: Any, text: str, after: int, index: int, column: int) -> Span | None:
        """Where the entries of a key's value are, when the value is a container."""
        if not isinstance(value, dict | list):
            return None
        start = after + _indent(text[after:])
        if start < len(text) and text[start] != "#":
            if text[start] in "[{":
                return ("flow", index, start)
            raise Unsure("a container written some other way")
        below = self._next_content(index + 1)
        if below is None:
            raise Unsure("a container with nothing below its key")
        indent = _indent(self._lines[below])
        if _is_dash(self._lines[below], indent) and isinstance(value, list) and indent >= column:
            return ("seq", below, indent)
        if isinstance(value, dict) and indent > column:
            return ("map", below, indent)
        raise Unsure("a container laid out otherwise")

    def _flow(self, node: Any, line: int, column: int) -> Any:
        text = self._lines[line]
        closing = {"[": "]", "{": "}"}[text[column]]
        is_map = closing == "}"
        if is_map != isinstance(node, dict) or (not is_map and not isinstance(node, list)):
            raise Unsure("brackets other than the data's")
        entries: list[tuple[Any, Place]] = []
        at = _skip_spaces(text, column + 1)
        while True:
            if at >= len(text):
                raise Unsure("a one-line container that goes on")
            if text[at] == closing:
                break
            start = at
            token, at = _flow_scalar(text, at, is_map)
            if is_map:
                at = _skip_spaces(text, at)
                if at >= len(text) or text[at] != ":":
                    raise Unsure("a flow mapping entry without a colon")
                _, at = _flow_scalar(text, _skip_spaces(text, at + 1), False)
            entries.append((token, (line, start)))
            at = _skip_spaces(text, at)
            if at < len(text) and text[at] == ",":
                at = _skip_spaces(text, at + 1)
            elif at >= len(text) or text[at] != closing:
                raise Unsure("a one-line container read otherwise")
        values = list(node.values()) if is_map else node
        if len(entries) != len(node) or any(isinstance(v, dict | list) for v in values):
            raise Unsure("entries other than the data's")
        if is_map:
            if [key for key, _ in entries] != list(node):
                raise Unsure("keys other than the data's")
            return {key: (place, None) for key, place in entries}
        return [(place, None) for _, place in entries]

    # ------------------------------------------------------------------ lines

    def _next_content(self, index: int) -> int | None:
        """The first line from ``index`` that is neither blank nor only a comment."""
        starts = self._starts
        while index < len(starts):
            start = starts[index]
            if start == _TAB:
                raise Unsure("a tab before the content")
            if start != _BLANK:
                return index
            index += 1
        return None

    def _next_line_at(self, index: int, column: int, *, dashes_belong_to_parent: bool) -> int | None:
        """The next content line that starts at ``column``; None once a line starts left of it.

        In a mapping, a dash at the mapping's own column is the block list of the key before it.
        Lines are skipped by ``list.index`` and ``min`` over their starts, which scan in C: a blank
        line's start (:data:`_BLANK`) is larger than any column, a tab's (:data:`_TAB`) smaller.
        """
        starts, lines = self._starts, self._lines
        index += 1
        while True:
            try:
                found = starts.index(column, index)
            except ValueError:
                found = len(starts)
            if found > index and min(starts[index:found]) < column:
                for start in starts[index:found]:  # a line left of the column, or a tab: which comes first
                    if start == _TAB:
                        raise Unsure("a tab before the content")
                    if start < column:
                        return None
            if found == len(starts):
                return None
            if not (dashes_belong_to_parent and _is_dash(lines[found], column)):
                return found
            index = found + 1


_BLANK = sys.maxsize
"""The start of a line that is blank or holds only a comment: past every column."""
_TAB = -1
"""The start of a line whose indentation runs into a tab: before every column."""


def _starts(lines: list[str]) -> list[int]:
    """Where each line's content starts: its indentation, or :data:`_BLANK`, or :data:`_TAB`."""
    return [
        _start(line, rest) if not rest or rest[0] in "#\t" else len(line) - len(rest)
        for line, rest in zip(lines, map(str.lstrip, lines, repeat(" ")), strict=True)
    ]


def _start(line: str, rest: str) -> int:
    """The start of a line that is blank, a comment, or indented into a tab."""
    return _TAB if rest[:1] == "\t" and rest.strip() else _BLANK


def _has_child(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _is_dash(text: str, column: int) -> bool:
    return text.startswith("-", column) and (column + 1 == len(text) or text[column + 1] == " ")


def _key(text: str, at: int) -> tuple[str, int]:
    """The block mapping key starting at ``at`` and the column after its colon."""
    first = text[at : at + 1]
    if first in ("'", '"'):
        end = text.find(first, at + 1)
        if end == -1 or "\\" in text[at:end] or text[end + 1 : end + 2] == first:
            raise Unsure("a quoted key with escapes")
        key, after = text[at + 1 : end], end + 1
        after = _skip_spaces(text, after)
        if not text.startswith(":", after):
            raise Unsure("a quoted key without a colon")
        after += 1
    else:
        if not first or first in "#-?:[]{},&*!|>%@`":
            raise Unsure("no plain key here")
        colon = text.find(":", at)
        while colon != -1 and not (colon + 1 == len(text) or text[colon + 1] in " \t"):
            colon = text.find(":", colon + 1)
        if colon == -1 or " #" in text[at:colon]:
            raise Unsure("no key colon on the line")
        key, after = text[at:colon].rstrip(" "), colon + 1
    if after < len(text) and text[after] not in " \t":
        raise Unsure("a colon not followed by a space")
    return key, after


def _flow_scalar(text: str, at: int, is_key: bool) -> tuple[str, int]:
    """A scalar inside brackets: its text (quotes taken off when there are no escapes) and where it ends."""
    first = text[at : at + 1]
    if first in ("[", "{"):
        raise Unsure("a container inside a one-line container")
    if first == "'":
        end = at + 1
        while True:
            end = text.find("'", end)
            if end == -1:
                raise Unsure("a quoted scalar that goes on")
            if text.startswith("''", end):
                end += 2
                continue
            return text[at + 1 : end].replace("''", "'"), end + 1
    if first == '"':
        end = at + 1
        while end < len(text) and text[end] != '"':
            end += 2 if text[end] == "\\" else 1
        if end >= len(text):
            raise Unsure("a quoted scalar that goes on")
        return text[at + 1 : end], end + 1
    end = at
    while end < len(text):
        ch = text[end]
        if ch in ",[]{}":
            break
        if ch == ":" and (end + 1 == len(text) or text[end + 1] in " ,[]{}"):
            if is_key:
                break
            raise Unsure("a colon inside a one-line list entry")
        if ch == "#" and text[end - 1] == " ":
            raise Unsure("a comment inside brackets")
        end += 1
    if end == at:
        raise Unsure("an empty entry")
    return text[at:end].rstrip(" "), end
