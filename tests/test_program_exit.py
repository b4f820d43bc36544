"""The program's exit (``cli.run``): the same status and every byte of output, without the teardown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import grassroots_catalog.cli as program
from grassroots_catalog.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "catalogs" / "examples"


EXIT_FUNCTIONS_RUN: list[None] = []
"""One entry for each time ``run`` ran the exit functions (in a test, instead of running them)."""


class Exited(Exception):
    """Raised in place of ``os._exit``, so that a test sees the status it was given."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@pytest.fixture
def fast_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """``os._exit`` raises :class:`Exited`, and the process counts as quiet (another test may have left
    a thread behind: whether that keeps the normal exit is tested in a fresh interpreter below)."""

    def exited(status: int) -> None:
        raise Exited(status)

    monkeypatch.setattr(program.os, "_exit", exited)
    monkeypatch.setattr(program, "_quiet", lambda: True)
    # Never this process's own exit functions: they would stop multiprocessing for the rest of the suite.
    monkeypatch.setattr(program.atexit, "_run_exitfuncs", lambda: EXIT_FUNCTIONS_RUN.append(None))


def _main_ending(monkeypatch: pytest.MonkeyPatch, ending: BaseException | None) -> None:
    def main() -> None:
        if ending is not None:
            raise ending

    monkeypatch.setattr(program, "main", main)


@pytest.mark.parametrize(("ending", "status"), [(None, 0), (SystemExit(), 0), (SystemExit(1), 1), (SystemExit(2), 2)])
def test_the_status_of_main_is_the_status_of_the_process(
    monkeypatch: pytest.MonkeyPatch, fast_exit: None, ending: BaseException | None, status: int
) -> None:
    _main_ending(monkeypatch, ending)
    EXIT_FUNCTIONS_RUN.clear()
    with pytest.raises(Exited) as exited:
        program.run()
    assert exited.value.status == status
    assert len(EXIT_FUNCTIONS_RUN) == 1  # the atexit functions, before the process ends


