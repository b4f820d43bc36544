"""Findings of a refinement given by a relative path: named as given, never "inherited" from itself,
and set aside by a reasoned ignore comment inside a ``refine:`` entry."""

from __future__ import annotations

import pytest

from grassroots_catalog.check.validate import validate

from ..conftest import ROOT

GOLDEN = ROOT / "tests" / "reports" / "golden"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_findings_name_the_file_as_given_and_own_values_are_not_inherited() -> None:
    given = str((GOLDEN / "county.yaml").relative_to(ROOT))
    (report,) = validate([given])
    own = [f for f in report.findings if f.file == given]
    assert {f.code for f in own} >= {"M010", "R05", "R11"}
    assert all(f.file == given for f in report.findings)  # the parent is clean: nothing points elsewhere
    assert not [f for f in report.findings if "inherited_from" in f.ctx]


def test_an_ignore_comment_in_a_refine_entry_sets_its_finding_aside() -> None:
    (report,) = validate([str((GOLDEN / "county.yaml").relative_to(ROOT))])
    assert [(s.finding.code, s.finding.ctx.get("matter"), s.source) for s in report.suppressed] == [
        ("R19", "sa.policy", "inline")
    ]
    assert "R19" not in {f.code for f in report.findings}
