"""A progress bar on standard error for long runs: files done, matters per second, time left.

Shown only where a person watches: standard error is a terminal, the run is not in CI (the ``CI``
variable that CI services set), ``--quiet`` was not given, and the run lasts longer than about a
second (tqdm's ``delay``), so that a quick check prints exactly what it printed before. tqdm is
imported only when a bar may be shown.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

from grassroots_catalog.cli.language import say

if TYPE_CHECKING:
    from grassroots_catalog.results import FileReport

DELAY_SECONDS = 1.0
"""A run shorter than this shows no bar at all."""


def wanted(*, quiet: bool, stream: TextIO | None = None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to show a bar: a terminal, outside CI, not ``--quiet``."""
    stream = stream if stream is not None else sys.stderr
    environ = environ if environ is not None else os.environ
    if quiet or environ.get("CI", "").strip().lower() not in ("", "0", "false"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def printing(show: bool) -> contextlib.AbstractContextManager[object]:
    """A block in which output to the terminal does not tear the bar: tqdm clears it and draws it again
    below what was printed (nothing to do when no bar is shown)."""
    if not show or "tqdm" not in sys.modules:
        return contextlib.nullcontext()
    from tqdm import tqdm

    return tqdm.external_write_mode(file=sys.stderr)


def with_progress(
    reports: Iterable[FileReport], *, total: int, show: bool, stream: TextIO | None = None
) -> Iterator[FileReport]:
    """``reports`` as they come, counted on a bar when ``show`` (see :func:`wanted`)."""
    if not show:
        yield from reports
        return
    from tqdm import tqdm

    rate = say("validate.progress.rate")
    with tqdm(
        total=total,
        desc=say("validate.progress"),
        unit="",
        delay=DELAY_SECONDS,
        file=stream if stream is not None else sys.stderr,
        leave=False,
        dynamic_ncols=True,
        bar_format="{desc} {n_fmt}/{total_fmt} |{bar}| {elapsed}<{remaining}{postfix}",
    ) as bar:
        matters = 0
        for report in reports:
            matters += report.matters
            elapsed = bar.format_dict["elapsed"] or 1e-9
            bar.set_postfix_str(f"{matters / elapsed:,.0f} {rate}", refresh=False)
            bar.update(1)
            yield report
