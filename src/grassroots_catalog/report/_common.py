"""Helpers shared by the renderers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport


def shown(reports: Sequence[FileReport], min_severity: Severity) -> Iterator[tuple[FileReport, Finding]]:
    """Each finding at or above ``min_severity``, with the report of the file that was checked."""
    for report in reports:
        for finding in report.findings:
            if finding.severity >= min_severity:
                yield report, finding
