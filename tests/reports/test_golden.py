"""Golden files: each renderer's output for one small catalogue, compared byte for byte.

A renderer that changes shows up here as a diff to review. After a deliberate change, rewrite the
files with ``pytest tests/reports/test_golden.py --update-golden`` and commit them with the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.check.validate import FileReport, validate
from grassroots_catalog.report import FORMATS, render
from grassroots_catalog.report.gap import build, render_html, render_markdown
from grassroots_catalog.report.provenance import explain_table, provenance_json, yaml_with_provenance

from ..conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
CATALOGUE = GOLDEN / "county.yaml"
SUFFIX = {
    "text": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "xml",
    "markdown": "md",
    "github": "txt",
    "jsonl": "jsonl",
}


@pytest.fixture(autouse=True)
def _from_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in the outputs are shown relative to the working directory


@pytest.fixture(scope="module")
def reports() -> list[FileReport]:
    return validate([CATALOGUE.relative_to(ROOT)])


def _compare(name: str, produce: Callable[[], str], request: pytest.FixtureRequest) -> None:
    expected_file = GOLDEN / name
    actual = produce()
    if request.config.getoption("--update-golden"):
        expected_file.write_text(actual, encoding="utf-8")
    assert expected_file.is_file(), f"no golden file {name}: run pytest with --update-golden and review it"
    assert actual == expected_file.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", FORMATS)
def test_finding_renderers_match_their_golden_files(
    name: str, lang: str, reports: list[FileReport], request: pytest.FixtureRequest
) -> None:
    _compare(
        f"findings.{lang}.{SUFFIX[name]}" if name != "github" else f"findings.{lang}.github.txt",
        lambda: render(name, reports, lang=lang),
        request,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_merge_and_explain_outputs_match_their_golden_files(lang: str, request: pytest.FixtureRequest) -> None:
    _, effective = resolve_file(CATALOGUE.relative_to(ROOT))
    assert effective is not None
    _compare(f"explain.{lang}.txt", lambda: explain_table(effective, "sa.guide", "mode", lang), request)
    _compare(f"provenance.{lang}.json", lambda: provenance_json(effective, lang=lang), request)
    if lang == "zh":
        _compare("merged.yaml", lambda: yaml_with_provenance(effective), request)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gap_report_matches_its_golden_files(
    lang: str, reports: list[FileReport], request: pytest.FixtureRequest
) -> None:
    gap = build(reports, dt.date(2020, 12, 31))
    _compare(f"gap.{lang}.md", lambda: render_markdown(gap, lang), request)
    _compare(f"gap.{lang}.html", lambda: render_html(gap, lang), request)


def test_the_golden_catalogue_raises_every_severity_and_a_suppression(reports: list[FileReport]) -> None:
    (report,) = reports
    assert {f.severity.slug for f in report.findings} == {"error", "warning", "info"}
    assert [s.finding.code for s in report.suppressed] == ["R19"]
