"""Model ↔ YAML round trips, canonical formatting, and comments kept."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog import Catalogue, parse_catalogue
from grassroots_catalog.read.writer import dump_catalogue, format_text

from .strategies import catalogue_data


@given(catalogue_data())
def test_load_dump_load_is_identity(data: dict[str, Any]) -> None:
    catalogue = Catalogue.model_validate(data)
    text = dump_catalogue(catalogue)
    again = parse_catalogue(text)
    assert again.catalogue == catalogue, [f.message("en") for f in again.findings]
    assert not again.findings


@given(catalogue_data())
def test_fmt_is_idempotent_and_keeps_the_catalogue(data: dict[str, Any]) -> None:
    catalogue = Catalogue.model_validate(data)
    once = format_text(dump_catalogue(catalogue), catalogue)
    reread = parse_catalogue(once).catalogue
    assert reread == catalogue
    assert format_text(once, reread) == once


def test_fmt_keeps_comments_and_canonicalises() -> None:
    text = (
        "# header comment\n"
        "title: 示例县目录   # title comment\n"
        "id: demo\n"
        "level: 县级\n"
        "matters:\n"
        "  # the first matter\n"
        "  - name: {level1: 最低生活保障}\n"
        "    id: a  # id comment\n"
        "    area: 社会救助\n"
        "    mode: 主动公开\n"
        "    channels: [行政服务中心, 政府网站]\n"
    )
    result = parse_catalogue(text)
    assert result.catalogue is not None
    formatted = format_text(text, result.catalogue)
    for comment in ("# header comment", "# title comment", "# the first matter", "# id comment"):
        assert comment in formatted
    assert formatted.index("id: demo") < formatted.index("title:")
    assert "level: county" in formatted
    assert "area: social-assistance" in formatted
    assert "mode: [主动]" in formatted
    assert "channels: [政府网站, 政务服务中心]" in formatted
    assert parse_catalogue(formatted).catalogue == result.catalogue


def test_fmt_keeps_windows_line_endings() -> None:
    text = "id: demo\r\ntitle: t\r\nlevel: county\r\n"
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    assert format_text(text, catalogue) == text


def test_instruments_write_back_as_one_string_when_they_can() -> None:
    text = (
        "id: d\ntitle: t\nlevel: county\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"
        "    basis: [《社会救助暂行办法》第十条, 【法律】《中华人民共和国传染病防治法》]\n"
    )
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    basis = catalogue.matters[0].basis
    assert (basis[0].title, basis[0].article) == ("《社会救助暂行办法》", "第十条")
    assert basis[1].tag == "法律" and basis[1].is_statute
    assert "- 《社会救助暂行办法》第十条" in dump_catalogue(catalogue)


TOP_LEVEL_KEYS = ("id", "title", "level", "jurisdiction", "revised", "scope", "matters")


@given(catalogue_data(), st.sampled_from(["", "matters: [x]", "id: y\nmatters:\n", "scope: part"]))
def test_a_top_level_key_found_by_its_line_is_where_the_reader_puts_it(data: dict[str, Any], trap: str) -> None:
    """Placing a catalogue-wide finding without re-reading (loading._top_level_key) agrees with the reader,
    even when a multi-line note holds text that looks like a top-level key."""
    from grassroots_catalog.read.load import _top_level_key
    from grassroots_catalog.read.reader import read_yaml

    if trap and data["matters"]:
        data["matters"][0]["note"] = f"见下文\n{trap}\n完"
    text = dump_catalogue(Catalogue.model_validate(data))
    _, source_map = read_yaml(text)
    for key in TOP_LEVEL_KEYS:
        quick = _top_level_key(text, key)
        if quick is not None:
            assert key in data
            assert quick == source_map.locate((key,))
