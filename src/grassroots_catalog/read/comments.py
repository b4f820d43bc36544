"""A file's comments carried over to its canonical text by the node each belongs to, without ruamel.yaml.

``gcat fmt`` of a file that needs rewriting and has comments went through ruamel.yaml's round trip,
some fifteen times as slow as checking the file. Most hand-annotated files are simple: comment lines
(and blank lines) above a key or a list item, a comment at the end of a line. Each such comment is
given the path of the node it belongs to in the file as written: a block of comment and blank lines
belongs to the node that starts the line below it, an end-of-line comment to the node that starts
its line. The canonical text is then written by the fast writer and each comment put back at its
node: a block above the node's line, indented as the line; an end-of-line comment after it, with the
spaces it had.

:func:`carried` answers None, and the caller uses the round trip, whenever that cannot be done
exactly: a quote, a block scalar, a directive or a carriage return in the file; a comment line that
no node follows; a node the canonical form does not have, or moves (an item of a list the canonical
form changes, a value written on one line there); two end-of-line comments for one line. Its answer
is checked before it is given: it must read back as the canonical data, hold every comment of the
file in the same order, and be a formatted file annotated (what ``gcat fmt --check`` takes as is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from grassroots_catalog.results import Location
from grassroots_catalog.results import Path as DocPath

__all__ = ["carried"]

NodesAt = Callable[[int], list[tuple[DocPath, int]]]
"""The keys and items of a text's data that start at a 1-based line, with their 1-based columns."""
Locate = Callable[[DocPath], Location | None]
"""The 1-based position of a path of a text's data (of its key, or of its item's value)."""

_REFUSED = re.compile(r"\r|^%|^(?:---|\.\.\.)(?:[ \t]|$)|(?:^|[ \t])[|>][-+0-9]*[ \t]*$", re.MULTILINE)
"""What this module does not read: a carriage return, a directive or document marker, a block
scalar's header."""
_MAY_HIDE = re.compile("[#'\"]")
"""What a line may hide a comment behind, where no node starts it."""
_EOL = re.compile(r"[ \t]+#")
"""Where an end-of-line comment starts on a line without quotes."""


class _Unsure(Exception):
    """A quoted text that goes on to the next line: where its comments are is not read here."""


def _comment_at(line: str) -> int | None:
    """Where the end-of-line comment of ``line`` starts (its spaces included), if it has one.

    A ``#`` after a space starts a comment outside quotes. A quote opens a quoted text only where a
    value starts (the line's start, after ``: ``, ``- ``, ``[``, ``{`` or ``,``); a quoted text that
    does not close on its line raises :class:`_Unsure`.
    """
    if "'" not in line and '"' not in line:
        found = _EOL.search(line)
        return found.start() if found is not None else None
    index, previous, spaced = 0, "", True
    while index < len(line):
        char = line[index]
        if char in "'\"" and (previous in ("", "[", "{", ",") or (previous in (":", "-") and spaced)):
            index = _closing(line, index)
            previous, spaced = char, False
            continue
        if char == "#" and index and line[index - 1] in " \t":
            start = index
            while start and line[start - 1] in " \t":
                start -= 1
            return start
        if char in " \t":
            spaced = True
        else:
            previous, spaced = char, False
        index += 1
    return None


def _closing(line: str, opening: int) -> int:
    """The index after the quote that closes the one at ``opening`` ('' and \\" escape a quote)."""
    quote, index = line[opening], opening + 1
    while index < len(line):
        if quote == '"' and line[index] == "\\":
            index += 2
            continue
        if line[index] == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index + 1
        index += 1
    raise _Unsure("a quoted text that goes on to the next line")


def carried(
    text: str,
    written: Any,
    written_nodes: NodesAt,
    data: Mapping[str, Any],
    canonical: str,
    canonical_nodes: NodesAt,
    locate_canonical: Locate,
    reads_back: Callable[[str], bool],
) -> str | None:
    """``canonical`` (the canonical text of ``data``) with the comments of ``text`` (whose data is
    ``written``) put back at their nodes; None when that cannot be done exactly (module docstring).

    ``reads_back`` says whether a text reads as ``data``: the answer is given only if it does.
    """
    if _REFUSED.search(text) or not text.endswith("\n") or text.startswith("\n"):
        return None
    lines = text.split("\n")[:-1]
    blocks: list[_Block] = []
    ends: list[tuple[DocPath, str, str]] = []
    pending: list[str] = []
    previous: DocPath | None = None  # the node of the last line with content
    for number, line in enumerate(lines, start=1):
        content = line.strip()
        if not content or content.startswith("#"):
            if not content and line:
                return None  # a line of spaces: the round trip does not keep it as it is
            pending.append(line)
            continue
        try:
            comment = _comment_at(line)
        except _Unsure:
            return None
        if not pending and comment is None:
            if _MAY_HIDE.search(line) is not None and not written_nodes(number):
                return None  # a value going on below its key with a quote or a "#": not read here
            previous = None  # not needed unless a comment follows; then its line is looked up
            continue
        nodes = _block_nodes(written_nodes(number))
        if not nodes:
            return None  # a line no node starts (a value going on below its key): not read here
        if pending:
            blocks.append(_Block(pending, nodes[0], _previous_node(previous, number, lines, written_nodes)))
            pending = []
        if comment is not None:
            ends.append((nodes[-1], line[:comment], line[comment:]))
        previous = nodes[-1]
    if pending:
        blocks.append(_Block(pending, None, _previous_node(previous, len(lines) + 1, lines, written_nodes)))
    if not any("#" in entry for block in blocks for entry in block.lines) and not ends:
        return None  # blank lines only: the round trip's business
    return _placed(canonical, data, written, blocks, ends, canonical_nodes, locate_canonical, text, reads_back)


