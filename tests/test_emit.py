"""The fast canonical writer writes what ruamel.yaml's emitter writes, and what it writes reads back.

ruamel.yaml (:func:`~grassroots_catalog.read.writer.ruamel_text`) is the reference for the text;
the project's checked reader is the reference for the meaning. Where the two disagree (ruamel.yaml
would write text plain that our reader takes for a number, or that libyaml refuses inside a
one-line list), the fast writer quotes it, and the test checks that ruamel.yaml's text was wrong.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from grassroots_catalog.errors import InputRejected
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.characters import BAD_CHARACTER
from grassroots_catalog.read.emit import Path as EmitPath
from grassroots_catalog.read.emit import Unsupported, emit
from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.read.reader import read_yaml
from grassroots_catalog.read.writer import FLOW_KEYS, canonical_data, canonical_text, dump_catalogue, ruamel_text
from tests.strategies import catalogue_data

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "catalogs").rglob("*.yaml")) + sorted((ROOT / "tests" / "cases").rglob("*.yaml"))


def _fast(data: dict[str, Any], **comments: Any) -> str:
    return emit(data, flow_keys=FLOW_KEYS, **comments)


def _reread(text: str) -> Any:
    return read_yaml(text)[0]


def _plain(data: Any) -> Any:
    """Data as the checked reader gives it back: dates as text."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data.isoformat() if isinstance(data, dt.date) else data


def _misreads(text: str, data: Any) -> bool:
    """Whether the checked reader refuses ``text`` or reads something other than ``data`` from it."""
    try:
        return bool(_reread(text) != data)
    except InputRejected:
        return True


def _catalogues() -> list[Path]:
    return [path for path in BUNDLED if read_catalogue(path).catalogue is not None]


@pytest.mark.parametrize("path", _catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bundled_catalogue_is_written_byte_for_byte_as_ruamel_writes_it(path: Path) -> None:
    catalogue = read_catalogue(path).catalogue
    assert catalogue is not None
    for data in (canonical_data(catalogue, exclude_unset=False, exclude_defaults=True), canonical_data(catalogue)):
        if path.is_relative_to(ROOT / "catalogs"):  # the shipped catalogues: never declined
            assert _fast(data) == ruamel_text(data)
        else:  # test cases may hold what the fast writer declines on purpose
            assert canonical_text(data) == ruamel_text(data)


def test_the_bundled_catalogues_are_there_to_compare() -> None:
    assert len(_catalogues()) >= 30


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=6))
def test_a_generated_catalogue_is_written_as_ruamel_writes_it_and_reads_back(data: dict[str, Any]) -> None:
    catalogue = Catalogue.model_validate(data)
    canonical = canonical_data(catalogue, exclude_unset=False, exclude_defaults=True)
    comments: dict[EmitPath, str] = {
        ("matters", i, "id"): f"Sheet1!A{i + 3}" for i in range(len(canonical.get("matters", [])))
    }
    text = _fast(canonical, eol_comments=comments)
    assert text == ruamel_text(canonical, eol_comments=comments)
    assert _reread(text) == _plain(canonical)
    assert dump_catalogue(catalogue) == ruamel_text(canonical)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogue_data(max_matters=4), st.randoms(use_true_random=False))
def test_comments_after_any_key_with_either_gap_are_written_as_ruamel_writes_them(
    data: dict[str, Any], chance: Any
) -> None:
    """What the merge output needs: a comment after a scalar, a one-line list or a block's key,
    two spaces before its ``#`` or (``eol_gaps``) one."""
    canonical = canonical_data(Catalogue.model_validate(data), exclude_unset=False, exclude_defaults=True)
    comments: dict[EmitPath, str] = {}
    gaps: dict[EmitPath, int] = {}
    for index, matter in enumerate(canonical.get("matters", [])):
        for name, value in matter.items():
            if value in ([], {}, None, "") or chance.random() < 0.4:
                continue
            comments["matters", index, name] = f"由 layer-{index} 设定"
            if chance.random() < 0.5:
                gaps["matters", index, name] = 1
    text = canonical_text(canonical, eol_comments=comments, eol_gaps=gaps)
    assert text == ruamel_text(canonical, eol_comments=comments, eol_gaps=gaps)
    if comments:
        assert _fast(canonical, eol_comments=comments, eol_gaps=gaps) == text  # written fast, not declined
    assert _reread(text) == _plain(canonical)


# Every character the checked reader accepts in a file, weighted towards the ones YAML cares about.
_YAML_CHARACTERS = st.sampled_from(list(" -?:#,[]{}&*!|>'\"%@`.~=<+_0123456789eExoTtFfNnulsyYO\\/\n\t\r　：，社会"))
_ANY_ACCEPTED = st.characters(exclude_categories=["Cs"]).filter(lambda c: BAD_CHARACTER.search(c) is None)
"""Any character the reader accepts in a catalogue, raw or escaped (read/characters.py)."""
scalar_text = st.one_of(
    st.text(_YAML_CHARACTERS, max_size=12),
    st.text(_ANY_ACCEPTED, max_size=12),
    st.sampled_from(["yes", "no", "null", "~", "Null", "true", "0o17", "0x1F", "1_000", ".5e5", "1e3", "2024-01-02"]),
)


