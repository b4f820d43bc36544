"""Checking catalogue files: read each one and yield what is wrong with it, in reading order.

This is the core of ``gcat validate``. It yields findings and never prints: the command line renders
them, another tool may count or store them. Today it reports what reading finds (unsafe or broken
YAML, structure, vocabulary, normalisations); the requirement rules plug in here as they arrive.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .findings import Finding, Severity, sorted_findings
from .io.limits import DEFAULT_LIMITS, Limits
from .loading import LoadResult, read_catalogue


@dataclass
class FileReport:
    """The outcome for one file: whether it could be read, and its findings in reading order."""

    file: str
    readable: bool
    findings: list[Finding] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)


def check_result(result: LoadResult) -> FileReport:
    """The report for a file already read."""
    return FileReport(result.file, result.ok, sorted_findings(list(result.findings)))


def validate_file(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> FileReport:
    """Read and check one catalogue file."""
    return check_result(read_catalogue(path, limits=limits))


def validate(paths: Iterable[str | os.PathLike[str]], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[FileReport]:
    """Check each file in turn, yielding one :class:`FileReport` per file."""
    for path in paths:
        yield validate_file(path, limits=limits)
