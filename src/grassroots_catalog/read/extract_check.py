"""Checking a guideline extract before it is converted: every key known, every problem located.

An extract (``sources/guidelines/FORMAT.md``) is typed by hand from public pages. A misspelt key
(``levle1``) would otherwise be dropped silently, and the row lose its name; a bad value would come
back as pydantic's "1 validation error for Catalogue", with no line. Here the extract is composed
into YAML nodes, which keep their marks, and

- :func:`structure_findings` refuses each unknown key (S002, with the nearest known one), each
  missing one (S001), each value of the wrong shape (S003) and an unknown area slug (S006), at its
  line and column, all at once;
- :func:`locate_validation` places each problem the catalogue model finds in the converted
  document at the cell of the extract it came from (``matters[3].name.level1`` is the fourth row's
  ``level1``; ``title`` is ``area.guideline_zh``).

The findings are the catalogue reader's codes, so they render in either language like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import closest
from grassroots_catalog.model.fields import ROW_FIELDS
from grassroots_catalog.results import Finding, Location, Severity
from grassroots_catalog.results import Path as DocPath

TOP_KEYS = ("area", "matters")
AREA_KEYS = ("slug", "zh", "en", "guideline_zh", "issuer_zh", "issued", "fidelity", "sources")
AREA_REQUIRED = ("slug", "guideline_zh", "issuer_zh")
SOURCE_KEYS = ("url", "kind", "publisher_zh", "note")
ROW_KEYS = ("seq", "level1", "level2", "level3", *ROW_FIELDS)
ROW_REQUIRED = ("seq",)

_CATALOGUE_TO_EXTRACT: dict[str, DocPath] = {
    "id": ("area", "slug"),
    "title": ("area", "guideline_zh"),
    "issuer": ("area", "issuer_zh"),
    "issued": ("area", "issued"),
    "completeness": ("area", "fidelity"),
}
"""Where a field of the converted catalogue comes from in the extract (the rest map one to one)."""


def structure_findings(root: Any, file: str) -> list[Finding]:
    """The keys, shapes and slug of a composed extract (``yaml.compose``), checked; every problem found."""
    found: list[Finding] = []
    top = _mapping(root, "", found, file)
    if top is None:
        return found
    _known_keys(top, TOP_KEYS, found, file)
    area = _mapping(_value(top, "area"), "area", found, file, required_at=root)
    if area is not None:
        _known_keys(area, AREA_KEYS, found, file)
        _required(area, AREA_REQUIRED, found, file)
        slug = _value(area, "slug")
        if slug is not None and getattr(slug, "tag", "").endswith(":str") and slug.value not in AREAS:
            suggestion = closest(str(slug.value), tuple(AREAS))
            ctx = {"value": slug.value} | ({"reason": "suggested", "suggestion": suggestion} if suggestion else {})
            found.append(_finding("S006", slug, file, ctx))
        sources = _value(area, "sources")
        for source in _items(sources, "sources", found, file):
            item = _mapping(source, "sources", found, file)
            if item is not None:
                _known_keys(item, SOURCE_KEYS, found, file)
    for row in _items(_value(top, "matters"), "matters", found, file):
        item = _mapping(row, "matters", found, file)
        if item is not None:
            _known_keys(item, ROW_KEYS, found, file)
            _required(item, ROW_REQUIRED, found, file)
    return found


def locate_validation(root: Any, problems: Iterator[tuple[str, DocPath, dict[str, Any]]], file: str) -> list[Finding]:
    """Findings for the model's problems with the converted document, each at its cell of the extract."""
    return [
        Finding(code, Severity.ERROR, file=file, location=locate(root, extract_path(path)), ctx=ctx, fatal=True)
        for code, path, ctx in problems
    ]


def extract_path(path: DocPath) -> DocPath:
    """The path in the extract of ``path`` in the catalogue converted from it."""
    if not path:
        return path
    head = path[0]
    if head == "matters" and len(path) >= 3:
        rest = path[2:]
        if rest[:1] == ("name",):
            rest = rest[1:]
        elif rest[:1] == ("row",):
            rest = ("seq",)
        return ("matters", path[1], *rest)
    if head == "sources":
        field = path[2:3]
        return ("area", "sources", *path[1:2], *(("publisher_zh",) if field == ("publisher",) else field))
    if isinstance(head, str) and head in _CATALOGUE_TO_EXTRACT:
        return _CATALOGUE_TO_EXTRACT[head]
    return ("area",)


def locate(root: Any, path: DocPath) -> Location | None:
    """The 1-based position of ``path`` in the composed extract, or of its deepest existing part."""
    node, mark = root, getattr(root, "start_mark", None)
    for part in path:
        if isinstance(part, str) and _is_mapping(node):
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == part), None)
            if pair is None:
                break
            mark, node = pair[0].start_mark, pair[1]
        elif isinstance(part, int) and _is_sequence(node) and 0 <= part < len(node.value):
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return Location(mark.line + 1, mark.column + 1) if mark is not None else None


# --------------------------------------------------------------------------- helpers


def _is_mapping(node: Any) -> bool:
    return type(node).__name__ == "MappingNode"


def _is_sequence(node: Any) -> bool:
    return type(node).__name__ == "SequenceNode"


def _is_null(node: Any) -> bool:
    return node is None or getattr(node, "tag", "").endswith(":null")


def _value(mapping: Any, key: str) -> Any:
    return next((v for k, v in mapping.value if getattr(k, "value", None) == key), None)


def _mapping(node: Any, field: str, found: list[Finding], file: str, *, required_at: Any = None) -> Any:
    """``node`` if it is a mapping; else a finding (S001 when absent and required, S003 otherwise) and None."""
    if _is_mapping(node):
        return node
    if node is None and required_at is not None:
        found.append(_finding("S001", required_at, file, {"field": field}))
    elif not _is_null(node):
        found.append(_finding("S003", node, file, {"field": field or "extract", "reason": "mapping"}))
    return None


def _items(node: Any, field: str, found: list[Finding], file: str) -> list[Any]:
    if _is_null(node):
        return []
    if not _is_sequence(node):
        found.append(_finding("S003", node, file, {"field": field, "reason": "list"}))
        return []
    return list(node.value)


def _known_keys(mapping: Any, known: tuple[str, ...], found: list[Finding], file: str) -> None:
    for key, _ in mapping.value:
        name = getattr(key, "value", None)
        if isinstance(name, str) and name in known:
            continue
        shown = str(name)
        suggestion = closest(shown, known)
        ctx = {"field": shown} | ({"reason": "suggested", "suggestion": suggestion} if suggestion else {})
        found.append(_finding("S002", key, file, ctx))


def _required(mapping: Any, required: tuple[str, ...], found: list[Finding], file: str) -> None:
    present = {getattr(key, "value", None) for key, _ in mapping.value}
    for name in required:
        if name not in present:
            found.append(_finding("S001", mapping, file, {"field": name}))


def _finding(code: str, node: Any, file: str, ctx: dict[str, Any]) -> Finding:
    mark = node.start_mark
    return Finding(
        code, Severity.ERROR, file=file, location=Location(mark.line + 1, mark.column + 1), ctx=ctx, fatal=True
    )
