"""Writing catalogues as YAML: canonical values, canonical order, comments kept.

The canonical form is what ``Catalogue.model_dump`` gives: keys in model order, vocabulary values in
their canonical spelling and order, one list item per element. :func:`format_text` grafts that form
onto the user's own document, read by ruamel.yaml's round-trip loader, so that every comment stays
beside the key or item it was written next to. Only lists whose length changed (a split cell, a
removed duplicate) are rebuilt; their item comments cannot be placed and go with them.

Text written from data alone (:func:`canonical_text`, :func:`dump_catalogue`) comes from
:mod:`grassroots_catalog.read.emit`, which builds the same text as ruamel.yaml's emitter twenty times
faster; ruamel.yaml writes only what that module declines, and the documents that keep a user's comments.

The user's text must already have passed :func:`grassroots_catalog.read.reader.read_yaml`, which
refuses the tags, aliases and directives that ruamel.yaml's round-trip loader would otherwise accept
silently (INPUT-SAFETY.md finding 1).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import io
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.model.fields import FLOW_STYLE
from grassroots_catalog.read.emit import Path, Unsupported, block_text, emit
from grassroots_catalog.results import Location

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from grassroots_catalog.read.located import TextPositions
    from grassroots_catalog.read.reader import SourceMap

# Short lists and mappings read best on one line, like a row of ticked boxes: the matter fields the
# field table marks so, and the catalogue's jurisdiction.
FLOW_KEYS = frozenset({*FLOW_STYLE, "jurisdiction"})

SCHEMA_MODELINE = "# yaml-language-server: $schema={url}"


def _yaml() -> YAML:
    """A fresh round-trip YAML object per use: ruamel keeps state on it (STYLE.md §1.10).

    ruamel.yaml is imported here, not at the top: writing a canonical catalogue does not need it, and
    importing it costs start-up time on every ``gcat import``.
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold long Chinese cells
    yaml.allow_unicode = True
    yaml.preserve_quotes = False
    return yaml


def canonical_data(
    catalogue: Catalogue, *, exclude_unset: bool = True, exclude_defaults: bool = False
) -> dict[str, Any]:
    """The catalogue as plain Python data in canonical form (dates stay dates)."""
    dumped = catalogue.model_dump(mode="python", exclude_unset=exclude_unset, exclude_defaults=exclude_defaults)
    return _plain(dumped)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str | int | float | bool | dt.date) or value is None:
        return value
    return str(value)


def dump_catalogue(catalogue: Catalogue, *, header: str | None = None) -> str:
    """The catalogue as canonical YAML text, starting with an optional comment ``header``."""
    text = canonical_text(canonical_data(catalogue, exclude_unset=False, exclude_defaults=True))
    if header:
        text = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines()) + text
    return text


def canonical_text(
    data: Mapping[str, Any],
    *,
    eol_comments: Mapping[Path, str] | None = None,
    before_comments: Mapping[Path, str] | None = None,
    eol_gaps: Mapping[Path, int] | None = None,
) -> str:
    """Plain data as canonical YAML text, with comments after the values or before the list items at
    these paths (``("matters", 3, "id")``, ``("matters", 3)``), ``eol_gaps`` spaces before an end-of-line
    comment where it is not two: the same text as :func:`ruamel_text`."""
    try:
        return emit(
            data, flow_keys=FLOW_KEYS, eol_comments=eol_comments, before_comments=before_comments, eol_gaps=eol_gaps
        )
    except Unsupported:
        return ruamel_text(data, eol_comments=eol_comments, before_comments=before_comments, eol_gaps=eol_gaps)


