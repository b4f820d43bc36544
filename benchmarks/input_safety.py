"""Hostile and messy input through every command: no traceback, no internal error, no hang, no file
altered, nothing left behind (INPUT-SAFETY.md).

Each case of :data:`CASES` is a folder of files (the catalogue named on the command line, and any
parent or extract beside it); every command the case lists runs on a fresh copy of that folder in its
own process. A run counts as

- a **traceback** if its output holds one, an **internal error** if it says "internal error" (the
  last line of defence of ``gcat``: the library raised something it did not mean to);
- a **hang** if it takes longer than ``--budget`` seconds (it is killed);
- an **altered file** if a file of the folder changed, unless the case lets ``gcat fmt`` rewrite it;
- a **leftover file** if a file appeared in the folder, or a stale temporary planted beside the file
  survived a ``gcat fmt``;
- a **missed finding** if the case expects a finding code and a command that reads the file does not
  print it (so a refusal is the intended one, at its place), or ``--format json`` printed no JSON.

A second part kills ``gcat fmt`` with SIGKILL at moments spread over its run (``--kills``) and then
runs it once more: the file must be the old or the new text after every kill, and no temporary may
be left after the last run.

A case is one entry of :data:`CASES`; add more there. The clean 1,000-matter catalogue and bare
``python`` are measured as baselines for the time column.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from validate_speed import catalogue_text

MiB = 1024 * 1024
FILE = "case.yaml"

COMMANDS: Mapping[str, tuple[str, ...]] = {
    "validate": ("validate", "{file}"),
    "validate-json": ("validate", "--format", "json", "{file}"),
    "fmt": ("fmt", "{file}"),
    "fmt-check": ("fmt", "--check", "{file}"),
    "merge": ("merge", "{file}"),
    "report": ("report", "{file}"),
    "explain": ("explain", "{file}", "x.y"),
    "link": ("link", "--check", "{file}"),
    "export": ("export", "--merged", "{file}", "-o", "{out}/out.csv"),
    "import-guideline": ("import-guideline", "{file}", "-o", "{out}/national.yaml"),
}
"""Every command that reads a catalogue file, as it is run (``{file}`` the case's file, ``{out}`` a
folder outside the case's, for the files a command writes on purpose)."""

CATALOGUE_COMMANDS = tuple(name for name in COMMANDS if name != "import-guideline")
WITH_LIMITS = ("validate", "validate-json", "fmt", "fmt-check", "link")
"""The commands that take the input limits (``--max-matters`` …)."""
FOLLOWS_CHAIN = ("validate", "validate-json", "merge", "report", "explain", "export")
"""The commands that follow a file's ``extends`` (``fmt`` and ``link`` read the file alone)."""


@dataclass(frozen=True)
class Case:
    """One hostile input: the file named on the command line and what must happen to it."""

    name: str
    text: bytes
    expect: str | None = None
    """A finding code every command of the case must print (None: whatever it says)."""
    commands: tuple[str, ...] = CATALOGUE_COMMANDS
    siblings: Mapping[str, bytes] = field(default_factory=dict)
    """Other files of the folder: a parent the case extends, say."""
    options: tuple[str, ...] = ()
    """Extra options for the commands that take them (:data:`WITH_LIMITS`)."""
    stale_temporary: bool = False
    """Plant the temporary of a writer killed earlier beside the file: ``gcat fmt`` must remove it."""
    may_rewrite: bool = False
    """The file is a catalogue ``gcat fmt`` may rewrite (else it must refuse and leave it whole)."""
    chain: bool = False
    """The expected code comes from the file's chain: only the commands that follow it print it."""


HEAD = "id: x\ntitle: t\nlevel: county\n"
COUNTY = (Path(__file__).resolve().parent.parent / "catalogs" / "examples" / "county.yaml").read_bytes()
TOWNSHIP_HEAD = "id: t\ntitle: 示例镇目录\nlevel: township\nform: refinement\n"
EXTRACT_HEAD = (
    "area:\n  slug: poverty-alleviation\n  zh: 扶贫\n  guideline_zh: 扶贫领域基层政务公开标准指引\n"
    "  issuer_zh: 国务院扶贫办\n  fidelity: national-text\nmatters:\n  - seq: 1\n    level1: 政策文件\n"
)


def _bomb() -> bytes:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return ("\n".join(lines) + "\n").encode()


def _extends(reference: str, *, head: str = HEAD) -> bytes:
    return (head + f"extends: {reference}\nform: refinement\n").encode()


CASES: list[Case] = [
    # ---- INPUT-SAFETY.md: what YAML readers do with hostile files
    Case("alias bomb (9 levels, 9^10 nodes)", _bomb(), "Y004"),
    Case(
        "deep flow nesting (100,000 levels)",
        ("a: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
        "Y001",  # libyaml stops at 1,000 flow levels before the reader counts depth
    ),
    Case("deep block nesting (1,000 levels)", "".join("  " * i + f"k{i}:\n" for i in range(1000)).encode(), "Y005"),
    Case("largest scalar (4.9 MiB value)", (HEAD + "title2: " + "字" * (5 * MiB // 3 - 100) + "\n").encode(), "Y009"),
    Case("over the size limit (6 MiB)", (HEAD + "# " + "x" * 6 * MiB + "\n").encode(), "Y006"),
    Case("100,000 keys (4.9 MiB)", "".join(f"k{i:06d}: v\n" for i in range(100_000))[: 5 * MiB - 10].encode()),
    Case("duplicate key at the end", (catalogue_text(1000) + "id: again\n").encode(), "Y002"),
    Case("python tag", (HEAD + "x: !!python/object/apply:os.system [echo pwned]\n").encode(), "Y003"),
    Case("GBK text", (HEAD + "jurisdiction: {name: 示例县}\n").encode("gbk"), "Y007"),
    Case("NEL inside a flow list", (HEAD + "x: [政务\x85微博]\n").encode(), "Y008"),
    Case("NUL bytes", (HEAD + "x: a\x00b\n").encode(), "Y008"),
    # ---- issue 14, crashes: references checked before any file is touched
    Case("NUL in extends (an escape)", _extends('"./coun\\0ty.yaml"'), "Y008"),
    Case("tab in extends", _extends('"./coun\\tty.yaml"'), "M015", chain=True, may_rewrite=True),
    Case("bidi override in extends", _extends('"./coun\\u202ety.yaml"'), "Y008"),
    Case("Windows path in extends", _extends("'..\\..\\x.yaml'"), "M005", chain=True, may_rewrite=True),
    Case("absolute path in extends", _extends("/etc/passwd"), "M005", chain=True, may_rewrite=True),
    Case("URL in extends", _extends("file:///etc/passwd"), "M005", chain=True, may_rewrite=True),
    Case("overlong extends", _extends("./" + "a/" * 200 + "x.yaml"), "M015", chain=True, may_rewrite=True),
    # ---- issue 14, leftovers and hangs
    Case("stale temporary beside a clean file", COUNTY, None, stale_temporary=True, may_rewrite=True),
    Case("stale temporary beside a broken file", (HEAD + "x: [\n").encode(), "Y001", stale_temporary=True),
    Case(
        "5,000 matters over --max-matters 1000",
        catalogue_text(5000).encode(),
        "Y012",
        commands=WITH_LIMITS,
        options=("--max-matters", "1000"),
    ),
    # ---- issue 14, where the message points
    Case("unclosed quote", (HEAD + 'title2: "abc\nmatters: []\n').encode(), "Y001"),
    Case("unclosed bracket", (HEAD + "matters: [\n  {id: a,\n  area: health}\n\n\nfoo: 1\n").encode(), "Y001"),
    Case("only null", b"~\n", "Y011"),
    Case("full-width colons throughout", "id: x\ntitle：示例\nlevel：county\nmatters：\n  - id：a\n".encode(), "Y001"),
    Case("invisible characters", (HEAD + "x: 政府\u200b网站\ny: 县\u202e局\nz: 出\ufeff生\n").encode(), "Y008"),
    # ---- issue 14, the CLI's loose ends within reading
    Case(
        "township with a county's division code",
        (TOWNSHIP_HEAD + "jurisdiction: {name: 示例镇, code: '990121'}\nextends: national\n").encode(),
        "S004",
    ),
    Case(
        "township outside its county",
        (TOWNSHIP_HEAD + "jurisdiction: {name: 示例镇, code: '990122100'}\nextends: ./county.yaml\n").encode(),
        "M016",
        commands=("validate", "validate-json", "merge", "report", "explain", "export"),
        siblings={"county.yaml": COUNTY},
        chain=True,
    ),
    Case("extract with a misspelt key", (EXTRACT_HEAD + "    levle2: x\n").encode(), "S002", ("import-guideline",)),
    Case("extract with a bad value", (EXTRACT_HEAD + "    mode: [有时]\n").encode(), "S004", ("import-guideline",)),
    Case("extract of the wrong shape", b"area: [x]\nmatters:\n  - just text\n", "S003", ("import-guideline",)),
]


@dataclass
class Outcome:
    seconds: float
    megabytes: float
    status: int | None
    output: str
    stdout: str


def run(command: list[str], budget: float, cwd: Path | None = None) -> Outcome:
    """Run ``command`` with a time budget; its seconds, peak resident MiB, exit status (None if killed)."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "budget = float(sys.argv[1]); "
        "p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)\n"
        "try:\n    out, err = p.communicate(timeout=budget); status = p.returncode\n"
        "except subprocess.TimeoutExpired:\n    p.kill(); out, err = p.communicate(); status = 'hang'\n"
        "e = time.perf_counter() - t; "
        "m = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
        "print(f'{e} {m} {status} {len(out)}'); sys.stderr.write(out + err)"
    )
    environ = {**os.environ, "GCAT_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    environ.pop("GCAT_DEBUG", None)
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(budget), *command],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=environ,
        encoding="utf-8",
        errors="replace",
    )
    seconds, megabytes, status, stdout_chars = completed.stdout.split()
    output = completed.stderr
    return Outcome(
        float(seconds),
        float(megabytes),
        None if status == "hang" else int(status),
        output,
        output[: int(stdout_chars)],
    )


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def _plant_stale_temporary(folder: Path) -> Path:
    """The temporary a writer killed before its rename leaves: named as the writer names it, its process gone."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = folder / f".{FILE}.gcat-{gone.pid}-0badc0de.tmp"
    stale.write_bytes(b"half a catalogue")
    return stale


def check_case(case: Case, command: str, work: Path, budget: float) -> tuple[Outcome, list[str]]:
    """Run ``command`` on a fresh copy of ``case``; what went wrong (nothing, ideally)."""
    folder, out = work / "case", work / "out"
    for path in (folder, out):
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir()
    (folder / FILE).write_bytes(case.text)
    for name, data in case.siblings.items():
        (folder / name).write_bytes(data)
    stale = _plant_stale_temporary(folder) if case.stale_temporary else None
    before = _digest(folder)
    argv = [part.format(file=folder / FILE, out=out) for part in COMMANDS[command]]
    if command in WITH_LIMITS:
        argv += case.options
    outcome = run([sys.executable, "-m", "grassroots_catalog", *argv], budget, cwd=work)
    problems = []
    if outcome.status is None:
        problems.append("hang")
    elif outcome.status not in (0, 1, 2):
        problems.append("crash")
    if "Traceback (most recent call last)" in outcome.output:
        problems.append("traceback")
    if "internal error" in outcome.output:
        problems.append("internal error")
    after = _digest(folder)
    rewritable = {FILE} if case.may_rewrite and command == "fmt" else set()
    removable = {stale.name} if stale is not None and command == "fmt" else set()
    if any(after.get(name, digest) != digest for name, digest in before.items() if name not in rewritable):
        problems.append("altered file")
    if any(name not in before and name not in removable for name in after) or (
        stale is not None and command == "fmt" and stale.exists()
    ):
        problems.append("leftover file")
    expected = case.expect is not None and (not case.chain or command in FOLLOWS_CHAIN)
    if outcome.status is not None and (
        (command == "validate-json" and not _is_json(outcome.stdout))
        or (expected and str(case.expect) not in outcome.output)
    ):
        problems.append("missed finding")
    return outcome, problems


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def kill_during_fmt(kills: int, budget: float, work: Path) -> Counter[str]:
    """SIGKILL ``gcat fmt`` at moments spread over its run; then run it once more. What went wrong."""
    problems: Counter[str] = Counter()
    folder = work / "kill"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / FILE
    old = catalogue_text(300).replace("level: county", "level:   county").encode()  # not in canonical form
    path.write_bytes(old)
    command = [sys.executable, "-m", "grassroots_catalog", "fmt", str(path)]
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, timeout=budget * 10)
    duration = time.perf_counter() - started
    new = path.read_bytes()
    for index in range(kills):
        path.write_bytes(old)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (index + 1) / (kills + 1))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if path.read_bytes() not in (old, new):
            problems["altered file"] += 1
    final = subprocess.run(command, capture_output=True, text=True, check=False, timeout=budget * 10)
    if "Traceback" in final.stdout + final.stderr:
        problems["traceback"] += 1
    if path.read_bytes() != new:
        problems["altered file"] += 1
    problems["leftover file"] += sum(1 for p in folder.iterdir() if p.name != FILE)
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds allowed per command run")
    parser.add_argument("--kills", type=int, default=8, help="times gcat fmt is killed mid-run (0: none)")
    parser.add_argument("--only", help="run only the cases whose name holds this text")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    cases = [case for case in CASES if args.only is None or args.only in case.name]
    runs = 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "clean.yaml").write_text(catalogue_text(1000), encoding="utf-8")
        start_up = run([sys.executable, "-c", "pass"], args.budget)
        baseline = run([sys.executable, "-m", "grassroots_catalog", "validate", str(work / "clean.yaml")], args.budget)
        print(f"{'case':42s} {'runs':>4s} {'worst s':>8s} {'vs clean':>9s} {'peak MiB':>9s}  verdict")
        print(f"{'(python start-up)':42s} {1:4d} {start_up.seconds:8.3f} {start_up.seconds / baseline.seconds:8.2f}x")
        print(f"{'(gcat validate, clean 1,000 matters)':42s} {1:4d} {baseline.seconds:8.3f} {1:8.2f}x")
        for case in cases:
            worst, peak, found = 0.0, 0.0, Counter[str]()
            for command in case.commands:
                outcome, problems = check_case(case, command, work, args.budget)
                runs += 1
                worst, peak = max(worst, outcome.seconds), max(peak, outcome.megabytes)
                found.update(f"{problem} ({command})" for problem in problems)
                totals.update(problems)
            verdict = ", ".join(found) or (f"ok ({case.expect})" if case.expect else "ok")
            ratio = worst / baseline.seconds
            print(f"{case.name:42s} {len(case.commands):4d} {worst:8.3f} {ratio:8.2f}x {peak:9.0f}  {verdict}")
        if args.kills:
            killed = kill_during_fmt(args.kills, args.budget, work)
            totals.update(killed)
            verdict = ", ".join(f"{k} {v}" for k, v in killed.items() if v) or "ok"
            print(f"{'gcat fmt killed with SIGKILL':42s} {args.kills:4d} {'':8s} {'':9s} {'':9s}  {verdict}")
    print(f"\n{len(cases)} hostile inputs, {runs} command runs, {args.kills} kills:")
    kinds = ("traceback", "internal error", "hang", "crash", "altered file", "leftover file", "missed finding")
    for kind in kinds:
        print(f"  {totals[kind]:4d} {kind}s" if kind != "crash" else f"  {totals[kind]:4d} crashes")
    sys.exit(1 if any(totals.values()) else 0)


if __name__ == "__main__":
    main()
