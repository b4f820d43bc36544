"""Rewriting under SIGKILL: a killed writer leaves the old file or the new one, whole, never a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = """
import sys
from grassroots_catalog.read.atomic import write_atomic
path, marker = sys.argv[1], sys.argv[2]
payload = (marker * 4096 + "\\n") * 256  # about 1 MB: long enough to be killed mid-write
while True:
    write_atomic(path, payload.encode())
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_never_leaves_a_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yaml"
    original = ("A" * 4096 + "\n") * 256
    path.write_text(original, encoding="utf-8")
    expected = {original, ("B" * 4096 + "\n") * 256}
    kills = 0
    for delay in (0.01, 0.02, 0.03, 0.05, 0.08, 0.13, 0.21, 0.34):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "B"])
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        kills += 1
        assert path.read_text(encoding="utf-8") in expected
    assert kills == 8
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "catalogue.yaml"]
    # A temporary file may survive a kill (the OS removes nothing for us), but it is never the catalogue.
    assert all(name.startswith(".catalogue.yaml.") and name.endswith(".tmp") for name in leftovers)


# The writer stops just before its rename and says so, so that the kill lands at the worst moment every
# time (a temporary written in full beside the untouched original), not at a moment a timer happens to hit.
STOPPED_WRITER = """
import os, sys, time
from grassroots_catalog.read import atomic
def stop(source, target):
    print("temporary written", flush=True)
    time.sleep(60)
os.replace = stop
atomic.write_atomic(sys.argv[1], b"new\\n")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_write_killed_before_its_rename_leaves_a_temporary_the_next_write_removes(tmp_path: Path) -> None:
    from grassroots_catalog.read.atomic import write_atomic

    path = tmp_path / "catalogue.yaml"
    path.write_text("old\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", STOPPED_WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline() == "temporary written\n"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    leftovers = [p.name for p in tmp_path.iterdir() if p != path]
    assert len(leftovers) == 1 and leftovers[0].startswith(".catalogue.yaml.gcat-")
    assert path.read_text(encoding="utf-8") == "old\n"
    write_atomic(path, b"newer\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalogue.yaml"]
    assert path.read_text(encoding="utf-8") == "newer\n"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_gcat_fmt_removes_a_stale_temporary_even_when_the_file_needs_no_rewrite(tmp_path: Path) -> None:
    from grassroots_catalog.read.format import FormatStatus, format_file

    path = tmp_path / "county.yaml"
    path.write_bytes((Path(__file__).parent.parent / "catalogs" / "examples" / "county.yaml").read_bytes())
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs: the writer that left the temporary is gone
    stale = tmp_path / f".county.yaml.gcat-{dead.pid}-abcd1234.tmp"
    stale.write_bytes(b"half a catalogue")
    other = tmp_path / ".county.yaml.swp"  # not ours: left alone
    other.write_bytes(b"an editor's")
    before = path.read_bytes()
    assert format_file(path).status is FormatStatus.UNCHANGED
    assert path.read_bytes() == before
    assert not stale.exists()
    assert other.exists()


def test_a_temporary_of_a_live_writer_is_left_alone(tmp_path: Path) -> None:
    from grassroots_catalog.read.atomic import write_atomic

    path = tmp_path / "c.yaml"
    live = tmp_path / f".c.yaml.gcat-{os.getpid()}-0000abcd.tmp"  # this very process: still writing
    live.write_bytes(b"in progress")
    write_atomic(path, b"new")
    assert live.exists()
    assert path.read_bytes() == b"new"
