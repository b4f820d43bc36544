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

A third part runs the command checks of :data:`CLI_CHECKS`: what the command line must *do* with
hostile or awkward arguments (colour through a pipe, ``--catalogues-only`` beside other YAML,
baselines, S013's folder, ``--statistics``, hostile source lines, ``gcat rule`` for every code, ``-o``
into a FIFO, a symbolic link given to ``gcat fmt``, control characters in paths, ``-o`` into a missing
folder). Each sets up a folder, runs a command and judges its exit status, output and files; beside
the counts above, a check whose judgement fails counts as **wrong behaviour**.

A case is one entry of :data:`CASES`, a command check one of :data:`CLI_CHECKS`; add more there. The
clean 1,000-matter catalogue and bare ``python`` are measured as baselines for the time column.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from validate_speed import catalogue_text

from grassroots_catalog.check.codes import CODES

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


# ---- issue 14, the CLI's loose ends: commands whose behaviour, not only their survival, is checked

ROOT = Path(__file__).resolve().parent.parent
SGR = re.compile(r"\x1b\[[0-9;]*m")
"""A colour code (Select Graphic Rendition): the only escape sequence coloured output may add."""
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 controls but tab and line feed, DEL, and the bidi controls: none may reach a terminal raw."""
MAX_COLUMNS = 130
"""The widest source line shown under a finding a check allows (display columns: a Chinese character
takes two). The message lines are not bounded: they hold the file's path, which may be any length."""
EXCERPT = re.compile(r"^\s+(\d+\s+)?\|")
"""A line of the excerpt under a finding: the source line (``  4 | …``) or its caret line."""


@dataclass(frozen=True)
class Run:
    """What one command of a check did: its outcome, and the folder it ran in."""

    outcome: Outcome
    folder: Path
    reference: Outcome | None = None
    """The outcome of the check's reference command, run after it on the same folder."""


