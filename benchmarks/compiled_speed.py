"""``gcat validate DIR`` with the optional compiled build, against the pure modules and against merely
parsing the same files with yaml-rs, in one run.

The compiled build is pyproject.toml's mypyc hook (``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .``),
made here into a temporary virtual environment with the ``fast`` extra (a C compiler and about two
minutes needed), unless ``--python`` names the interpreter of an environment that has it already.
The folder holds batch_speed.py's county tables. Measured in turn, ``--rounds`` times (medians):

- the floor: yaml-rs parsing the files one after another in one process;
- ``gcat validate DIR --format jsonl`` with this environment's pure modules;
- the same command with the compiled build.

Both commands must print the same findings, byte for byte: the script fails if they do not. Target:
the compiled build's throughput at least half the floor's, as batch_speed.py's.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import FLOOR, TARGET_RATIO, timed, write_counties

ROOT = Path(__file__).resolve().parent.parent
LEFT_BEHIND = (".git", ".venv", "*.so", "__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis", "build", "dist")
"""What the copy of the tree to build from leaves out."""
COMPILED_PROBE = "import grassroots_catalog.domain.linking as m; print(m.__file__)"


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
    subprocess.run([python, "-m", "pip", "install", "-q", f"{wheel}[fast]"], check=True)
    return python


def is_compiled(python: str) -> bool:
    """Whether ``python`` imports the package's compiled modules (an extension, not a .py file)."""
    found = subprocess.run([python, "-c", COMPILED_PROBE], capture_output=True, text=True, check=True)
    return not found.stdout.strip().endswith(".py")


def measure(python: str, files: int, matters: int, rounds: int) -> dict[str, object]:
    floors: list[float] = []
    pure: list[float] = []
    compiled: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "counties"
        write_counties(folder, files, matters)
        command = ["-m", "grassroots_catalog", "validate", "--format", "jsonl", "--quiet", str(folder)]
        outputs: dict[str, str] = {}
        for _ in range(rounds):
            _, _, floor_out, _ = timed([python, "-c", FLOOR, str(folder)])
            floors.append(float(floor_out.strip().rpartition(" ")[2]))
            seconds, _, outputs["pure"], _ = timed([sys.executable, *command])
            pure.append(seconds)
            seconds, _, outputs["compiled"], _ = timed([python, *command])
            compiled.append(seconds)
        if outputs["pure"] != outputs["compiled"]:
            raise SystemExit("the compiled build and the pure modules printed different findings")
        findings = outputs["pure"].count("\n")
    total = files * matters
    floor, pure_s, compiled_s = (statistics.median(times) for times in (floors, pure, compiled))
    return {
        "benchmark": "compiled_speed",
        "files": files,
        "findings": findings,
        "floor_matters_per_s": round(total / floor),
        "pure_matters_per_s": round(total / pure_s),
        "compiled_matters_per_s": round(total / compiled_s),
        "pure_ratio": round(floor / pure_s, 3),
        "compiled_ratio": round(floor / compiled_s, 3),
        "compiled_vs_pure": round(compiled_s / pure_s, 3),
        "same_findings": True,
        "rounds": rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", help="interpreter of an environment with the compiled build (default: build one)")
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON line (for run_all.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        python = args.python or build(Path(temporary))
        if not is_compiled(python):
            raise SystemExit(f"{python} runs the pure modules: install the compiled build there first")
        result = measure(python, args.files, args.matters, args.rounds)
    met = float(result["compiled_ratio"]) >= TARGET_RATIO  # type: ignore[arg-type]
    if args.json:
        print(json.dumps({**result, "target": f">= {TARGET_RATIO}x floor", "met": met}))
    else:
        print(
            f"{args.files} county tables x {args.matters} matters, {result['findings']} findings; medians of {args.rounds} rounds"
        )
        print(f"{'parse only: yaml-rs':28s} {result['floor_matters_per_s']:>9,} matters/s")
        print(
            f"{'gcat validate, pure':28s} {result['pure_matters_per_s']:>9,} matters/s  {result['pure_ratio']:.3f}x the floor"
        )
        print(
            f"{'gcat validate, compiled':28s} {result['compiled_matters_per_s']:>9,} matters/s  "
            f"{result['compiled_ratio']:.3f}x the floor (target >= {TARGET_RATIO}x)"
        )
        print(f"compiled / pure time: {result['compiled_vs_pure']:.3f}; the same findings, byte for byte")
        print("meets the target" if met else "MISSES the target")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
