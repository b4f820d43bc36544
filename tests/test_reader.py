"""The checked YAML reader: hostile input refused with a position, YAML 1.2 scalars, positions recorded."""

from __future__ import annotations

import re
import time

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from grassroots_catalog.errors import InputRejected
from grassroots_catalog.read.limits import Limits
from grassroots_catalog.read.reader import read_yaml, resolve_plain
from grassroots_catalog.results import Location

HOSTILE = [
    # (case, text, code, line, column)
    ("duplicate key", "a: 1\nb: 2\na: 3\n", "Y002", 3, 1),
    ("python tag", "a: !!python/object/apply:os.system [ls]\n", "Y003", 1, 4),
    ("local tag", "a: !include other.yaml\n", "Y003", 1, 4),
    ("tag directive", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", "Y010", 1, 1),
    ("yaml 1.1 directive", "%YAML 1.1\n---\na: 010\n", "Y010", 1, 1),
    ("anchor", "a: &x [1, 2]\n", "Y004", 1, 4),
    ("alias", "a: 1\nb: *x\n", "Y004", 2, 4),
    ("merge key", "base: &b {x: 1}\nc:\n  <<: *b\n", "Y004", 1, 7),
    ("deep flow nesting", "a: " + "[" * 300 + "]" * 300 + "\n", "Y005", 1, 23),
    ("deep block nesting", "".join("  " * i + f"k{i}:\n" for i in range(30)) + "  " * 30 + "v\n", "Y005", 21, 41),
    ("two documents", "a: 1\n---\nb: 2\n", "Y011", 2, 1),
    ("empty", "", "Y011", None, None),
    ("only a comment", "# nothing\n", "Y011", None, None),
    ("NEL inside flow list", "channels: [政务\x85微博]\n", "Y008", 1, 14),
    ("NUL", "a: b\x00c\n", "Y008", 1, 5),
    ("ideographic space indent", "a:\n  \u3000b: 1\n", "Y014", 2, 3),
    ("complex key", "? [a, b]\n: 1\n", "Y015", 1, 3),
    ("syntax", "a: b: c\n", "Y001", 1, 5),
    ("bad indentation", "a:\n  - x\n y: 1\n", "Y001", 3, 2),
]


@pytest.mark.parametrize(("case", "text", "code", "line", "column"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_is_refused_with_its_position(
    case: str, text: str, code: str, line: int | None, column: int | None
) -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml(text, file="x.yaml")
    finding = caught.value.finding
    assert finding.code == code
    assert finding.fatal
    expected = Location(line, column) if line is not None and column is not None else None
    assert finding.location == expected
    assert "{" not in finding.message("zh") and "{" not in finding.message("en")


def test_value_length_limit() -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml("a: " + "字" * 50 + "\n", limits=Limits(max_value_chars=10))
    assert caught.value.finding.code == "Y009"


def test_alias_bomb_is_refused_fast() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    start = time.perf_counter()
    with pytest.raises(InputRejected) as caught:
        read_yaml("\n".join(lines) + "\n")
    assert caught.value.finding.code == "Y004"
    assert time.perf_counter() - start < 1.0


def test_full_width_colon_gets_a_hint() -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml("id: x\nmatters:\n  - id: a\n    name：最低\n  x: 1\n")
    assert "：" in caught.value.finding.message("en")


def test_scalars_follow_yaml_1_2() -> None:
    data, _ = read_yaml("a: off\nb: yes\nc: 010\nd: 0o17\ne: 0x1F\nf: 2020-12-31\ng: ~\nh: 'true'\ni: true\nj: 1.5\n")
    assert data == {
        "a": "off",
        "b": "yes",
        "c": 10,
        "d": 15,
        "e": 31,
        "f": "2020-12-31",
        "g": None,
        "h": "true",
        "i": True,
        "j": 1.5,
    }


def test_positions_of_keys_and_items() -> None:
    text = "id: x\nmatters:\n  - id: a\n    channels: [政府网站, 两微一端]\n  - id: b\n"
    _, source = read_yaml(text)
    assert source.locate(("matters", 0, "channels", 1)) == Location(4, 22)  # columns count characters, not bytes
    assert source.locate(("matters", 1)) == Location(5, 5)
    assert source.locate(("matters", 1, "missing")) == Location(5, 5)
    assert source.locate(("id",)) == Location(1, 1)


_plain_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
_documents = st.recursive(
    st.one_of(_plain_text, st.integers(), st.booleans(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(_plain_text, children, max_size=4)),
    max_leaves=20,
)


def _text_in_both_yaml_versions(node: object) -> bool:
    """PyYAML writes YAML 1.1, which leaves some text unquoted (0E0) that YAML 1.2 reads as a number."""
    if isinstance(node, str):
        return isinstance(resolve_plain(node), str) if node else True
    if isinstance(node, list):
        return all(_text_in_both_yaml_versions(v) for v in node)
    if isinstance(node, dict):
        return all(_text_in_both_yaml_versions(k) and _text_in_both_yaml_versions(v) for k, v in node.items())
    return True


@given(_documents)
def test_reads_what_a_standard_dumper_writes(document: object) -> None:
    assume(_text_in_both_yaml_versions(document))
    text = yaml.safe_dump({"root": document}, allow_unicode=True)
    try:
        data, _ = read_yaml(text)
    except InputRejected as rejected:  # only the characters we refuse on purpose may stop it
        assert rejected.finding.code in {"Y008", "Y014", "Y009"}
        return
    assert data == {"root": document}


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    try:
        read_yaml(text)
    except InputRejected as rejected:
        assert rejected.finding.code.startswith("Y")


# Where a message points: where the cause is, not where the parser gave up.
POINTED = [
    # (case, text, code, reason, line, column)
    ("unclosed double quote", 'id: x\ntitle: "abc\nlevel: county\nmatters: []\n', "Y001", "unclosed-quote", 2, 8),
    ("unclosed single quote", "id: x\ntitle: t\nnote: 'it is\n\n\nlevel: county\n", "Y001", "unclosed-quote", 3, 7),
    (
        "unclosed bracket",
        "id: x\nmatters: [\n  {id: a,\n  area: health}\n\n\nfoo: 1\n",
        "Y001",
        "unclosed-bracket",
        2,
        10,
    ),
    ("unclosed brace", "id: x\njurisdiction: {name: 示例县\nlevel: county\n", "Y001", "unclosed-bracket", 2, 15),
    ("escaped zero-width space", 'id: x\ntitle: "示\\u200b例"\n', "Y008", "escaped", 2, 8),
    ("escaped NUL", 'id: x\nextends: "./a\\0b.yaml"\n', "Y008", "escaped", 2, 10),
    ("only null", "~\n", "Y011", "null", 1, 1),
    ("only null after a comment", "# a catalogue\nnull\n", "Y011", "null", 2, 1),
    (
        "full-width colons throughout",
        "id: x\ntitle：示例县目录\nlevel：county\nrevised：2020-12-01\nmatters：\n  - id：a\n    area：health\n",
        "Y001",
        "full-width-colon",
        2,
        6,
    ),
]


def test_a_channel_written_with_a_full_width_colon_is_no_hint_for_an_error_far_below() -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml("channels:\n  - 其他：村公示栏\nid: x\ntitle: a\n  b: c\n")
    finding = caught.value.finding
    assert (finding.location, finding.ctx.get("reason")) == (Location(5, 4), None)


@pytest.mark.parametrize(("case", "text", "code", "reason", "line", "column"), POINTED, ids=[p[0] for p in POINTED])
def test_the_message_points_at_the_cause(case: str, text: str, code: str, reason: str, line: int, column: int) -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml(text, file="x.yaml")
    finding = caught.value.finding
    assert (finding.code, finding.ctx.get("reason"), finding.location) == (code, reason, Location(line, column))
    assert not re.search(r"\{[a-z_]+\}", finding.message("zh") + finding.message("en"))


INVISIBLE = (
    "id: x\n"
    "title: 示\u200b例\n"  # zero-width space
    "level: county\n"
    "matters:\n"
    "  - id: a.b\n"
    "    area: health\n"
    "    name: {level1: 出\ufeff生}\n"  # a BOM inside text
    "    subject: 县\u202e局\n"  # a bidi override
    "    channels:\n"
    "      - 政府\u2066网站\n"  # a bidi isolate in a list item
)


def test_every_invisible_character_is_reported_at_its_line_with_its_key_and_matter() -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml(INVISIBLE, file="x.yaml")
    found = [(f.code, f.location, f.ctx["char"], f.ctx.get("key"), f.ctx.get("matter")) for f in caught.value.findings]
    assert found == [
        ("Y008", Location(2, 9), "U+200B", "title", None),
        ("Y008", Location(7, 21), "U+FEFF", "level1", "a.b"),
        ("Y008", Location(8, 15), "U+202E", "subject", "a.b"),
        ("Y008", Location(10, 11), "U+2066", "channels", "a.b"),
    ]
    assert caught.value.finding == caught.value.findings[0]
    for finding in caught.value.findings:
        assert "{" not in finding.message("zh") and "{" not in finding.message("en")


def test_a_file_full_of_invisible_characters_is_reported_in_bounded_output() -> None:
    with pytest.raises(InputRejected) as caught:
        read_yaml("a: " + "\u200b" * 5000 + "\n")
    findings = caught.value.findings
    assert len(findings) == 101 and findings[-1].ctx == {"reason": "more", "count": 4900}


def test_parse_catalogue_keeps_every_bad_character() -> None:
    from grassroots_catalog import parse_catalogue

    result = parse_catalogue(INVISIBLE.encode())
    assert result.catalogue is None
    assert [f.location.line for f in result.findings if f.location is not None] == [2, 7, 8, 10]


def test_fmt_never_writes_out_a_character_an_escape_hid(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from grassroots_catalog.read.format import FormatStatus, format_file

    path = Path(str(tmp_path)) / "c.yaml"
    text = 'id: x\ntitle: t\nlevel: county\nextends: "./coun\\u202ety.yaml"\nform: refinement\n'
    path.write_text(text, encoding="utf-8")
    assert format_file(path).status is FormatStatus.UNREADABLE
    assert path.read_text(encoding="utf-8") == text
