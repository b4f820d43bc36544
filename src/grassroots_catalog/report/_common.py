"""Helpers shared by the renderers."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING

from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData


def shown(reports: Iterable[FileReport], min_severity: Severity) -> Iterator[tuple[FileReport, Finding]]:
    """Each finding at or above ``min_severity``, with the report of the file that was checked."""
    for report in reports:
        for finding in report.findings:
            if finding.severity >= min_severity:
                yield report, finding


def national_used(reports: Sequence[FileReport], national: NationalData | None = None) -> NationalData:
    """The national data the reports were checked against, for the output to name: ``national`` if
    given, else the reports' own (the bundled data when they name none)."""
    from grassroots_catalog.read.national_data import BUNDLED

    if national is not None:
        return national
    return next((report.national for report in reports if report.national is not None), BUNDLED)


class Tally:
    """Running counts over reports seen one at a time: what a summary, an exit status and the national
    data statement need, so that no output keeps the reports themselves."""

    def __init__(self) -> None:
        self.files = 0
        self.unreadable = 0
        self.suppressed = 0
        self.matters = 0
        self.counts = dict.fromkeys(Severity, 0)
        self.national: NationalData | None = None

    def add(self, report: FileReport) -> FileReport:
        """Count ``report`` and hand it back."""
        self.files += 1
        self.unreadable += not report.readable
        self.suppressed += len(report.suppressed)
        self.matters += report.matters
        for finding in report.findings:
            self.counts[finding.severity] += 1
        if self.national is None:
            self.national = report.national
        return report

    def counted(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        """``reports``, each counted as it passes."""
        for report in reports:
            yield self.add(report)

    def national_used(self, national: NationalData | None = None) -> NationalData:
        """As :func:`national_used`, for the reports counted so far."""
        from grassroots_catalog.read.national_data import BUNDLED

        return national if national is not None else self.national if self.national is not None else BUNDLED

    def worst(self) -> Severity | None:
        """The most severe level any finding counted has."""
        return max((severity for severity, count in self.counts.items() if count), default=None)


def tallied(reports: Iterable[FileReport]) -> Tally:
    """The counts of ``reports``."""
    tally = Tally()
    for report in reports:
        tally.add(report)
    return tally


class Spool:
    """Text written as it comes and read back once at the end, in memory while small and on disk beyond
    :data:`SPOOL_MEMORY`: for the part of an output that must follow what only the end knows (SARIF's
    rules, JUnit's totals, the text output's suppressed findings), without holding it all in memory."""

    def __init__(self) -> None:
        self._file: IO[str] | None = None
        self.empty = True

    def write(self, text: str) -> None:
        if self._file is None:
            # Closed by drain(), which reads it back once the output reaches the end.
            self._file = tempfile.SpooledTemporaryFile(SPOOL_MEMORY, mode="w+", encoding="utf-8", newline="")  # noqa: SIM115
        self._file.write(text)
        self.empty = self.empty and not text

    def drain(self) -> Iterator[str]:
        """What was written, in pieces; the spool is empty (and its file gone) afterwards."""
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            while piece := handle.read(1 << 16):
                yield piece
        finally:
            handle.close()
            self.empty = True


SPOOL_MEMORY = 4 << 20
"""Characters a :class:`Spool` keeps in memory before it moves to a temporary file."""
