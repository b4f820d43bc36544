"""The status line of long steps: on a terminal only, refreshed while the step runs, erased after it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli
from grassroots_catalog.cli.progress import Progress, progress_wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_only_on_a_terminal_outside_ci_and_not_when_quiet() -> None:
    assert progress_wanted(Terminal(), quiet=False, environ={})
    assert not progress_wanted(Terminal(), quiet=True, environ={})
    assert not progress_wanted(Terminal(), quiet=False, environ={"CI": "true"})
    assert not progress_wanted(io.StringIO(), quiet=False, environ={})


def test_a_step_is_refreshed_while_it_runs_and_erased_when_it_ends() -> None:
    stream = Terminal()
    with Progress(enabled=True, stream=stream, interval=0.01).step(lambda seconds: f"working {seconds}s"):
        time.sleep(0.1)
    written = stream.getvalue()
    assert written.count("working 0s") >= 3  # refreshed, not written once
    assert written.endswith("\r\x1b[K")


def test_a_disabled_progress_writes_nothing() -> None:
    stream = Terminal()
    with Progress(enabled=False, stream=stream).step(lambda seconds: "working"):
        pass
    assert stream.getvalue() == ""


def test_gcat_fmt_honours_max_matters(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    matter = "  - id: a{0}\n    area: health\n    name: {{level1: 事项{0}}}\n"
    text = "id: c\ntitle: t\nlevel: county\nmatters:\n" + "".join(matter.format(i) for i in range(5))
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["fmt", "--max-matters", "3", str(path)])
    assert result.exit_code == 2 and "Y012" in result.output
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("quiet", [False, True])
def test_gcat_fmt_shows_progress_on_a_terminal_unless_quiet(tmp_path: Path, quiet: bool) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("id: c\ntitle: t\nlevel: county\n", encoding="utf-8")
    leader, follower = os.openpty()
    environ = {key: value for key, value in os.environ.items() if key != "CI"}
    command = [sys.executable, "-m", "grassroots_catalog", "fmt", "--lang", "en", *(["--quiet"] * quiet), str(path)]
    completed = subprocess.run(command, stderr=follower, stdout=subprocess.PIPE, env=environ, check=False, timeout=60)
    os.close(follower)
    try:
        shown = os.read(leader, 65536).decode("utf-8", "replace")
    except OSError:  # nothing written: reading a closed pseudo-terminal fails on Linux
        shown = ""
    finally:
        os.close(leader)
    assert completed.returncode == 0
    assert ("formatting" in shown) is not quiet
