"""The sessions in docs/diff.md are real: each ``$ gcat diff …`` (or ``$ gcat compare …``) block followed by ``$ echo $?`` is run
and must print what the page shows, with the exit status it shows."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli

from ..conftest import ROOT

_SESSION = re.compile(r"^\$ gcat (diff .*?)\n(.*?)\n\$ echo \$\?\n(\d+)$", re.DOTALL | re.MULTILINE)
SESSIONS = _SESSION.findall((ROOT / "docs" / "diff.md").read_text(encoding="utf-8"))
_COMPARE = re.compile(r"^\$ gcat (compare .*?)\n(.*?)\n\$ echo \$\?\n(\d+)$", re.DOTALL | re.MULTILINE)
COMPARISONS = _COMPARE.findall((ROOT / "docs" / "diff.md").read_text(encoding="utf-8"))


def test_the_page_has_its_sessions() -> None:
    assert len(SESSIONS) == 3


def test_the_page_has_its_comparison_session() -> None:
    assert len(COMPARISONS) == 1


@pytest.mark.parametrize(("command", "output", "status"), SESSIONS + COMPARISONS, ids=lambda v: str(v)[:40])
def test_each_session_prints_what_the_page_shows(
    command: str, output: str, status: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, shlex.split(command), catch_exceptions=False)
    assert result.output.rstrip("\n") == output
    assert result.exit_code == int(status)
