"""Whole-process ``gcat import`` of a 1,000-row XLSX and ``gcat export`` of a 1,000-matter catalogue.

Baseline, measured in the same run: a fresh Python process in which openpyxl merely loads the same
workbook (``load_workbook``, nothing read out of it). Targets: each command under 2 s, start-up
included. The workbook is the one ``gcat export`` writes for the benchmark catalogue of
``validate_speed.py`` (1,000 matters over the 26 areas, the published two-row layout).

The three processes run interleaved, one of each per round, so that a busy moment of a shared
machine slows all three alike; each command's ratio is taken within its round, and the report gives
the best time, the median time and the median of those per-round ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from validate_speed import catalogue_text

TARGET_SECONDS = 2.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``command``."""
    cpu = _children_cpu()
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False, env=env)
    seconds = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]} failed: {completed.stderr.decode(errors='replace')[-800:]}")
    return seconds, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        catalogue = folder / "bench.yaml"
        catalogue.write_text(catalogue_text(args.matters), encoding="utf-8")
        workbook = folder / "bench.xlsx"
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        gcat = [python, "-m", "grassroots_catalog"]
        subprocess.run([*gcat, "export", str(catalogue), "-o", str(workbook)], check=True, capture_output=True, env=env)
        runs = {
            "openpyxl load_workbook (baseline)": [
                python,
                "-c",
                f"import openpyxl; openpyxl.load_workbook({str(workbook)!r})",
            ],
            "gcat import (1,000 rows)": [*gcat, "import", str(workbook), "-o", str(folder / "back.yaml")],
            "gcat export (1,000 matters)": [*gcat, "export", str(catalogue), "-o", str(folder / "again.xlsx")],
        }
        for command in runs.values():  # once untimed: compiles the bytecode into the cache
            timed(command, env)
        times: dict[str, list[float]] = {label: [] for label in runs}
        cpu: dict[str, list[float]] = {label: [] for label in runs}
        for _ in range(args.repeat):
            for label, command in runs.items():
                wall, used = timed(command, env)
                times[label].append(wall)
                cpu[label].append(used)
    baseline = times[next(iter(runs))]
    print(
        f"{args.matters} matters; {args.repeat} interleaved rounds, whole process; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'run':38s} {'best s':>7s} {'median s':>9s} {'median ratio':>13s} {'best CPU s':>11s}")
    for label, seconds in times.items():
        ratio = statistics.median(s / b for s, b in zip(seconds, baseline, strict=True))
        print(
            f"{label:38s} {min(seconds):7.3f} {statistics.median(seconds):9.3f} {ratio:12.2f}x {min(cpu[label]):11.3f}"
        )
    slow = [label for label, seconds in times.items() if "gcat" in label and min(seconds) >= TARGET_SECONDS]
    print("both under the 2 s target" if not slow else f"MISSES the 2 s target: {', '.join(slow)}")
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
