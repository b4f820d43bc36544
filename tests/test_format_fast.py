"""``gcat fmt`` without ruamel.yaml for texts that carry nothing but their data: the same text as before.

:func:`~grassroots_catalog.read.writer.ruamel_format_text` (ruamel.yaml's round trip, what ``fmt`` always
did) is the reference; :func:`~grassroots_catalog.read.writer.format_text` must give its text for every
bundled file and for generated files in any style, with comments or without.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grassroots_catalog import Catalogue, parse_catalogue
from grassroots_catalog.read import writer
from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.read.writer import dump_catalogue, format_text, ruamel_format_text

from .strategies import catalogue_data

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "catalogs").rglob("*.yaml")) + sorted((ROOT / "tests" / "cases").rglob("*.yaml"))


def _readable() -> list[Path]:
    return [path for path in BUNDLED if read_catalogue(path).catalogue is not None]


@pytest.mark.parametrize("path", _readable(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bundled_file_is_formatted_as_the_round_trip_formats_it(path: Path) -> None:
    result = read_catalogue(path)
    assert result.catalogue is not None and result.text is not None
    for text in (result.text, _uncommented(result.text)):
        reread = parse_catalogue(text).catalogue
        if reread is not None:
            assert format_text(text, reread) == ruamel_format_text(text, reread)


def _uncommented(text: str) -> str:
    """The text without its comment lines and blank lines, so that the fast path is tried on it too."""
    return "".join(
        line for line in text.splitlines(keepends=True) if line.strip() and not line.lstrip().startswith("#")
    )


def _styled(data: dict[str, Any], seed: int, *, comments: bool) -> str:
    """The data written in some non-canonical style: keys shuffled, flow or block, PyYAML's quoting."""
    chance = random.Random(seed)

    def shuffle(value: Any) -> Any:
        if isinstance(value, dict):
            items = list(value.items())
            chance.shuffle(items)
            return {k: shuffle(v) for k, v in items}
        if isinstance(value, list):
            return [shuffle(v) for v in value]
        return value

    text = yaml.safe_dump(
        shuffle(data),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=chance.choice([False, None]),
        width=chance.choice([40, 80, 4096]),
        indent=chance.choice([2, 4]),
    )
    if chance.random() < 0.3:
        text = text.replace("\n", "\r\n")
    if comments:
        lines = text.splitlines(keepends=True)
        at = chance.randrange(len(lines) + 1)
        lines.insert(at, "# 注释\n" if chance.random() < 0.5 else "\n")
        text = "".join(lines)
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=5), st.integers(0, 2**32), st.booleans())
def test_a_generated_file_in_any_style_is_formatted_as_the_round_trip_formats_it(
    data: dict[str, Any], seed: int, comments: bool
) -> None:
    canonical = writer.canonical_data(Catalogue.model_validate(data), exclude_unset=False)
    text = _styled(canonical, seed, comments=comments)
    result = parse_catalogue(text)
    if result.catalogue is None:
        return
    formatted = format_text(text, result.catalogue)
    assert formatted == ruamel_format_text(text, result.catalogue)
    if "# 注释" in text:
        assert "# 注释" in formatted


def test_the_fast_path_is_taken_for_a_text_without_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = Catalogue.model_validate({"id": "d", "title": "t", "level": "county"})
    called: list[str] = []

    def slow(text: str, _: Catalogue) -> str:
        called.append(text)
        return text

    monkeypatch.setattr(writer, "ruamel_format_text", slow)
    plain = "level: county\ntitle: t\nid: d\n"
    assert format_text(plain, catalogue) == dump_catalogue(catalogue) == "id: d\ntitle: t\nlevel: county\n"
    assert not called
    for carried in ("# c\n" + plain, plain + "\n", "---\n" + plain, plain.replace("title: t", "title: |\n  t")):
        format_text(carried, catalogue)
    assert len(called) == 4


