"""The facts of the gap report, gathered once from a validation and frozen, so every rendering shows the same.

Coverage compares the catalogue, for each of the 26 pilot areas, with the national rows this tool
knows, and keeps the sentences saying that those rows are only the first part of the national table.
A catalogue published in parts is reported on from all its parts together.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grassroots_catalog.check.suppression import Suppression
from grassroots_catalog.check.validate import FileReport
from grassroots_catalog.domain.areas import AREAS, PILOT_AREAS
from grassroots_catalog.read.national import completeness_statement
from grassroots_catalog.read.national_data import NationalData
from grassroots_catalog.report._common import national_used
from grassroots_catalog.results import Finding, Severity, sorted_findings

if TYPE_CHECKING:  # the merge engine is imported by the validation of a chained file, never for a table alone
    from grassroots_catalog.merge.engine import EffectiveCatalogue

STATUSES: tuple[str, ...] = ("present", "localised", "strengthened", "weakened", "missing", "not-applicable")
"""How a known national row fares in the catalogue, in the order the report shows them."""


@dataclass(frozen=True, slots=True)
class StatusCounts(Mapping[str, int]):
    """How many known national rows have each status: a read-only mapping over :data:`STATUSES`.

    Every status is a key (0 when none), so two areas compare and render alike.
    """

    counts: tuple[int, ...] = (0,) * len(STATUSES)

    def __post_init__(self) -> None:
        if len(self.counts) != len(STATUSES) or any(count < 0 for count in self.counts):
            raise ValueError(f"one count of zero or more for each of {', '.join(STATUSES)}: {self.counts}")

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> StatusCounts:
        """The counts given by status; a status not in :data:`STATUSES` is refused."""
        unknown = set(counts) - set(STATUSES)
        if unknown:
            raise ValueError(f"unknown status {', '.join(sorted(unknown))}; choose from {', '.join(STATUSES)}")
        return cls(tuple(counts.get(status, 0) for status in STATUSES))

    def __getitem__(self, status: str) -> int:
        try:
            return self.counts[STATUSES.index(status)]
        except ValueError:
            raise KeyError(status) from None

    def __iter__(self) -> Iterator[str]:
        return iter(STATUSES)

    def __len__(self) -> int:
        return len(STATUSES)

    def __add__(self, other: StatusCounts) -> StatusCounts:
        return StatusCounts(tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)))

    def total(self) -> int:
        """All the known national rows counted."""
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class AreaCoverage:
    """How one area of the catalogue compares with the known national rows.

    ``absent`` marks an area the files given do not touch at all, when they are parts of a catalogue
    not given whole: nothing can be said of it.
    """

    area: str
    statuses: StatusCounts = field(default_factory=StatusCounts)
    local_additions: int = 0
    statement_zh: str = ""
    statement_en: str = ""
    absent: bool = False

    def statement(self, lang: str) -> str:
        """The sentence saying how many national rows are known, in ``lang``."""
        return self.statement_zh if lang == "zh" else self.statement_en


@dataclass(frozen=True, slots=True)
class GapReport:
    """The facts of one catalogue's report: its files (one, or its parts), findings and coverage.

    ``findings`` are in reading order, those of every part together; ``coverage`` has one entry per
    pilot area, in the order of the national list, or none for a catalogue that extends no national
    guideline (or could not be read).
    """

    files: tuple[str, ...]
    title: str
    level: str
    as_of: dt.date
    chain: tuple[str, ...]
    readable: bool
    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]
    coverage: tuple[AreaCoverage, ...]
    national_zh: str = ""
    national_en: str = ""
    """Which national data the catalogue was compared with, in each language."""

    def national(self, lang: str) -> str:
        """The sentence naming the national data used, in ``lang``."""
        return self.national_zh if lang == "zh" else self.national_en

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity`` (suppressed ones are not counted)."""
        return sum(1 for finding in self.findings if finding.severity == severity)

    @property
    def fix_first(self) -> tuple[Finding, ...]:
        """Errors first, then warnings; within each, the order of the file. Notes are left out."""
        return tuple(
            sorted(
                (f for f in self.findings if f.severity >= Severity.WARNING),
                key=lambda f: (-f.severity, f.sort_key()),
            )
        )

    @property
    def by_requirement(self) -> tuple[tuple[str, tuple[Finding, ...]], ...]:
        """The findings grouped by code: the codes with an error first, then by code."""
        groups: dict[str, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.code, []).append(finding)
        order = sorted(groups, key=lambda code: (-max(f.severity for f in groups[code]), code))
        return tuple((code, tuple(groups[code])) for code in order)

    @property
    def absent_areas(self) -> tuple[str, ...]:
        """The areas nothing can be said of (see :attr:`AreaCoverage.absent`)."""
        return tuple(area.area for area in self.coverage if area.absent)


