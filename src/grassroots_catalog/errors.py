"""The exception tree. Everything the library raises on purpose is a :class:`CatalogError`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grassroots_catalog.results import Finding


class CatalogError(Exception):
    """Base class of every error grassroots_catalog raises on purpose."""


class CatalogueLoadError(CatalogError):
    """A file could not be read as a catalogue; ``findings`` say where and why."""

    def __init__(self, file: str, findings: Sequence[Finding]) -> None:
        self.file = file
        self.findings = tuple(findings)
        first = self.findings[0].message("en") if self.findings else "unreadable"
        super().__init__(f"{file}: {first}")


class InputRejected(CatalogError):
    """Raised inside the reader for the problem that stops reading: ``finding``, the first, and in
    ``findings`` every one found at once (each bad character of a file, say), the first included."""

    def __init__(self, finding: Finding, *more: Finding) -> None:
        self.finding = finding
        self.findings = (finding, *more)
        super().__init__(finding.code)


class OutputNotWritten(CatalogError, OSError):
    """An output file could not be written (no such place, no permission, a full disk); it was left as
    it was. Still the :class:`OSError` it was (its ``errno`` and ``strerror``), with ``filename`` the
    file asked for, not the temporary the system was writing when it failed."""

    def __init__(self, path: str, error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error), path)
