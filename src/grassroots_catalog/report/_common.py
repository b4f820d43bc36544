"""Helpers shared by the renderers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData


def shown(reports: Sequence[FileReport], min_severity: Severity) -> Iterator[tuple[FileReport, Finding]]:
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
