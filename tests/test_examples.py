"""The example chain: it loads, it is the jurisdiction it claims to be, and its planted defects are real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grassroots_catalog import Catalogue, read_catalogue
from grassroots_catalog.domain.vocabularies import Channel, DisclosureLevel, Mode
from grassroots_catalog.read.national import national_catalogue

from .conftest import EXAMPLES

CHAIN = ["province", "city", "county", "township"]


def load(name: str) -> Catalogue:
    result = read_catalogue(EXAMPLES / f"{name}.yaml")
    assert result.catalogue is not None, [f.message("en") for f in result.findings]
    return result.catalogue


@pytest.mark.parametrize("name", CHAIN)
def test_chain_loads_without_findings(name: str) -> None:
    result = read_catalogue(EXAMPLES / f"{name}.yaml")
    assert result.catalogue is not None
    assert result.findings == ()


def test_chain_links_and_levels() -> None:
    catalogues = {name: load(name) for name in CHAIN}
    assert catalogues["province"].extends == "national"
    for child, parent in zip(CHAIN[1:], CHAIN, strict=False):
        extends = catalogues[child].extends
        assert extends is not None and (EXAMPLES / extends).resolve() == (EXAMPLES / f"{parent}.yaml").resolve()
        assert catalogues[child].level.rank > catalogues[parent].level.rank
    codes = [c.jurisdiction.code for c in catalogues.values() if c.jurisdiction]
    assert codes == ["990000", "990100", "990121", "990121100"]
    assert catalogues["province"].form == catalogues["city"].form == "refinement"
    assert catalogues["county"].form == catalogues["township"].form == "table"


def test_county_covers_six_areas_and_localises() -> None:
    county = load("county")
    assert len(county.areas_used()) >= 6
    generic = [m.id for m in county.matters if m.subject and m.subject.startswith(("县级", "公安机关", "司法行政部门"))]
    assert generic == ["elderly-care.a59be785"]  # the one planted on purpose
    local = [m for m in county.matters if m.id.split(".", 1)[1].startswith("local-")]
    assert any(any("示例省" in i.title for i in m.basis) for m in local), "a local matter with a local legal basis"


def test_township_pushes_down_marks_not_applicable_and_leaves_an_area() -> None:
    township = load("township")
    assert any(DisclosureLevel.VILLAGE in m.level for m in township.matters)
    not_applicable = [m for m in township.matters if m.not_applicable]
    assert not_applicable and all(m.not_applicable.strip() for m in not_applicable)
    assert [e.area for e in township.not_applicable_areas] == ["public-resource-trading"]
    assert "public-resource-trading" not in township.areas_used()
    assert all(DisclosureLevel.TOWNSHIP in m.level for m in township.matters if m.is_applicable)


def _defects() -> list[tuple[int, str, int, str]]:
    """(number, file, line, matter id) for each row of the README's defect table."""
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d) \| [^|]+ \| `(\w+\.yaml):(\d+)` \| `([\w.-]+)`", text, re.MULTILINE)
    return [(int(n), f, int(line), matter) for n, f, line, matter in rows]


def test_readme_lists_seven_defects() -> None:
    assert [d[0] for d in _defects()] == [1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize(("number", "file", "line", "matter"), _defects())
def test_each_listed_line_points_at_its_defect(number: int, file: str, line: int, matter: str) -> None:
    result = read_catalogue(EXAMPLES / file)
    lines = (EXAMPLES / file).read_text(encoding="utf-8").splitlines()
    county = result.catalogue
    assert county is not None
    if number == 1:  # dropped: absent from the county, present nationally
        assert lines[line - 1] == "matters:"
        assert county.matter(matter) is None
        assert national_catalogue("household-registration").matter(matter) is not None
        return
    index = next(i for i, m in enumerate(county.matters) if m.id == matter)
    block_start = next(i for i, text in enumerate(lines) if text == f"  - id: {matter}")
    field_line = {2: "time_limit", 3: "mode", 4: "channels", 5: "subject"}.get(number)
    if field_line is None:
        assert line == block_start + 1
    else:
        assert lines[line - 1].strip().startswith(field_line + ":")
        assert block_start < line - 1 < block_start + 25
    found = county.matters[index]
    national = national_catalogue(found.area).matter(matter)
    if number == 2:
        assert found.time_limit is not None and found.time_limit.working_days == 30
        assert not any(i.is_statute for i in found.basis)
    elif number == 3:
        assert national is not None and national.mode == (Mode.PROACTIVE,) and found.mode == (Mode.ON_REQUEST,)
    elif number == 4:
        assert Channel.WEBSITE not in {c.box for c in found.channels} and Mode.PROACTIVE in found.mode
        assert national is not None and Channel.WEBSITE in {c.box for c in national.channels}
    elif number == 5:
        assert found.subject == "县级人民政府民政部门"
    elif number == 6:
        assert found.basis == ()
    elif number == 7:
        twins = [m for m in county.matters if m.key == found.key]
        assert len(twins) == 2


def test_readme_first_command_file_is_the_county(example_county: Path) -> None:
    assert example_county == EXAMPLES / "county.yaml"
    assert "gcat validate catalogs/examples/county.yaml" in (EXAMPLES.parent.parent / "README.md").read_text(
        encoding="utf-8"
    )