def _document(value: str) -> dict[str, Any]:
    """The text in every place a catalogue puts text: a value, a list item, one-line lists and mappings."""
    return {
        "title": value,
        "matters": [{"id": "a", "content": [value, "x"], "channels": [value, "y"], "name": {"level1": value}}],
        "jurisdiction": {"name": value, "code": "123456"},
    }


@settings(max_examples=300, deadline=None)
@given(scalar_text)
@example("0:\u3000")  # an ideographic space after a colon is no white space to libyaml: plain in a list
@example("名称:\u00a0说明")
def test_any_text_reads_back_as_itself_and_matches_ruamel_unless_ruamel_would_change_it(value: str) -> None:
    data = _document(value)
    try:
        fast = _fast(data)
    except Unsupported:
        fast = None
    reference = ruamel_text(data)
    assert _reread(canonical_text(data)) == data
    if fast is not None and fast != reference:
        assert _misreads(reference, data), "a difference from ruamel.yaml is allowed only where it misreads"


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=10))
def test_any_text_at_all_is_written_as_ruamel_writes_it_or_declined(value: str) -> None:
    data = _document(value)
    try:
        fast = _fast(data)
    except Unsupported:
        return
    if fast != ruamel_text(data):
        assert _misreads(ruamel_text(data), data)
        assert not _misreads(fast, data)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("yes", "yes"),  # YAML 1.2: text, as for our reader
        ("no", "no"),
        ("null", "'null'"),
        ("~", "'~'"),
        ("", "''"),
        ("true", "'true'"),
        ("123", "'123'"),
        ("0o17", "'0o17'"),
        ("1_000", "'1_000'"),
        ("3.5", "'3.5'"),
        ("2024-01-02", "'2024-01-02'"),
        (".5e5", "'.5e5'"),  # ruamel.yaml writes it plain; the YAML 1.2 core schema reads a float
        (" 社会救助", "' 社会救助'"),
        ("社会救助 ", "'社会救助 '"),
        ("a: b", "'a: b'"),
        ("a #b", "'a #b'"),
        ("a#b", "a#b"),
        ("- a", "'- a'"),
        ("-a", "-a"),
        ("#a", "'#a'"),
        ("@a", "'@a'"),
        ("`a", "'`a'"),
        ("%a", "'%a'"),
        ("&a", "'&a'"),
        ("*a", "'*a'"),
        ("!a", "'!a'"),
        ("|a", "'|a'"),
        (">a", "'>a'"),
        ("[a]", "'[a]'"),
        ("{a}", "'{a}'"),
        ("---", "'---'"),
        ("...", "'...'"),
        ("it's", "it's"),
        ("it's ", '"it\'s "'),
        ("'a'", "\"'a'\""),
        ("第一行\n第二行", '"第一行\\n第二行"'),
        ("a\tb", '"a\\tb"'),
        ('say "x"', 'say "x"'),
        ('"x"', "'\"x\"'"),
        ("信息形成（变更）20个工作日内", "信息形成（变更）20个工作日内"),
        ("　全角空格", "　全角空格"),
        ("其他：县政务服务网", "其他：县政务服务网"),
    ],
)
def test_a_value_that_would_read_back_as_something_else_is_quoted(value: str, written: str) -> None:
    assert _fast({"note": value}) == f"note: {written}\n"
    assert _reread(f"note: {written}\n") == {"note": value}
    if value != ".5e5":
        assert ruamel_text({"note": value}) == f"note: {written}\n"


@pytest.mark.parametrize(
    ("value", "written"), [("a\x07b", '"a\\ab"'), ("a\x01b", '"a\\x01b"'), ("a\ufeffb", '"a\\uFEFFb"')]
)
def test_a_character_the_reader_refuses_is_written_escaped_as_ruamel_writes_it(value: str, written: str) -> None:
    # What the reader refuses raw it refuses escaped too (Y008): such text never comes from a catalogue
    # file, but whatever builds data in code still gets text that shows the character.
    assert _fast({"note": value}) == ruamel_text({"note": value}) == f"note: {written}\n"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("a,b", "'a,b'"),
        ("a[b", "'a[b'"),
        ("?a", "'?a'"),
        (":a", "':a'"),
        ("a?b", "a?b"),
        ("", "''"),
        ("0:?", "'0:?'"),
        ("x:?y", "'x:?y'"),
        ("a:b", "a:b"),
    ],
)
def test_inside_a_one_line_list_flow_indicators_are_quoted_too(value: str, written: str) -> None:
    assert _fast({"channels": [value, "x"]}) == f"channels: [{written}, x]\n"
    assert _reread(f"channels: [{written}, x]\n") == {"channels": [value, "x"]}
    if value in ("?a", ":a", "0:?", "x:?y"):  # ruamel.yaml writes them plain, which libyaml reads as a key or refuses
        assert _misreads(ruamel_text({"channels": [value, "x"]}), {"channels": [value, "x"]})
    else:
        assert ruamel_text({"channels": [value, "x"]}) == f"channels: [{written}, x]\n"


