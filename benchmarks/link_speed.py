"""``gcat link`` of a 1,000-row county table whose rows have no ids, against ``gcat validate`` of it.

Whole processes, interleaved round by round (:mod:`interleaved`); the file is restored before each
``gcat link``, which writes an id into every row. Target: linking at most 3x validating (the ids are
written into their lines; the whole file re-emitted by ruamel.yaml's round trip took 8.6 s, about 15x).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from interleaved import environment, print_table, rounds, table
from validate_speed import catalogue_text

TARGET = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    without_ids = re.sub(r"^  - id: [^\n]*\n    ", "  - ", catalogue_text(args.matters), flags=re.MULTILINE)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        table_file = folder / "county.yaml"
        restore = lambda: table_file.write_text(without_ids, encoding="utf-8")  # noqa: E731
        restore()
        gcat = [sys.executable, "-m", "grassroots_catalog"]
        commands = {
            "gcat validate (baseline)": [*gcat, "validate", str(table_file)],
            "gcat link": [*gcat, "link", str(table_file)],
        }
        times = rounds(
            commands,
            environment(folder),
            args.repeat,
            before={"gcat link": restore, "gcat validate (baseline)": restore},
        )
        restore()
    rows = table(times, "gcat validate (baseline)")
    print_table(rows, f"{args.matters} rows without ids; {args.repeat} interleaved rounds, whole process")
    ratio = next(r for n, _, _, r in rows if n == "gcat link")
    print(f"gcat link: {ratio:.2f}x validate, {'meets' if ratio <= TARGET else 'MISSES'} the {TARGET}x target")
    sys.exit(0 if ratio <= TARGET else 1)


if __name__ == "__main__":
    main()
