"""Checking catalogue files: read each one and yield what is wrong with it, in reading order.

This is the core of ``gcat validate``. It yields findings and never prints: the command line renders
them, another tool may count or store them. Each file is read (unsafe or broken YAML, structure,
vocabulary, normalisations), its chain composed (the merge findings), and the requirement rules run on
what it publishes. The requirements on a catalogue as a whole (area coverage) then run once per
jurisdiction across the files that are parts of it (``scope: part``), when all of them are given.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.load import LoadResult, read_catalogue
from grassroots_catalog.read.national_data import BUNDLED, NationalData, national_data
from grassroots_catalog.results import FileReport, Finding, Location, Severity, sorted_findings
from grassroots_catalog.results import Path as DocPath

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from grassroots_catalog.check.config import ConfiguredIgnore
    from grassroots_catalog.check.suppression import Suppression
    from grassroots_catalog.merge.engine import EffectiveCatalogue
    from grassroots_catalog.model.catalogue import Catalogue

__all__ = ["NEAREST", "FileReport", "check_result", "check_together", "part_group", "validate", "validate_file"]


def check_result(
    result: LoadResult,
    *,
    rules: bool = True,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
    national: NationalData = BUNDLED,
) -> FileReport:
    """The report for a file already read: what reading found, then (if it is a catalogue) the merge of
    its chain (up to ``national``) and the requirement rules, each finding at the file and line it
    concerns; findings that a reasoned ``gcat: ignore`` comment names are set aside, not dropped."""
    findings = list(result.findings)
    if result.catalogue is None or not rules:
        return FileReport(
            result.file,
            result.catalogue is not None,
            sorted_findings(findings),
            written=result.catalogue,
            source=result,
            national=national,
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
        from grassroots_catalog.check.chain import COMPOSED, resolve_read

        chain, effective = resolve_read(result, national=national)
        if effective is None:
            return FileReport(result.file, False, sorted_findings([*findings, *chain.findings]), national=national)
        findings += effective.findings
        written = effective.written
        titles = {layer.file: layer.catalogue.title for layer in chain.layers if layer.file is not None}
        as_national = _national_wording(effective)
        shared = COMPOSED.shared_rows(chain.layers)
        if shared is not None and not shared.shared_in(written):
            shared = None  # a table of its own rows (a county extending national): nothing to take
        for found in requirement_rules.run(written, select=select, options=options, shared=shared):
            found = as_national(found)
            file, location = effective.locate_written(found.path)
            if file is not None and file != result.file and catalogue.form == "refinement":
                # The parent set (or left empty) what is judged: the fix belongs in this file's refine:.
                origin = titles.get(file) or _guideline_of(written, found.path) or file
                found = replace(found, ctx={**found.ctx, "inherited_from": origin})
            findings.append(replace(found, file=file, location=location))
        sources += [layer.result for layer in chain.layers if layer.result is not None and layer.result is not result]
        findings = _one_finding_per_cell(findings)
    findings, suppressed = _suppress_inline(findings, sources)
    return FileReport(
        result.file,
        True,
        sorted_findings(findings),
        suppressed,
        written=written,
        source=result,
        effective=effective,
        national=national,
    )


def _national_wording(effective: EffectiveCatalogue) -> Callable[[Finding], Finding]:
    """A warning about a value a table holds exactly as the national guideline words it becomes a note.

    The national texts themselves cite instruments without 《》, set limits in shapes no rule reads
    (本级人民代表大会批准后20日内), or leave cells partial; a county that copies them faithfully has
    not made them worse, and a warning on every such row would bury its own defects. The finding stays,
    as information that says so (``as_in_national``). Errors are never lowered: a requirement the county
    itself must meet (R05 the website, say) binds it whatever the guideline wrote.
    """
    from grassroots_catalog.merge.graph import NATIONAL
    from grassroots_catalog.merge.lattice import Change, classify
    from grassroots_catalog.model.fields import BY_NAME

    root = effective.layers[0]
    if root.key != NATIONAL:
        return lambda found: found
    national = {matter.id: matter for matter in root.catalogue.matters}
    matters = effective.written.matters

    def lowered(found: Finding) -> Finding:
        path = found.path
        if found.severity is not Severity.WARNING or len(path) < 3 or not isinstance(path[1], int):
            return found
        field = path[2]
        if not isinstance(field, str) or field not in BY_NAME or path[1] >= len(matters):
            return found
        matter = matters[path[1]]
        source = national.get(matter.id)
        if source is None or classify(field, getattr(source, field), getattr(matter, field)) is not Change.EQUAL:
            return found
        return replace(found, severity=Severity.INFO, ctx={**found.ctx, "as_in_national": True})

    return lowered


def _one_finding_per_cell(findings: list[Finding]) -> list[Finding]:
    """A blank cell is reported once, as the element it lacks (R10, R13 …), not also as a weakening.

    The merge sees an inherited value emptied (M010); the rule that requires the field sees it missing.
    Both point at one cell, and the rule says what to do, so the merge's finding is dropped when the rule
    that the field table names for that field reports the same matter and field.
    """
    from grassroots_catalog.model.fields import BY_NAME

    missing = {
        (found.ctx.get("matter"), found.path[2])
        for found in findings
        if len(found.path) > 2
        and isinstance(found.path[2], str)
        and found.path[2] in BY_NAME
        and (requirement := BY_NAME[found.path[2]].requirement) is not None
        and requirement.code == found.code
    }
    if not missing:
        return findings
    return [
        found
        for found in findings
        if not (found.code == "M010" and (found.ctx.get("matter"), found.ctx.get("field")) in missing)
    ]


def part_group(catalogue: Catalogue) -> tuple[str, str]:
    """Which jurisdiction's catalogue a part belongs to: its level and division code (or name).

    Parts that name no jurisdiction are grouped by level alone.
    """
    jurisdiction = catalogue.jurisdiction
    owner = (jurisdiction.code or jurisdiction.name) if jurisdiction is not None else ""
    return (catalogue.level.value, owner)


def is_one_catalogue(reports: Sequence[FileReport]) -> bool:
    """Whether ``reports`` are of one catalogue: a single file, or parts (``scope: part``) of one
    jurisdiction's catalogue. A gap report speaks of one catalogue at a time."""
    groups = {
        part_group(report.written) if report.written.is_part else ("whole", report.file)
        for report in reports
        if report.written is not None
    }
    return len(groups) <= 1


