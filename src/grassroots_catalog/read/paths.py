"""Showing file paths to people: relative to the working directory where possible."""

from __future__ import annotations

import contextlib
import re
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


SNIFF_BYTES = 256 * 1024
"""How much of a file :func:`looks_like_catalogue` reads: a catalogue names its top-level keys
(``extends``, ``matters``) long before this; a tool's settings file is far shorter."""

_CATALOGUE_MARK = re.compile(
    rb"^(?:[\"']?(?:matters|extends|schema)[\"']?[ \t]*:|#[ \t]*yaml-language-server:[^\n]*catalogue\.schema\.json)",
    re.MULTILINE,
)
"""A top-level ``matters``, ``extends`` or ``schema`` key (at the start of a line), or the schema modeline
that ``gcat new`` writes. ASCII, so it reads UTF-8 and GB18030 bytes alike."""


def looks_like_catalogue(path: Path) -> bool:
    """Whether ``path`` looks like a catalogue, decided from its first bytes without parsing them.

    For the pre-commit hooks (``--catalogues-only``): a repository holds other YAML
    (``.pre-commit-config.yaml``, CI workflows, docker-compose files), which is skipped rather than
    reported as "not a catalogue". A file that cannot be read is taken as one, so that its error shows.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Notepad saves "Unicode"
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    return _CATALOGUE_MARK.search(head.removeprefix(b"\xef\xbb\xbf")) is not None
