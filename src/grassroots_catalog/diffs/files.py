"""The sides of a diff from files: a catalogue file, any table the import reads, a file at a git
revision, or the effective catalogue of a file's chain, each with a locator for its values.

Nothing here raises for bad input but :class:`Unreadable`, which names the file and carries the
findings that say why, so the command line can report them and exit with status 2.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from grassroots_catalog.diffs.compute import Locator, diff_located
from grassroots_catalog.diffs.model import CatalogueDiff, Where
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.load import LoadResult, locate_in, parse_catalogue, read_catalogue
from grassroots_catalog.read.national_data import BUNDLED, NationalData
from grassroots_catalog.results import Finding, Location
from grassroots_catalog.results import Path as DocPath

__all__ = ["TABLE_SUFFIXES", "Side", "Unreadable", "diff_files", "read_side"]

TABLE_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".tsv", ".html", ".htm"})
"""Files read as a table (``gcat import``), not as a catalogue file."""


class Unreadable(Exception):
    """A side of the diff cannot be read as a catalogue: ``file`` says which, ``findings`` why, and
    ``reason`` (a key of the language tables' CLI section) when there are no findings to show."""

    def __init__(self, file: str, findings: tuple[Finding, ...] = (), reason: str = "", detail: str = "") -> None:
        super().__init__(file)
        self.file, self.findings, self.reason, self.detail = file, findings, reason, detail


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a diff: the catalogue, the name it is shown by, and where its values sit."""

    catalogue: Catalogue
    file: str
    locate: Locator


def _where(file: str, location: Location | None) -> Where:
    return Where(file, location.line, location.column) if location is not None else Where(file)


_ITEM = re.compile(r"^( *)- +id: *['\"]?([^'\"\s#]+)")
"""A matter's first line as canonical files (and most hand-written ones) write it: ``  - id: the-id``."""


class _MatterLines:
    """Where each matter and each of its fields starts, found by scanning the text of a file read on
    the fast path (which keeps no positions), instead of re-reading it with the checked reader.

    Only trusted when every matter's ``- id:`` line is found, in order: otherwise (ids left out, flow
    mappings, …) :func:`~grassroots_catalog.read.load.locate_in` recovers the reader's positions, so a
    position is never guessed.
    """

    def __init__(self, text: str, catalogue: Catalogue) -> None:
        self.lines = text.split("\n")
        self.starts: list[tuple[int, int]] = []
        ids = iter(matter.id for matter in catalogue.matters)
        wanted = next(ids, None)
        for number, line in enumerate(self.lines):
            found = _ITEM.match(line) if wanted is not None and "id:" in line else None
            if found is not None and found.group(2) == wanted:
                self.starts.append((number, len(found.group(1)) + 2))
                wanted = next(ids, None)
        self.complete = wanted is None and len(self.starts) == len(catalogue.matters)

    def locate(self, index: int, field: str | None) -> Location:
        line, column = self.starts[index]
        if field is not None:
            end = self.starts[index + 1][0] if index + 1 < len(self.starts) else len(self.lines)
            prefix = " " * column + field + ":"
            for number in range(line + 1, end):
                if self.lines[number].startswith(prefix):
                    return Location(number + 1, column + 1)
        return Location(line + 1, column + 1)


def _from_result(result: LoadResult, shown: str) -> Side:
    catalogue = result.catalogue
    if catalogue is None:
        raise Unreadable(shown, result.findings)
    quick: list[_MatterLines] = []

    def locate(path: DocPath) -> Where | None:
        matter = len(path) > 1 and path[0] == "matters" and isinstance(path[1], int)
        if matter and result.positions is None and result.text is not None:
            if not quick:
                quick.append(_MatterLines(result.text, catalogue))
            if quick[0].complete:
                assert isinstance(path[1], int)
                field = path[2] if len(path) > 2 and isinstance(path[2], str) else None
                return _where(shown, quick[0].locate(path[1], field))
        if not matter and len(path) > 1 and result.positions is None:
            path = path[:1]  # a metadata key's own line: found without re-reading the file
        return _where(shown, locate_in(result, path))

    return Side(catalogue, shown, locate)


def _from_table(path: str, shown: str) -> Side:
    from grassroots_catalog.read.tables.importer import import_table

    imported = import_table(path)
    if not imported.ok or imported.catalogue is None:
        raise Unreadable(shown, tuple(f for f in imported.findings if f.fatal) or imported.findings)
    sources = imported.sources

    def locate(where: DocPath) -> Where | None:
        if len(where) > 1 and where[0] == "matters" and isinstance(where[1], int) and where[1] < len(sources):
            return Where(shown, cell=sources[where[1]])
        return Where(shown)

    return Side(imported.catalogue, shown, locate)


def _merged(path: str, shown: str, national: NationalData) -> Side:
    from grassroots_catalog.check.chain import resolve_file, resolve_read

    if Path(path).suffix.lower() in TABLE_SUFFIXES:  # a table's chain: the catalogue it reads as, composed
        table = _from_table(path, shown)
        chain, effective = resolve_read(LoadResult(path, table.catalogue), national=national)
    else:
        chain, effective = resolve_file(path, national=national)
    if effective is None:
        raise Unreadable(shown, tuple(chain.findings))
    catalogue = effective.catalogue
    written = {matter.id: index for index, matter in enumerate(effective.written.matters)}

    def locate(where: DocPath) -> Where | None:
        if len(where) > 1 and where[0] == "matters" and isinstance(where[1], int):
            index = written.get(catalogue.matters[where[1]].id)
            if index is None:
                return None
            file, location = effective.locate_written(("matters", index, *where[2:]))
        else:
            file, location = effective.layers[-1].locate(where)
        return _where(file or shown, location)

    return Side(catalogue, shown, locate)


def _at_revision(revision: str, path: str) -> Side:
    """The file at ``path`` as git has it at ``revision`` (``git show REV:./path``, no shell)."""
    target = Path(path)
    shown = f"{revision}:{path}"
    try:
        completed = subprocess.run(
            ["git", "show", f"{revision}:./{target.name}"],
            cwd=target.parent if str(target.parent) else ".",
            capture_output=True,
            check=False,
        )
    except OSError as error:
        raise Unreadable(shown, reason="diff.git_failed", detail=str(error)) from None
    if completed.returncode != 0:
        detail = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Unreadable(shown, reason="diff.git_failed", detail=detail[0] if detail else "")
    if target.suffix.lower() in TABLE_SUFFIXES:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / target.name
            copy.write_bytes(completed.stdout)
            return _from_table(str(copy), shown)
    return _from_result(parse_catalogue(completed.stdout, file=shown), shown)


def read_side(
    path: str | os.PathLike[str],
    *,
    merged: bool = False,
    revision: str | None = None,
    shown: str | None = None,
    national: NationalData = BUNDLED,
) -> Side:
    """One side of a diff from ``path``: a catalogue file or a table; with ``revision``, the file as
    git has it there; with ``merged``, the effective catalogue of its chain, ``extends: national``
    standing for ``national``. ``shown`` is the name changes place it by (git's external diff hands in
    a temporary copy of ``a/path``)."""
    file = os.fspath(path)
    if revision is not None:
        return _at_revision(revision, file)
    name = shown or file
    if not Path(file).is_file():
        raise Unreadable(name, reason="diff.no_file")
    if merged:
        return _merged(file, name, national)
    if Path(file).suffix.lower() in TABLE_SUFFIXES:
        return _from_table(file, name)
    return _from_result(parse_catalogue(Path(file).read_bytes(), file=name) if shown else read_catalogue(file), name)


def diff_files(
    a: str | os.PathLike[str] | Side,
    b: str | os.PathLike[str] | Side,
    *,
    merged: bool = False,
    ignore: tuple[str, ...] = (),
    areas: tuple[str, ...] | None = None,
    national: NationalData = BUNDLED,
) -> CatalogueDiff:
    """The diff of the catalogues at two paths (or of two sides read already), each change placed in
    its files; with ``merged``, the chains' ``extends: national`` stands for ``national``. Raises
    :class:`Unreadable` for a side that cannot be read."""
    left = a if isinstance(a, Side) else read_side(a, merged=merged, national=national)
    right = b if isinstance(b, Side) else read_side(b, merged=merged, national=national)
    return diff_located(
        left.catalogue,
        right.catalogue,
        ignore=ignore,
        areas=areas,
        locate_a=left.locate,
        locate_b=right.locate,
        a_file=left.file,
        b_file=right.file,
    )
