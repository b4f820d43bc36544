"""Resolving extends: the example chain, and every way a chain can be broken, as located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.check.chain import resolve_chain
from grassroots_catalog.cli import cli
from grassroots_catalog.merge.graph import NATIONAL, Chain
from grassroots_catalog.read.load import catalogue_from_data

from ..conftest import EXAMPLES


def catalogue(
    folder: Path,
    name: str,
    level: str,
    extends: str | None,
    *,
    form: str | None = "refinement",
    identifier: str | None = None,
) -> Path:
    lines = [f"id: {identifier or name}", "title: t", f"level: {level}"]
    if extends is not None:
        lines.append(f"extends: {extends}")
    if form is not None:
        lines.append(f"form: {form}")
    path = folder / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_example_chain_resolves_to_national() -> None:
    chain = resolve_chain(EXAMPLES / "township.yaml")
    assert chain.ok and not chain.findings
    assert [layer.catalogue.id for layer in chain.layers] == [
        NATIONAL,
        "example-province",
        "example-city",
        "example-county",
        "example-township",
    ]
    assert len(chain.layers[0].catalogue.matters) == 220


def test_cycle_is_reported_with_its_whole_path(tmp_path: Path) -> None:
    catalogue(tmp_path, "a", "township", "./b.yaml")
    catalogue(tmp_path, "b", "county", "./c.yaml")
    catalogue(tmp_path, "c", "municipal", "./a.yaml")
    chain = resolve_chain(tmp_path / "a.yaml")
    cycle = [f for f in chain.findings if f.code == "M003"]
    assert cycle and cycle[0].fatal
    assert cycle[0].ctx["cycle"].count("a.yaml") == 2 and "b.yaml" in cycle[0].ctx["cycle"]
    assert cycle[0].location is not None and cycle[0].location.line == 4


@pytest.mark.parametrize(
    ("extends", "code"),
    [
        ("./missing.yaml", "M001"),
        ("no-such-id", "M001"),
        ("../outside.yaml", "M005"),
        ("https://example.org/national.yaml", "M005"),
    ],
)
def test_bad_parents(tmp_path: Path, extends: str, code: str) -> None:
    (tmp_path.parent / "outside.yaml").write_text("id: x\ntitle: t\nlevel: provincial\n", encoding="utf-8")
    chain = resolve_chain(catalogue(tmp_path, "county", "county", extends))
    finding = next(f for f in chain.findings if f.code == code)
    assert finding.fatal and finding.location is not None and finding.location.line == 4


def test_ambiguous_id(tmp_path: Path) -> None:
    catalogue(tmp_path, "p1", "provincial", NATIONAL, identifier="the-province")
    catalogue(tmp_path, "p2", "provincial", NATIONAL, identifier="the-province")
    chain = resolve_chain(catalogue(tmp_path, "county", "county", "the-province"))
    assert [f.code for f in chain.findings] == ["M002"]


def test_parent_by_id(tmp_path: Path) -> None:
    catalogue(tmp_path, "p1", "provincial", NATIONAL, identifier="the-province")
    chain = resolve_chain(catalogue(tmp_path, "county", "county", "the-province"))
    assert chain.ok and [layer.catalogue.id for layer in chain.layers] == [NATIONAL, "the-province", "county"]


def test_level_inversion(tmp_path: Path) -> None:
    catalogue(tmp_path, "town", "township", NATIONAL)
    chain = resolve_chain(catalogue(tmp_path, "county", "county", "./town.yaml"))
    assert "M004" in [f.code for f in chain.findings]


def test_form_is_required_with_extends(tmp_path: Path) -> None:
    chain = resolve_chain(catalogue(tmp_path, "p", "provincial", NATIONAL, form=None))
    assert [f.code for f in chain.findings] == ["M008"]


def test_cli_exits_2_with_a_located_message(tmp_path: Path) -> None:
    catalogue(tmp_path, "a", "county", "./b.yaml")
    catalogue(tmp_path, "b", "municipal", "./a.yaml")
    for command in (["merge"], ["explain"]):
        args = [*command, str(tmp_path / "a.yaml")] + (["x.y"] if command == ["explain"] else [])
        result = CliRunner().invoke(cli, [*args, "--lang", "en"])
        assert result.exit_code == 2
        # the edge that closes the cycle is b.yaml's extends
        assert "b.yaml:4:1: M003" in result.output and "Traceback" not in result.output


# Each reference is checked as text before any file is looked at: a NUL would end the process in the
# operating system's call, a backslash is no separator on the machines the files are checked on.
HOSTILE_REFERENCES = [
    ("'..\\..\\x.yaml'", "M005", "backslash"),
    ("'.\\county.yaml'", "M005", "backslash"),
    ("/etc/passwd", "M005", "absolute"),
    ("'C:/catalogues/county.yaml'", "M005", "absolute"),
    ("file:///etc/passwd", "M005", "network"),
    ("https://example.org/national.yaml", "M005", "network"),
    ("./" + "a" * 300 + ".yaml", "M015", "too-long"),
    ("a" * 300, "M015", "too-long"),
]


@pytest.mark.parametrize(("extends", "code", "reason"), HOSTILE_REFERENCES)
def test_hostile_references_are_refused_before_any_file_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extends: str, code: str, reason: str
) -> None:
    leaf = catalogue(tmp_path, "county", "county", extends)
    touched: list[str] = []
    real_is_file = Path.is_file

    def watched(self: Path) -> bool:
        touched.append(str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", watched)
    chain = resolve_chain(leaf)
    finding = next(f for f in chain.findings if f.code == code)
    assert finding.ctx.get("reason") == reason
    assert finding.fatal and finding.location is not None and (finding.location.line, finding.location.column) == (4, 1)
    assert touched == []


def test_an_absolute_path_inside_the_catalogue_set_is_refused_too(tmp_path: Path) -> None:
    parent = catalogue(tmp_path, "province", "provincial", NATIONAL)
    chain = resolve_chain(catalogue(tmp_path, "county", "county", str(parent)))
    assert [(f.code, f.ctx.get("reason")) for f in chain.findings] == [("M005", "absolute")]


CONTROL_REFERENCES = ["./coun\0ty.yaml", "./coun\tty.yaml", "./coun\u202ety.yaml", "\u200bcounty"]


def chain_of_data(folder: Path, extends: str) -> Chain:
    """The chain of a catalogue that did not come from YAML text (a table, JSON): its extends as given."""
    leaf = folder / "county.yaml"
    leaf.write_text("id: county\ntitle: t\nlevel: county\n", encoding="utf-8")
    data = {"id": "county", "title": "t", "level": "county", "extends": extends, "form": "refinement"}
    return resolve_chain(leaf, reader=lambda key: catalogue_from_data(data, file=key))


@pytest.mark.parametrize("extends", CONTROL_REFERENCES)
def test_control_characters_in_a_reference_never_reach_the_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extends: str
) -> None:
    touched: list[str] = []
    real_resolve = Path.resolve

    def watched(self: Path, strict: bool = False) -> Path:
        if "\0" in str(self) or "\t" in str(self) or "\u202e" in str(self) or "\u200b" in str(self):
            touched.append(str(self))
        return real_resolve(self, strict)

    monkeypatch.setattr(Path, "resolve", watched)
    (finding,) = chain_of_data(tmp_path, extends).findings
    assert (finding.code, finding.ctx["reason"], finding.fatal) == ("M015", "control-character", True)
    assert touched == []


@pytest.mark.parametrize("command", ["validate", "validate-json", "merge", "report", "explain", "link", "export"])
def test_every_command_reports_a_nul_in_extends_as_a_finding(tmp_path: Path, command: str) -> None:
    leaf = catalogue(tmp_path, "county", "county", '"./coun\\0ty.yaml"')
    args = {
        "validate": ["validate", str(leaf)],
        "validate-json": ["validate", "--format", "json", str(leaf)],
        "merge": ["merge", str(leaf)],
        "report": ["report", str(leaf)],
        "explain": ["explain", str(leaf), "x.y"],
        "link": ["link", "--check", str(leaf)],
        "export": ["export", "--merged", str(leaf), "-o", str(tmp_path / "out.csv")],
    }[command]
    result = CliRunner().invoke(cli, [*args, "--lang", "en"])
    assert "internal error" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    if command == "validate-json":
        import json

        document = json.loads(result.stdout)
        assert [f["code"] for file in document["files"] for f in file["findings"]] == ["Y008"]
    else:  # the reader refuses the character an escape writes, at its value
        assert "county.yaml:4:10: Y008" in result.output
