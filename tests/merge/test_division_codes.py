"""Division codes: their length fits the catalogue's level, and a child's code lies within its parent's."""

from __future__ import annotations

from pathlib import Path

import pytest

from grassroots_catalog import parse_catalogue
from grassroots_catalog.check.chain import resolve_chain


def text(level: str, code: str, extends: str = "national") -> str:
    return (
        f"id: {level}-x\ntitle: t\nlevel: {level}\njurisdiction: {{name: 某地, code: '{code}'}}\n"
        f"extends: {extends}\nform: refinement\n"
    )


@pytest.mark.parametrize(
    ("level", "code", "fits"),
    [
        ("township", "990121", False),  # a county's code in a township's catalogue
        ("township", "990121100", True),
        ("township", "990121100000", True),
        ("county", "990121", True),
        ("county", "990121100", False),
        ("municipal", "990100", True),
        ("provincial", "990000", True),
        ("provincial", "990000000", False),
    ],
)
def test_the_length_of_a_division_code_fits_the_level(level: str, code: str, fits: bool) -> None:
    result = parse_catalogue(text(level, code))
    wrong = [f for f in result.findings if f.ctx.get("reason") == "code-level"]
    assert (not wrong) is fits
    if not fits:
        (finding,) = wrong
        assert finding.code == "S004" and finding.location is not None and finding.location.line == 4
        assert finding.ctx["value"] == code


def chain_findings(tmp_path: Path, parent: tuple[str, str], child: tuple[str, str]) -> list[tuple[str, int]]:
    (tmp_path / "parent.yaml").write_text(text(*parent), encoding="utf-8")
    (tmp_path / "child.yaml").write_text(text(*child, extends="./parent.yaml"), encoding="utf-8")
    return [
        (f.code, f.location.line if f.location else 0)
        for f in resolve_chain(tmp_path / "child.yaml").findings
        if f.code == "M016"
    ]


@pytest.mark.parametrize(
    ("parent", "child", "inside"),
    [
        (("county", "990121"), ("township", "990121100"), True),
        (("county", "990121"), ("township", "990122100"), False),  # another county's township
        (("county", "990121"), ("township", "990121100000"), True),
        (("municipal", "990100"), ("county", "990121"), True),
        (("municipal", "990100"), ("county", "990221"), False),
        (("provincial", "990000"), ("county", "990121"), True),
        (("provincial", "990000"), ("municipal", "980100"), False),
    ],
)
def test_a_childs_code_starts_with_its_parents(
    tmp_path: Path, parent: tuple[str, str], child: tuple[str, str], inside: bool
) -> None:
    assert chain_findings(tmp_path, parent, child) == ([] if inside else [("M016", 4)])


def test_the_example_chain_is_consistent() -> None:
    from ..conftest import EXAMPLES

    assert [f.code for f in resolve_chain(EXAMPLES / "township.yaml").findings] == []
