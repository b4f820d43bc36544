"""Checking catalogue files: read each one and yield what is wrong with it, in reading order.

This is the core of ``gcat validate``. It yields findings and never prints: the command line renders
them, another tool may count or store them. Today it reports what reading finds (unsafe or broken
YAML, structure, vocabulary, normalisations); the requirement rules plug in here as they arrive.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .findings import Finding, Severity, sorted_findings
from .io.limits import DEFAULT_LIMITS, Limits
from .loading import LoadResult, read_catalogue

if TYPE_CHECKING:
    from .suppression import Suppression


@dataclass
class FileReport:
    """The outcome for one file: whether it could be read, its findings in reading order, and the
    findings set aside by a reasoned ``gcat: ignore`` comment or a baseline (never dropped silently)."""

    file: str
    readable: bool
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppression] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)


def check_result(result: LoadResult, *, rules: bool = True, select: Iterable[str] | None = None,
                 options: Mapping[str, Any] | None = None) -> FileReport:
    """The report for a file already read: what reading found, then (if it is a catalogue) the merge of
    its chain and the requirement rules, each finding at the file and line it concerns; findings that a
    reasoned ``gcat: ignore`` comment names are set aside, not dropped."""
    findings = list(result.findings)
    if result.catalogue is None or not rules:
        return FileReport(result.file, result.catalogue is not None, sorted_findings(findings))
    from . import rules as requirement_rules  # the rules pull in the merge engine
    from .loading import locate_in

    catalogue = result.catalogue
    sources = [result]
    if catalogue.extends is None:
        for found in requirement_rules.run(catalogue, select=select, options=options):
            findings.append(replace(found, file=result.file, location=locate_in(result, found.path)))
    else:
        from .merge import resolve_file

        def reuse_leaf(path: str) -> LoadResult:  # the leaf is read already: do not parse it twice
            return result if path == result.file else read_catalogue(path)

        chain, effective = resolve_file(result.file, loader=reuse_leaf)
        if effective is None:
            return FileReport(result.file, False, sorted_findings([*findings, *chain.findings]))
        findings += effective.findings
        for found in requirement_rules.run(effective.written, select=select, options=options):
            file, location = effective.locate_written(found.path)
            findings.append(replace(found, file=file, location=location))
        sources += [layer.result for layer in chain.layers if layer.result is not None and layer.result is not result]
    findings, suppressed = _suppress_inline(findings, sources)
    return FileReport(result.file, True, sorted_findings(findings), suppressed)


def _suppress_inline(findings: list[Finding], sources: Iterable[LoadResult]) -> tuple[list[Finding], list[Suppression]]:
    """Apply the ``gcat: ignore[...]`` comments of every file the findings point into."""
    from .loading import locate_in

    suppressed: list[Suppression] = []
    for source in sources:
        if source.text is None or source.catalogue is None or "gcat:" not in source.text:
            continue
        from .suppression import apply_inline, matter_blocks  # only files with comments need it

        starts = [location.line for i in range(len(source.catalogue.matters))
                  if (location := locate_in(source, ("matters", i))) is not None]
        blocks = matter_blocks(starts, source.text.count("\n") + 1)
        findings, more = apply_inline(findings, source.file, source.text, blocks)
        suppressed += more
    return findings, suppressed


def validate_file(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, rules: bool = True) -> FileReport:
    """Read and check one catalogue file."""
    return check_result(read_catalogue(path, limits=limits), rules=rules)


def validate(paths: Iterable[str | os.PathLike[str]], *, limits: Limits = DEFAULT_LIMITS,
             rules: bool = True) -> Iterator[FileReport]:
    """Check each file in turn, yielding one :class:`FileReport` per file."""
    for path in paths:
        yield validate_file(path, limits=limits, rules=rules)
