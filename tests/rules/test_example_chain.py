"""The planted defects of the example chain are found with the right code and line, and nothing else
is reported as an error there (catalogs/examples/README.md)."""

from __future__ import annotations

from pathlib import Path

from grassroots_catalog.check.validate import validate_file

from ..conftest import EXAMPLES
from ..test_examples import _defects

EXPECTED_CODES = {1: "M012", 2: "R19", 3: "M010", 4: "R05", 5: "R08", 6: "R11", 7: "R38"}


def test_every_planted_defect_is_found_at_its_line() -> None:
    report = validate_file(EXAMPLES / "county.yaml")
    found = {
        (f.code, f.location.line) for f in report.findings if f.file and f.file.endswith("county.yaml") and f.location
    }
    for number, _file, line, _matter in _defects():
        assert (EXPECTED_CODES[number], line) in found, number


def test_nothing_else_is_an_error() -> None:
    report = validate_file(EXAMPLES / "county.yaml")
    errors = sorted(
        (f.code, f.location.line if f.location else 0) for f in report.findings if f.severity.slug == "error"
    )
    assert errors == [("M010", 394), ("M012", 19), ("R05", 76), ("R11", 365)]


def test_the_township_inherits_the_countys_errors_and_adds_none() -> None:
    report = validate_file(EXAMPLES / "township.yaml")
    errors = {
        (f.file.rsplit("/", 1)[-1] if f.file else None, f.code) for f in report.findings if f.severity.slug == "error"
    }
    assert errors == {("county.yaml", "M012"), ("county.yaml", "M010")}


def test_guidance_tiers_of_the_chain_have_no_findings() -> None:
    for name in ("province", "city"):
        assert validate_file(EXAMPLES / f"{name}.yaml").findings == ()


def test_the_file_being_validated_is_read_once(monkeypatch: object) -> None:
    """validate reads the leaf once, and the chain reuses that reading; only the parents are read again."""
    import pytest

    from grassroots_catalog.check import validate as validation
    from grassroots_catalog.read.load import read_catalogue

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    seen: list[str] = []

    def counting(path: object, **kwargs: object) -> object:
        seen.append(str(path))
        return read_catalogue(path, **kwargs)  # type: ignore[arg-type]

    from grassroots_catalog.check import chain

    monkeypatch.setattr(validation, "read_catalogue", counting)
    monkeypatch.setattr(chain, "read_catalogue", counting)  # where the chain's parents are read
    monkeypatch.setattr(chain, "PARENTS", chain.ParentCache())  # none read yet by this process
    county = str(EXAMPLES / "county.yaml")
    validation.check_result(read_catalogue(county))
    assert county not in seen and any(p.endswith("city.yaml") for p in seen)


def test_a_gap_inherited_from_a_national_row_points_there_and_says_where_to_fix_it(tmp_path: Path) -> None:
    head = (
        "id: ref\ntitle: 测试县目录\nlevel: county\nextends: national\nform: refinement\nscope: part\n"
        "revised: 2020-11-30\npublished: {date: 2020-12-15, url: 'https://www.test.gov.cn/bzml/'}\n"
    )
    county = tmp_path / "county.yaml"
    county.write_text(head, encoding="utf-8")
    gap = next(f for f in validate_file(county).findings if f.code == "R12" and f.ctx["matter"] == MATTER)
    assert gap.file is not None and Path(gap.file).name == "affordable-housing.yaml"
    assert gap.ctx["inherited_from"] == "保障性住房领域基层政务公开标准指引"
    assert "refine:" in gap.message("en") and "refine" in gap.message("zh")
    county.write_text(
        head + f"refine:\n  - id: {MATTER}\n    time_limit: 信息形成（变更）20个工作日内\n", encoding="utf-8"
    )
    assert not [f for f in validate_file(county).findings if f.code == "R12" and f.ctx["matter"] == MATTER]


MATTER = "affordable-housing.45b4b266"  # a national row whose time limit the extract does not give
