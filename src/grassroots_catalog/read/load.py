"""Loading a catalogue file: bytes → text → checked YAML → normalised data → :class:`Catalogue`.

Every problem on the way becomes a located :class:`~grassroots_catalog.results.Finding`:
:func:`read_catalogue` never raises for bad input, and :func:`load_catalogue` raises one
:class:`~grassroots_catalog.errors.CatalogueLoadError` that carries them all.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import closest
from grassroots_catalog.errors import CatalogueLoadError, InputRejected
from grassroots_catalog.messages import NORMALISATION_CODES
from grassroots_catalog.messages.render import os_error_context
from grassroots_catalog.model.catalogue import NORMALISED, Catalogue
from grassroots_catalog.model.normalise import normalise_document
from grassroots_catalog.read.encoding import DecodeFailure, decode
from grassroots_catalog.read.fast import fast_read
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.located import TextPositions, Unsure
from grassroots_catalog.read.reader import SourceMap, precheck_text, read_yaml
from grassroots_catalog.results import Finding, Location, Severity, sorted_findings
from grassroots_catalog.results import Path as DocPath

MAX_STRUCTURAL_FINDINGS = 200
"""Structural problems worked out in full per file; the rest are counted. A file with thousands of
them is not a catalogue yet, and explaining each (with a spelling suggestion) would take minutes."""


class _Positions:
    """The cache of one fast-path file's positions: read off its text, recovered by re-reading at worst.

    A file read on the fast path carries no source map. When a finding is to be placed,
    :func:`locate_in` first asks :class:`~grassroots_catalog.read.located.TextPositions`, which finds
    keys and items in the text and checks them against the data the accelerator parsed (kept here);
    only when it is unsure is the text re-read with the checked reader, once, and the map kept here
    for every later finding of the same file. The cache is private to the :class:`LoadResult` that
    owns it; what it holds is a function of that result's text, so filling it changes nothing a
    reader of the result can observe except the time the next lookup takes.
    """

    __slots__ = ("_data", "_map", "_text_positions", "_tried")

    def __init__(self) -> None:
        self._data: Any = None
        self._text_positions: TextPositions | None = None
        self._map: SourceMap | None = None
        self._tried = False

    def keep(self, data: Any) -> None:
        """Keep the data the accelerator parsed from the result's text, to check positions against."""
        self._data = data

    def take(self, other: _Positions) -> None:
        """Take over what ``other`` (a cache of the same text) holds."""
        self._data, self._text_positions = other._data, other._text_positions
        self._map, self._tried = other._map, other._tried

    def from_text(self, text: str, path: DocPath) -> Location | None:
        """The position of ``path`` read off the text, or None if there is no data kept or it is unsure."""
        if self._data is None:
            return None
        if self._text_positions is None:
            try:
                self._text_positions = TextPositions(text, self._data)
            except Unsure:
                self._data = None
                return None
        return self._text_positions.locate(path)

    def recover(self, text: str, file: str) -> SourceMap | None:
        """The map of ``text``, read on the first call only (None if the checked reader refuses it)."""
        if not self._tried:
            self._tried = True
            try:
                _, self._map = read_yaml(text, file=file)
            except InputRejected:
                self._map = None
        return self._map

    @property
    def recovered(self) -> SourceMap | None:
        """The map recovered so far, without reading anything."""
        return self._map


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What reading one file gave: the catalogue (None if it could not be read) and the findings.

    Frozen: derive a changed result with :func:`dataclasses.replace` (which starts an empty cache of
    positions, since the text may differ).
    """

    file: str
    catalogue: Catalogue | None
    findings: tuple[Finding, ...] = ()
    source_map: SourceMap | None = None
    """Positions from the checked reader; None for a file read on the fast path (see :func:`locate_in`)."""
    text: str | None = None
    _positions: _Positions = field(default_factory=_Positions, init=False, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """True when the file was read as a catalogue (it may still have findings)."""
        return self.catalogue is not None

    @property
    def positions(self) -> SourceMap | None:
        """The source map: the checked reader's, or the one recovered for a fast-path file (if any yet)."""
        return self.source_map if self.source_map is not None else self._positions.recovered


