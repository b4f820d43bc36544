"""Checking many files: each file's report as it finishes, in the order given, in bounded memory.

``gcat validate`` of a national run (thousands of county and township catalogues) cannot keep every
report's catalogue, text and chain until the end: memory would grow with every file, and the garbage
collector would walk the whole heap again and again. Here each file is checked as a work item that
returns a *slim* report: its findings, those set aside, the counts, and the source lines its findings
point at (what the text output shows under each finding), nothing else. The catalogue, the text and
the composed chain are dropped where the file was checked.

The work runs in this process (``jobs=1``), in a pool of processes (``jobs=N``), or on any
:class:`concurrent.futures.Executor` given (Dask's ``Client.get_executor()``, say): work items and
results are small values that pickle. At most a window of files is in flight, so a slow file never
lets finished reports pile up behind it.

Parts (``scope: part``) are judged together once every file is known, as :func:`check_together`
does; a part keeps what that needs (:class:`~grassroots_catalog.check.validate.Part`: its matters and
where its ``scope:`` is written), and the reports from the first part on wait, slim, until then.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grassroots_catalog.check.collector import YOUNG_COLLECTION_THRESHOLD, settle_collector
from grassroots_catalog.check.validate import NEAREST
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.national_data import BUNDLED, NationalData, national_data
from grassroots_catalog.results import FileReport

if TYPE_CHECKING:  # the pool's module starts multiprocessing: imported only when a pool is made
    from concurrent.futures import Executor, Future, ProcessPoolExecutor

    from grassroots_catalog.check.config import ConfiguredIgnore
    from grassroots_catalog.check.validate import BaselineChoice, ConfigChoice, NationalChoice, Part

__all__ = [
    "YOUNG_COLLECTION_THRESHOLD",
    "Batch",
    "WorkItem",
    "WorkResult",
    "check_item",
    "default_jobs",
    "settle_collector",
    "validate_stream",
]

WINDOW_PER_JOB = 4
"""Files in flight per job: enough that no worker waits for work, few enough to bound memory."""


def default_jobs() -> int:
    """The cores this process may run on (``os.process_cpu_count``, or the affinity mask)."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return max(1, count() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One file to check, with everything the check needs, as values that pickle.

    ``national`` is the folder of national data (None: the bundled rows), read once per process.
    """

    index: int
    path: str
    limits: Limits = DEFAULT_LIMITS
    rules: bool = True
    options: Mapping[str, Any] | None = None
    national: str | None = None
    source_lines: bool = True


@dataclass(frozen=True, slots=True)
class WorkResult:
    """What a checked file sends back: its slim report, whether its catalogue could be read (a part
    set cannot be judged complete if one could not), and, for a part, what judging its whole needs."""

    index: int
    report: FileReport
    read: bool
    part: Part | None = None


def check_item(item: WorkItem) -> WorkResult:
    """Check one file and keep only what rendering (and judging parts) needs: runs in a worker."""
    result = _check_with(item, _national(item.national))
    _freeze_after_first()
    return result


_WORKER: dict[str, bool] = {"ours": False, "frozen": False}
"""Whether this process is a worker of a pool made here, and whether its start-up is frozen yet."""


def _freeze_after_first() -> None:
    """After a worker's first file, move what it built for every file (the national layer, compiled
    patterns, lazily imported modules) out of the collector's sight, so later collections walk only
    what each file makes. Only in a worker of a pool made here: another process (the caller's own,
    a Dask worker) is not ours to change."""
    if _WORKER["ours"] and not _WORKER["frozen"]:
        _WORKER["frozen"] = True
        settle_collector()


def _start_worker() -> None:
    _WORKER["ours"] = True
    settle_collector()


@lru_cache(maxsize=4)
def _national(directory: str | None) -> NationalData:
    """The national data of a folder, read once per process."""
    return national_data(directory)


def _lines_of(report: FileReport) -> dict[str, dict[int, str]]:
    """The lines the findings of ``report`` point at, by file: taken from the texts the check read (the
    file's and its chain's), or, for another file (a national area's), read once per process."""
    wanted = [(f.file, f.location.line) for f in report.findings if f.file is not None and f.location is not None]
    if not wanted:
        return {}
    texts: dict[str, str] = {}
    results = [report.source]
    if report.effective is not None:
        results += [layer.result for layer in report.effective.layers]
    for result in results:
        if result is not None and result.text is not None:
            texts.setdefault(result.file, result.text)
    split: dict[str, list[str]] = {}
    lines: dict[str, dict[int, str]] = {}
    for file, number in wanted:
        if file not in split:
            text = texts[file] if file in texts else _text_of(file)
            split[file] = text.splitlines() if text is not None else []
        if 0 < number <= len(split[file]):
            lines.setdefault(file, {})[number] = split[file][number - 1]
    return lines


@lru_cache(maxsize=32)
def _cached_text(file: str, stamp: tuple[int, int]) -> str | None:
    try:
        return Path(file).read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        return None


def _text_of(file: str) -> str | None:
    """A file no report holds (a national area's file, say), as the text output reads it: once per
    process while it is unchanged."""
    try:
        status = os.stat(file)
    except OSError:
        return None
    return _cached_text(file, (status.st_size, status.st_mtime_ns))


def _ordered(items: Iterable[WorkItem], executor: Executor | None, window: int) -> Iterator[WorkResult]:
    """Each item's result in the order of ``items``, with at most ``window`` in flight."""
    if executor is None:
        for item in items:
            yield _check_with(item, _national(item.national))
        return
    pending: deque[Future[WorkResult]] = deque()
    queue = iter(items)
    for item in queue:
        pending.append(executor.submit(check_item, item))
        if len(pending) >= window:
            break
    try:
        while pending:
            result = pending.popleft().result()
            following = next(queue, None)
            if following is not None:
                pending.append(executor.submit(check_item, following))
            yield result
    finally:
        for future in pending:
            future.cancel()


def validate_stream(
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
    source_lines: bool = True,
    window: int | None = None,
) -> Batch:
    """:func:`~grassroots_catalog.check.validate.validate` as a stream of slim reports, in order.

    Each report holds its findings, those set aside and the lines its findings point at (with
    ``source_lines``), never its catalogue, text or chain. ``executor`` runs the checks (any
    :class:`concurrent.futures.Executor`); without one, ``jobs`` processes do (None: one per core),
    and ``jobs=1`` checks in this process. ``window`` bounds the files in flight (default: four per
    job). The arguments are checked, and any problem with them raised, here, before any file is
    checked; the files are checked as the :class:`Batch` returned is iterated.
    """
    from grassroots_catalog.check.validate import checking_arguments

    files, ignores, accepted, data = checking_arguments(paths, config, baseline, national)
    folder = _folder_of(data)
    jobs = min(jobs or default_jobs(), max(1, len(files)))  # no more processes than files
    in_process = executor is None and jobs == 1
    if folder is None and not in_process:
        raise ValueError("national data built in memory cannot be sent to other processes: name its folder")
    items = (
        WorkItem(index, str(path), limits, rules, dict(options) if options else None, folder or None, source_lines)
        for index, path in enumerate(files)
    )
    finish = _finisher(ignores, accepted, data)
    if not in_process:
        _know_the_rules()
    # The pool is made now, before the caller starts any thread of its own (a progress line), so that
    # the way its workers start is chosen for the process as it is at the call.
    pool = executor if executor is not None or in_process else _pool(jobs)
    run = _run(
        items,
        data if folder is None else None,
        pool,
        executor is None,
        window or jobs * WINDOW_PER_JOB,
        complete,
        rules,
        options,
        finish,
    )
    return Batch(files, run)


class Batch:
    """The files of a batch, and their reports as they are checked (iterate once)."""

    def __init__(self, files: Sequence[Path], reports: Iterator[FileReport]) -> None:
        self.files = files
        """The catalogue files, folders expanded, in the order their reports come."""
        self._reports = reports

    def __iter__(self) -> Iterator[FileReport]:
        return self._reports


def _run(
    items: Iterator[WorkItem],
    data: NationalData | None,
    pool: Executor | None,
    owned: bool,
    window: int,
    complete: bool,
    rules: bool,
    options: Mapping[str, Any] | None,
    finish: Callable[[FileReport], FileReport],
) -> Iterator[FileReport]:
    """The reports of ``items``: checked here (no ``pool``; with ``data`` given as a value, if it is),
    or in ``pool``, shut down at the end if it was made for the run (``owned``)."""
    if pool is None:
        results: Iterator[WorkResult] = (
            (_check_with(item, data) for item in items) if data is not None else _ordered(items, None, 1)
        )
        yield from _judged(results, complete=complete, rules=rules, options=options, finish=finish)
        return
    try:
        results = _ordered(items, pool, window)
        yield from _judged(results, complete=complete, rules=rules, options=options, finish=finish)
    finally:
        if owned:
            pool.shutdown(wait=True, cancel_futures=True)


def _know_the_rules() -> None:
    """Load the rules, and the plugins', in this process too, though other processes check the files.

    A finding carries its code and values; its wording is looked up, by code, where it is rendered,
    and the rules register theirs when they are loaded. The checking loads them in the workers; the
    reports come back here, to the caller's output or the caller's own code, and were printed as bare
    codes. Loaded before the pool forks, the workers have them already.
    """
    from grassroots_catalog.check import rules

    rules.plugins()


def _pool(count: int) -> ProcessPoolExecutor:
    """A pool of ``count`` worker processes, forked from this one (which has read the tables already)
    unless other threads run here, which a fork would copy mid-step: then from a fork server."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver" if threading.active_count() > 1 else None)
    return ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker)


def _check_with(item: WorkItem, data: NationalData) -> WorkResult:
    """:func:`check_item` with the national data given as a value."""
    from grassroots_catalog.check.validate import as_part, validate_file

    report = validate_file(item.path, limits=item.limits, rules=item.rules, options=item.options, national=data)
    lines = _lines_of(report) if item.source_lines else None
    slim = FileReport(
        report.file, report.readable, report.findings, report.suppressed, lines=lines, matters=report.matters
    )
    return WorkResult(item.index, slim, report.written is not None, as_part(item.index, report) if item.rules else None)


def _folder_of(data: NationalData) -> str | None:
    """How a worker finds ``data``: "" for the bundled rows, its folder, or None if it has none."""
    if data is BUNDLED:
        return ""
    return str(data.directory) if data.directory is not None else None


def _judged(
    results: Iterator[WorkResult],
    *,
    complete: bool,
    rules: bool,
    options: Mapping[str, Any] | None,
    finish: Callable[[FileReport], FileReport],
) -> Iterator[FileReport]:
    """The reports in order, each finished; from the first part on, held until the parts are judged."""
    from grassroots_catalog.check.validate import judge_parts, with_findings

    parts: list[Part] = []
    held: list[WorkResult] = []
    every_read = True
    for result in results:
        every_read = every_read and result.read
        if result.part is not None:
            parts.append(result.part)
        if parts:
            held.append(result)
            continue
        yield finish(result.report)
    if not held:
        return
    added = judge_parts(parts, complete=complete and every_read, options=options) if rules else {}
    parts.clear()
    for result in held:
        report = result.report
        yield finish(with_findings(report, added[result.index]) if result.index in added else report)


def _finisher(
    ignores: Sequence[ConfiguredIgnore], accepted: Sequence[Mapping[str, Any]], data: NationalData
) -> Callable[[FileReport], FileReport]:
    """What is done to each report once judged: what a config or baseline sets aside moves to
    ``suppressed``, and the report names the national data used."""
    from grassroots_catalog.check.validate import set_aside

    def finish(report: FileReport) -> FileReport:
        return replace(set_aside(report, ignores, accepted), national=data)

    return finish