def build(
    reports: Sequence[FileReport], as_of: dt.date, *, complete: bool = False, national: NationalData | None = None
) -> GapReport:
    """Gather the facts of the report from the validation of a catalogue: one file, or its parts.

    The validation already composed each file's chain (:attr:`FileReport.effective`); nothing is read
    or composed again. The catalogue is judged whole unless it is given as parts without ``complete``.
    Coverage is counted against ``national`` (default: the national data the reports were checked
    against), and the report says which data that was.
    """
    data = national_used(reports, national)
    named = {"national_zh": data.statement("zh"), "national_en": data.statement("en")}
    first = reports[0]
    catalogue = first.written
    files = tuple(r.file for r in reports)
    readable = all(r.readable for r in reports)
    findings = tuple(sorted_findings([f for r in reports for f in r.findings]))
    suppressed = tuple(s for r in reports for s in r.suppressed)
    if catalogue is None:
        return GapReport(files, str(first.file), "?", as_of, (), readable, findings, suppressed, (), **named)
    whole = complete or not catalogue.is_part
    chain = tuple(layer.catalogue.id for layer in first.effective.layers) if first.effective is not None else ()
    coverage = _coverage(reports, whole, data) if any(r.effective is not None for r in reports) else ()
    return GapReport(
        files, catalogue.title, catalogue.level.value, as_of, chain, readable, findings, suppressed, coverage, **named
    )


@dataclass
class _Tally:
    """One area's counts while the files are summed; frozen into an :class:`AreaCoverage` at the end."""

    statuses: Counter[str] = field(default_factory=Counter)
    local_additions: int = 0


def _coverage(reports: Sequence[FileReport], whole: bool, national: NationalData) -> tuple[AreaCoverage, ...]:
    """Every pilot area: the known national rows by status, summed over the files given."""
    found: dict[str, _Tally] = {}
    exempt: set[str] = set()
    for report in reports:
        if report.written is not None:
            exempt.update(exemption.area for exemption in report.written.not_applicable_areas)
        if report.effective is None:
            continue
        for slug, part in _file_coverage(report.effective, national).items():
            total = found.setdefault(slug, _Tally())
            total.statuses.update(part.statuses)
            total.local_additions += part.local_additions
    result: list[AreaCoverage] = []
    for area in PILOT_AREAS:
        tally = found.get(area.slug)
        if tally is not None:
            counts = StatusCounts.of(tally.statuses)
            result.append(_area_coverage(area.slug, national, counts, tally.local_additions))
            continue
        rows = len(national.catalogue(area.slug).matters)
        if area.slug in exempt:
            result.append(_area_coverage(area.slug, national, StatusCounts.of({"not-applicable": rows})))
        elif whole:
            result.append(_area_coverage(area.slug, national, StatusCounts.of({"missing": rows})))
        else:
            result.append(_area_coverage(area.slug, national, absent=True))
    return tuple(result)


def _area_coverage(
    area: str,
    data: NationalData,
    statuses: StatusCounts | None = None,
    local_additions: int = 0,
    *,
    absent: bool = False,
) -> AreaCoverage:
    """An area's counts, with the sentences saying how many national rows are known, and from where."""
    national = data.catalogue(area)
    source = data.source_of(area)
    return AreaCoverage(
        area,
        statuses if statuses is not None else StatusCounts(),
        local_additions,
        statement_zh=completeness_statement(national, area, "zh", source=source),
        statement_en=completeness_statement(national, area, "en", source=source),
        absent=absent,
    )


def _file_coverage(effective: EffectiveCatalogue, data: NationalData) -> dict[str, _Tally]:
    """One file's areas: the status of each known national row, and the rows the file adds."""
    written = {m.id: m for m in effective.written.matters}
    allowed = {m.id: m for m in effective.catalogue.matters}
    changes: dict[str, set[str]] = {}
    for override in effective.overrides:
        if override.layer == len(effective.layers) - 1:
            changes.setdefault(override.matter, set()).add(override.change.value)
    areas = list(dict.fromkeys(m.area for m in effective.written.matters))
    result: dict[str, _Tally] = {}
    for area in areas:
        if area not in AREAS:
            continue
        national = data.catalogue(area)
        tally = result[area] = _Tally()
        national_ids = {m.id for m in national.matters}
        for matter in national.matters:
            mine = written.get(matter.id)
            if mine is None:
                kept = allowed.get(matter.id)
                status = "not-applicable" if kept is not None and kept.not_applicable else "missing"
            elif mine.not_applicable:
                status = "not-applicable"
            else:
                seen = changes.get(matter.id, set())
                if seen & {"weaker", "incomparable"}:
                    status = "weakened"
                elif "stricter" in seen:
                    status = "strengthened"
                elif "localised" in seen:
                    status = "localised"
                else:
                    status = "present"
            tally.statuses[status] += 1
        tally.local_additions = sum(1 for m in effective.written.matters if m.area == area and m.id not in national_ids)
    return result
