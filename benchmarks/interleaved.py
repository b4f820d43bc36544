"""Whole-process timing shared by the command benchmarks: every command once per round, in turn.

Interleaving spreads the machine's noise over all commands alike, so the ratios of the medians stay
meaningful on a busy machine where single wall-clock figures do not. Bytecode is cached in a
temporary ``PYTHONPYCACHEPREFIX`` (an installed package has its ``.pyc`` files), and a first
untimed round pays the compilation.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path


def environment(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of every timed process: bytecode cached under ``folder``."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env.update(extra)
    return env


def run(command: Sequence[str], env: Mapping[str, str]) -> float:
    """Seconds one run of ``command`` takes; exit statuses 0 and 1 (findings) count as success."""
    start = time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, check=False, env=dict(env))
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{list(command)[:4]} failed: {done.stderr.decode(errors='replace')[-800:]}")
    return elapsed


def rounds(
    commands: Mapping[str, Sequence[str]],
    env: Mapping[str, str],
    repeat: int,
    before: Mapping[str, Callable[[], None]] | None = None,
) -> dict[str, list[float]]:
    """Each command ``repeat`` times, in turn round by round, after one untimed warm-up round.

    ``before`` names a preparation run (untimed) before a command each time, such as restoring a
    file that the command rewrites.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(repeat + 1):
        for name, command in commands.items():
            if before and name in before:
                before[name]()
            elapsed = run(command, env)
            if round_number:
                times[name].append(elapsed)
    return times


def table(times: Mapping[str, list[float]], baseline: str) -> list[tuple[str, float, float, float]]:
    """(name, best, median, median ratio to the baseline's median) for each command."""
    base = statistics.median(times[baseline])
    return [(name, min(runs), statistics.median(runs), statistics.median(runs) / base) for name, runs in times.items()]


def print_table(rows: list[tuple[str, float, float, float]], title: str) -> None:
    print(title)
    print(f"{'run':44s} {'best s':>8s} {'median s':>9s} {'ratio':>7s}")
    for name, best, median, ratio in rows:
        print(f"{name:44s} {best:8.3f} {median:9.3f} {ratio:6.2f}x")