def load_catalogue(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Catalogue:
    """Read the catalogue at ``path``.

    Raises :class:`~grassroots_catalog.errors.CatalogueLoadError`, whose ``findings`` say where and
    why, if the file cannot be read as a catalogue. Normalisation notes are dropped; use
    :func:`read_catalogue` to see them.
    """
    result = read_catalogue(path, limits=limits)
    if result.catalogue is None:
        raise CatalogueLoadError(result.file, result.findings)
    return result.catalogue


def read_catalogue(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Read the catalogue at ``path``, reporting every problem and normalisation as a finding."""
    file = os.fspath(path)
    try:
        size = Path(file).stat().st_size
        if size > limits.max_file_bytes:
            return _fatal(
                file,
                Finding(
                    "Y006", Severity.ERROR, file=file, fatal=True, ctx={"size": size, "limit": limits.max_file_bytes}
                ),
            )
        with open(file, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        return _fatal(
            file,
            Finding(
                "Y013",
                Severity.ERROR,
                file=file,
                fatal=True,
                ctx=os_error_context(error),
            ),
        )
    return parse_catalogue(data, file=file, limits=limits)


def parse_catalogue(source: str | bytes, *, file: str = "<string>", limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Read a catalogue from text or bytes already in memory; ``file`` names it in findings."""
    if isinstance(source, bytes):
        if len(source) > limits.max_file_bytes:
            return _fatal(
                file,
                Finding(
                    "Y006",
                    Severity.ERROR,
                    file=file,
                    fatal=True,
                    ctx={"size": len(source), "limit": limits.max_file_bytes},
                ),
            )
        decoded = decode(source)
        if isinstance(decoded, DecodeFailure):
            return _fatal(file, _encoding_finding(file, decoded))
        text = decoded
    else:
        text = source
    try:
        precheck_text(text, file)
        fast = fast_read(text, limits)
        if fast is not None:
            quick = replace(catalogue_from_data(fast, file=file, limits=limits), text=text)
            if quick.catalogue is not None:
                return _placed(quick, fast)
        # The checked reader is authoritative: it refuses what is unsafe and knows every position. A
        # file the accelerator read but that is no catalogue is read again, so that a refusal of the
        # checked reader (nesting or a value past a limit, which the models report otherwise) comes first.
        raw, source_map = read_yaml(text, file=file, limits=limits)
    except InputRejected as rejected:
        return LoadResult(file, None, rejected.findings, None, text)
    if fast is not None:
        # Both readers give equal data (a property test holds them to it), so the findings stand;
        # they only need their positions.
        located = sorted_findings(replace(f, location=source_map.locate(f.path)) for f in quick.findings)
        return replace(quick, findings=tuple(located), source_map=source_map)
    return replace(catalogue_from_data(raw, file=file, source_map=source_map, limits=limits), text=text)


def _placed(quick: LoadResult, data: Any) -> LoadResult:
    """A catalogue the accelerator read, its findings placed by reading their positions off the text.

    ``data`` (what the accelerator parsed) is kept with the result, so that the findings the checks
    add later are placed the same way; the checked reader re-reads the text only where the layout is
    one :class:`~grassroots_catalog.read.located.TextPositions` does not read.
    """
    quick._positions.keep(data)
    if not quick.findings:  # the common case: a clean file needs no positions
        return quick
    placed = [replace(f, location=locate_in(quick, f.path)) for f in quick.findings]
    # In reading order once placed, as the checked reader's findings are (sorted with their lines).
    located = replace(quick, findings=tuple(sorted_findings(placed)))
    located._positions.take(quick._positions)
    return located


def catalogue_from_data(
    raw: Any, *, file: str = "<data>", source_map: SourceMap | None = None, limits: Limits = DEFAULT_LIMITS
) -> LoadResult:
    """Build a catalogue from plain data (as YAML or JSON gives it), with located findings."""

    def locate(path: DocPath) -> Location | None:
        return source_map.locate(path) if source_map is not None else None

    if not isinstance(raw, dict):
        return LoadResult(
            file, None, (Finding("S009", Severity.ERROR, file=file, location=locate(()), fatal=True),), source_map
        )
    matters = raw.get("matters")
    if isinstance(matters, list) and len(matters) > limits.max_matters:
        finding = Finding(
            "Y012",
            Severity.ERROR,
            file=file,
            path=("matters",),
            location=locate(("matters",)),
            ctx={"count": len(matters), "limit": limits.max_matters},
            fatal=True,
        )
        return LoadResult(file, None, (finding,), source_map)
    document, notes = normalise_document(raw)
    findings = []
    for note in notes:
        change = note.change
        code = NORMALISATION_CODES[change.reason]
        ctx: dict[str, Any] = {"original": change.original, "canonical": "、".join(change.canonical)}
        if change.suggestion:
            ctx.update(reason="suggested", suggestion=change.suggestion)
        if change.reason == "area-alias":
            from grassroots_catalog.domain.areas import AREA_ALIASES

            alias = AREA_ALIASES.get("".join(change.original.split()))
            if alias is not None and alias.note:
                ctx["reason"] = alias.note
        severity = Severity.WARNING if change.warn else Severity.INFO
        findings.append(Finding(code, severity, file=file, path=note.path, location=locate(note.path), ctx=ctx))
    try:
        catalogue = Catalogue.model_validate(document, context={NORMALISED: True})
    except ValidationError as error:
        problems = itertools.islice(_validation_problems(error, document), MAX_STRUCTURAL_FINDINGS)
        findings += [
            Finding(code, Severity.ERROR, file=file, path=path, location=locate(path), ctx=ctx, fatal=True)
            for code, path, ctx in problems
        ]
        unlisted = error.error_count() - MAX_STRUCTURAL_FINDINGS
        if unlisted > 0:
            findings.append(Finding("S010", Severity.ERROR, file=file, fatal=True, ctx={"count": unlisted}))
        return LoadResult(file, None, tuple(sorted_findings(findings)), source_map)
    return LoadResult(file, catalogue, tuple(sorted_findings(findings)), source_map)


def locate_in(result: LoadResult, path: DocPath) -> Location | None:
    """The position of ``path`` in the file ``result`` was read from.

    Files read on the fast path carry no positions; they are read off the text here (checked against
    the data parsed from it), or recovered once per file by the checked reader where that is unsure,
    only when something is to be reported.
    """
    source_map = result.positions
    if source_map is None and result.text is not None:
        found = result._positions.from_text(result.text, path)
        if found is not None:
            return found
        if len(path) == 1 and isinstance(path[0], str):
            found = _top_level_key(result.text, path[0])
            if found is not None:  # a catalogue-wide finding: no need to re-read the whole file
                return found
        source_map = result._positions.recover(result.text, result.file)
    return source_map.locate(path) if source_map is not None else None


def _top_level_key(text: str, key: str) -> Location | None:
    """Where a top-level ``key:`` starts, when exactly one line begins with it; else None (ask the reader).

    A catalogue is a block mapping whose keys start their lines; a nested key or a list item is
    indented, and a comment or quoted key does not match. So a single line starting ``key:`` is the
    key, at the position the reader would give; when there is none or more than one, the reader is
    asked. This spares re-reading a large file to place a finding about the catalogue as a whole.
    """
    lines = _top_level_lines(text).get(key, ())
    return Location(lines[0], 1) if len(lines) == 1 else None


_KEY_AT_LINE_START = re.compile(r"^([^\s#'\"\-][^\n]*?)[ \t]*:(?:[ \t]|$)", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _top_level_lines(text: str) -> dict[str, tuple[int, ...]]:
    """The line of every ``key:`` that starts a line, by key: one scan of a file, however many of its
    findings are about the catalogue as a whole (a 1,000-matter table may have hundreds)."""
    found: dict[str, list[int]] = {}
    line, scanned = 1, 0
    for match in _KEY_AT_LINE_START.finditer(text):
        line += text.count("\n", scanned, match.start())
        scanned = match.start()
        found.setdefault(match.group(1), []).append(line)
    return {key: tuple(lines) for key, lines in found.items()}


def _fatal(file: str, finding: Finding) -> LoadResult:
    return LoadResult(file, None, (finding,))


def _encoding_finding(file: str, failure: DecodeFailure) -> Finding:
    guess = failure.guess
    ctx = {"encoding": guess or "GB18030"} | ({"reason": "guessed", "guess": guess} if guess else {})
    return Finding("Y007", Severity.ERROR, file=file, location=failure.location, ctx=ctx, fatal=True)


# --------------------------------------------------------------------------- pydantic errors → findings

_EXPECTED = {
    "string": "text",
    "list": "list",
    "tuple": "list",
    "dict": "mapping",
    "model": "mapping",
    "int": "whole-number",
    "bool": "true-false",
    "date": "date",
    "url": "url",
}
"""The reason of S003 (the kind of value expected) for each pydantic type-error prefix."""
_PATTERNED = frozenset({"id", "area", "slug", "code", "url"})
"""Fields whose S004 names the pattern they follow (reason ``<field>-pattern``); others are slugs."""


def _models() -> tuple[Any, ...]:
    from grassroots_catalog.model import catalogue as model

    return (
        model.Catalogue,
        model.Matter,
        model.MatterName,
        model.Instrument,
        model.Jurisdiction,
        model.Publication,
        model.Source,
        model.Completeness,
        model.AreaDeclaration,
    )


@lru_cache(maxsize=1)
def _field_names() -> list[str]:
    return sorted({name for model in _models() for name in model.model_fields})


def _clean_loc(loc: tuple[Any, ...]) -> DocPath:
    """Pydantic locations without the validator labels it inserts (``function-before[...]``)."""
    return tuple(p for p in loc if isinstance(p, int) or (isinstance(p, str) and "[" not in p and "(" not in p))


def validation_problems(error: ValidationError) -> Iterator[tuple[str, DocPath, dict[str, Any]]]:
    """The catalogue model's problems as (finding code, logical path, message values), as the reader
    reports them; for other documents converted into a catalogue (a guideline extract) to place."""
    return _validation_problems(error, None)


def _validation_problems(error: ValidationError, document: Any) -> Iterator[tuple[str, DocPath, dict[str, Any]]]:
    for detail in error.errors(include_url=False):
        kind = detail["type"]
        path = _clean_loc(detail["loc"])
        ctx: dict[str, Any] = dict(detail.get("ctx") or {})
        field_name = next((str(p) for p in reversed(path) if isinstance(p, str)), "")
        if kind == "matter_problems":
            yield from _matter_problems(ctx["problems"])
            continue
        if kind == "missing":
            yield "S001", path, {"field": field_name}
        elif kind == "extra_forbidden":
            yield "S002", path, {"field": field_name, **_suggested(closest(field_name, tuple(_field_names())))}
        elif kind == "name_required":
            yield "S001", path, {"field": "level1"}
        elif kind == "added_and_removed":
            yield (
                "S004",
                (*path, "remove", ctx["field"]),
                {"field": ctx["field"], "reason": "added-and-removed", "values": ctx["values"]},
            )
        elif kind == "reason_required":
            yield "S007", path, {"field": field_name}
        elif kind == "area_redeclared":
            yield "S008", ("areas",), {"slugs": ctx.get("slugs", "")}
        elif (expected := _expected(kind)) is not None:
            reason = _EXPECTED[expected]
            actual = detail.get("input")
            if reason == "mapping" and isinstance(actual, str) and "：" in actual:
                reason = "mapping-full-width-colon"
            yield "S003", path, {"field": field_name, "reason": reason}
        elif kind == "string_pattern_mismatch":
            pattern = field_name if field_name in _PATTERNED else "slug"
            yield "S004", path, {"field": field_name, "reason": f"{pattern}-pattern"}
        elif kind == "string_too_short":
            yield "S004", path, {"field": field_name, "reason": "empty"}
        elif kind == "string_too_long":
            yield "S004", path, {"field": field_name, "reason": "too-long", "max_length": ctx.get("max_length")}
        elif kind in {"enum", "literal_error"}:
            choices = re.findall(r"'([^']*)'", str(ctx.get("expected", ""))) or [str(ctx.get("expected", ""))]
            value = detail.get("input")
            shown = value if isinstance(value, str) else repr(value)
            yield "S004", path, {"field": field_name, "reason": "not-one-of", "value": shown, "choices": choices}
        else:
            yield "S004", path, {"field": field_name, "detail": str(detail.get("msg", kind))}


def _expected(kind: str) -> str | None:
    for prefix in ("string", "list", "tuple", "dict", "model", "int", "bool", "date", "url"):
        if kind.startswith(prefix + "_") or kind == prefix:
            if kind in {"string_pattern_mismatch", "string_too_short", "string_too_long"}:
                return None
            return prefix
    if kind in {"model_attributes_type", "dataclass_type"}:
        return "dict"
    return None


def _matter_problems(problems: list[dict[str, Any]]) -> Iterator[tuple[str, DocPath, dict[str, Any]]]:
    for problem in problems:
        index = problem["index"]
        if problem["kind"] == "refine_outside_refinement":
            yield "S011", ("refine",), {}
        elif problem["kind"] == "division_code_level":
            level, lengths = problem["level"], problem["lengths"]
            value = problem["value"]
            ctx = {"field": "code", "reason": "code-level", "value": value, "length": len(value), "level": level}
            ctx["lengths"] = lengths
            yield "S004", ("jurisdiction", "code"), ctx
        elif problem["kind"] == "duplicate_id":
            yield "S005", ("matters", index, "id"), {"value": problem["value"], "first": problem["first"]}
        else:
            close = closest(str(problem["value"]), tuple(AREAS))
            where = problem.get("where", "matters")
            yield "S006", (where, index, "area"), {"value": problem["value"], **_suggested(close)}


def _suggested(close: str | None) -> dict[str, str]:
    """The message values of a spelling suggestion, if there is one."""
    return {"reason": "suggested", "suggestion": close} if close else {}
