"""Showing file paths to people: relative to the working directory where possible."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path


def display_path(file: str | None, default: str = "") -> str:
    """``file`` relative to the working directory if it lies below it, else as given."""
    if file is None:
        return default
    with contextlib.suppress(ValueError, OSError):
        return str(Path(file).resolve().relative_to(Path.cwd()))
    return file


CATALOGUE_SUFFIXES = (".yaml", ".yml")

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
PAGE_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = WORKBOOK_SUFFIXES | TEXT_TABLE_SUFFIXES | PAGE_SUFFIXES
"""The suffixes of the tables read by :func:`grassroots_catalog.read.tables.read_table`: here, with no import
of the readers, so that telling a table from a YAML file costs nothing at start-up."""


def catalogue_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, with each directory replaced by the YAML files below it, in name order.

    Hidden files and folders (``.pre-commit-config.yaml``, ``.github/``) are skipped: they hold tool
    settings, not catalogues. A directory with no YAML file is an error, so that a mistyped folder is
    not read as a clean result.
    """
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(
            p
            for p in path.rglob("*")
            if p.suffix in CATALOGUE_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            raise NoCatalogueFiles(path)
        files += found
    return files


class NoCatalogueFiles(ValueError):
    """A directory named on the command line holds no YAML file."""

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory))
        self.directory = directory
