"""A status line on a terminal while a long step runs, so that a command never looks hung.

``gcat fmt`` on a 5,000-matter file works for many seconds with nothing to print until it is done; a
clerk at a terminal cannot tell that from a hang. :class:`Progress` shows one line on standard error,
what is being done and for how long, refreshed by a background thread while the step runs, and
erases it when the step ends, so nothing of it is left between the command's real output.

It is shown only where a person watches: standard error is a terminal, the run is not in CI (the
``CI`` variable that CI services set) and not ``--quiet``. Elsewhere it costs nothing and writes
nothing, so logs and pipes stay as they were. The words are the caller's (a function of the elapsed
seconds), so that each command says it in the user's language from its own message table.

``gcat validate`` of many files shows, through :class:`BatchProgress`, the files done, the matters
per second and the time left, once the run has lasted about a second.
"""

from __future__ import annotations

import contextvars
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from grassroots_catalog.results import FileReport

_ERASE = "\r\x1b[K"
"""Back to the start of the line and clear it (ANSI, which Windows terminals also understand)."""


def progress_wanted(stream: TextIO, *, quiet: bool, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether to show progress on ``stream``: a terminal, not in CI, not ``--quiet``."""
    if quiet or environ.get("CI"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """One status line on ``stream`` (standard error by default), or nothing when not ``enabled``."""

    def __init__(self, *, enabled: bool, stream: TextIO | None = None, interval: float = 0.5) -> None:
        self.enabled = enabled
        self._stream = stream if stream is not None else sys.stderr
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
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: the work itself goes on
            self.enabled = False


class BatchProgress:
    """The status line of a batch (``gcat validate`` of many files): files done of all, matters per
    second and the time left, drawn by :class:`Progress` once the run has lasted about a second.

    :meth:`counted` passes the reports through as they come and counts them; the line is worded by
    ``describe`` (the command's message, given the files done and all, matters per second and seconds
    left, -1 while no file is done) so that it speaks the user's language.
    """

    def __init__(self, progress: Progress, total: int, describe: Callable[[int, int, int, int], str]) -> None:
        self.progress = progress
        self._total = total
        self._describe = describe
        self._done = 0
        self._matters = 0
        self._started = time.monotonic()

    def counted(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        """``reports`` as they come, counted; the line is shown while they are drawn."""
        if not self.progress.enabled:
            yield from reports
            return
        self._started = time.monotonic()
        with self.progress.step(self.line):
            for report in reports:
                self._done += 1
                self._matters += report.matters
                yield report

    def line(self, seconds: int) -> str:
        """The line after ``seconds``: empty during the first second, so a quick run shows nothing."""
        elapsed = time.monotonic() - self._started
        if elapsed < DELAY_SECONDS:
            return ""
        if not self._done:
            return self._describe(0, self._total, 0, -1)
        rate = round(self._matters / elapsed)
        left = round(elapsed / self._done * (self._total - self._done)) if self._done else 0
        return self._describe(self._done, self._total, rate, left)


DELAY_SECONDS = 1.0
"""A batch shorter than this shows no line at all."""
