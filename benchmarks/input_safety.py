"""Worst cases of hostile input (INPUT-SAFETY.md): time, peak memory, exit status, file untouched.

Each input is written to a file and checked by ``gcat validate`` in its own process, with
``python -c pass`` and a clean 1,000-matter catalogue measured in the same run as baselines. A
case fails if it takes longer than ``--budget`` seconds, prints a traceback, exits with anything
but 2 (refused), or changes the file.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from validate_speed import catalogue_text

MiB = 1024 * 1024


def cases() -> dict[str, bytes]:
    head = "id: x\ntitle: t\nlevel: county\n"
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return {
        "alias bomb (9 levels, 9^10 nodes)": ("\n".join(bomb) + "\n").encode(),
        "deep flow nesting (100,000 levels)": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
        "deep block nesting (1,000 levels)": ("".join("  " * i + f"k{i}:\n" for i in range(1000))).encode(),
        "largest scalar (4.9 MiB value)": (head + "title2: " + "字" * (5 * MiB // 3 - 100) + "\n").encode(),
        "over the size limit (6 MiB)": (head + "# " + "x" * 6 * MiB + "\n").encode(),
        "100,000 keys (4.9 MiB)": ("".join(f"k{i:06d}: v\n" for i in range(100_000))[: 5 * MiB - 10]).encode(),
        "duplicate key at the end": (catalogue_text(1000) + "id: again\n").encode(),
        "python tag": (head + "x: !!python/object/apply:os.system [echo pwned]\n").encode(),
        "GBK text": (head + "jurisdiction: {name: 示例县}\n").encode("gbk"),
        "NEL inside a flow list": (head + "x: [政务\x85微博]\n").encode(),
        "NUL bytes": (head + "x: a\x00b\n").encode(),
    }


def run(command: list[str]) -> tuple[float, float, int, str]:
    """Seconds, peak resident MiB (of the child), exit status, stderr+stdout."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "e = time.perf_counter() - t; "
        "m = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
        "print(f'{e} {m} {p.returncode}'); sys.stderr.write(p.stdout + p.stderr)"
    )
    completed = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=False)
    seconds, megabytes, status = completed.stdout.split()
    return float(seconds), float(megabytes), int(status), completed.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds allowed per case")
    args = parser.parse_args()
    gcat = [sys.executable, "-m", "grassroots_catalog", "validate"]
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        clean = Path(folder) / "clean.yaml"
        clean.write_text(catalogue_text(1000), encoding="utf-8")
        start_up = run([sys.executable, "-c", "pass"])
        baseline = run([*gcat, str(clean)])
        print(f"{'case':40s} {'seconds':>8s} {'vs clean':>9s} {'peak MiB':>9s} {'exit':>5s}  verdict")
        print(f"{'(python start-up)':40s} {start_up[0]:8.3f} {start_up[0] / baseline[0]:8.2f}x {start_up[1]:9.0f}")
        print(
            f"{'(clean 1,000-matter catalogue)':40s} {baseline[0]:8.3f} {1:8.2f}x {baseline[1]:9.0f} {baseline[2]:5d}"
        )
        for name, data in cases().items():
            path = Path(folder) / "case.yaml"
            path.write_bytes(data)
            before = hashlib.sha256(data).hexdigest()
            seconds, megabytes, status, output = run([*gcat, str(path)])
            problems = []
            if seconds > args.budget:
                problems.append("too slow")
            if "Traceback" in output:
                problems.append("traceback")
            if status != 2:
                problems.append(f"exit {status}")
            if hashlib.sha256(path.read_bytes()).hexdigest() != before:
                problems.append("file changed")
            failures += bool(problems)
            code = next((word for word in output.split() if word[:1] in "YS" and word[1:].isdigit()), "?")
            verdict = ", ".join(problems) or f"refused ({code})"
            print(f"{name:40s} {seconds:8.3f} {seconds / baseline[0]:8.2f}x {megabytes:9.0f} {status:5d}  {verdict}")
    print(f"{len(cases())} hostile inputs; {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