@dataclass(frozen=True, slots=True)
class Part:
    """What judging a part (``scope: part``) as a piece of its whole catalogue needs of it, and no more:
    its place among the reports, its file, what it publishes and where its ``scope:`` is written."""

    index: int
    file: str
    catalogue: Catalogue
    scope: Location | None


def as_part(index: int, report: FileReport) -> Part | None:
    """The part ``report`` is of a catalogue the rules judge as a whole, or None if it is not one."""
    from grassroots_catalog.check import rules as requirement_rules
    from grassroots_catalog.read.load import locate_in

    written, source = report.written, report.source
    if (
        written is None
        or source is None
        or not written.is_part
        or written.level not in requirement_rules.APPLICABLE_LEVELS
    ):
        return None
    return Part(index, report.file, written, locate_in(source, ("scope",)))


def check_together(
    reports: Sequence[FileReport],
    *,
    complete: bool,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[FileReport]:
    """Judge the catalogues that are split into parts (``scope: part``) as wholes: the reports again,
    in order, the first part of each jurisdiction replaced by one with the catalogue-wide findings.

    The parts of one jurisdiction among ``reports`` are combined and the catalogue-wide rules run on
    the combination; each finding goes to the first part (by file name), at its ``scope:`` line. Unless
    ``complete`` says the files given are all the parts (and all of them could be read), nothing is
    judged: the first part of each jurisdiction gets S013 instead, so a clean result never hides an
    unchecked requirement.
    """
    if any(report.written is None for report in reports):
        complete = False  # a part that could not be read would show up as missing areas
    parts = [part for index, report in enumerate(reports) if (part := as_part(index, report)) is not None]
    added = judge_parts(parts, complete=complete, select=select, options=options)
    return [with_findings(report, added[index]) if index in added else report for index, report in enumerate(reports)]


def with_findings(report: FileReport, added: Sequence[Finding]) -> FileReport:
    """``report`` with ``added`` among its findings, in reading order."""
    return replace(report, findings=tuple(sorted_findings([*report.findings, *added])))


def judge_parts(
    parts: Sequence[Part],
    *,
    complete: bool,
    select: Iterable[str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[int, list[Finding]]:
    """The catalogue-wide findings of the jurisdictions ``parts`` belong to, by the index of the report
    each goes to (the first part of its jurisdiction, by file name); see :func:`check_together`."""
    from grassroots_catalog.check import rules as requirement_rules

    groups: dict[tuple[str, str], list[Part]] = {}
    for part in parts:
        groups.setdefault(part_group(part.catalogue), []).append(part)
    added: dict[int, list[Finding]] = {}  # by the index of the report they go to
    for members in groups.values():
        members.sort(key=lambda part: part.file)
        first = members[0]
        catalogue, location = first.catalogue, first.scope
        if complete:
            combined = catalogue.model_copy(
                update={
                    "matters": tuple(matter for part in members for matter in part.catalogue.matters),
                    "not_applicable_areas": tuple(
                        exemption for part in members for exemption in part.catalogue.not_applicable_areas
                    ),
                }
            )
            names = [os.path.basename(part.file) for part in members]
            note = {"parts": names} if len(members) > 1 else {}
            judged = [
                replace(found, file=first.file, path=("scope",), location=location, ctx={**found.ctx, **note})
                for found in requirement_rules.run(combined, select=select, options=options, together=True)
            ]
        else:
            name = catalogue.jurisdiction.name if catalogue.jurisdiction is not None else catalogue.title
            judged = [
                Finding(
                    "S013",
                    Severity.INFO,
                    file=first.file,
                    path=("scope",),
                    location=location,
                    ctx={
                        "jurisdiction": name,
                        "codes": ", ".join(sorted(requirement_rules.WHOLE_CATALOGUE_CODES)),
                        "folder": _folder_argument(first.file),
                    },
                )
            ]
        added[first.index] = judged
    return added


_SHELL_SAFE = re.compile(r"[\w@%+=:,./-]+")
"""A word a shell reads as it is (letters of any script, digits, and a few marks)."""


def _folder_argument(file: str) -> str:
    """The folder of ``file`` as the user named it, ready to be typed after ``gcat validate --complete``:
    ``示例县/`` for ``示例县/part1.yaml``, ``./`` for a file in the working directory; quoted for a
    shell when it holds a space or a shell's special character."""
    folder = os.path.join(os.path.dirname(file) or ".", "")
    return folder if _SHELL_SAFE.fullmatch(folder) else shlex.quote(folder)


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

        entries = [("matters", i) for i in range(len(source.catalogue.matters))]
        entries += [("refine", i) for i in range(len(source.catalogue.refine))]  # a refined matter is a block too
        starts = sorted(location.line for entry in entries if (location := locate_in(source, entry)) is not None)
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
    national: NationalData = BUNDLED,
) -> FileReport:
    """Read and check one catalogue file (``options``: the rules' options, e.g. ``as_of``; ``national``:
    the national data ``extends: national`` stands for).

    A spreadsheet or web page (``.xlsx``, ``.csv``, ``.html`` …) is imported in memory, as ``gcat import``
    reads it, and every finding on one of its rows names the cell the row starts at (``ctx["cell"]``).
    """
    from grassroots_catalog.read.paths import TABLE_SUFFIXES

    if Path(path).suffix.lower() not in TABLE_SUFFIXES:
        return check_result(read_catalogue(path, limits=limits), rules=rules, options=options, national=national)
    from grassroots_catalog.read.tables.importer import at_row_cells, import_table

    imported = import_table(path, limits=limits)
    result = LoadResult(imported.file, imported.catalogue if imported.ok else None, imported.findings)
    report = check_result(result, rules=rules, options=options, national=national)
    return replace(report, findings=tuple(at_row_cells(report.findings, imported.sources, file=imported.file)))


class ConfigLookup(Enum):
    """How :func:`validate` finds the project config when none is named."""

    NEAREST = "nearest"


NEAREST: Final = ConfigLookup.NEAREST
"""``validate(config=NEAREST)``: the nearest ``.gcat.toml`` or ``pyproject.toml`` with a
``[tool.grassroots-catalog]`` table, from the first file's folder up to the repository root."""

ConfigChoice = str | os.PathLike[str] | Sequence["ConfiguredIgnore"] | ConfigLookup | None
BaselineChoice = str | os.PathLike[str] | Sequence[Mapping[str, Any]] | None
NationalChoice = str | os.PathLike[str] | NationalData | None


def validate(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: ConfigChoice = NEAREST,
    baseline: BaselineChoice = None,
    complete: bool = False,
    options: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    rules: bool = True,
    national: NationalChoice = None,
    jobs: int | None = 1,
    executor: Executor | None = None,
) -> list[FileReport]:
    """What ``gcat validate`` does: one :class:`FileReport` per catalogue file, in order.

    - ``paths``: files, or folders standing for the ``.yaml`` and ``.yml`` files below them (hidden
      ones skipped); a folder with none raises :class:`~grassroots_catalog.read.paths.NoCatalogueFiles`.
    - ``config``: :data:`NEAREST` (the default) finds the project config as the command line does; a
      path names one; entries already read (:func:`~grassroots_catalog.check.config.read_config`) are
      used as they are; ``None`` uses none. A config that cannot be used raises
      :class:`~grassroots_catalog.check.config.ConfigError`.
    - ``baseline``: a baseline file, or its entries already read
      (:func:`~grassroots_catalog.check.baseline.read_baseline`); one that cannot be used raises
      :class:`~grassroots_catalog.check.baseline.BaselineError`.
    - ``complete``: the files given are all the parts of their jurisdictions' catalogues, so those
      split into parts are judged as wholes too (see :func:`check_together`).
    - ``options``: the rules' options (e.g. ``as_of``); ``rules=False`` only reads the files.
    - ``national``: the national data to check against: a folder of national catalogues
      (``AREA.yaml``, replacing the bundled rows of those areas), a
      :class:`~grassroots_catalog.read.national_data.NationalData`, or None for the config's
      ``national`` folder if it names one, else the bundled rows. A folder that cannot be used raises
      :class:`~grassroots_catalog.read.national_data.NationalDataError`. Each report names the data
      used (``FileReport.national``), and so does every output rendered from it.

    - ``jobs`` / ``executor``: where the files are checked. By default (``jobs=1``, no executor) in
      this process, and each report keeps the catalogue it judged (``written``, ``source``,
      ``effective``) for a gap report or a merge to use. With ``jobs=N`` (None: one per core) the
      files are checked by a pool of processes, and with ``executor`` by any
      :class:`concurrent.futures.Executor` (Dask's ``Client.get_executor()``, say); the reports are
      then slim (:func:`~grassroots_catalog.check.batch.validate_stream`): the same findings, in the
      same order, at the same places, without the catalogues.

    What a config or a baseline sets aside moves from ``findings`` to ``suppressed``, with its reason.
    Every problem with the arguments is raised before any file is checked.
    """
    if executor is not None or jobs != 1:
        from grassroots_catalog.check.batch import validate_stream

        return list(
            validate_stream(
                paths,
                config=config,
                baseline=baseline,
                complete=complete,
                options=options,
                limits=limits,
                rules=rules,
                national=national,
                jobs=jobs,
                executor=executor,
            )
        )

    files, ignores, accepted, data = checking_arguments(paths, config, baseline, national)
    reports = [validate_file(path, limits=limits, rules=rules, options=options, national=data) for path in files]
    if rules:
        reports = check_together(reports, complete=complete, options=options)
    return [set_aside(report, ignores, accepted) for report in reports]


def checking_arguments(
    paths: Iterable[str | os.PathLike[str]], config: ConfigChoice, baseline: BaselineChoice, national: NationalChoice
) -> tuple[list[Path], Sequence[ConfiguredIgnore], Sequence[Mapping[str, Any]], NationalData]:
    """What :func:`validate`'s arguments stand for: the catalogue files (folders expanded), the config's
    ignore entries, the baseline's fingerprints and the national data; every problem raised here."""
    from grassroots_catalog.read.paths import catalogue_files

    files = catalogue_files(Path(path) for path in paths)
    ignores = _configured(config, files)
    accepted = _baseline(baseline)
    return (
        files,
        ignores,
        accepted,
        national_data(national if national is not None else _configured_national(config, files)),
    )


def set_aside(
    report: FileReport, ignores: Sequence[ConfiguredIgnore], accepted: Sequence[Mapping[str, Any]]
) -> FileReport:
    """The report with what the config's entries, then the baseline, set aside moved to ``suppressed``."""
    if ignores:
        from grassroots_catalog.check.config import apply_config

        report = _set_aside(report, *apply_config(report.findings, ignores))
    if accepted:
        from grassroots_catalog.check.baseline import apply_baseline

        report = _set_aside(report, *apply_baseline(report.findings, accepted))
    return report


def _configured(config: ConfigChoice, files: Sequence[Path]) -> Sequence[ConfiguredIgnore]:
    """The ignore entries ``config`` stands for."""
    if config is None or (config is NEAREST and not files):
        return ()
    if isinstance(config, str | os.PathLike | ConfigLookup):
        from grassroots_catalog.check.config import find_config, read_config

        path = find_config(files[0]) if config is NEAREST else Path(config)
        return read_config(path) if path is not None else ()
    return config


def _configured_national(config: ConfigChoice, files: Sequence[Path]) -> Path | None:
    """The national data folder the project config names, if it names one."""
    if config is None or (config is NEAREST and not files) or not isinstance(config, str | os.PathLike | ConfigLookup):
        return None
    from grassroots_catalog.check.config import find_config, read_national

    path = find_config(files[0]) if config is NEAREST else Path(config)
    return read_national(path) if path is not None else None


def _baseline(baseline: BaselineChoice) -> Sequence[Mapping[str, Any]]:
    """The recorded fingerprints ``baseline`` stands for."""
    if baseline is None:
        return ()
    if isinstance(baseline, str | os.PathLike):
        from grassroots_catalog.check.baseline import read_baseline

        return read_baseline(Path(baseline))
    return baseline


def _set_aside(report: FileReport, kept: Sequence[Finding], suppressed: Sequence[Suppression]) -> FileReport:
    if not suppressed:
        return report
    return replace(report, findings=tuple(kept), suppressed=(*report.suppressed, *suppressed))
