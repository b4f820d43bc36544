"""``gcat validate DIR`` of a folder of county tables, against merely parsing the same files, in one run.

The folder holds N county tables of 1,000 matters each, every one extending the national guidelines
(``extends: national``, ``form: table``) and keeping 140 of the bundled national rows, so that each
file has about 80 findings (the national rows it drops, M012), as real county tables do. Measured:

- ``gcat validate DIR`` with the default ``--jobs`` (every core), whole process: matters per second
  and peak memory (the largest resident set of the command and of any one of its workers, from
  ``wait4``'s ``ru_maxrss`` of the process tree: ``RUSAGE_CHILDREN``);
- the parse-only floor: yaml-rs (``yaml_rs.loads``) reading the same files one after another in one
  process (pip install yaml-rs; without it PyYAML's ``CSafeLoader``, and the output says so).

Targets: throughput at least half the floor's, peak RSS at most 300 MiB whatever N. The floor and
the command run in turn (``--rounds``, default 3); the medians are compared. ``--json`` prints
one machine-readable line (for ``run_all.py``). As in the other whole-process benchmarks, bytecode is
cached in a temporary ``PYTHONPYCACHEPREFIX`` and an untimed first run pays the compilation: an
installed package has its ``.pyc`` files, and a shell that sets ``PYTHONDONTWRITEBYTECODE`` would
otherwise make the command compile the package on every run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interleaved import environment
from validate_speed import catalogue_text

TARGET_RATIO = 0.5
TARGET_RSS_MIB = 300
KEPT_NATIONAL = 140
"""National rows each table keeps (of the 220 bundled): the 80 others are findings (M012)."""


def county_text(matters: int) -> str:
    """A county table of ``matters`` rows extending national: the benchmark catalogue of
    validate_speed.py, its first rows replaced by bundled national rows as they are (so they raise
    nothing), the other national rows left out (each one M012)."""
    from grassroots_catalog.read.load import parse_catalogue
    from grassroots_catalog.read.national_data import BUNDLED
    from grassroots_catalog.read.writer import dump_catalogue

    written = parse_catalogue(catalogue_text(matters), file="bench.yaml").catalogue
    assert written is not None
    national = BUNDLED.layer().matters[:KEPT_NATIONAL]
    kept = [_filled(row, written.matters[index]) for index, row in enumerate(national)]
    table = written.model_copy(
        update={"extends": "national", "form": "table", "matters": (*kept, *written.matters[len(kept) :])}
    )
    return dump_catalogue(table)


def _filled(row: Any, generated: Any) -> Any:
    """A national row as a county keeps it: its values as they are, its blank cells filled in."""
    blank = {
        name: getattr(generated, name)
        for name in type(row).model_fields
        if getattr(row, name) in (None, "", ()) and name not in ("id", "area")
    }
    return row.model_copy(update=blank)


def write_counties(folder: Path, files: int, matters: int) -> None:
    """``files`` county tables in ``folder`` (the text is generated once; each copy differs in its
    names, ids and codes only)."""
    folder.mkdir(parents=True, exist_ok=True)
    template = county_text(matters)
    for index in range(files):
        text = (
            template.replace("id: bench-county", f"id: bench-county-{index:05d}", 1)
            .replace("基准县", f"基准{index}县")
            .replace("'339902'", f"'{339902 + index:06d}'", 1)
        )
        (folder / f"county-{index:05d}.yaml").write_text(text, encoding="utf-8")


FLOOR = """
import sys, time, pathlib
files = sorted(pathlib.Path(sys.argv[1]).glob('*.yaml'))
try:
    import yaml_rs
    parse, name = (lambda text: yaml_rs.loads(text)), 'yaml-rs'
except ImportError:
    import yaml
    parse, name = (lambda text: yaml.load(text, Loader=yaml.CSafeLoader)), 'PyYAML CSafeLoader (yaml-rs not installed)'
start = time.perf_counter()
for path in files:
    parse(path.read_text(encoding='utf-8'))
