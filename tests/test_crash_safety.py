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