def test_scalars_that_are_not_text_are_written_as_ruamel_writes_them() -> None:
    data: dict[str, Any] = {
        "a": None,
        "b": True,
        "c": 12,
        "d": dt.date(2024, 1, 2),
        "e": [None, False],
        "f": [],
        "g": {},
    }
    data["channels"] = [None, 3]
    assert _fast(data) == ruamel_text(data)
    assert _fast(data).splitlines()[0] == "a:"
    assert "  - \n" in _fast(data)


def test_what_it_cannot_reproduce_is_declined_and_written_by_ruamel() -> None:
    for data in ({"a": 1.5}, {"a": [[1]]}, {"a": "x " * 2100}, {"k" * 130: 1}, {"a": "x\u2028y"}):
        with pytest.raises(Unsupported):
            _fast(data)
        assert canonical_text(data) == ruamel_text(data)


def test_comments_are_placed_as_ruamel_places_them() -> None:
    data = {"matters": [{"id": "a", "area": "x"}, {"id": "b"}], "refine": [{"id": "c"}, {"id": "d"}]}
    eol: dict[EmitPath, str] = {("matters", 0, "id"): "Sheet1!A12", ("matters", 1, "id"): "line 3"}
    before: dict[EmitPath, str] = {("refine", 0): "待本地填写", ("refine", 1): "待本地填写"}
    text = _fast(data, eol_comments=eol, before_comments=before)
    assert text == ruamel_text(data, eol_comments=eol, before_comments=before)
    assert "  - id: a  # Sheet1!A12\n" in text
    assert "  # 待本地填写\n  - id: d\n" in text


def test_a_new_catalogue_is_written_as_ruamel_writes_it_with_its_reminders() -> None:
    from grassroots_catalog.check.new import new_catalogue, new_catalogue_data
    from grassroots_catalog.messages.words import report_text

    reminder = report_text("table.localise", "zh")
    texts = new_catalogue("county", "某县", "123456", ["social-assistance"], table=True)
    for name, data in new_catalogue_data("county", "某县", "123456", ["social-assistance"], table=True).items():
        notes: dict[EmitPath, str] = {("matters", index): reminder for index in range(len(data["matters"]))}
        assert texts[name] == ruamel_text(data, before_comments=notes)
        assert texts[name].count(f"  # {reminder}\n  - id: ") == len(data["matters"]) > 0


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_an_imported_table_is_written_as_ruamel_writes_it_with_each_rows_cell(form: str, tmp_path: Path) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.model.schema import SCHEMA_ID
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.tables.importer import import_table
    from grassroots_catalog.read.writer import SCHEMA_MODELINE
    from grassroots_catalog.report.xlsx import export_csv, export_xlsx

    _, effective = resolve_file(ROOT / "catalogs" / "examples" / "county.yaml")
    assert effective is not None
    table = tmp_path / f"county.{form}"
    if form == "xlsx":
        export_xlsx(effective.written, table)
    else:
        write_atomic(table, export_csv(effective.written).encode("utf-8"))
    imported = import_table(table)
    assert imported.catalogue is not None and imported.text is not None
    data = canonical_data(imported.catalogue, exclude_unset=False, exclude_defaults=True)
    shown = [f"line {s.partition(':')[0]}" if form == "csv" else s for s in imported.sources]
    comments: dict[EmitPath, str] = {("matters", i, "id"): cell for i, cell in enumerate(shown)}
    assert imported.text == SCHEMA_MODELINE.format(url=SCHEMA_ID) + "\n" + ruamel_text(data, eol_comments=comments)
    assert len(comments) == len(data["matters"]) > 0


def test_gcat_import_does_not_load_ruamel_yaml(tmp_path: Path) -> None:
    import subprocess
    import sys

    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.report.xlsx import export_xlsx

    _, effective = resolve_file(ROOT / "catalogs" / "examples" / "county.yaml")
    assert effective is not None
    export_xlsx(effective.written, tmp_path / "county.xlsx")
    script = (
        "import sys\n"
        "from grassroots_catalog.cli import main\n"
        f"sys.argv = ['gcat', 'import', {str(tmp_path / 'county.xlsx')!r}, '-o', {str(tmp_path / 'out.yaml')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('ruamel')))\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert completed.stdout.strip().splitlines()[-1] == "[]", completed.stderr
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8").count("  # ") > 0