def ruamel_text(
    data: Mapping[str, Any],
    *,
    eol_comments: Mapping[Path, str] | None = None,
    before_comments: Mapping[Path, str] | None = None,
    eol_gaps: Mapping[Path, int] | None = None,
) -> str:
    """What :func:`canonical_text` writes, by ruamel.yaml's emitter: for what the fast writer declines.

    A comment before a list item is indented to the item's dash. An end-of-line comment is written two
    spaces after its value (ruamel's layout for a comment without a column), or one where ``eol_gaps``
    says 1 (its layout for a comment at column 0).
    """
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    document = to_document(data)
    for path, comment in (eol_comments or {}).items():
        node, _ = _node_at(document, path[:-1])
        text = comment if comment.startswith("#") else "# " + comment
        if (eol_gaps or {}).get(path, 2) == 2:
            text = " " + text  # as yaml_add_eol_comment stores a comment that has no column
        # Stored directly: yaml_add_eol_comment would pick a column from the neighbouring comments.
        node._yaml_add_eol_comment([CommentToken(text, CommentMark(0)), None], path[-1])
    for path, comment in (before_comments or {}).items():
        node, dash = _node_at(document, path[:-1])
        node.yaml_set_comment_before_after_key(path[-1], before=comment, indent=dash)
    return _dump(document)


def _node_at(document: Any, path: Path) -> tuple[Any, int]:
    """The node at ``path`` and the column a block node there starts at (its keys, or its dashes)."""
    node, column = document, 0
    for part in path:
        node = node[part]
        column += 2
    return node, column


def format_text(text: str, catalogue: Catalogue) -> str:
    """``text`` rewritten in canonical form, keeping its comments and its line endings.

    A text with nothing ruamel.yaml's round trip would carry over (:func:`_carries_nothing`) is
    rewritten as what it says, by the fast writer: the round trip would give the same text, seconds later.
    """
    if _carries_nothing(text):
        output = canonical_text(canonical_data(catalogue))
        return output.replace("\n", "\r\n") if "\r\n" in text else output
    if "\r" not in text:
        data = canonical_data(catalogue)
        if _CARRIED_BESIDES_COMMENTS.search(text) is None:
            found = _id_comments(text, data)
            if found is not None:
                comments, gaps = found
                return canonical_text(data, eol_comments=comments, eol_gaps=gaps)
        canonical = canonical_text(data)
        if _commented_canonical(text, canonical):
            return text
        moved = _with_comments_carried(text, canonical)
        if moved is not None:
            return moved
    return ruamel_format_text(text, catalogue)


def _with_comments_carried(text: str, canonical: str) -> str | None:
    """``canonical`` with the comments of ``text`` put back at their nodes, by
    :func:`grassroots_catalog.read.comments.carried`; None where it declines. The data and positions
    of both texts come from the accelerator and the text itself where they can, from the checked
    reader elsewhere: the same data and positions either way, so the answer does not depend on
    whether the accelerator is installed."""
    from grassroots_catalog.read.comments import carried

    written = _Placed.read(text)
    formatted = _Placed.read(canonical)
    if written is None or formatted is None:
        return None
    data = formatted.data
    return carried(
        text,
        written.data,
        written.nodes_at,
        data,
        canonical,
        formatted.nodes_at,
        formatted.locate,
        lambda out: _data_of(out) == data,
    )


class _Placed:
    """A text's data and where its keys and items are: read off the text where it can be, else by
    the checked reader (which gives the same positions)."""

    def __init__(self, text: str, data: Any, positions: TextPositions | None, source_map: SourceMap | None) -> None:
        self.text, self.data, self._positions, self._source_map = text, data, positions, source_map
        self._by_line: dict[int, list[tuple[Path, int]]] | None = None

    @classmethod
    def read(cls, text: str) -> _Placed | None:
        """The text's data with its positions read off the text, or the checked reader's where the
        accelerator cannot read the text or the text is laid out otherwise; None if it does not read."""
        from grassroots_catalog.read.located import TextPositions, Unsure

        read = _read_data(text)
        if read is not None and read[1] is None:
            with contextlib.suppress(Unsure):
                return cls(text, read[0], TextPositions(text, read[0]), None)
            read = _read_data(text, checked=True)
        return cls(text, read[0], None, read[1]) if read is not None else None

    def nodes_at(self, line: int) -> list[tuple[Path, int]]:
        """The keys and items that start at ``line``, with their columns (1-based)."""
        from grassroots_catalog.read.located import Unsure

        if self._positions is not None:
            try:
                return self._positions.nodes_at(line)
            except Unsure:
                self._positions = None
        if self._by_line is None:
            source_map = self._checked()
            self._by_line = {}
            for path in _paths(self.data, ()):
                where = source_map.locate(path)
                self._by_line.setdefault(where.line, []).append((path, where.column))
        return self._by_line.get(line, [])

    def locate(self, path: Path) -> Location | None:
        if self._positions is not None:
            found = self._positions.locate(path)
            if found is not None:
                return found
        return self._checked().locate(path)

    def _checked(self) -> SourceMap:
        from grassroots_catalog.read.reader import read_yaml

        if self._source_map is None:
            self._source_map = read_yaml(self.text)[1]
        return self._source_map


