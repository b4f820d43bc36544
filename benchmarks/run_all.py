"""Run every benchmark script here and print one table: script, verdict, seconds, and its summary.

Each script is run as its own process from the repository root. A script that takes ``--json`` is
asked for its machine-readable summary line (its last line of output, a JSON object with ``met``);
for the others the verdict is their exit status and the summary their last line of output. Extra
arguments for one script go after its name: ``run_all.py --only batch_speed --args "--files 8"``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIPPED = {"run_all.py", "compare_revisions.py", "compiled_speed.py", "table_instructions.py"}
"""compare_revisions.py needs a revision to compare with (``--base``), compiled_speed.py builds the
compiled wheel (a C compiler, the package index, two minutes), and table_instructions.py runs the
check under valgrind (several minutes, no target of its own): run them by hand."""


def scripts() -> list[Path]:
    return sorted(path for path in HERE.glob("*.py") if path.name not in SKIPPED)


def run(script: Path, extra: list[str]) -> dict[str, object]:
    wants_json = "--json" in script.read_text(encoding="utf-8")
    command = [sys.executable, str(script), *(["--json"] if wants_json else []), *extra]
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False, cwd=HERE.parent)
    seconds = time.perf_counter() - start
    lines = completed.stdout.strip().splitlines() or completed.stderr.strip().splitlines() or [""]
    summary: object = lines[-1]
    met = completed.returncode == 0
    if wants_json:
        try:
            record = json.loads(lines[-1])
            met = bool(record.pop("met", met))
            summary = ", ".join(f"{key}={value}" for key, value in record.items() if key != "benchmark")
        except json.JSONDecodeError:
            met = False
    return {"script": script.stem, "met": met, "seconds": seconds, "summary": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="run only this script (its name without .py); repeatable")
    parser.add_argument("--args", default="", help="extra arguments for the scripts named with --only")
    parser.add_argument("--json", action="store_true", help="print the table as JSON lines")
    args = parser.parse_args()
    chosen = [path for path in scripts() if not args.only or path.stem in args.only]
    extra = args.args.split() if args.only else []
    rows = []
    for script in chosen:
        row = run(script, extra)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False) if args.json else f"... {script.stem}", file=sys.stderr)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        width = max(len(str(row["script"])) for row in rows)
        print(f"{'script':{width}s}  verdict  seconds  summary")
        for row in rows:
            verdict = "met   " if row["met"] else "MISSED"
            print(f"{row['script']!s:{width}s}  {verdict}  {row['seconds']:7.1f}  {row['summary']}")
    sys.exit(0 if all(row["met"] for row in rows) else 1)


if __name__ == "__main__":
    main()