_COMMENT_TEXT = st.text(st.sampled_from(list("表!A1 #:'\"-社会")), min_size=1, max_size=12).map(
    lambda t: "# " + t.strip()
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=5), st.integers(0, 2**32), st.lists(_COMMENT_TEXT, min_size=5, max_size=5))
def test_a_file_with_a_comment_after_each_id_is_formatted_as_the_round_trip_formats_it(
    data: dict[str, Any], seed: int, notes: list[str]
) -> None:
    """What ``gcat import`` writes (a cell comment after each row's id), then edited: other spellings,
    blocks for one-line lists, more spaces before a comment, a comment of another kind."""
    chance = random.Random(seed)
    canonical = writer.canonical_data(Catalogue.model_validate(data), exclude_unset=False)
    rows = canonical.get("matters", [])
    comments: dict[Any, str] = {("matters", i, "id"): notes[i] for i in range(len(rows)) if chance.random() < 0.8}
    gaps = {path: chance.choice([1, 2, 3]) for path in comments}
    text = writer.canonical_text(canonical, eol_comments=comments, eol_gaps=gaps)
    if chance.random() < 0.5:
        text = text.replace("level: county", "level: 县级").replace("mode: [主动]", "mode: [主动公开]")
    if chance.random() < 0.3:
        text = text.replace("    name: {level1: ", "    name:\n      level1: ").replace("}\n    ", "\n    ", 1)
    if chance.random() < 0.2:
        text = text.replace("\nmatters:\n", "\n# 事项\nmatters:\n")
    result = parse_catalogue(text)
    if result.catalogue is None:
        return
    formatted = format_text(text, result.catalogue)
    assert formatted == ruamel_format_text(text, result.catalogue)
    for note in comments.values():
        assert note in formatted


@pytest.fixture
def round_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ``format_text`` hands to ruamel.yaml's round trip (which still formats them)."""
    called: list[str] = []

    def slow(text: str, catalogue: Catalogue) -> str:
        called.append(text)
        return ruamel_format_text(text, catalogue)

    monkeypatch.setattr(writer, "ruamel_format_text", slow)
    return called


def test_the_fast_path_keeps_cell_comments_after_ids(round_trips: list[str]) -> None:
    called = round_trips
    text = (
        "id: d\ntitle: t\nlevel: 县级\nmatters:\n  - id: a.b   # 表!A5\n    area: health\n    name: {level1: x}\n"
        "  - id: a.c  # 表!A6\n    area: health\n    name: {level1: y}\n"
    )
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    formatted = format_text(text, catalogue)
    assert formatted == text.replace("level: 县级", "level: county")
    assert not called
    for other in ("# 开头\n" + text, text.replace("name: {level1: y}", "name: {level1: y}  # 名称")):
        # Other comments are carried to the canonical text by their nodes, still as the round trip has them.
        assert format_text(other, catalogue) == ruamel_format_text(other, catalogue)
    assert not called


_NOTE = st.sampled_from(["# 注释", "#紧贴", "# note: 表!A5", "# '引号' \"双\" - 破折", "#", "# 社会 # 再"])


@st.composite
def _annotated(draw: st.DrawFn, canonical: str) -> str:
    """``canonical`` annotated by hand: comment lines at any indentation and blank lines between any
    two lines (and at the end), comments after any line, as a clerk adds them to a formatted file."""
    lines = canonical.split("\n")[:-1]
    out = [*draw(st.lists(_NOTE, max_size=2))]  # a comment block at the top; never a blank first line
    for index, line in enumerate(lines):
        if index and draw(st.integers(0, 5)) == 0:
            out += draw(
                st.lists(
                    st.one_of(st.just(""), st.tuples(st.integers(0, 8), _NOTE).map(lambda n: " " * n[0] + n[1])),
                    min_size=1,
                    max_size=3,
                )
            )
        # Not after an empty flow collection: there the round trip drops the collection (``sources: []
        # # x`` comes back as ``sources:    # x``, null), a defect of ruamel.yaml the fast path avoids.
        if draw(st.integers(0, 6)) == 0 and not line.endswith(("[]", "{}")):
            line += " " * draw(st.integers(1, 4)) + draw(_NOTE)
        out.append(line)
    out += draw(st.lists(st.sampled_from(["", "# 末尾"]), max_size=2))
    return "\n".join(out) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=3), st.data())