def _paths(node: Any, path: Path) -> Iterator[Path]:
    """Every key and item below ``node``, parents before their children."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _paths(value, (*path, index))


def _data_of(text: str) -> Any:
    """What ``text`` reads as (None if it does not read)."""
    read = _read_data(text)
    return read[0] if read is not None else None


def _read_data(text: str, *, checked: bool = False) -> tuple[Any, SourceMap | None] | None:
    """What ``text`` reads as, by the accelerator (no source map) unless ``checked``, else by the
    checked reader (with its map); None if it does not read. Both readers give the same data."""
    from grassroots_catalog.errors import InputRejected
    from grassroots_catalog.read.fast import fast_read
    from grassroots_catalog.read.limits import DEFAULT_LIMITS
    from grassroots_catalog.read.reader import read_yaml

    data = None if checked else fast_read(text, DEFAULT_LIMITS)
    if data is not None:
        return data, None
    try:
        return read_yaml(text)
    except InputRejected:
        return None


def _commented_canonical(text: str, canonical: str) -> bool:
    """Whether ``text`` is the ``canonical`` text with comments and blank lines added, and nothing else.

    That is the usual state of a file formatted once and then annotated by hand: a comment line or a
    blank line between matters, a comment at the end of a line. ruamel.yaml's round trip gives such a
    text back as it is (a property test holds the two to it), so it is already formatted and needs no
    round trip. Each line of ``text`` is blank, only a comment, a line of ``canonical`` (in order), or
    such a line followed by spaces and a comment; ``text`` does not start with a blank line, and holds
    no line of spaces only (the round trip drops both). Comparing with the canonical lines, rather than parsing comments,
    leaves no doubt about a ``#`` inside quotes: a line is taken as commented only when what precedes
    its comment is a whole canonical line.
    """
    if text.startswith("\n") or not text.endswith("\n"):
        return False
    expected = canonical.split("\n")
    at = 0
    for line in text.split("\n"):
        content = line.lstrip(" ")
        if at < len(expected) and line == expected[at]:
            at += 1
        elif not line or content.startswith("#"):
            continue
        elif (
            at < len(expected)
            and expected[at]
            and line.startswith(expected[at])
            and line[len(expected[at]) :].lstrip(" ").startswith("#")
            and line[len(expected[at])] == " "
        ):
            at += 1
        else:
            return False
    return at == len(expected)


# What a round trip keeps of a document besides its data: comments (and the blank lines ruamel
# keeps with them), a directive or document marker, and a literal or folded block scalar's style
# (ruamel's containers give a new value the style of the one it replaces). A line ending in ``|``
# or ``>`` after a space (a block scalar's header) is taken for one even inside other text.
_CARRIED = re.compile(
    r"#|\A[ \t]*\r?\n|\n[ \t]*\r?(?=\n)|^%|^(?:---|\.\.\.)(?:[ \t\r]|$)|(?:^|[ \t])[|>][-+0-9]*[ \t]*\r?$",
    re.MULTILINE,
)


_CARRIED_BESIDES_COMMENTS = re.compile(_CARRIED.pattern.removeprefix("#|"), re.MULTILINE)

# A comment after the id of a list item, as ``gcat import`` writes one per row (``  - id: sa.m1  # 表!A5``).
_ID_COMMENT = re.compile(r"  - id: ([^\s#'\"][^#]*?)( +)(#.*)")


def _id_comments(text: str, data: Mapping[str, Any]) -> tuple[dict[Path, str], dict[Path, int]] | None:
    """The comments of ``text`` as the fast writer's ``eol_comments`` and ``eol_gaps``, when every one
    follows the id of an item of a top-level list laid out as the canonical form lays it out, with
    the id written as the canonical form writes it; None for any other comment or layout.

    ruamel.yaml's round trip keeps such a comment with its key, at its column: the same number of
    spaces after the same id. A list whose length the canonical form changes loses its comments
    there, so every list holding one must have as many items in the text as in ``data``.
    """
    comments: dict[Path, str] = {}
    gaps: dict[Path, int] = {}
    items: dict[str, int] = {}
    key: str | None = None
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line and line[0] not in " -#":
            key = line.split(":", 1)[0]
            items[key] = 0
        elif line.startswith("  - ") and key is not None:
            items[key] += 1
        if "#" not in line:
            continue
        match = _ID_COMMENT.fullmatch(line)
        rows = data.get(key) if key is not None else None
        if match is None or key is None or not isinstance(rows, list) or items[key] > len(rows):
            return None
        row = rows[items[key] - 1]
        identifier = row.get("id") if isinstance(row, dict) else None
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not isinstance(identifier, str) or _written(identifier) != match.group(1):
            return None
        if not (following.startswith("    ") and following[4:5] not in ("", " ", "#", "-")):
            return None  # a key of the same item follows, so the comment is the id's
        comments[key, items[key] - 1, "id"] = match.group(3)
        gaps[key, items[key] - 1, "id"] = len(match.group(2))
    if any(items[name] != len(data[name]) for name in {str(path[0]) for path in comments}):
        return None
    return comments, gaps


def _written(text: str) -> str | None:
    try:
        return block_text(text)
    except Unsupported:
        return None


def _carries_nothing(text: str) -> bool:
    """Whether ruamel.yaml's round trip of ``text`` would keep nothing but its data (over-approximates:
    a ``#`` anywhere, even inside quotes, counts as a comment)."""
    return _CARRIED.search(text) is None and "\r" not in text.replace("\r\n", "")


