"""Instructions a county table costs, counted by valgrind's callgrind: a measure the machine's noise does not move.

On a shared machine the same ten tables take 140 to 190 ms each from one run to the next, so a change
worth a few per cent cannot be seen in seconds. Callgrind counts the instructions the interpreter
executes instead: the same tree, files and arguments give the same count to within about 0.05%
(string hashing is randomised per process), whatever else runs on the machine.

Measured, for each source tree (this one, and the revision ``--base`` if given, exported with
``git archive``): a warm process checks the first 2 and then the first 5 county tables of
``batch_speed.py`` (1,000 matters each, extending national), each as a batch worker checks it
(``check_item``); the difference over the 3 extra tables is the cost of one table, start-up and
first-table warm-up excluded. The floor is counted the same way: yaml-rs parsing the same tables.

Prints instructions per table (millions), and the ratios: against the floor (the batch target,
throughput at least 0.5x the floor's on 2 cores, needs a table to cost at most about 4x the floor's
instructions, start-up and the main process included), and against ``--base``. The two runs of a
tree go side by side, one per core; a tree takes a minute or two. Needs valgrind (exits 2 without).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import write_counties
from interleaved import environment

ROOT = Path(__file__).resolve().parent.parent
FEW, MORE = 2, 5

CHECK = """
import sys, pathlib
import grassroots_catalog
from grassroots_catalog.check import batch
from grassroots_catalog.check.batch import WorkItem, check_item
if not grassroots_catalog.__file__.startswith(sys.argv[3]):
    raise SystemExit(f"imported {grassroots_catalog.__file__}, not the tree under {sys.argv[3]}")
batch._start_worker()  # as the pool starts each worker: the collector settled, frozen after the first file
files = sorted(pathlib.Path(sys.argv[1]).glob('*.yaml'))[: int(sys.argv[2])]
for index, path in enumerate(files):
    check_item(WorkItem(index, str(path)))
"""

PARSE = """
import sys, pathlib, yaml_rs
for path in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml'))[: int(sys.argv[2])]:
    yaml_rs.loads(path.read_text(encoding='utf-8'))
"""


def instructions(script: str, folder: Path, count: int, source: Path | None, env: dict[str, str]) -> int:
    """The instructions callgrind counts for ``script`` over the first ``count`` tables of ``folder``."""
    with tempfile.TemporaryDirectory() as scratch:
        run_env = dict(env)
        arguments = [str(folder), str(count)]
        if source is not None:
            run_env["PYTHONPATH"] = str(source)
            arguments.append(str(source))
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={scratch}/out.%p",
                sys.executable,
                "-c",
                script,
                *arguments,
            ],
            capture_output=True,
            text=True,
            check=False,
            env=run_env,
        )
    if done.returncode != 0:
        raise SystemExit(f"callgrind run failed ({done.returncode}): {done.stderr[-1500:]}")
    counts = [line.rsplit(" ", 1)[-1] for line in done.stderr.splitlines() if "Collected :" in line]
    if not counts:
        raise SystemExit("callgrind printed no count")
    return int(counts[-1].replace(",", ""))


def per_table(script: str, folder: Path, source: Path | None, env: dict[str, str]) -> float:
    """Millions of instructions one more table costs (the runs over FEW and MORE tables, side by side).

    One plain run first writes the bytecode: the two counted runs then both load it. (Were they to
    compile side by side into one cache, one would find some of the other's files written, and
    their start-ups, which the difference is meant to cancel, would differ by millions.)
    """
    warm_env = dict(env, PYTHONPATH=str(source)) if source is not None else env
    arguments = [str(folder), "1", *([str(source)] if source is not None else [])]
    subprocess.run([sys.executable, "-c", script, *arguments], env=warm_env, check=True, capture_output=True)
    with ThreadPoolExecutor(2) as pool:
        few, more = pool.map(lambda count: instructions(script, folder, count, source, env), (FEW, MORE))
    return (more - few) / (MORE - FEW) / 1e6


def exported(revision: str, into: Path) -> Path:
    """The ``src`` folder of ``revision``, exported from git into ``into`` with the national catalogues
    (which a checkout reads from ``catalogs/national`` beside it)."""
    archive = subprocess.run(
        ["git", "archive", revision, "src", "catalogs"], cwd=ROOT, capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SystemExit(f"git archive {revision} failed: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="a git revision to compare with (its src/ is exported and counted too)")
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing counted", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "counties"
        write_counties(folder, MORE, args.matters)
        env = environment(Path(temporary))
        result: dict[str, object] = {"benchmark": "table_instructions", "matters": args.matters}
        floor = per_table(PARSE, folder, None, env)
        here = per_table(CHECK, folder, ROOT / "src", env)
        result.update(floor_m=round(floor, 1), table_m=round(here, 1), vs_floor=round(here / floor, 2))
        if args.base:
            base = per_table(CHECK, folder, exported(args.base, Path(temporary)), env)
            result.update(base=args.base, base_m=round(base, 1), vs_base=round(here / base, 3))
    if args.json:
        print(json.dumps(result))
        return
    print(f"instructions per county table of {args.matters} matters (callgrind, millions)")
    print(f"{'yaml-rs parse (the floor)':28s} {result['floor_m']:>9}")
    print(f"{'this tree':28s} {result['table_m']:>9}   {result['vs_floor']}x the floor")
    if args.base:
        print(f"{'revision ' + args.base:28s} {result['base_m']:>9}   this tree is {result['vs_base']}x it")


if __name__ == "__main__":
    main()
