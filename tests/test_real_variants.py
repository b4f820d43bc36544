"""The real-variants corpus (tests/cases/real-variants/): local tables that copy real national rows the ways
published tables write them. Faithful copies give no error and no warning; every planted weakening is found,
with its code, at its row, and nothing else is reported at error or warning (see the corpus's README.md)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType
from typing import Any

import pytest
import yaml

from grassroots_catalog.check.validate import validate
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.results import FileReport, Finding, Severity

from .conftest import ROOT

CASES = ROOT / "tests" / "cases" / "real-variants"
EXPECTED: dict[str, Any] = yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))
FILES: dict[str, dict[str, Any]] = EXPECTED["files"]


@cache
def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_cases", CASES / "make_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_cases", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@cache
def report(name: str) -> FileReport:
    (only,) = validate([CASES / name], config=None)
    return only


def _line(finding: Finding) -> int | None:
    return finding.location.line if finding.location else None


def _names(finding: Finding, national: str) -> bool:
    return any(national == value or (isinstance(value, str) and national in value) for value in finding.ctx.values())


def _matches(finding: Finding, expected: dict[str, Any]) -> bool:
    """The finding is the expected one: same code and severity, at the row (by its lines) or, for a row the file
    leaves out, naming the national row."""
    if finding.code != expected["code"] or finding.severity is not Severity.parse(expected["severity"]):
        return False
    if "row" not in expected:  # a dropped national row: reported at matters:, naming it
        return _names(finding, expected["national"])
    first, last = expected["lines"]
    line = _line(finding)
    return line is not None and first <= line <= last


def _shown(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.severity.slug} {f.code} line {_line(f)}: {f.message('en')}" for f in findings)


def test_the_committed_files_are_what_the_generator_writes() -> None:
    built: dict[str, str] = _generator().build()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in CASES.iterdir() if p.suffix in (".yaml", ".md")}
    assert built == on_disk, "run: python tests/cases/real-variants/make_cases.py"


def test_the_readme_documents_every_file_and_every_planted_weakening() -> None:
    readme = (CASES / "README.md").read_text(encoding="utf-8")
    for name, expected in FILES.items():
        assert f"`{name}`" in readme, name
        for finding in expected["findings"]:
            where = f"`{name}:{finding['lines'][0]}`"
            assert where in readme and finding["code"] in readme, (name, finding)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_row_copies_a_real_national_row(name: str) -> None:
    """The national data is partial: the corpus varies real rows, it never invents one."""
    for row in FILES[name]["rows"]:
        national = row["national"]
        area = national.split(".", 1)[0]
        assert national_catalogue(area).matter(national) is not None, national
    assert 10 <= len(FILES[name]["rows"]) <= 40


_WEAKENED_FIELD = {
    "weakened-content": "content",
    "weakened-basis": "basis",
    "weakened-mode": "mode",
    "weakened-audience": "audience",
    "weakened-time-limit": "time_limit",
    "dropped-box": "channels",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_row_is_what_its_variant_says(name: str) -> None:
    """An unchanged row keeps the national names and cells; a planted weakening really changes its cell."""
    written = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))["matters"]
    for row in FILES[name]["rows"]:
        mine = written[row["row"]]
        national = _generator().NATIONAL_ROWS[row["national"]]
        variant = row["variant"]
        if variant in ("faithful", "localised", "national-id", "no-id") or variant.startswith("generic-"):
            names = {k: v for k, v in national["name"].items() if v is not None}
            assert mine["name"] == names, row
            for cell in ("content", "basis", "mode", "audience"):
                assert not national.get(cell) or mine[cell] == national[cell], (row, cell)
        elif variant in _WEAKENED_FIELD:
            cell = _WEAKENED_FIELD[variant]
            assert national.get(cell) and mine[cell] != national[cell], (row, cell)
        elif variant.startswith("blank-"):
            cell = variant.removeprefix("blank-")
            assert national.get(cell) and not mine.get(cell), (row, cell)


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_file_is_read_as_a_catalogue(name: str) -> None:
    found = report(name)
    fatal = [f for f in found.findings if f.fatal or (f.code.startswith("S") and f.severity >= Severity.WARNING)]
    assert found.readable and not fatal, _shown(fatal)


_EXPECTED_FINDINGS = [
    pytest.param(name, expected, id=f"{name}:{expected['lines'][0]}:{expected['code']}")
    for name, per_file in sorted(FILES.items())
    for expected in per_file["findings"]
]


@pytest.mark.parametrize(("name", "expected"), _EXPECTED_FINDINGS)
def test_each_planted_finding_is_found_at_its_row(name: str, expected: dict[str, Any]) -> None:
    found = report(name)
    assert any(_matches(f, expected) for f in found.findings), (
        f"expected {expected['severity']} {expected['code']} for {expected['name']} "
        f"({expected['why']}); found:\n{_shown(list(found.findings))}"
    )


@pytest.mark.parametrize("name", sorted(FILES))
def test_nothing_else_is_an_error_or_a_warning(name: str) -> None:
    """Faithful rows give info at most; a planted weakening gives its own findings and no other."""
    expected = FILES[name]["findings"]
    unexpected = [
        f for f in report(name).findings if f.severity >= Severity.WARNING and not any(_matches(f, e) for e in expected)
    ]
    assert not unexpected, f"{len(unexpected)} unexpected:\n{_shown(unexpected)}"


_OMITTED = [
    pytest.param(name, omitted, id=f"{name}:{omitted['national']}")
    for name, per_file in sorted(FILES.items())
    for omitted in per_file["omitted"]
]


@pytest.mark.parametrize(("name", "omitted"), _OMITTED)
def test_a_row_left_out_on_purpose_gives_at_most_what_it_may(name: str, omitted: dict[str, Any]) -> None:
    """A township is not asked for county-only rows; a row whose national level is unknown gives info at most."""
    about = [f for f in report(name).findings if _names(f, omitted["national"])]
    if omitted["at_most"] == "nothing":
        assert not about, _shown(about)
    else:
        ceiling = Severity.parse(omitted["at_most"])
        too_high = [f for f in about if f.severity > ceiling]
        assert not too_high, _shown(too_high)