def ruamel_format_text(text: str, catalogue: Catalogue) -> str:
    """:func:`format_text` by ruamel.yaml's round trip: what keeps the comments and styles of ``text``."""
    original = _yaml().load(text)
    document = _graft(original, canonical_data(catalogue), None)
    output = _dump(document)
    if "\r\n" in text:
        output = output.replace("\r\n", "\n").replace("\n", "\r\n")
    return output


def to_document(data: Any) -> Any:
    """Plain data as a ruamel document in canonical style (flow for short lists), ready for comments."""
    return _graft(None, data, None)


def dump_document(document: Any) -> str:
    """A ruamel document as YAML text."""
    return _dump(document)


def _dump(document: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(document, stream)
    return stream.getvalue()


def _graft(old: Any, new: Any, key: str | None) -> Any:
    """``new``'s values and order, reusing ``old``'s containers (and so their comments) where they fit."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(new, dict):
        target = old if isinstance(old, CommentedMap) else CommentedMap()
        for existing in [k for k in target if k not in new]:
            del target[existing]
        for name, value in new.items():
            target[name] = _graft(target.get(name), value, name)
        for name in new:
            target.move_to_end(name)
        _style(target, key)
        return target
    if isinstance(new, list):
        if isinstance(old, CommentedSeq) and len(old) == len(new):
            for index, value in enumerate(new):
                old[index] = _graft(old[index], value, None)
            target_seq = old
        else:
            target_seq = CommentedSeq(_graft(None, value, None) for value in new)
        _style(target_seq, key)
        return target_seq
    return new


def _style(node: CommentedMap | CommentedSeq, key: str | None) -> None:
    if key in FLOW_KEYS:
        node.fa.set_flow_style()
    else:
        node.fa.set_block_style()


def with_matter_ids(text: str, ids: dict[int, str]) -> str:
    """``text`` with ``id:`` of the rows at these positions under ``matters:`` set, all else as written.

    A row without an id gets it as its first key; comments, order and style stay. ``text`` must have
    passed the checked reader already (as for :func:`format_text`).

    Each id is written into its line where the checked reader places the row (:func:`_ids_edited_in`),
    so that nothing else in the file moves; ruamel.yaml's round trip writes the file only where a row
    is laid out otherwise (a row on one line in braces, an id over several lines), or where reading
    the edited text back does not give exactly the data with the new ids.
    """
    edited = _ids_edited_in(text, ids)
    return edited if edited is not None else _ruamel_with_matter_ids(text, ids)


def _ids_edited_in(text: str, ids: dict[int, str]) -> str | None:
    """:func:`with_matter_ids` by editing the id lines of ``text`` in place; None where unsure."""
    from grassroots_catalog.errors import InputRejected
    from grassroots_catalog.read.reader import read_yaml

    if "\r" in text:
        return None
    try:
        data, positions = read_yaml(text)
    except InputRejected:
        return None
    matters = data.get("matters") if isinstance(data, dict) else None
    if not isinstance(matters, list):
        return text
    lines = text.split("\n")
    edits: list[tuple[int, int, int, str]] = []  # line, first column, column after, the new text there
    expected_rows = list(matters)  # the rows as they must read back: only the edited ones are new dicts
    for position, matter_id in sorted(ids.items()):
        row = matters[position] if position < len(matters) else None
        if not isinstance(row, dict):
            continue
        try:
            value = block_text(matter_id)
        except Unsupported:
            return None
        if "id" in row:
            where = positions.locate(("matters", position, "id"))
            span = _plain_value_span(lines[where.line - 1], where.column - 1, "id")
            if span is None:
                return None
            start, end = span
            written = lines[where.line - 1]
            spaced = ("" if written[start - 1] == " " else " ") + value + (" " if written[end:].startswith("#") else "")
            edits.append((where.line - 1, start, end, spaced))
            expected_rows[position] = {**row, "id": matter_id}
        else:
            where = positions.locate(("matters", position))
            line, column = where.line - 1, where.column - 1
            if lines[line][column : column + 1] in ("[", "{", "") or not lines[line][:column].rstrip(" ").endswith("-"):
                return None
            edits.append((line, column, column, f"id: {value}\n{' ' * column}"))
            expected_rows[position] = {"id": matter_id, **row}
    for line, start, end, new in sorted(edits, reverse=True):
        lines[line] = lines[line][:start] + new + lines[line][end:]
    edited = "\n".join(lines)
    try:
        reread, _ = read_yaml(edited)
    except InputRejected:
        return None
    same_order = all(
        list(mine) == list(theirs)
        for mine, theirs in zip(reread.get("matters", []), expected_rows, strict=False)
        if isinstance(mine, dict) and isinstance(theirs, dict)
    )
    return edited if reread == {**data, "matters": expected_rows} and same_order else None


def _plain_value_span(line: str, column: int, key: str) -> tuple[int, int] | None:
    """Where the one-line value of ``key`` (written at ``column`` of ``line``) is: plain or quoted text,
    or nothing, before any comment; None for any other layout."""
    if not line.startswith(key, column):
        return None
    at = column + len(key)
    while at < len(line) and line[at] == " ":
        at += 1
    if not line.startswith(":", at):
        return None
    at += 1
    while at < len(line) and line[at] == " ":
        at += 1
    if at == len(line) or line.startswith("#", at):
        return (at, at) if at == len(line) or line[at - 1] == " " else None
    if line[at] in "'\"":
        close = line.find(line[at], at + 1)
        if close == -1 or "\\" in line[at:close] or line.startswith(line[at], close + 1):
            return None  # escapes or a doubled quote: left to the round trip
        return at, close + 1
    if line[at] in "[{|>&*!":
        return None
    comment = line.find(" #", at)
    end = len(line) if comment == -1 else comment
    return at, len(line[:end].rstrip(" "))


def _ruamel_with_matter_ids(text: str, ids: dict[int, str]) -> str:
    """:func:`with_matter_ids` by ruamel.yaml's round trip: for the layouts the line edit declines."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    document = _yaml().load(text)
    matters = document.get("matters") if isinstance(document, CommentedMap) else None
    if not isinstance(matters, CommentedSeq):
        return text
    for position, matter_id in ids.items():
        row = matters[position] if position < len(matters) else None
        if not isinstance(row, CommentedMap):
            continue
        if "id" in row:
            row["id"] = matter_id
        else:
            row.insert(0, "id", matter_id)
    output = _dump(document)
    if "\r\n" in text:
        output = output.replace("\r\n", "\n").replace("\n", "\r\n")
    return output
