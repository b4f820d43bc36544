"""A catalogue file's chain, read from disk and composed: what ``validate``, ``merge`` and ``explain`` use.

The merge itself is pure (:mod:`grassroots_catalog.merge`): it is handed a source of catalogues. Here
that source is the files on disk (:class:`~grassroots_catalog.read.source.FileSource`).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import Final, Generic, TypeVar

from grassroots_catalog.check.shared_rows import SharedRows
from grassroots_catalog.merge.engine import EffectiveCatalogue, PartialComposition, compose, fold
from grassroots_catalog.merge.graph import Chain, Layer
from grassroots_catalog.merge.graph import resolve_chain as resolve_chain_from
from grassroots_catalog.read.load import LoadResult, read_catalogue
from grassroots_catalog.read.national_data import BUNDLED, NationalData
from grassroots_catalog.read.source import FileSource, Reader
from grassroots_catalog.results import sorted_findings


def resolve_chain(
    path: str | os.PathLike[str],
    *,
    root: str | Path | None = None,
    reader: Reader = read_catalogue,
    national: NationalData = BUNDLED,
) -> Chain:
    """The chain of catalogues the file at ``path`` extends, up to the national guidelines.

    ``root`` is the folder parents must stay in (default: the folder of ``path``); ``national`` is the
    national data ``extends: national`` stands for (default: the bundled rows).
    """
    return resolve_chain_from(os.fspath(path), source=FileSource(root=root, reader=reader, national=national))


def resolve_file(
    path: str | os.PathLike[str],
    *,
    root: str | Path | None = None,
    reader: Reader = read_catalogue,
    national: NationalData = BUNDLED,
    composed: CompositionCache | None = None,
) -> tuple[Chain, EffectiveCatalogue | None]:
    """Resolve the chain of the catalogue at ``path`` and compose it (None if the chain is broken).

    ``reader`` reads each file of the chain; a caller that has read ``path`` already passes one that
    returns that result, so the file is not parsed twice. ``composed`` keeps the parents' fold for
    the next child of the same parents; it serves only a ``reader`` that gives the same catalogue
    objects for unchanged files (:data:`PARENTS` does).
    """
    chain = resolve_chain(path, root=root, reader=reader, national=national)
    if not chain.ok or not chain.layers:
        return chain, None
    effective = compose(chain.layers, start=composed.parents_of(chain.layers) if composed is not None else None)
    return chain, replace(effective, findings=tuple(sorted_findings([*chain.findings, *effective.findings])))


K = TypeVar("K")
V = TypeVar("V")


class _Recent(Generic[K, V]):
    """The ``size`` entries used most recently, the oldest dropped first; each look-up and update
    under a lock (threads of one executor share the caches), never the work between them."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class CompositionCache:
    """Parent chains composed once per process: every child of a county resumes from its fold.

    The key is the parents' keys (paths, ``national``); an entry serves a chain only while its layers
    are the very catalogues the chain holds (:meth:`PartialComposition.starts`), which the reading
    cache (:class:`ParentCache`) keeps true until a parent's content changes: then its new catalogue
    is another object, and the chain is folded again. At most ``size`` chains are kept.
    """

    def __init__(self, size: int = 8) -> None:
        self._entries: _Recent[tuple[str, ...], _Folded] = _Recent(size)

    def parents_of(self, layers: list[Layer]) -> PartialComposition | None:
        """The fold of every layer but the last (None for a chain of one)."""
        if len(layers) < 2:
            return None
        return self._folded(layers).fold

    def shared_rows(self, layers: list[Layer]) -> SharedRows | None:
        """What the row rules found on the rows the parents' fold gives every child of them (see
        :mod:`~grassroots_catalog.check.shared_rows`), kept with the fold and dropped with it; None
        for a chain of one."""
        if len(layers) < 2:
            return None
        return self._folded(layers).shared

    def _folded(self, layers: list[Layer]) -> _Folded:
        parents = layers[:-1]
        key = tuple(layer.key for layer in parents)
        entry = self._entries.get(key)
        if entry is None or not entry.fold.starts(layers):
            entry = _Folded(fold(parents))  # two threads may both fold a new chain: the same result
            self._entries.put(key, entry)
        return entry

    def clear(self) -> None:
        self._entries.clear()


class _Folded:
    """A fold of parents, and what the row rules found on its rows (made when first asked for)."""

    __slots__ = ("_shared", "fold")

    def __init__(self, folded: PartialComposition) -> None:
        self.fold = folded
        self._shared: SharedRows | None = None

    @property
    def shared(self) -> SharedRows:
        if self._shared is None:  # two threads may both make one: each gives the rules' own answers
            self._shared = SharedRows(self.fold)
        return self._shared


COMPOSED: Final = CompositionCache()
"""The parent chains composed by this process (see :class:`CompositionCache`)."""


def resolve_read(
    leaf: LoadResult, *, root: str | Path | None = None, national: NationalData = BUNDLED
) -> tuple[Chain, EffectiveCatalogue | None]:
    """:func:`resolve_file` for a file read already: ``leaf`` stands for itself, so it is not parsed
    twice, and each parent is read once per process (:data:`PARENTS`) and each chain of parents folded
    once (:data:`COMPOSED`), however many children name them."""
    return resolve_file(
        leaf.file,
        root=root,
        reader=lambda key: leaf if key == leaf.file else PARENTS.read(key),
        national=national,
        composed=COMPOSED,
    )


class ParentCache:
    """Parent catalogues read once per process, by path and content.

    Twenty township refinements of one county each name the county: without this, each would parse the
    county's file again. An entry is used while the file's size and modification time are unchanged;
    when they change, the file is read as bytes and its digest compared, so a file touched but not
    changed is not parsed again, and one changed is. At most ``size`` parents are kept (the least
    recently used goes first), so that a batch over many folders stays bounded in memory.
    """

    def __init__(self, size: int = 8) -> None:
        self._entries: _Recent[str, tuple[tuple[int, int], bytes, LoadResult]] = _Recent(size)

    def read(self, key: str) -> LoadResult:
        """The catalogue at ``key`` as :func:`~grassroots_catalog.read.load.read_catalogue` reads it."""
        try:
            status = os.stat(key)
        except OSError:
            return read_catalogue(key)  # says why, as a finding
        stamp = (status.st_size, status.st_mtime_ns)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == stamp:
            return entry[2]
        digest = _digest(key)
        unchanged = entry is not None and digest is not None and entry[1] == digest
        result = entry[2] if entry is not None and unchanged else read_catalogue(key)
        if digest is not None:
            self._entries.put(key, (stamp, digest, result))
        return result

    def clear(self) -> None:
        self._entries.clear()


def _digest(key: str) -> bytes | None:
    try:
        with open(key, "rb") as handle:
            return hashlib.file_digest(handle, "blake2b").digest()
    except OSError:
        return None


PARENTS: Final = ParentCache()
"""The parents read by this process (see :class:`ParentCache`)."""
