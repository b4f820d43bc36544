"""A file's comments carried over to its canonical text by the node each belongs to, without ruamel.yaml.

``gcat fmt`` of a file that needs rewriting and has comments went through ruamel.yaml's round trip,
some fifteen times as slow as checking the file. Most hand-annotated files are simple: comment lines
(and blank lines) above a key or a list item, a comment at the end of a line. Each block of comment
and blank lines is given the node that starts the line below it and the node of the last line with
content above it; each end-of-line comment the node that starts its line. The canonical text is then
written by the fast writer and each comment put back, as written: a block above its node's line, an
end-of-line comment after its node's line, with the spaces it had.

That is done only where the round trip puts the comment in the same place, so that the text is the
round trip's: a block whose two nodes are still neighbours, an end-of-line comment on a line that
reads as it did. :func:`carried` answers None, and the caller uses the round trip, for anything
else: a block scalar, a directive, a carriage return, a line of spaces or a blank first line; a
quoted text over several lines, or a quote or ``#`` on a line no node starts; a node the canonical
form does not have or moves (an item of a list it changes, an entry of a one-line list); two
end-of-line comments for one line. Its answer is checked before it is given: it must hold as many
``#`` and the same comments in the same order as the file, and read back as the canonical data.
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
    comments: list[str] = []  # every comment of the file, in order: what the answer must hold
    pending: list[str] = []
    last: int | None = None  # the last line with content so far
    for number, line in enumerate(lines, start=1):
        content = line.strip()
        if not content or content.startswith("#"):
            if not content and line:
                return None  # a line of spaces: the round trip does not keep it as it is
            pending.append(line)
            if content:
                comments.append(content)
            continue
        try:
            comment = _comment_at(line)
        except _Unsure:
            return None
        if pending or comment is not None:
            nodes = _block_nodes(written_nodes(number))
            if not nodes:
                return None  # a line no node starts (a value going on below its key): not read here
            if pending:
                blocks.append(_Block(pending, nodes[0], _last_node(last, written_nodes)))
                pending = []
            if comment is not None:
                ends.append((nodes[-1], line[:comment], line[comment:]))
                comments.append(line[comment:].lstrip(" \t"))
        elif _MAY_HIDE.search(line) is not None and not written_nodes(number):
            return None  # a value going on below its key with a quote or a "#": not read here
        last = number
    if pending:
        blocks.append(_Block(pending, None, _last_node(last, written_nodes)))
    if not comments:
        return None  # blank lines only: the round trip's business
    return _placed(
        canonical, data, written, blocks, ends, canonical_nodes, locate_canonical, text, comments, reads_back
    )


class _Block:
    """Comment and blank lines as written, the node below them (None at the end of the file) and the
    node of the last line with content above them (None at the start)."""

    __slots__ = ("below", "lines", "previous")

    def __init__(self, lines: list[str], below: DocPath | None, previous: DocPath | None) -> None:
        self.lines, self.below, self.previous = lines, below, previous


def _last_node(line: int | None, nodes_at: NodesAt) -> DocPath | None:
    """The deepest node starting 1-based ``line`` (None for no line: the start of the file); ``()``,
    which no node of the canonical text equals, where no node starts it."""
    if line is None:
        return None
    found = _block_nodes(nodes_at(line))
    return found[-1] if found else ()


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
    comments: list[str],
    reads_back: Callable[[str], bool],
) -> str | None:
    """The canonical lines with the blocks and end-of-line comments put in, where the round trip
    puts them too: a block between the same two nodes it stood between, an end-of-line comment on a
    line that reads as it did."""
    lines = canonical.split("\n")[:-1]
    above: dict[int, list[str]] = {}
    after: dict[int, str] = {}
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
        if found is None or found in after or lines[found - 1] != written_line:
            return None  # a line that changed: where the round trip puts the comment is its business
        after[found] = comment
    output: list[str] = []
    for number, line in enumerate(lines, start=1):
        output += above.get(number, [])
        output.append(line + after.get(number, ""))
    output += above.get(len(lines) + 1, [])
    result = "\n".join(output) + "\n"
    if _comments(result) != comments or result.count("#") != text.count("#"):
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
