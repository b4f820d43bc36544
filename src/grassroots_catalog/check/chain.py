"""A catalogue file's chain, read from disk and composed: what ``validate``, ``merge`` and ``explain`` use.

The merge itself is pure (:mod:`grassroots_catalog.merge`): it is handed a source of catalogues. Here
that source is the files on disk (:class:`~grassroots_catalog.read.source.FileSource`).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from grassroots_catalog.merge.engine import EffectiveCatalogue, compose
from grassroots_catalog.merge.graph import Chain
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
) -> tuple[Chain, EffectiveCatalogue | None]:
    """Resolve the chain of the catalogue at ``path`` and compose it (None if the chain is broken).

    ``reader`` reads each file of the chain; a caller that has read ``path`` already passes one that
    returns that result, so the file is not parsed twice.
    """
    chain = resolve_chain(path, root=root, reader=reader, national=national)
    if not chain.ok or not chain.layers:
        return chain, None
    effective = compose(chain.layers)
    return chain, replace(effective, findings=tuple(sorted_findings([*chain.findings, *effective.findings])))


def resolve_read(
    leaf: LoadResult, *, root: str | Path | None = None, national: NationalData = BUNDLED
) -> tuple[Chain, EffectiveCatalogue | None]:
    """:func:`resolve_file` for a file read already: ``leaf`` stands for itself, so it is not parsed twice."""
    return resolve_file(
        leaf.file,
        root=root,
        reader=lambda key: leaf if key == leaf.file else read_catalogue(key),
        national=national,
    )
