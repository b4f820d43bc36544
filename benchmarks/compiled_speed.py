"""``gcat validate DIR`` with the optional compiled build, against the pure modules and against merely
parsing the same files with yaml-rs, in one run.

The compiled build is pyproject.toml's mypyc hook. Unless ``--python`` names the interpreter of an
environment that has it already (built from this tree's sources: the script checks), it is built
here from a copy of the tree into a temporary virtual environment with the extras this environment
runs with (``fast``, ``opencc``): a C compiler and about two minutes needed, and pip fetches the
build's own dependencies (hatch-mypyc, mypy, type stubs) from the package index. The folder holds
batch_speed.py's county tables. Measured in turn, ``--rounds`` times (medians):

- the floor: yaml-rs parsing the files one after another in one process;
- ``gcat validate DIR --format jsonl`` with this environment's pure modules;
- the same command with the compiled build.

Every run of both commands must print the same findings, byte for byte: the script fails if one
does not. Target: the compiled build's throughput at least half the floor's, as batch_speed.py's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import FLOOR, TARGET_RATIO, timed, write_counties
from interleaved import environment

ROOT = Path(__file__).resolve().parent.parent
LEFT_BEHIND = (".git", ".venv", "*.so", "__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis", "build", "dist")
"""What the copy of the tree to build from leaves out."""
EXTRAS = "fast,opencc"
"""The optional dependencies of the compiled environment: those the pure side runs with."""
PROBE = """
import hashlib, pathlib, grassroots_catalog, grassroots_catalog.domain.linking as linking
package = pathlib.Path(grassroots_catalog.__file__).parent
digest = hashlib.sha256()
for path in sorted(package.rglob("*.py")):
    digest.update(path.relative_to(package).as_posix().encode() + b"\\0" + path.read_bytes())
print(linking.__file__)
print(digest.hexdigest())
"""
"""Prints where the linking module was imported from, and a digest of the package's sources."""


@dataclass(frozen=True)
class Result:
    files: int
    findings: int
    floor: str
    floor_matters_per_s: int
    pure_matters_per_s: int
    compiled_matters_per_s: int
    pure_ratio: float
    compiled_ratio: float
    compiled_vs_pure: float
    rounds: int


def build(folder: Path) -> str:
    """The interpreter of a new virtual environment in ``folder`` with the compiled build installed.

    The wheel is built from a copy of this tree: the build leaves the compiled modules beside their
    sources, where this environment's editable install would then import them.
    """
    tree, wheels = folder / "tree", folder / "wheels"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(*LEFT_BEHIND))
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(tree), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        env=env,
    )
    (wheel,) = wheels.glob("grassroots_catalog-*.whl")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", f"{wheel}[{EXTRAS}]"], check=True)
    return python


def probe(python: str) -> tuple[bool, str]:
    """Whether ``python`` imports the package's compiled modules, and the digest of its sources."""
    found = subprocess.run([python, "-c", PROBE], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    where, digest = found.stdout.split()
    return not where.endswith(".py"), digest


def measure(python: str, files: int, matters: int, rounds: int) -> Result:
    floors: list[float] = []
    pure: list[float] = []
    compiled: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "counties"
        write_counties(folder, files, matters)
        command = ["-m", "grassroots_catalog", "validate", "--format", "jsonl", "--quiet", str(folder)]
        expected: str | None = None
        floor_name = ""
        env = environment(Path(temporary))
        for interpreter in (sys.executable, python):  # untimed: pays the compilation of the bytecode
            timed([interpreter, *command[:3], "--quiet", str(folder / "county-00000.yaml")], env)
        for _ in range(rounds):
            _, _, floor_out, _ = timed([python, "-c", FLOOR, str(folder)], env)
            floor_name, _, seconds_text = floor_out.strip().rpartition(" ")
            floors.append(float(seconds_text))
            for times, interpreter in ((pure, sys.executable), (compiled, python)):
                seconds, _, output, _ = timed([interpreter, *command], env)
                times.append(seconds)
                expected = output if expected is None else expected
                if output != expected or not output:
                    raise SystemExit("the compiled build and the pure modules printed different findings")
    assert expected is not None
    total = files * matters
    floor, pure_s, compiled_s = (statistics.median(times) for times in (floors, pure, compiled))
    return Result(
        files=files,
        findings=expected.count("\n"),
        floor=floor_name,
        floor_matters_per_s=round(total / floor),
        pure_matters_per_s=round(total / pure_s),
        compiled_matters_per_s=round(total / compiled_s),
        pure_ratio=round(floor / pure_s, 3),
        compiled_ratio=round(floor / compiled_s, 3),
        compiled_vs_pure=round(compiled_s / pure_s, 3),
        rounds=rounds,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", help="interpreter of an environment with the compiled build (default: build one)")
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    here_compiled, here_digest = probe(sys.executable)
    if here_compiled:
        raise SystemExit(f"{sys.executable} imports compiled modules: remove the *.so files beside the sources")
    with tempfile.TemporaryDirectory() as temporary:
        python = args.python or build(Path(temporary))
        compiled, digest = probe(python)
        if not compiled:
            raise SystemExit(f"{python} runs the pure modules: install the compiled build there first")
        if digest != here_digest:
            raise SystemExit(f"{python} has the compiled build of other sources than this tree's: build it again")
        result = measure(python, args.files, args.matters, args.rounds)
    met = result.compiled_ratio >= TARGET_RATIO
    if args.json:
        print(
            json.dumps(
                {"benchmark": "compiled_speed", **asdict(result), "target": f">= {TARGET_RATIO}x floor", "met": met}
            )
        )
    else:
        print(
            f"{args.files} county tables x {args.matters} matters, {result.findings} findings; medians of {args.rounds} rounds"
        )
        print(f"{'parse only: ' + result.floor:34s} {result.floor_matters_per_s:>9,} matters/s")
        print(
            f"{'gcat validate, pure':34s} {result.pure_matters_per_s:>9,} matters/s  {result.pure_ratio:.3f}x the floor"
        )
        print(
            f"{'gcat validate, compiled':34s} {result.compiled_matters_per_s:>9,} matters/s  "
            f"{result.compiled_ratio:.3f}x the floor (target >= {TARGET_RATIO}x)"
        )
        print(f"compiled / pure time: {result.compiled_vs_pure:.3f}; the same findings, byte for byte, in every run")
        print("meets the target" if met else "MISSES the target")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
