"""A status line on a terminal while a long step runs, so that a command never looks hung.

``gcat fmt`` on a 5,000-matter file works for many seconds with nothing to print until it is done; a
clerk at a terminal cannot tell that from a hang. :class:`Progress` shows one line on standard error,
what is being done and for how long, refreshed by a background thread while the step runs, and
erases it when the step ends, so nothing of it is left between the command's real output.

It is shown only where a person watches: standard error is a terminal, the run is not in CI (the
``CI`` variable that CI services set) and not ``--quiet``. Elsewhere it costs nothing and writes
nothing, so logs and pipes stay as they were. The words are the caller's (a function of the elapsed
seconds), so that each command says it in the user's language from its own message table.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

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

    @contextmanager
    def step(self, describe: Callable[[int], str]) -> Iterator[None]:
        """Show ``describe(elapsed seconds)`` while the ``with`` block runs, refreshed every interval."""
        if not self.enabled:
            yield
            return
        started = time.monotonic()
        done = threading.Event()

        def show() -> None:
            self._write(_ERASE + describe(int(time.monotonic() - started)))

        def tick() -> None:
            while not done.wait(self._interval):
                show()

        show()
        ticker = threading.Thread(target=tick, name="gcat-progress", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            self._write(_ERASE)

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: the work itself goes on
            self.enabled = False
