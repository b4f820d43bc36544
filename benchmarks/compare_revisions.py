"""``gcat validate`` of the working tree against another revision, interleaved in one run.

A change that moves code (or claims to cost nothing) is judged by the ratio of its time to the time of
the revision before it, measured on the same machine in the same minutes. The other revision is checked
out into a temporary git worktree and run from its own ``src/`` with this environment's interpreter
and packages; runs alternate between the two trees, so load on the machine falls on both alike.

    .venv/bin/python benchmarks/compare_revisions.py --base HEAD~1          # default: 1,000 matters
    .venv/bin/python benchmarks/compare_revisions.py --base v0.1.0 --rounds 30 --max-ratio 1.05

It prints the median and best whole-process time of each tree and their ratio (working tree / base), and
exits 1 when the median ratio is above ``--max-ratio``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from validate_speed import catalogue_text

ROOT = Path(__file__).resolve().parent.parent


def _run(tree: Path, catalogue: Path, env: dict[str, str]) -> float:
    command = [sys.executable, "-m", "grassroots_catalog", "validate", str(catalogue)]  # each tree's own program
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False, env={**env, "PYTHONPATH": str(tree / "src")})
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        raise SystemExit(f"{tree}: gcat validate failed: {completed.stderr.decode(errors='replace')[-800:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD~1", help="the revision to compare against (default: HEAD~1)")
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=21, help="runs of each tree, interleaved")
    parser.add_argument("--max-ratio", type=float, default=1.05, help="fail above this median ratio")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(base), args.base], cwd=ROOT, check=True)
        try:
            catalogue = Path(folder) / "bench.yaml"
            catalogue.write_text(catalogue_text(args.matters), encoding="utf-8")
            env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
            trees = {"working tree": ROOT, f"base ({args.base})": base}
            times: dict[str, list[float]] = {name: [] for name in trees}
            for tree in trees.values():  # warm the bytecode caches; not counted
                _run(tree, catalogue, env)
            for _ in range(args.rounds):
                for name, tree in trees.items():
                    times[name].append(_run(tree, catalogue, env))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    ours, theirs = (statistics.median(t) for t in times.values())
    print(f"gcat validate, {args.matters} matters, {args.rounds} interleaved rounds, whole process")
    print(f"{'tree':28s} {'median s':>9s} {'best s':>8s}")
    for name, runs in times.items():
        print(f"{name:28s} {statistics.median(runs):9.3f} {min(runs):8.3f}")
    ratio = ours / theirs
    verdict = "within" if ratio <= args.max_ratio else "OVER"
    print(f"ratio (working tree / base), medians: {ratio:.3f} — {verdict} the {args.max_ratio:.2f} limit")
    sys.exit(0 if ratio <= args.max_ratio else 1)


if __name__ == "__main__":
    main()