def test_a_formatted_file_annotated_by_hand_is_already_formatted_as_the_round_trip_says(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    """A formatted file with comments and blank lines added is given back as it is, without the round
    trip: what ruamel.yaml's round trip gives for it too."""
    canonical = writer.canonical_text(writer.canonical_data(Catalogue.model_validate(data), exclude_unset=False))
    text = draw.draw(_annotated(canonical))
    result = parse_catalogue(text)
    assert result.catalogue is not None
    assert ruamel_format_text(text, result.catalogue) == text
    assert writer._commented_canonical(text, writer.canonical_text(writer.canonical_data(result.catalogue)))


def test_an_annotated_file_that_needs_formatting_has_its_comments_carried_or_takes_the_round_trip(
    round_trips: list[str],
) -> None:
    """A file that needs rewriting has its comments carried to the canonical text by their nodes
    (read/comments.py) where that gives the round trip's text; the round trip formats the rest."""
    called = round_trips
    text = "id: d\ntitle: t\n\n# 层级\nlevel: county  # 县级\n"
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    assert format_text(text, catalogue) == text and not called
    quoted = text.replace("title: t", "title: 't'")  # the title is rewritten; the commented lines are not
    reread = parse_catalogue(quoted).catalogue
    assert reread is not None
    assert format_text(quoted, reread) == ruamel_format_text(quoted, reread) == text and not called
    for other in (
        "\n" + text,  # a blank first line
        text.replace("county  #", "县级  #"),  # a commented line that the canonical form rewrites
        text.replace("\n", "\r\n"),
        text.replace("\n\n", "\n  \n"),  # a line of spaces
    ):
        reread = parse_catalogue(other).catalogue
        assert reread is not None
        format_text(other, reread)
    assert len(called) == 4


_RESTYLED = {
    "level: county": "level: 县级",
    "mode: [主动]": "mode: [主动公开]",
    "audience: [全社会]": "audience: [社会公众]",
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=4), st.data())
def test_an_annotated_file_in_older_spellings_is_formatted_as_the_round_trip_formats_it(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    """Comment lines, blank lines and end-of-line comments anywhere in a file whose values need
    rewriting: carried by their nodes or handed to the round trip, the text is the round trip's."""
    canonical = writer.canonical_text(writer.canonical_data(Catalogue.model_validate(data), exclude_unset=False))
    text = draw.draw(_annotated(canonical))
    for old, new in _RESTYLED.items():
        text = text.replace(old, new)
    result = parse_catalogue(text)
    assert result.catalogue is not None
    assert format_text(text, result.catalogue) == ruamel_format_text(text, result.catalogue)


def test_a_restyled_file_annotated_by_hand_keeps_its_comments_without_the_round_trip(
    round_trips: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's case (fmt_speed.py): a comment line and a blank line before every matter, a
    comment after every time limit, in a file written in another style: the round trip's text,
    without the round trip, with the accelerator or without it."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from fmt_speed import by_hand, restyled
        from validate_speed import catalogue_text
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    draft = parse_catalogue(catalogue_text(30)).catalogue
    assert draft is not None
    text = by_hand(restyled(dump_catalogue(draft)))
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    formatted = format_text(text, catalogue)
    assert not round_trips and formatted.count("# 本行来自县表") == 30
    monkeypatch.setenv("GCAT_NO_ACCELERATOR", "1")
    assert format_text(text, catalogue) == formatted
    assert not round_trips
    assert formatted == ruamel_format_text(text, catalogue)


_HEAD = "# 头注\nid: c\ntitle: t\nlevel: 县级\nform: table\nextends: national\nscope: part\nmatters:\n"


@pytest.mark.parametrize(
    "matter",
    [
        # A quote at the start of a value's next line is plain text, and the "#" after it a comment.
        "  - id: x.m1\n    area: employment\n    name: {level1: 甲, level2: 乙}\n    subject: 一二\n      'x # 备注'\n",
        # Inside a one-line mapping spread over two lines, a quote after " - " is plain text too.
        "  - id: x.m1\n    area: employment\n    name: {level1: 甲 - 'x # 备注'\n      , level2: 乙'}\n",
        "  - id: x.m1\n    area: employment\n    name: {level1: 甲}\n    channels: [政府网站 - 'x # y'\n      , 两微一端']\n",
    ],
)
def test_a_comment_behind_a_quote_in_plain_text_is_kept_as_the_round_trip_keeps_it(matter: str) -> None:
    text = _HEAD + matter
    catalogue = parse_catalogue(text).catalogue
    assert catalogue is not None
    formatted = format_text(text, catalogue)
    assert formatted == ruamel_format_text(text, catalogue)
    assert formatted.count("#") == text.count("#")