@dataclass(frozen=True)
class CliCheck:
    """A command and what it must do: exit status, output and files, judged by ``expect``.

    The folder holds ``files`` (plus whatever ``setup`` makes: a FIFO, a link, a baseline); the command
    runs in it (``gcat`` stands for the package run from source, ``python`` for this interpreter,
    ``{dir}`` for the folder, ``{each}`` for each value of ``each`` in turn). Files other than
    ``changes`` must stay as they were, and nothing but ``creates`` may appear.
    """

    name: str
    command: tuple[str, ...]
    expect: Callable[[Run], bool]
    files: Mapping[str, bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    environ: Mapping[str, str] = field(default_factory=dict)
    reference: tuple[str, ...] | None = None
    """A second command whose outcome ``expect`` compares with (run without ``environ``)."""
    each: tuple[str, ...] = ()
    changes: frozenset[str] = frozenset()
    creates: frozenset[str] = frozenset()


def _argv(command: Sequence[str], folder: Path, each: str = "") -> list[str]:
    head = {"gcat": [sys.executable, "-m", "grassroots_catalog"], "python": [sys.executable]}
    return head.get(command[0], [command[0]]) + [part.format(dir=folder, each=each) for part in command[1:]]


def _tree(folder: Path) -> dict[str, tuple[str, str]]:
    """Every entry below ``folder``: its kind, and its digest (a file) or target (a link); never opens a FIFO."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            entries[str(path.relative_to(folder))] = ("link", os.readlink(path))
        elif stat.S_ISREG(mode):
            entries[str(path.relative_to(folder))] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
        else:
            entries[str(path.relative_to(folder))] = ("dir" if stat.S_ISDIR(mode) else "special", "")
    return entries


def run_check(check: CliCheck, work: Path, budget: float, show: bool = False) -> tuple[list[Outcome], list[str]]:
    """Run ``check`` (once per value of ``each``) on a fresh folder each time; what went wrong."""
    outcomes, problems = [], []
    for each in check.each or ("",):
        folder = work / "check"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for name, data in check.files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        if check.setup is not None:
            check.setup(folder)
        before = _tree(folder)
        with _draining(folder):
            outcome = run(_argv(check.command, folder, each), budget, cwd=folder, environ=check.environ)
            reference = run(_argv(check.reference, folder, each), budget, cwd=folder) if check.reference else None
        outcomes.append(outcome)
        found = _survival(outcome) + (_survival(reference) if reference is not None else [])
        after = _tree(folder)
        if any(after.get(name) != entry for name, entry in before.items() if name not in check.changes):
            found.append("altered file")
        if any(name not in before and name not in check.creates for name in after):
            found.append("leftover file")
        if outcome.status is not None and not found and not check.expect(Run(outcome, folder, reference)):
            found.append("wrong behaviour")
        if found and show:
            print(f"--- {check.name} {each}: {found}, exit {outcome.status}\n{outcome.output[:3000]}")
        problems += [problem for problem in found if problem not in problems]
    return outcomes, problems


def _survival(outcome: Outcome) -> list[str]:
    problems = []
    if outcome.status is None:
        problems.append("hang")
    elif outcome.status not in (0, 1, 2):
        problems.append("crash")
    if "Traceback (most recent call last)" in outcome.output:
        problems.append("traceback")
    if "internal error" in outcome.output:
        problems.append("internal error")
    return problems


@contextlib.contextmanager
def _draining(folder: Path) -> Iterator[None]:
    """Read every FIFO of ``folder`` while the commands run, so a writer into one never blocks."""
    stop = threading.Event()

    def drain(fifo: Path) -> None:
        handle = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        try:
            while not stop.is_set():
                try:
                    if not os.read(handle, 65536):
                        time.sleep(0.01)
                except BlockingIOError:
                    time.sleep(0.01)
        finally:
            os.close(handle)

    fifos = [p for p in folder.rglob("*") if stat.S_ISFIFO(p.lstat().st_mode)]
    threads = [threading.Thread(target=drain, args=(fifo,), daemon=True) for fifo in fifos]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _clean_terminal_text(run: Run) -> bool:
    """No raw control or bidi character, no source line wider than :data:`MAX_COLUMNS`.

    With a reference run (the same command with ``--color never``), that run's output is judged, and
    the coloured one must be the same text with colour codes added: so an escape sequence copied from
    the file cannot pass for one of gcat's colour codes.
    """
    plain = run.reference.output if run.reference is not None else run.outcome.output
    if run.reference is not None and SGR.sub("", run.outcome.output) != plain:
        return False
    excerpts = [line for line in plain.splitlines() if EXCERPT.match(line)]
    return not RAW_CONTROL.search(plain) and all(_columns(line) <= MAX_COLUMNS for line in excerpts)


def _lines(outcome: Outcome) -> list[str]:
    return [line for line in outcome.output.splitlines() if line.strip()]


def _is_fifo(path: Path) -> bool:
    return stat.S_ISFIFO(path.lstat().st_mode)


def _make_fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe")
    os.mkfifo(folder / "pipe.xlsx")
    os.mkfifo(folder / "pipe.csv")


def _link_to_unformatted(folder: Path) -> None:
    (folder / "link.yaml").symlink_to("real.yaml")


def _record_baseline(folder: Path) -> None:
    subprocess.run(
        _argv(("gcat", "validate", "--write-baseline", "baseline.json", "many.yaml"), folder),
        cwd=folder,
        capture_output=True,
        check=False,
    )


def _hostile_path_check(name: str, command: tuple[str, ...], **options: Any) -> CliCheck:
    """A command given a path with a control character: a clear refusal (exit 2, the message escaped)."""
    return CliCheck(
        name,
        command,
        lambda r: r.outcome.status == 2 and bool(_lines(r.outcome)) and _clean_terminal_text(r),
        **options,
    )


FINDINGS_FILE = catalogue_text(30).replace("    subject: 基准县民政局\n", "", 3).encode()
"""A catalogue of its own (no parent) with three findings: something to colour, exit status 1."""
MANY = catalogue_text(300).replace("    subject: 基准县民政局\n", "").encode()
"""300 matters, each without its subject: hundreds of findings."""
PART = (
    "id: part\ntitle: 示例县目录（卫生健康）\nlevel: county\nscope: part\n"
    "jurisdiction: {name: 示例县人民政府, code: '990121'}\n"
    "revised: 2020-11-30\npublished: {date: 2020-12-15, url: https://www.example-county.gov.cn/}\n"
    "matters:\n  - id: a\n    area: health\n    name: {level1: 政策文件}\n"
    "    content: [文件名称]\n    basis: [《中华人民共和国政府信息公开条例》]\n"
    "    time_limit: 信息形成（变更）20个工作日内\n    subject: 示例县卫生健康局\n    channels: [政府网站]\n"
    "    audience: [全社会]\n    mode: [主动]\n    level: [县级]\n"
).encode()
PRE_COMMIT = b"repos:\n  - repo: local\n    hooks:\n      - id: gcat-validate\n"
COMPOSE = b"services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n"
HOOK_FILES = (
    "import re, sys, yaml\n"
    "paths = ['.pre-commit-config.yaml', '.github/workflows/ci.yml', 'a/.hidden/c.yaml', '示例县/county.yaml', 'c.yml']\n"
    "for hook in yaml.safe_load(open(sys.argv[1], encoding='utf-8')):\n"
    "    taken = [p for p in paths if re.search(hook['files'], p) and not re.search(hook.get('exclude', '^$'), p)]\n"
    "    print(hook['id'], *taken)\n"
)
STATISTICS_LINE = re.compile(r"^\s*\d+\s+[YSMNTR]\d{2,3}\s+[a-z0-9][a-z0-9-]*\s+\S.*$")
TABLE = (ROOT / "tests" / "cases" / "tables" / "csv-lf" / "社会救助.csv").read_bytes()
CONTROL_NAME = "a\x01b.yaml"
"""A file name with a control character (NUL cannot reach a command line at all: argv ends at it)."""


def _hostile_source(name: str, line: str) -> CliCheck:
    text = (HEAD + f"titel: {line}\nmatters: []\n").encode()
    return CliCheck(
        f"source line with {name}",
        ("gcat", "validate", "--color", "always", "c.yaml"),
        lambda r: r.outcome.status in (1, 2) and _clean_terminal_text(r),
        files={"c.yaml": text},
        reference=("gcat", "validate", "--color", "never", "c.yaml"),
    )


CLI_CHECKS: list[CliCheck] = [
    # ---- colour: asked for, it reaches a pipe; NO_COLOR wins over auto
    CliCheck(
        "--color always, piped",
        ("gcat", "validate", "--color", "always", "county.yaml"),
        lambda r: "\x1b[" in r.outcome.stdout,
        files={"county.yaml": FINDINGS_FILE},
    ),
    CliCheck(
        "--color auto with FORCE_COLOR=1, piped",
        ("gcat", "validate", "--color", "auto", "county.yaml"),
        lambda r: "\x1b[" in r.outcome.stdout,
        files={"county.yaml": FINDINGS_FILE},
        environ={"FORCE_COLOR": "1"},
    ),
    CliCheck(
        "--color auto with NO_COLOR=1",
        ("gcat", "validate", "--color", "auto", "county.yaml"),
        lambda r: "\x1b[" not in r.outcome.output,
        files={"county.yaml": FINDINGS_FILE},
        environ={"NO_COLOR": "1", "FORCE_COLOR": "1"},
    ),
    # ---- pre-commit: other YAML of a repository is skipped, unreported, and never rewritten
    CliCheck(
        "validate --catalogues-only, other YAML beside",
        ("gcat", "validate", "--catalogues-only", ".pre-commit-config.yaml", "docker-compose.yml", "county.yaml"),
        lambda r: (
            r.reference is not None
            and r.outcome.status == r.reference.status
            and not any(name in r.outcome.output for name in ("pre-commit-config", "docker-compose"))
        ),
        files={".pre-commit-config.yaml": PRE_COMMIT, "docker-compose.yml": COMPOSE, "county.yaml": FINDINGS_FILE},
        reference=("gcat", "validate", "county.yaml"),
    ),
    CliCheck(
        "fmt --catalogues-only docker-compose.yml",
        ("gcat", "fmt", "--catalogues-only", "docker-compose.yml"),
        lambda r: r.outcome.status == 0 and "docker-compose" not in r.outcome.output,
        files={"docker-compose.yml": COMPOSE},
    ),
    CliCheck(
        "pre-commit hooks take no hidden file",
        ("python", "-c", HOOK_FILES, str(ROOT / ".pre-commit-hooks.yaml")),
        lambda r: (
            r.outcome.status == 0
            and len(_lines(r.outcome)) >= 3
            and all(line.split()[1:] == ["示例县/county.yaml", "c.yml"] for line in _lines(r.outcome))
        ),
    ),
    # ---- baselines: writing one succeeds; a run with one summarises what it suppresses
    CliCheck(
        "--write-baseline on findings",
        ("gcat", "validate", "--write-baseline", "baseline.json", "many.yaml"),
        lambda r: r.outcome.status == 0 and (r.folder / "baseline.json").is_file(),
        files={"many.yaml": MANY},
        creates=frozenset({"baseline.json"}),
    ),
    CliCheck(
        "--write-baseline on an unreadable file",
        ("gcat", "validate", "--write-baseline", "baseline.json", "broken.yaml"),
        lambda r: r.outcome.status == 2 and "Y001" in r.outcome.output,
        files={"broken.yaml": (HEAD + "x: [\n").encode()},
        creates=frozenset({"baseline.json"}),
    ),
    CliCheck(
        "--baseline over 300 suppressed findings",
        ("gcat", "validate", "--baseline", "baseline.json", "many.yaml"),
        lambda r: r.outcome.status == 0 and len(_lines(r.outcome)) <= 30,
        files={"many.yaml": MANY},
        setup=_record_baseline,
    ),
    CliCheck(
        "--baseline --show-suppressed",
        ("gcat", "validate", "--baseline", "baseline.json", "--show-suppressed", "--max-findings", "1000", "many.yaml"),
        lambda r: r.outcome.status == 0 and r.outcome.output.count("many.yaml:") >= 300,
        files={"many.yaml": MANY},
        setup=_record_baseline,
    ),
    # ---- S013 names the folder to validate whole
    *(
        CliCheck(
            f"S013 names the real folder ({lang})",
            ("gcat", "validate", "--lang", lang, "示例县/part.yaml"),
            lambda r: (
                "S013" in r.outcome.output
                and "--complete 示例县/" in r.outcome.output
                and not any(word in r.outcome.output for word in ("所在文件夹", "FOLDER"))
            ),
            files={"示例县/part.yaml": PART},
        )
        for lang in ("zh", "en")
    ),
    # ---- --statistics: the run's exit status, one count per code
    CliCheck(
        "--statistics",
        ("gcat", "validate", "--statistics", "county.yaml"),
        lambda r: (
            r.reference is not None
            and r.outcome.status == r.reference.status
            and bool(_lines(r.outcome))
            and all(STATISTICS_LINE.match(line) for line in _lines(r.outcome))
        ),
        files={"county.yaml": FINDINGS_FILE},
        reference=("gcat", "validate", "county.yaml"),
    ),
    # ---- source lines of hostile files, shown under their findings
    _hostile_source("ANSI escapes", "a\x1b[31mred\x1b[0m\x1b]0;title\x07b"),
    _hostile_source("bidi controls", "'县\u202e局\u2066x\u2069\u200f'"),
    _hostile_source("zero-width characters", "政府\u200b网\u200c站\u200d\u2060\ufeff"),
    _hostile_source("a 10,000-character line", "字" * 5000 + "x" * 5000),
    _hostile_source("a 10,000-character line of controls", "\x1b[2J" * 2500),
    _hostile_source("a zero-width space at column 10,000", "字" * 5000 + "x" * 4990 + "\u200b"),
    CliCheck(
        "5,000 matters, many findings, against --concise",
        ("gcat", "validate", "--max-findings", "100000", "many.yaml"),
        lambda r: r.reference is not None and r.outcome.seconds <= 1.5 * r.reference.seconds + 0.5,
        files={"many.yaml": catalogue_text(5000).replace("    subject: 基准县民政局\n", "").encode()},
        reference=("gcat", "validate", "--max-findings", "100000", "--concise", "many.yaml"),
    ),
    # ---- gcat rule, for every code, in both languages
    *(
        CliCheck(
            f"gcat rule CODE, every code ({lang})",
            ("gcat", "rule", "--lang", lang, "{each}"),
            lambda r: r.outcome.status == 0 and bool(r.outcome.stdout.strip()),
            each=tuple(CODES),
        )
        for lang in ("zh", "en")
    ),
    # ---- -o into a FIFO: written into, still a FIFO
    CliCheck(
        "validate -o FIFO",
        ("gcat", "validate", "-o", "pipe", "county.yaml"),
        lambda r: r.outcome.status == 1 and _is_fifo(r.folder / "pipe"),
        files={"county.yaml": FINDINGS_FILE},
        setup=_make_fifo,
    ),
    CliCheck(
        "diff A B -o FIFO",
        ("gcat", "diff", "a.yaml", "b.yaml", "-o", "pipe"),
        lambda r: r.outcome.status in (0, 1) and _is_fifo(r.folder / "pipe"),
        files={
            "a.yaml": FINDINGS_FILE,
            "b.yaml": FINDINGS_FILE.replace("具体事项1}".encode(), "具体事项一}".encode(), 1),
        },
        setup=_make_fifo,
    ),
    CliCheck(
        "export -o FIFO.csv",
        ("gcat", "export", "county.yaml", "-o", "pipe.csv"),
        lambda r: r.outcome.status == 0 and _is_fifo(r.folder / "pipe.csv"),
        files={"county.yaml": FINDINGS_FILE},
        setup=_make_fifo,
    ),
    CliCheck(
        "export -o FIFO.xlsx",
        ("gcat", "export", "county.yaml", "-o", "pipe.xlsx"),
        lambda r: r.outcome.status == 0 and _is_fifo(r.folder / "pipe.xlsx"),
        files={"county.yaml": FINDINGS_FILE},
        setup=_make_fifo,
    ),
    CliCheck(
        "import -o FIFO",
        ("gcat", "import", "t.csv", "--area", "social-assistance", "-o", "pipe"),
        lambda r: r.outcome.status in (0, 1) and _is_fifo(r.folder / "pipe"),
        files={"t.csv": TABLE},
        setup=_make_fifo,
    ),
    # ---- a symbolic link given to gcat fmt stays a link; the file it points to is formatted
    CliCheck(
        "fmt through a symbolic link",
        ("gcat", "fmt", "link.yaml"),
        lambda r: (
            r.outcome.status == 0
            and (r.folder / "link.yaml").is_symlink()
            and r.reference is not None
            and r.reference.status == 0
        ),
        files={"real.yaml": FINDINGS_FILE.replace(b"level: county", b"level:   county", 1)},
        setup=_link_to_unformatted,
        reference=("gcat", "fmt", "--check", "real.yaml"),
        changes=frozenset({"real.yaml"}),
    ),
    # ---- control characters in a path on the command line
    _hostile_path_check("validate a\\x01b.yaml", ("gcat", "validate", CONTROL_NAME)),
    _hostile_path_check("fmt a\\x01b.yaml", ("gcat", "fmt", CONTROL_NAME)),
    _hostile_path_check("merge a\\x01b.yaml", ("gcat", "merge", CONTROL_NAME)),
    _hostile_path_check(
        "diff a\\x01b.yaml b", ("gcat", "diff", CONTROL_NAME, "county.yaml"), files={"county.yaml": FINDINGS_FILE}
    ),
    _hostile_path_check("import a\\x01b.csv", ("gcat", "import", "a\x01b.csv")),
    _hostile_path_check("report a\\nb.yaml", ("gcat", "report", "a\nb.yaml")),
    _hostile_path_check(
        "export -o a\\u202eb.csv", ("gcat", "export", "c.yaml", "-o", "a\u202eb.csv"), files={"c.yaml": FINDINGS_FILE}
    ),
    _hostile_path_check(
        "validate -o a\\x1bb.txt",
        ("gcat", "validate", "-o", "a\x1b[2Jb.txt", "county.yaml"),
        files={"county.yaml": FINDINGS_FILE},
    ),
    _hostile_path_check(
        "import -o a\\x01b.yaml",
        ("gcat", "import", "t.csv", "--area", "social-assistance", "-o", "a\x01b.yaml"),
        files={"t.csv": TABLE},
    ),
    # ---- gcat import into a folder that does not exist
    CliCheck(
        "import -o missing-folder/x.yaml",
        ("gcat", "import", "t.csv", "--area", "social-assistance", "-o", "missing-folder/x.yaml"),
        lambda r: r.outcome.status == 2 and "missing-folder" in r.outcome.output,
        files={"t.csv": TABLE},
    ),
]
"""The CLI items of issue 14 as command checks; each may fail only as "wrong behaviour" or worse."""


@dataclass
class Outcome:
    seconds: float
    megabytes: float
    status: int | None
    output: str
    stdout: str


def run(
    command: list[str], budget: float, cwd: Path | None = None, environ: Mapping[str, str] | None = None
) -> Outcome:
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
    environment = {**os.environ, "GCAT_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    for name in ("GCAT_DEBUG", "NO_COLOR", "FORCE_COLOR"):
        environment.pop(name, None)
    environment.update(environ or {})
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(budget), *command],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=environment,
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


NAME = 52
"""The width of the first column of the table: the longest case or check name."""
KINDS = (
    "traceback",
    "internal error",
    "hang",
    "crash",
    "altered file",
    "leftover file",
    "missed finding",
    "wrong behaviour",
)
"""What a run can do wrong, in the order of the summary."""
PLURALS = {"crash": "crashes", "wrong behaviour": "wrong behaviour"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds allowed per command run")
    parser.add_argument("--kills", type=int, default=8, help="times gcat fmt is killed mid-run (0: none)")
    parser.add_argument("--only", help="run only the cases and checks whose name holds this text")
    parser.add_argument("--show-output", action="store_true", help="print what a command check that failed said")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    cases = [case for case in CASES if args.only is None or args.only in case.name]
    runs = 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "clean.yaml").write_text(catalogue_text(1000), encoding="utf-8")
        start_up = run([sys.executable, "-c", "pass"], args.budget)
        baseline = run([sys.executable, "-m", "grassroots_catalog", "validate", str(work / "clean.yaml")], args.budget)
        print(f"{'case':{NAME}s} {'runs':>4s} {'worst s':>8s} {'vs clean':>9s} {'peak MiB':>9s}  verdict")
        print(
            f"{'(python start-up)':{NAME}s} {1:4d} {start_up.seconds:8.3f} {start_up.seconds / baseline.seconds:8.2f}x"
        )
        print(f"{'(gcat validate, clean 1,000 matters)':{NAME}s} {1:4d} {baseline.seconds:8.3f} {1:8.2f}x")
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
            print(f"{case.name:{NAME}s} {len(case.commands):4d} {worst:8.3f} {ratio:8.2f}x {peak:9.0f}  {verdict}")
        checks = [check for check in CLI_CHECKS if args.only is None or args.only in check.name]
        for check in checks:
            outcomes, problems = run_check(check, work, args.budget, args.show_output)
            runs += len(outcomes)
            totals.update(problems)
            worst = max(outcome.seconds for outcome in outcomes)
            peak = max(outcome.megabytes for outcome in outcomes)
            verdict = ", ".join(problems) or "ok"
            ratio = worst / baseline.seconds
            print(f"{check.name:{NAME}s} {len(outcomes):4d} {worst:8.3f} {ratio:8.2f}x {peak:9.0f}  {verdict}")
        if args.kills:
            killed = kill_during_fmt(args.kills, args.budget, work)
            totals.update(killed)
            verdict = ", ".join(f"{k} {v}" for k, v in killed.items() if v) or "ok"
            print(f"{'gcat fmt killed with SIGKILL':{NAME}s} {args.kills:4d} {'':8s} {'':9s} {'':9s}  {verdict}")
    print(f"\n{len(cases)} hostile inputs, {len(checks)} command checks, {runs} command runs, {args.kills} kills:")
    for kind in KINDS:
        print(f"  {totals[kind]:4d} {PLURALS.get(kind, kind + 's')}")
    sys.exit(1 if any(totals.values()) else 0)


if __name__ == "__main__":
    main()
