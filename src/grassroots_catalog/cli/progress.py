"""A status line on a terminal while a long step runs, so that a command never looks hung.

``gcat fmt`` on a 5,000-matter file works for many seconds with nothing to print until it is done; a
clerk at a terminal cannot tell that from a hang. :class:`Progress` shows one line on standard error,
what is being done and for how long, refreshed by a background thread while the step runs, and
erases it when the step ends, so nothing of it is left between the command's real output.

It is shown only where a person watches: standard error is a terminal, the run is not in CI (the
``CI`` variable that CI services set) and not ``--quiet``. Elsewhere it costs nothing and writes
nothing, so logs and pipes stay as they were. The words are the caller's (a function of the elapsed
seconds), so that each command says it in the user's language from its own message table.

``gcat validate`` of many files shows, through :class:`BatchProgress`, a progress bar (tqdm) with the
files done, the matters per second and the time left, once the run has lasted about a second.
"""

from __future__ import annotations

import contextvars
import functools
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from grassroots_catalog.results import FileReport

_ERASE = "\r\x1b[K"
"""Back to the start of the line and clear it (ANSI, which Windows terminals also understand)."""


def progress_wanted(stream: TextIO | None, *, quiet: bool, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether to show progress on ``stream``: a terminal, not in CI, not ``--quiet``."""
    if quiet or environ.get("CI"):
        return False
    return is_terminal(stream)


def is_terminal(stream: object) -> bool:
    """Whether ``stream`` is a terminal; False for anything else, None included (Python's standard
    stream when the program was started with it closed, ``gcat … 2>&-``)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """One status line on ``stream`` (standard error by default), or nothing when not ``enabled``."""

    def __init__(self, *, enabled: bool, stream: TextIO | None = None, interval: float = 0.5) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self._interval = interval
        self._lock = threading.Lock()
        """Held while a line is drawn or the command prints (:meth:`paused`): one writer at a time."""

    @contextmanager
    def step(self, describe: Callable[[int], str]) -> Iterator[None]:
        """Show ``describe(elapsed seconds)`` while the ``with`` block runs, refreshed every interval."""
        if not self.enabled:
            yield
            return
        started = time.monotonic()
        done = threading.Event()

        def show() -> None:
            with self._lock:
                self._write(_ERASE + describe(int(time.monotonic() - started)))

        def tick() -> None:
            while not done.wait(self._interval):
                show()

        show()
        # In the caller's context: the language of the run is a context variable, which a new thread
        # would not see, so the line would be worded in the default language.
        ticker = threading.Thread(
            target=contextvars.copy_context().run, args=(tick,), name="gcat-progress", daemon=True
        )
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            self._write(_ERASE)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """A block in which the command prints to the terminal: the line is erased first, and drawn
        again by the next refresh, so the output is never torn by it."""
        if not self.enabled:
            yield
            return
        with self._lock:
            self._write(_ERASE)
            yield

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: the work itself goes on
            self.enabled = False


class BatchProgress:
    """The progress bar of a batch (``gcat validate`` of many files): files done of all, matters per
    second and the time left, drawn by tqdm on the stream of :class:`Progress` once the run has
    lasted about a second, and erased at its end.

    tqdm measures the rate and the time left and fits the bar to the terminal's width; what the bar
    says is the command's (``layout``: the message of the user's language, holding tqdm's fields
    ``{bar} {n_fmt} {total_fmt} {remaining}`` and this class's ``{matters_rate}``). tqdm is imported
    only when a bar is shown.
    """

    def __init__(self, progress: Progress, total: int, layout: str) -> None:
        self.progress = progress
        self._total = total
        self._layout = layout
        self._bar: Any = None
        self.matters = 0

    def counted(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        """``reports`` as they come, counted; the bar is shown while they are drawn."""
        if not self.progress.enabled:
            yield from reports
            return
        bar = self._bar = _bar_type()(
            total=self._total,
            file=self.progress.stream,
            delay=DELAY_SECONDS,
            mininterval=0.5,
            leave=False,
            dynamic_ncols=True,
            bar_format=self._layout,
        )
        bar.batch = self
        try:
            for report in reports:
                self.matters += report.matters
                bar.update(1)
                yield report
        finally:
            self._bar = None
            bar.close()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """A block in which the command prints to the terminal: the bar is erased first and drawn again
        after, so the output is never torn by it."""
        bar = self._bar
        if bar is None or not _drawn(bar):  # within its first second the bar is not on screen yet
            yield
            return
        with bar.get_lock():  # tqdm's own lock: its monitor thread does not draw in between
            bar.clear(nolock=True)
            try:
                yield
            finally:
                bar.refresh(nolock=True)


def _drawn(bar: Any) -> bool:
    """Whether tqdm has drawn ``bar`` yet: it draws nothing until its delay has passed, and erases at
    the end only what it drew, so a bar drawn earlier (by a refresh) would be left on the screen."""
    return bool(bar.delay <= 0 or bar.last_print_t >= bar.start_t + bar.delay)


@functools.cache
def _bar_type() -> Any:
    """tqdm's bar, with the matters per second of its batch as one more field of its layout."""
    from tqdm import tqdm

    class MattersBar(tqdm):  # type: ignore[type-arg]  # generic in its stubs only
        batch: BatchProgress | None = None

        @property
        def format_dict(self) -> MutableMapping[str, Any]:
            fields = super().format_dict
            elapsed = fields.get("elapsed") or 0
            matters = self.batch.matters if self.batch is not None else 0
            fields["matters_rate"] = f"{round(matters / elapsed):,}" if elapsed else "…"
            return fields

    return MattersBar


DELAY_SECONDS = 1.0
"""A batch shorter than this shows no bar at all."""
