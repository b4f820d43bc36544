"""``gcat merge`` and ``gcat report`` of a 1,000-matter county against ``gcat validate`` of it.

Whole processes, interleaved round by round (:mod:`interleaved`); the ratios are of the medians.
Two subjects, each with its own baseline measured in the same rounds:

- the generated clean county of ``validate_speed.py`` (1,000 matters, no ``extends``);
- the county table at the end of ``merge_speed.py``'s four-level chain (national → province → city →
  county, 1,000 matters), where ``merge`` composes the chain and writes a provenance comment per
  matter and per field a layer changed.

Targets (#13): ``merge`` at most 2x ``validate``; ``report`` at most 1.3x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from interleaved import environment, print_table, rounds, table
from merge_speed import write_chain
from validate_speed import catalogue_text

TARGETS = {"merge": 2.0, "report": 1.3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    gcat = [sys.executable, "-m", "grassroots_catalog"]
    missed = False
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        flat = folder / "flat.yaml"
        flat.write_text(catalogue_text(args.matters), encoding="utf-8")
        chain_folder = folder / "chain"
        chain_folder.mkdir()
        chained = write_chain(chain_folder, args.matters)
        commands = {}
        for label, path in (("clean county", flat), ("county of a chain", chained)):
            for command in ("validate", "merge", "report"):
                commands[f"{command} {label}"] = [*gcat, command, str(path)]
        times = rounds(commands, environment(folder), args.repeat)
    for label in ("clean county", "county of a chain"):
        subset = {name: runs for name, runs in times.items() if name.endswith(label)}
        rows = table(subset, f"validate {label}")
        print_table(rows, f"{label}, {args.matters} matters; {args.repeat} interleaved rounds, whole process")
        for name, _, _, ratio in rows:
            command = name.split()[0]
            if command in TARGETS:
                verdict = "meets" if ratio <= TARGETS[command] else "MISSES"
                missed = missed or ratio > TARGETS[command]
                print(f"  {name}: {ratio:.2f}x validate, {verdict} the {TARGETS[command]}x target")
        print()
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
