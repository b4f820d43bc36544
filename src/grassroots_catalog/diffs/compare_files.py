"""Comparing catalogue files against one: each read as what it amounts to (or as written, with
``written``), judged against the reference, in a small pool of processes.

What a file amounts to depends on its form. A refinement (``form: refinement``) writes only what it
changes, so it is judged as the effective catalogue of its chain: an inherited row it does not
mention is copied, not missing. A table (``form: table``, or a file that extends nothing) is the
catalogue as published, and is judged as written: composing it would put back the rows it drops and
undo the weakenings it does not justify (the merge's findings M012 and the like), hiding exactly what a
comparison is for. ``written`` judges every file as written.

The pool is local to this module: each worker reads the reference once and its share of the files,
and hands back per-row outcomes (a few hundred short records per file), never whole diffs or
catalogues. A file that cannot be read is listed in :attr:`Comparison.unreadable` and the others
are still compared.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from grassroots_catalog.diffs.compare import compare_one, reference_rows
from grassroots_catalog.diffs.comparison import ComparedCatalogue, Comparison, UnreadableFile
from grassroots_catalog.diffs.files import Side, Unreadable, read_side
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.national_data import BUNDLED, NationalData

__all__ = ["NATIONAL", "compare_files", "judged_side", "read_reference"]

NATIONAL = "national"
"""What ``against`` names for the national guidelines (all 26 areas as one catalogue)."""


def judged_side(path: str | os.PathLike[str], *, national: NationalData = BUNDLED, written: bool = False) -> Side:
    """The file at ``path`` as a comparison judges it: a refinement as its chain's effective
    catalogue, a table (or a file that extends nothing) as written; every file as written with
    ``written``. Raises :class:`~grassroots_catalog.diffs.files.Unreadable`."""
    side = read_side(path)
    catalogue = side.catalogue
    if written or catalogue.extends is None or catalogue.form == "table":
        return side
    return read_side(path, merged=True, national=national)


def read_reference(
    against: str | os.PathLike[str] | Catalogue, *, national: NationalData = BUNDLED, written: bool = False
) -> Catalogue:
    """The reference catalogue: the national guidelines for ``"national"``, a catalogue as given, or
    the file at ``against`` as :func:`judged_side` reads it. Raises
    :class:`~grassroots_catalog.diffs.files.Unreadable`."""
    if isinstance(against, Catalogue):
        return against
    if os.fspath(against) == NATIONAL:
        return national.layer()
    return judged_side(against, national=national, written=written).catalogue


# ----------------------------------------------------------------- one worker's state and task

_STATE: dict[str, object] = {}
"""The reference and options of this worker process, set once by :func:`_start`."""


def _start(
    against: str | Catalogue, national: str | None, written: bool, ignore: tuple[str, ...], file: str | None
) -> None:
    data = BUNDLED if national is None else NationalData.from_directory(national)
    _STATE.update(
        against=read_reference(against, national=data, written=written),
        national=data,
        written=written,
        ignore=ignore,
        against_file=file,
    )


def _one(path: str) -> ComparedCatalogue | UnreadableFile:
    """One file judged against the worker's reference."""
    against = _STATE["against"]
    national = _STATE["national"]
    assert isinstance(against, Catalogue)
    assert isinstance(national, NationalData)
    try:
        side = judged_side(path, national=national, written=bool(_STATE["written"]))
    except Unreadable as problem:
        return UnreadableFile(problem.file, problem.reason or "diff.unreadable", tuple(problem.findings))
    ignore = _STATE["ignore"]
    assert isinstance(ignore, tuple)
    return compare_one(side.catalogue, against, file=side.file, ignore=ignore)


def _jobs(jobs: int | None, files: int) -> int:
    wanted = jobs if jobs is not None and jobs > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, files))


def compare_files(
    paths: Iterable[str | os.PathLike[str]],
    against: str | os.PathLike[str] | Catalogue = NATIONAL,
    *,
    national: NationalData = BUNDLED,
    written: bool = False,
    ignore: Sequence[str] = (),
    jobs: int | None = None,
) -> Comparison:
    """The catalogue files at ``paths`` judged against ``against`` (``"national"``, a file, or a
    catalogue), in ``jobs`` processes (default: one per core; 1 compares in this process).

    Each file is judged as :func:`judged_side` reads it (a refinement's chain composed with
    ``extends: national`` standing for ``national``). Raises
    :class:`~grassroots_catalog.diffs.files.Unreadable` when the reference cannot be read, and
    :class:`ValueError` for a name ``ignore`` does not know; a compared file that cannot be read is
    listed in the result's ``unreadable``.
    """
    from grassroots_catalog.diffs.compute import IGNORABLE

    ignored = tuple(sorted(set(ignore)))
    unknown = [name for name in ignored if name not in IGNORABLE]
    if unknown:
        raise ValueError(f"cannot ignore {', '.join(unknown)}: choose from {', '.join(IGNORABLE)}")
    files = [os.fspath(path) for path in paths]
    reference = read_reference(against, national=national, written=written)
    shown = None if isinstance(against, Catalogue) else os.fspath(against)
    spec: str | Catalogue = against if isinstance(against, Catalogue) else os.fspath(against)
    folder = str(national.directory) if national.directory is not None else None
    workers = _jobs(jobs, len(files))
    if workers == 1:
        _start(spec, None, written, ignored, shown)
        _STATE["national"] = national  # the caller's value itself: no need to read its folder again
        _STATE["against"] = reference
        results = [_one(file) for file in files]
    else:
        chunk = max(1, len(files) // (workers * 4))
        with ProcessPoolExecutor(workers, initializer=_start, initargs=(spec, folder, written, ignored, shown)) as pool:
            results = list(pool.map(_one, files, chunksize=chunk))
    compared = tuple(r for r in results if isinstance(r, ComparedCatalogue))
    problems = tuple(r for r in results if isinstance(r, UnreadableFile))
    return Comparison(
        against=shown or reference.id,
        against_id=reference.id,
        against_title=reference.title,
        rows=reference_rows(reference),
        catalogues=compared,
        merged=not written,
        ignored=ignored,
        unreadable=problems,
    )
