"""Checking catalogue files: read each one and yield what is wrong with it, in reading order.

This is the core of ``gcat validate``. It yields findings and never prints: the command line renders
them, another tool may count or store them. Each file is read (unsafe or broken YAML, structure,
vocabulary, normalisations), its chain composed (the merge findings), and the requirement rules run on
what it publishes. The requirements on a catalogue as a whole (area coverage) then run once per
jurisdiction across the files that are parts of it (``scope: part``), when all of them are given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.load import LoadResult, read_catalogue
from grassroots_catalog.results import Finding, Severity, sorted_findings
from grassroots_catalog.results import Path as DocPath

if TYPE_CHECKING:
    from grassroots_catalog.check.suppression import Suppression
    from grassroots_catalog.merge.engine import EffectiveCatalogue
    from grassroots_catalog.model.catalogue import Catalogue


@dataclass
class FileReport:
    """The outcome for one file: whether it could be read, its findings in reading order, and the
    findings set aside by a reasoned ``gcat: ignore`` comment or a baseline (never dropped silently)."""

    file: str
    readable: bool
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppression] = field(default_factory=list)
    written: Catalogue | None = field(default=None, repr=False)
    """What the file publishes, its chain composed: the catalogue the rules judged."""
    source: LoadResult | None = field(default=None, repr=False)
    """The file as read, to locate findings added later."""
    effective: EffectiveCatalogue | None = field(default=None, repr=False)
    """The composed chain, for a file that extends another (its history and overrides feed reports)."""

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)


def check_result(
    result: LoadResult,
    *,
    rules: bool = True,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> FileReport:
    """The report for a file already read: what reading found, then (if it is a catalogue) the merge of
    its chain and the requirement rules, each finding at the file and line it concerns; findings that a
    reasoned ``gcat: ignore`` comment names are set aside, not dropped."""
    findings = list(result.findings)
    if result.catalogue is None or not rules:
        return FileReport(
            result.file,
            result.catalogue is not None,
            sorted_findings(findings),
            written=result.catalogue,
            source=result,
        )
    from grassroots_catalog.check import rules as requirement_rules  # the rules pull in the merge engine
    from grassroots_catalog.read.load import locate_in

    catalogue = written = result.catalogue
    effective = None
    sources = [result]
    if catalogue.extends is None:
        for found in requirement_rules.run(catalogue, select=select, options=options):
            findings.append(replace(found, file=result.file, location=locate_in(result, found.path)))
    else:
        from grassroots_catalog.merge import resolve_file

        def reuse_leaf(path: str) -> LoadResult:  # the leaf is read already: do not parse it twice
            return result if path == result.file else read_catalogue(path)

        chain, effective = resolve_file(result.file, loader=reuse_leaf)
        if effective is None:
            return FileReport(result.file, False, sorted_findings([*findings, *chain.findings]))
        findings += effective.findings
        written = effective.written
        titles = {layer.file: layer.catalogue.title for layer in chain.layers if layer.file is not None}
        for found in requirement_rules.run(written, select=select, options=options):
            file, location = effective.locate_written(found.path)
            if file is not None and file != result.file and catalogue.form == "refinement":
                # The parent set (or left empty) what is judged: the fix belongs in this file's refine:.
                origin = titles.get(file) or _guideline_of(written, found.path) or file
                found = replace(found, ctx={**found.ctx, "inherited_from": origin})
            findings.append(replace(found, file=file, location=location))
        sources += [layer.result for layer in chain.layers if layer.result is not None and layer.result is not result]
    findings, suppressed = _suppress_inline(findings, sources)
    return FileReport(
        result.file, True, sorted_findings(findings), suppressed, written=written, source=result, effective=effective
    )


def part_group(catalogue: Catalogue) -> tuple[str, str]:
    """Which jurisdiction's catalogue a part belongs to: its level and division code (or name).

    Parts that name no jurisdiction are grouped by level alone.
    """
    jurisdiction = catalogue.jurisdiction
    owner = (jurisdiction.code or jurisdiction.name) if jurisdiction is not None else ""
    return (catalogue.level.value, owner)


def check_together(
    reports: Sequence[FileReport],
    *,
    complete: bool,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> None:
    """Judge the catalogues that are split into parts (``scope: part``) as wholes, adding the findings.

    The parts of one jurisdiction among ``reports`` are combined and the catalogue-wide rules run on
    the combination; each finding goes to the first part (by file name), at its ``scope:`` line. Unless
    ``complete`` says the files given are all the parts (and all of them could be read), nothing is
    judged: the first part of each jurisdiction gets S013 instead, so a clean result never hides an
    unchecked requirement.
    """
    from grassroots_catalog.check import rules as requirement_rules
    from grassroots_catalog.read.load import locate_in

    if any(report.written is None for report in reports):
        complete = False  # a part that could not be read would show up as missing areas
    groups: dict[tuple[str, str], list[tuple[FileReport, Catalogue, LoadResult]]] = {}
    for report in reports:
        written, source = report.written, report.source
        if (
            written is not None
            and source is not None
            and written.is_part
            and written.level in requirement_rules.APPLICABLE_LEVELS
        ):
            groups.setdefault(part_group(written), []).append((report, written, source))
    for parts in groups.values():
        parts.sort(key=lambda part: part[0].file)
        first, catalogue, source = parts[0]
        location = locate_in(source, ("scope",))
        if complete:
            combined = catalogue.model_copy(
                update={
                    "matters": tuple(matter for _, part, _ in parts for matter in part.matters),
                    "not_applicable_areas": tuple(
                        exemption for _, part, _ in parts for exemption in part.not_applicable_areas
                    ),
                }
            )
            note = {"parts": [os.path.basename(report.file) for report, _, _ in parts]} if len(parts) > 1 else {}
            first.findings += [
                replace(found, file=first.file, path=("scope",), location=location, ctx={**found.ctx, **note})
                for found in requirement_rules.run(combined, select=select, options=options, together=True)
            ]
        else:
            name = catalogue.jurisdiction.name if catalogue.jurisdiction is not None else catalogue.title
            first.findings.append(
                Finding(
                    "S013",
                    Severity.INFO,
                    file=first.file,
                    path=("scope",),
                    location=location,
                    ctx={"jurisdiction": name, "codes": ", ".join(sorted(requirement_rules.WHOLE_CATALOGUE_CODES))},
                )
            )
        first.findings[:] = sorted_findings(first.findings)


def _guideline_of(catalogue: Catalogue, path: DocPath) -> str | None:
    """The national guideline of the matter at ``path``: where a national row's values come from."""
    from grassroots_catalog.domain.areas import AREAS

    if len(path) > 1 and path[0] == "matters" and isinstance(path[1], int) and path[1] < len(catalogue.matters):
        area = AREAS.get(catalogue.matters[path[1]].area)
        return area.guideline_zh if area is not None else None
    return None