def test_the_collector_collects_in_larger_steps_while_the_command_runs_and_is_put_back(
    monkeypatch: pytest.MonkeyPatch, fast_exit: None
) -> None:
    import gc

    from grassroots_catalog.check.collector import YOUNG_COLLECTION_THRESHOLD

    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    monkeypatch.setattr(program, "main", lambda: during.append(gc.get_threshold()))
    with pytest.raises(Exited):
        program.run()
    assert during == [(YOUNG_COLLECTION_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before


def test_a_message_as_the_status_takes_the_normal_exit(monkeypatch: pytest.MonkeyPatch, fast_exit: None) -> None:
    _main_ending(monkeypatch, SystemExit("gcat: stopped"))
    with pytest.raises(SystemExit) as stopped:
        program.run()
    assert stopped.value.code == "gcat: stopped"


def test_a_process_that_is_not_quiet_takes_the_normal_exit(monkeypatch: pytest.MonkeyPatch, fast_exit: None) -> None:
    _main_ending(monkeypatch, SystemExit(1))
    monkeypatch.setattr(program, "_quiet", lambda: False)
    EXIT_FUNCTIONS_RUN.clear()
    with pytest.raises(SystemExit) as stopped:
        program.run()
    assert stopped.value.code == 1
    assert EXIT_FUNCTIONS_RUN == []  # the interpreter's own exit runs them


def test_an_unexpected_error_is_still_one_line_and_status_two(monkeypatch: pytest.MonkeyPatch, fast_exit: None) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(program.cli, "main", broken)
    monkeypatch.setattr(sys, "argv", ["gcat", "validate", "x.yaml"])
    with pytest.raises(Exited) as exited:
        program.run()
    assert exited.value.status == 2


QUIET = """
import multiprocessing, sys, threading
from grassroots_catalog.cli import _quiet

def sleep():
    import time
    time.sleep(30)

if __name__ == "__main__":
    seen = [_quiet()]
    release = threading.Event()
    for daemon in (True, False):
        thread = threading.Thread(target=release.wait, daemon=daemon)
        thread.start()
        seen.append(_quiet())
    release.set()
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join()
    seen.append(_quiet())
    sys.setprofile(lambda *_: None)
    seen.append(_quiet())
    sys.setprofile(None)
    child = multiprocessing.get_context("spawn").Process(target=sleep)
    child.start()
    seen.append(_quiet())
    child.terminate()
    child.join()
    seen.append(_quiet())
    print(seen)
"""


def test_quiet_means_no_thread_but_daemons_no_child_and_no_profiler(tmp_path: Path) -> None:
    """In a fresh interpreter: quiet at first; with a daemon thread still; not with a thread that an exit
    waits for; again once it ended; not while a profiler watches, nor while a child process runs."""
    script = tmp_path / "quiet.py"
    script.write_text(QUIET, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[True, True, False, True, False, False, True]"


def test_the_program_under_cprofile_still_prints_its_figures() -> None:
    """``python -m cProfile -m grassroots_catalog …`` prints its figures at exit (coverage saves its data)."""
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-m", "grassroots_catalog", "rule", "R03"], capture_output=True, check=False
    )
    assert done.returncode == 0
    assert b"function calls" in done.stdout


def _program(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "grassroots_catalog", *args], capture_output=True, check=False)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_program_prints_what_the_command_prints_byte_for_byte(jobs: str) -> None:
    """Thousands of lines through a pipe, checked in this process and by the program, a pool of workers
    included: nothing is lost when the process ends without its teardown."""
    arguments = ["validate", "--format", "jsonl", "--jobs", jobs, str(EXAMPLES), *[str(EXAMPLES / "county.yaml")] * 12]
    expected = CliRunner().invoke(cli, arguments)
    done = _program(*arguments)
    assert done.returncode == expected.exit_code == 1
    assert done.stdout.decode() == expected.stdout
    assert len(done.stdout) > 2 * 65536  # more than a pipe holds: written while the reader reads
    assert done.stderr == b""


def test_the_program_keeps_its_statuses(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [x\n", encoding="utf-8")
    assert _program("validate", str(broken)).returncode == 2
    assert _program("rule", "R99").returncode == 2
    assert _program("--help").returncode == 0
    assert _program("validate", "--no-such-option").returncode == 2


def test_a_reader_that_stops_reading_gets_no_traceback() -> None:
    """``gcat validate … | head -1``: the program ends with the command's status and says nothing."""
    many = [str(EXAMPLES / "county.yaml")] * 60  # about 700 KB of findings: far more than a pipe holds
    command = [sys.executable, "-m", "grassroots_catalog", "validate", "--format", "jsonl", *many]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        status = process.wait()
    assert first.startswith(b"{")
    assert b"Traceback" not in errors
    assert status in (0, 1)


def _closed(descriptor: int, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The program started with ``descriptor`` (1 or 2) closed, as ``gcat … >&-`` or ``2>&-`` start it."""
    import os

    return subprocess.run(
        [sys.executable, "-m", "grassroots_catalog", *args],
        capture_output=descriptor != 2,
        stdout=subprocess.PIPE if descriptor == 2 else None,
        check=False,
        preexec_fn=lambda: os.close(descriptor),
    )


@pytest.mark.parametrize("descriptor", [1, 2])
@pytest.mark.parametrize(("arguments", "status"), [(("rule", "R03"), 0), (("validate", "county.yaml"), 1)])
def test_a_closed_stream_changes_no_status_and_prints_no_traceback(
    descriptor: int, arguments: tuple[str, ...], status: int
) -> None:
    arguments = tuple(str(EXAMPLES / part) if part.endswith(".yaml") else part for part in arguments)
    done = _closed(descriptor, *arguments)
    assert done.returncode == status
    shown = (done.stderr or b"") + (done.stdout or b"")
    assert b"Traceback" not in shown and b"AttributeError" not in shown


@pytest.mark.skipif(not Path("/dev/full").exists() or not Path("/proc").is_dir(), reason="Linux's /dev/full and /proc")
@pytest.mark.parametrize("output", ["/dev/full", "/proc/findings.xlsx", "/proc/findings.txt"])
def test_an_output_that_cannot_be_written_is_named_in_both_languages_and_nothing_is_left(
    tmp_path: Path, output: str
) -> None:
    """A full disk or a place that takes no file: status 2, one line naming the path and what to do,
    and no temporary left (openpyxl's own included, which it removes at exit)."""
    import os

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    kind = ["--format", "xlsx"] if output.endswith(".xlsx") else []
    for lang, words in (("zh", "无法写入"), ("en", "could not be written")):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "grassroots_catalog",
                "validate",
                *kind,
                "-o",
                output,
                "--lang",
                lang,
                str(EXAMPLES),
            ],
            capture_output=True,
            check=False,
            env={**os.environ, "TMPDIR": str(temporary)},
        )
        message = done.stderr.decode()
        assert done.returncode == 2, message
        assert output in message and words in message and "-o" in message
        assert message.count("\n") == 1 and "Traceback" not in message
        assert list(temporary.iterdir()) == []


def test_what_the_command_wrote_without_flushing_is_all_there(tmp_path: Path) -> None:
    script = tmp_path / "unflushed.py"
    script.write_text(
        "import sys\nimport grassroots_catalog.cli as program\n"
        "program.main = lambda: sys.stdout.write('x' * 300_000)\nprogram.run()\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, check=False)
    assert done.returncode == 0
    assert done.stdout == b"x" * 300_000


def test_a_tracer_takes_the_normal_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a fresh interpreter, so that the suite's own tracer (if any) does not decide."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom grassroots_catalog.cli import _quiet\nfirst = _quiet()\n"
            "sys.settrace(lambda *_: None)\nprint(first, _quiet())",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.split() == ["True", "False"], done.stderr