print(name, time.perf_counter() - start)
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS in MiB of the command's process tree, its standard output, and the CPU
    seconds of the tree (user and system, workers included): on a machine shared with other work,
    the CPU seconds say what the work costs, the wall seconds what it took."""
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read().decode(), err_file.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{command[:4]} failed ({code}): {err[-1500:]}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker so far
    return elapsed, max(usage.ru_maxrss, children) / 1024, out, usage.ru_utime + usage.ru_stime


def measure(files: int, matters: int, jobs: int | None, rounds: int = 3) -> dict[str, object]:
    """The floor and the command, run in turn ``rounds`` times; medians of each (the machine's speed
    drifts from minute to minute, and both sides of the ratio then drift together)."""
    python = sys.executable
    floors: list[float] = []
    runs: list[tuple[float, float, str, float]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "counties"
        write_counties(folder, files, matters)
        env = environment(Path(temporary))
        command = [python, "-m", "grassroots_catalog", "validate", "--format", "jsonl", "--quiet", str(folder)]
        if jobs is not None:
            command[4:4] = ["--jobs", str(jobs)]
        timed([python, "-m", "grassroots_catalog", "validate", "--quiet", str(folder / "county-00000.yaml")], env)
        for _ in range(rounds):
            _, _, floor_out, _ = timed([python, "-c", FLOOR, str(folder)], env)
            parser, _, seconds_text = floor_out.strip().rpartition(" ")
            floors.append(float(seconds_text))
            runs.append(timed(command, env))
    parse_seconds = statistics.median(floors)
    seconds = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[3] for run in runs)
    rss = max(run[1] for run in runs)
    out = runs[-1][2]
    total = files * matters
    findings = out.count("\n")
    return {
        "benchmark": "batch_speed",
        "files": files,
        "matters": total,
        "findings_per_file": round(findings / files, 1),
        "jobs": jobs or os.cpu_count(),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "matters_per_s": round(total / seconds),
        "matters_per_cpu_s": round(total / cpu),
        "floor": parser,
        "floor_matters_per_s": round(total / parse_seconds),
        "ratio": round(parse_seconds / seconds, 3),
        "ratio_per_cpu": round(parse_seconds / cpu, 3),
        "peak_rss_mib": round(rss, 1),
        "rounds": rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to gcat validate (default: its own)")
    parser.add_argument("--rounds", type=int, default=3, help="floor and command run in turn; medians")
    parser.add_argument("--json", action="store_true", help="print one JSON line (for run_all.py)")
    args = parser.parse_args()
    result = measure(args.files, args.matters, args.jobs, args.rounds)
    ok = float(result["ratio"]) >= TARGET_RATIO and float(result["peak_rss_mib"]) <= TARGET_RSS_MIB  # type: ignore[arg-type]
    if args.json:
        print(json.dumps({**result, "target": f">= {TARGET_RATIO}x floor, <= {TARGET_RSS_MIB} MiB", "met": ok}))
    else:
        print(
            f"{result['files']} county tables x {args.matters} matters ({result['findings_per_file']} findings each), "
            f"--jobs {result['jobs']}; medians of {args.rounds} interleaved rounds"
        )
        print(f"{'gcat validate DIR':34s} {result['seconds']:8.2f} s {result['matters_per_s']:>9,} matters/s")
        print(f"{'parse only: ' + str(result['floor']):34s} {'':10s} {result['floor_matters_per_s']:>9,} matters/s")
        print(f"{'':34s} {result['cpu_seconds']:8.2f} CPU s {result['matters_per_cpu_s']:>7,} matters per CPU second")
        print(
            f"throughput {result['ratio']:.3f}x the floor (target >= {TARGET_RATIO}x); per CPU second {result['ratio_per_cpu']:.3f}x"
        )
        print(f"peak RSS {result['peak_rss_mib']:.0f} MiB (target <= {TARGET_RSS_MIB} MiB)")
        print("meets both targets" if ok else "MISSES a target")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
