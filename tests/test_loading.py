"""Loading catalogues: every error path gives a located, readable message in both languages."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog import CatalogueLoadError, load_catalogue, parse_catalogue, read_catalogue
from grassroots_catalog.check.codes import CODES
from grassroots_catalog.read.limits import Limits
from grassroots_catalog.results import Location

HEAD = "id: demo\ntitle: 示例县目录\nlevel: county\nmatters:\n"
MATTER = "  - id: a\n    area: social-assistance\n    name: {level1: 最低生活保障}\n"

SCHEMA_CASES = [
    # (case, text, code, line, column)
    ("missing name", HEAD + "  - id: a\n    area: health\n    name: {}\n", "S001", 7, 5),
    ("missing title", "id: demo\nlevel: county\n", "S001", 1, 1),
    ("unknown field", HEAD + MATTER + "    chanels: [政府网站]\n", "S002", 8, 5),
    ("wrong type", HEAD + MATTER + "    time_limit: [a]\n", "S003", 8, 5),
    ("bad mode", HEAD + MATTER + "    mode: [主动, 自动]\n", "S004", 8, 16),
    ("bad id", "id: demo county\ntitle: t\nlevel: county\n", "S004", 1, 1),
    ("bad code", "id: d\ntitle: t\nlevel: county\njurisdiction: {name: 县, code: 12345}\n", "S004", 4, 25),
    ("bad level", "id: d\ntitle: t\nlevel: galaxy\n", "S004", 3, 1),
    ("duplicate id", HEAD + MATTER + MATTER, "S005", 8, 5),
    ("unknown area", HEAD + "  - id: a\n    area: social-asistance\n    name: {level1: x}\n", "S006", 6, 5),
    ("reason required", HEAD + MATTER + "    not_applicable: true\n", "S007", 8, 5),
    ("not a mapping", "- a\n- b\n", "S009", 1, 1),
    ("full-width colon in value", HEAD + "  - id: a\n    area: health\n    name: 最低生活保障\n", "S003", 7, 5),
]


@pytest.mark.parametrize(("case", "text", "code", "line", "column"), SCHEMA_CASES, ids=[c[0] for c in SCHEMA_CASES])
def test_structural_errors_are_located(case: str, text: str, code: str, line: int, column: int) -> None:
    result = parse_catalogue(text, file="c.yaml")
    assert result.catalogue is None
    codes = [(f.code, f.location) for f in result.findings if f.fatal]
    assert (code, Location(line, column)) in codes


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_renders_in_both_languages(code: str) -> None:
    from grassroots_catalog.results import Finding

    spec = CODES[code]
    placeholders = set(re.findall(r"{(\w+)}", spec.zh + spec.en + spec.fix_zh + spec.fix_en))
    finding = Finding(code, spec.severity, ctx=dict.fromkeys(placeholders, "值"))
    for lang in ("zh", "en"):
        message = finding.message(lang)
        assert (message and "{" not in message and "值" in message) or not placeholders


def test_messages_have_no_unfilled_placeholders_for_real_errors() -> None:
    for _, text, *_ in SCHEMA_CASES:
        for finding in parse_catalogue(text, file="c.yaml").findings:
            for lang in ("zh", "en"):
                assert "{" not in finding.message(lang)


def test_full_width_colon_is_explained() -> None:
    result = parse_catalogue(HEAD + "  - id: a\n    area: health\n    name: 最低：生活保障\n")
    assert any("：" in f.message("en") and f.code == "S003" for f in result.findings)


def test_load_catalogue_raises_with_all_findings(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(HEAD + MATTER + "    chanels: []\n    mode: [x]\n", encoding="utf-8")
    with pytest.raises(CatalogueLoadError) as caught:
        load_catalogue(path)
    assert {f.code for f in caught.value.findings} == {"S002", "S004"}
    assert str(path) in str(caught.value)


def test_missing_file() -> None:
    result = read_catalogue("/nonexistent/c.yaml")
    assert [f.code for f in result.findings] == ["Y013"]


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(HEAD + MATTER, encoding="utf-8")
    assert read_catalogue(path, limits=Limits(max_file_bytes=10)).findings[0].code == "Y006"


def test_matter_count_limit() -> None:
    text = HEAD + "".join(f"  - id: m{i}\n    area: health\n    name: {{level1: x}}\n" for i in range(5))
    assert parse_catalogue(text, limits=Limits(max_matters=3)).findings[0].code == "Y012"


@pytest.mark.parametrize("prefix", [codecs.BOM_UTF8, b""])
def test_utf8_with_or_without_bom(prefix: bytes) -> None:
    assert parse_catalogue(prefix + (HEAD + MATTER).encode("utf-8")).catalogue is not None


def test_utf16_with_bom_is_accepted() -> None:
    assert parse_catalogue((HEAD + MATTER).encode("utf-16")).catalogue is not None


def test_gbk_is_refused_naming_the_encoding_and_the_line() -> None:
    result = parse_catalogue("id: demo\ntitle: 示例县目录\n".encode("gbk"), file="c.yaml")
    finding = result.findings[0]
    # 示 in GBK (CA BE) happens to be a valid UTF-8 pair; the first invalid byte follows it.
    assert finding.code == "Y007" and finding.location is not None and finding.location.line == 2
    assert "GB18030" in finding.message("en") and "iconv" in finding.message("zh")


def test_utf16_without_bom_is_named() -> None:
    result = parse_catalogue((HEAD + MATTER).encode("utf-16-le"))
    assert "UTF-16" in result.findings[0].message("en")


def test_normalisations_are_reported_as_located_information() -> None:
    text = HEAD + MATTER + "    mode: [主动公开]\n    channels: [政府網站, 政府网占]\n"
    result = parse_catalogue(text, file="c.yaml")
    assert result.catalogue is not None
    found = {(f.code, f.severity.slug, f.location) for f in result.findings}
    assert ("N001", "info", Location(8, 12)) in found
    assert ("N001", "info", Location(9, 16)) in found
    assert ("N003", "warning", Location(9, 22)) in found


def test_thousands_of_problems_are_bounded() -> None:
    from grassroots_catalog.read.load import MAX_STRUCTURAL_FINDINGS

    text = "".join(f"k{i:05d}: v\n" for i in range(5_000))
    findings = parse_catalogue(text).findings
    listed = [f for f in findings if f.code != "S010"]
    assert len(listed) == MAX_STRUCTURAL_FINDINGS
    more = [f for f in findings if f.code == "S010"]
    assert len(more) == 1 and more[0].ctx["count"] > 4_000


def test_a_top_level_key_is_placed_without_re_reading_where_the_reader_would_place_it() -> None:
    from dataclasses import replace

    from grassroots_catalog.read.load import locate_in

    from .conftest import EXAMPLES

    checked = read_catalogue(EXAMPLES / "county.yaml")
    assert checked.source_map is not None or checked.text is not None
    for key in ("id", "level", "scope", "published", "matters", "revised"):
        quick = replace(checked, source_map=None)
        expected = read_catalogue(EXAMPLES / "county.yaml")
        expected_location = locate_in(expected, (key,))
        assert locate_in(quick, (key,)) == expected_location is not None, key
        assert quick.positions is None, key  # found without parsing the file again
    twice = replace(checked, text="id: a\nmatters: []\n# x\nmatters: []\n", source_map=None)
    assert locate_in(twice, ("matters",)) is None or twice.positions is not None  # ambiguous: the reader decides


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["id: x", "title: t", "title : t", "  title: nested", "# title: c", "matters:", "- a: b"]),
            st.text(st.sampled_from("ab :#-'\" \t"), max_size=8),
        ),
        max_size=12,
    ),
    st.sampled_from(["id", "title", "matters", "a", "b"]),
)
def test_a_top_level_key_is_found_by_one_scan_as_by_its_own_search(lines: list[str], key: str) -> None:
    from grassroots_catalog.read.load import _top_level_key

    text = "\n".join(lines) + "\n"
    own = [m.start() for m in re.finditer(rf"^{re.escape(key)}[ \t]*:(?:[ \t]|$)", text, re.MULTILINE)]
    expected = Location(text.count("\n", 0, own[0]) + 1, 1) if len(own) == 1 else None
    assert _top_level_key(text, key) == expected


def test_lists_of_channels_and_citations_read_through_the_caches_keep_their_errors_in_place() -> None:
    """Channels and citations are built once per process and shared; a value the model refuses is
    still reported at its own item, and a shared value is the same as one built afresh."""
    from pydantic import ValidationError

    from grassroots_catalog.model.catalogue import Matter

    row = {"id": "a.b", "area": "social-assistance", "name": {"level1": "x"}}
    for field, items in (("channels", ["政府网站", "x" * 10_001]), ("basis", ["《甲法》", "x" * 10_001])):
        with pytest.raises(ValidationError) as refused:
            Matter.model_validate({**row, field: items})
        assert [error["loc"][:2] for error in refused.value.errors()] == [(field, 1)]
    first = Matter.model_validate({**row, "channels": ["政府网站", "两微一端"], "basis": ["《甲法》第三条"]})
    again = Matter.model_validate({**row, "channels": ["政府网站", "两微一端"], "basis": ["《甲法》第三条"]})
    assert first == again and first.basis[0].article == "第三条" and str(first.channels[1]) == "两微一端"
