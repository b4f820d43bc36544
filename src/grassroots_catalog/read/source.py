"""Catalogues on disk, as the merge asks for them: :class:`FileSource`.

The merge (:mod:`grassroots_catalog.merge.graph`) never touches a file; it asks a source for a
catalogue by key, for the parent an ``extends`` reference names, and for the national guidelines.
This is the source for files. A reference is user input (INPUT-SAFETY.md §9): a path relative to the
child's folder must stay inside the catalogue set's root, a URL is never fetched, and an id is looked
up among the ``*.yaml`` files of the catalogue set by a text scan of their top-level ``id:``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.load import LoadResult, locate_in, read_catalogue
from grassroots_catalog.read.national_data import BUNDLED, NATIONAL_TITLE, NationalData
from grassroots_catalog.read.references import reference_problem
from grassroots_catalog.results import Location
from grassroots_catalog.results import Path as DocPath

__all__ = [
    "NATIONAL_TITLE",
    "FileSource",
    "Reader",
    "Unresolvable",
    "find_by_id",
    "locate_national_matter",
    "national_layer_catalogue",
]
_TOP_LEVEL_ID = re.compile(r"^id:\s*['\"]?([A-Za-z0-9][A-Za-z0-9._-]*)['\"]?\s*(?:#.*)?$", re.MULTILINE)

Reader = Callable[[str], LoadResult]


class Unresolvable(ValueError):
    """A reference that names no usable parent; ``code`` is the finding code that says why."""

    def __init__(self, code: str, **ctx: object) -> None:
        super().__init__(code)
        self.code = code
        self.ctx = ctx


class FileSource:
    """Catalogue files below one root folder, and the national guidelines.

    ``root`` is the folder parents must stay in (default: the folder of the first catalogue asked
    for). ``reader`` reads a file; a caller that has read the leaf already passes one that returns that
    result, so that no file is parsed twice. ``national`` is the national data that ``extends:
    national`` stands for (default: the bundled partial rows).
    """

    def __init__(
        self, *, root: str | Path | None = None, reader: Reader = read_catalogue, national: NationalData = BUNDLED
    ) -> None:
        self._root = Path(root).resolve() if root is not None else None
        self._reader = reader
        self._national = national

    def key(self, location: str) -> str:
        path = Path(location).resolve()
        if self._root is None:
            self._root = path.parent
        return str(path)

    def read(self, key: str) -> LoadResult:
        return self._reader(key)

    def parent(self, reference: str, child: LoadResult) -> str | tuple[str, dict[str, object]]:
        """The resolved path of the parent, or (finding code, parameters) saying why there is none.

        The reference is judged as text first (:func:`~grassroots_catalog.read.references.reference_problem`),
        so that nothing a file system would choke on reaches one.
        """
        refused = reference_problem(reference)
        if refused is not None:
            return refused
        try:
            return self._parent(reference, Path(child.file).resolve().parent)
        except Unresolvable as problem:
            return problem.code, problem.ctx

    def national(self) -> tuple[Catalogue, Callable[[str, DocPath], tuple[str | None, Location | None]]]:
        national = self._national
        return national.layer(), lambda matter_id, path: locate_national_matter(matter_id, path, national)

    def _parent(self, reference: str, folder: Path) -> str:
        boundary = self._root or folder
        looks_like_path = "/" in reference or reference.endswith((".yaml", ".yml"))
        if looks_like_path:
            target = (folder / reference).resolve()
            if not target.is_relative_to(boundary):
                raise Unresolvable("M005", reference=reference)
            if not target.is_file():
                raise Unresolvable("M001", reference=reference)
            return str(target)
        matches = find_by_id(reference, boundary)
        if not matches:
            raise Unresolvable("M001", reference=reference)
        if len(matches) > 1:
            raise Unresolvable("M002", reference=reference, files=", ".join(p.name for p in matches))
        return str(matches[0])


def find_by_id(identifier: str, boundary: Path, limit: int = 2_000) -> list[Path]:
    """Files under ``boundary`` whose top-level ``id`` is ``identifier`` (a text scan, no parsing)."""
    found = []
    for count, candidate in enumerate(sorted(boundary.rglob("*.y*ml"))):
        if count >= limit:
            break
        try:
            head = candidate.read_text(encoding="utf-8", errors="replace")[:20_000]
        except OSError:
            continue
        match = _TOP_LEVEL_ID.search(head)
        if match and match.group(1) == identifier:
            found.append(candidate.resolve())
    return found


def national_layer_catalogue() -> Catalogue:
    """The bundled national guidelines of all 26 areas as one catalogue (built once per process)."""
    return BUNDLED.layer()


def locate_national_matter(
    matter_id: str, path: DocPath, national: NationalData = BUNDLED
) -> tuple[str | None, Location | None]:
    """Where a national matter (or a field of it, ``path`` within the matter) is written: its area's file."""
    area = matter_id.split(".", 1)[0]
    file = str(national.file(area))
    result = _national_file(file)
    if result.catalogue is None:
        return file, None
    index = next((i for i, m in enumerate(result.catalogue.matters) if m.id == matter_id), None)
    if index is None:
        return file, None
    return file, locate_in(result, ("matters", index, *path))


@lru_cache(maxsize=64)
def _national_file(file: str) -> LoadResult:
    """A national catalogue file, read once per process (positions recovered on first use)."""
    return read_catalogue(file)