class _Block:
    """Comment and blank lines as written, the node below them (None at the end of the file) and the
    node of the last line with content above them (None at the start)."""

    __slots__ = ("below", "lines", "previous")

    def __init__(self, lines: list[str], below: DocPath | None, previous: DocPath | None) -> None:
        self.lines, self.below, self.previous = lines, below, previous


def _previous_node(known: DocPath | None, number: int, lines: list[str], nodes_at: NodesAt) -> DocPath | None:
    """The node of the last line with content before 1-based line ``number`` (``known`` when the
    loop has it already); None at the start of the file."""
    if known is not None:
        return known
    for earlier in range(number - 1, 0, -1):
        content = lines[earlier - 1].strip()
        if content and not content.startswith("#"):
            found = _block_nodes(nodes_at(earlier))
            return found[-1] if found else ()  # a line no node starts: equal to no node, so refused
    return None


def _block_nodes(nodes: list[tuple[DocPath, int]]) -> list[DocPath]:
    """Of the nodes that start a line, those at its first column (keys of block mappings, items of
    block lists, not the entries of a one-line list after them), shallowest first."""
    if not nodes:
        return []
    first = min(column for _, column in nodes)
    return sorted((path for path, column in nodes if column == first), key=len)


def _placed(
    canonical: str,
    data: Mapping[str, Any],
    written: Any,
    blocks: list[_Block],
    ends: list[tuple[DocPath, str, str]],
    canonical_nodes: NodesAt,
    locate: Locate,
    text: str,
    reads_back: Callable[[str], bool],
) -> str | None:
    """The canonical lines with the blocks and end-of-line comments put in, where the round trip
    puts them too: a block between the same two nodes it stood between, an end-of-line comment on a
    line that reads as it did."""
    lines = canonical.split("\n")[:-1]
    above: dict[int, list[str]] = {}
    comments: dict[int, str] = {}
    for block in blocks:
        if block.below is None:
            number = len(lines) + 1
        else:
            found = _canonical_line(block.below, data, written, lines, locate)
            if found is None:
                return None
            number = found
        before = _block_nodes(canonical_nodes(number - 1)) if number > 1 else []
        if (before[-1] if before else None) != block.previous:
            return None  # the nodes around it are not neighbours any more: the round trip decides
        above.setdefault(number, []).extend(block.lines)
    for path, written_line, comment in ends:
        found = _canonical_line(path, data, written, lines, locate)
        if found is None or found in comments or lines[found - 1] != written_line:
            return None  # a line that changed: where the round trip puts the comment is its business
        comments[found] = comment
    output: list[str] = []
    for number, line in enumerate(lines, start=1):
        output += above.get(number, [])
        output.append(line + comments.get(number, ""))
    output += above.get(len(lines) + 1, [])
    result = "\n".join(output) + "\n"
    expected = _comments(text)
    if expected is None or _comments(result) != expected or result.count("#") != text.count("#"):
        return None  # a "#" lost: a comment this module did not see as one (a value may hold a quote)
    if not reads_back(result):
        return None
    return result


def _canonical_line(
    path: DocPath, data: Mapping[str, Any], written: Any, lines: list[str], locate: Locate
) -> int | None:
    """The line of the canonical text that ``path`` starts, if the canonical form has the node as a
    block node in the same place: every list on the way unchanged but the list of matters, which
    keeps its rows in their order."""
    node: Any = data
    original: Any = written
    for depth, part in enumerate(path):
        if isinstance(part, int):
            if not isinstance(node, list) or not isinstance(original, list) or len(node) != len(original):
                return None
            if path[:depth] != ("matters",) and node != original:
                return None  # an item of a list the canonical form changes may have moved
            if not 0 <= part < len(node):
                return None
        elif not isinstance(node, dict) or part not in node or not isinstance(original, dict) or part not in original:
            return None
        node, original = node[part], original[part]
    where = locate(path)
    if where is None:
        return None
    line = lines[where.line - 1]
    if line[: where.column - 1].strip(" -"):
        return None  # not where its line starts: an entry of a one-line list or mapping
    return where.line


def _comments(text: str) -> list[str] | None:
    """The comments of a text read here, in order (None if a quoted text goes on to the next line)."""
    found = []
    for line in text.split("\n"):
        content = line.strip()
        if content.startswith("#"):
            found.append(content)
            continue
        try:
            comment = _comment_at(line)
        except _Unsure:
            return None
        if comment is not None:
            found.append(line[comment:].lstrip(" \t"))
    return found
