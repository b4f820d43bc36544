"""Whole-process ``gcat import`` of a 1,000-row XLSX and ``gcat export`` of a 1,000-matter catalogue.

Baseline, measured in the same run: a fresh Python process in which openpyxl merely loads the same
workbook (``load_workbook``, nothing read out of it). Targets: each command under 2 s, start-up
included. The workbook is the one ``gcat export`` writes for the benchmark catalogue of
``validate_speed.py`` (1,000 matters over the 26 areas, the published two-row layout).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from validate_speed import catalogue_text

TARGET_SECONDS = 2.0


def best_of(command: list[str], repeat: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, check=False, env=env)
        best = min(best, time.perf_counter() - start)
        if completed.returncode not in (0, 1):
            raise SystemExit(f"{command[:4]} failed: {completed.stderr.decode(errors='replace')[-800:]}")
    return best


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
        times = {label: best_of(command, args.repeat, env) for label, command in runs.items()}
    baseline = times["openpyxl load_workbook (baseline)"]
    print(f"{args.matters} matters; best of {args.repeat} runs, whole process")
    print(f"{'run':38s} {'seconds':>8s} {'vs openpyxl load':>17s}")
    for label, seconds in times.items():
        print(f"{label:38s} {seconds:8.3f} {seconds / baseline:16.2f}x")
    slow = [label for label, seconds in times.items() if "gcat" in label and seconds >= TARGET_SECONDS]
    print("both under the 2 s target" if not slow else f"MISSES the 2 s target: {', '.join(slow)}")
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
