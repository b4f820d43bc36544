"""``gcat validate`` of a 1,000-matter catalogue with findings, with the accelerator and without.

Placing findings used to re-read the whole file with the checked reader, so with the accelerator a
file with findings was slower than without it (1.13x, #13). Now positions are read off the text,
checked against the data the accelerator parsed. Whole processes, interleaved (:mod:`interleaved`):

- baseline: libyaml's own loader (``yaml.load(..., CSafeLoader)``) on the file with findings;
- ``gcat validate`` of the clean file (``validate_speed.py``'s catalogue), accelerator on;
- ``gcat validate`` of the same catalogue with findings on one matter in twelve (an old spelling of
  the mode, a duplicated level, a time limit rule R19 reports), accelerator on and off.

Target: with findings, the accelerator is faster than without it, and the file with findings costs
at most 1.1x the clean one.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from interleaved import environment, print_table, rounds, table
from validate_speed import catalogue_text

from grassroots_catalog.read import fast


def with_findings(clean: str) -> str:
    lines = clean.splitlines()
    seen = 0
    for index, line in enumerate(lines):
        if line == "    mode: [主动]":
            seen += 1
            if seen % 12 == 0:
                lines[index] = "    mode: [主动公开]"
            if seen % 12 == 6:
                lines[index - 1] = "    audience: [全社会, 全社会]"
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not fast.available():
        raise SystemExit("the accelerator is not installed (pip install '.[fast]') or is disabled")
    python = sys.executable
    gcat = [python, "-m", "grassroots_catalog", "validate"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        clean = folder / "clean.yaml"
        clean.write_text(catalogue_text(args.matters), encoding="utf-8")
        found = folder / "findings.yaml"
        found.write_text(with_findings(clean.read_text(encoding="utf-8")), encoding="utf-8")
        listing = subprocess.run([*gcat, "--format", "json", str(found)], capture_output=True, text=True, check=False)
        count = listing.stdout.count('"code"')
        parse = f"import yaml; yaml.load(open({str(found)!r}, encoding='utf-8'), Loader=yaml.CSafeLoader)"
        commands = {
            "libyaml CSafeLoader (parse only)": [python, "-c", parse],
            "validate clean file": [*gcat, str(clean)],
            "validate with findings": [*gcat, str(found)],
            "validate with findings, accelerator off": [
                python,
                "-c",
                "import os, sys; os.environ['GCAT_NO_ACCELERATOR'] = '1'; "
                "from grassroots_catalog.cli import run; sys.argv[0] = 'gcat'; run()",
                "validate",
                str(found),
            ],
        }
        times = rounds(commands, environment(folder), args.repeat)
    rows = table(times, "libyaml CSafeLoader (parse only)")
    print_table(rows, f"{args.matters} matters, {count} findings; {args.repeat} interleaved rounds, whole process")
    median = {name: m for name, _, m, _ in rows}
    on, off = median["validate with findings"], median["validate with findings, accelerator off"]
    extra = on / median["validate clean file"]
    ok = on < off and extra <= 1.1
    print(f"with findings: accelerator on {on / off:.2f}x off; {extra:.2f}x the clean file")
    print("meets the target" if ok else "MISSES the target")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