def _suppress_inline(findings: list[Finding], sources: Iterable[LoadResult]) -> tuple[list[Finding], list[Suppression]]:
    """Apply the ``gcat: ignore[...]`` comments of every file the findings point into."""
    from grassroots_catalog.read.load import locate_in

    suppressed: list[Suppression] = []
    for source in sources:
        if source.text is None or source.catalogue is None or "gcat:" not in source.text:
            continue
        from grassroots_catalog.check.suppression import apply_inline, matter_blocks  # only files with comments need it

        starts = [
            location.line
            for i in range(len(source.catalogue.matters))
            if (location := locate_in(source, ("matters", i))) is not None
        ]
        blocks = matter_blocks(starts, source.text.count("\n") + 1)
        findings, more = apply_inline(findings, source.file, source.text, blocks)
        suppressed += more
    return findings, suppressed


def validate_file(
    path: str | os.PathLike[str],
    *,
    limits: Limits = DEFAULT_LIMITS,
    rules: bool = True,
    options: Mapping[str, Any] | None = None,
) -> FileReport:
    """Read and check one catalogue file (``options``: the rules' options, e.g. ``as_of``)."""
    return check_result(read_catalogue(path, limits=limits), rules=rules, options=options)


def validate(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits = DEFAULT_LIMITS,
    rules: bool = True,
    complete: bool = False,
    options: Mapping[str, Any] | None = None,
) -> list[FileReport]:
    """Check each file, one :class:`FileReport` per file, in order: what ``gcat validate`` does.

    With ``complete``, the files given are all the parts of their jurisdictions' catalogues, so those
    split into parts are judged as wholes too (see :func:`check_together`).
    """
    reports = [validate_file(path, limits=limits, rules=rules, options=options) for path in paths]
    if rules:
        check_together(reports, complete=complete, options=options)
    return reports
