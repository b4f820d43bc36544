"""Composing: the example chain's planted weakenings, refinement syntax, provenance, the CLI."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.cli import cli
from grassroots_catalog.domain.vocabularies import Channel, Mode
from grassroots_catalog.merge import Change, compose
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.model.catalogue import Catalogue

from ..conftest import EXAMPLES

BASE = {
    "id": "base",
    "title": "t",
    "level": "national",
    "matters": [
        {
            "id": "a.one",
            "area": "health",
            "name": {"level1": "甲"},
            "content": ["x", "y"],
            "channels": ["政府网站"],
            "mode": ["主动"],
            "audience": ["全社会"],
            "level": ["县级", "乡级"],
            "time_limit": "信息形成（变更）20个工作日内",
            "subject": "县级卫生健康部门",
        },
        {"id": "a.two", "area": "health", "name": {"level1": "乙"}, "mode": ["主动"], "level": ["县级"]},
    ],
}


def layers(*children: dict[str, Any]) -> list[Layer]:
    base = Catalogue.model_validate(BASE)
    result = [Layer("base", base)]
    for index, child in enumerate(children):
        data = {
            "id": f"layer{index}",
            "title": "t",
            "level": ["provincial", "municipal", "county"][index],
            "extends": "base",
            **child,
        }
        result.append(Layer(f"layer{index}", Catalogue.model_validate(data)))
    return result


def test_example_county_planted_merge_defects() -> None:
    _, effective = resolve_file(EXAMPLES / "county.yaml")
    assert effective is not None
    found = sorted((f.code, f.severity.slug, f.location.line if f.location else 0) for f in effective.findings)
    assert found == [("M010", "error", 394), ("M010", "info", 76), ("M012", "error", 19)]
    refused = {(o.matter, o.field): o.change for o in effective.overrides if not o.accepted}
    assert refused == {
        ("public-legal-services.99c18880", "mode"): Change.WEAKER,
        ("household-registration.f991b3f8", "channels"): Change.INCOMPARABLE,
    }
    allowed = effective.catalogue.matter("public-legal-services.99c18880")
    written = effective.written.matter("public-legal-services.99c18880")
    assert allowed is not None and allowed.mode == (Mode.PROACTIVE,)
    assert written is not None and written.mode == (Mode.ON_REQUEST,)
    assert effective.catalogue.matter("household-registration.910a8103") is not None  # drop refused
    assert effective.written.matter("household-registration.910a8103") is None


def test_example_township_adds_nothing_of_its_own() -> None:
    _, effective = resolve_file(EXAMPLES / "township.yaml")
    assert effective is not None
    assert {f.file.rsplit("/", 1)[-1] for f in effective.findings if f.file} == {"county.yaml"}
    exempt = [m for m in effective.catalogue.matters if m.area == "public-resource-trading"]
    assert exempt and all(m.not_applicable for m in exempt)


def test_refinement_merges_lists_by_value_and_removes_explicitly() -> None:
    effective = compose(
        layers(
            {
                "form": "refinement",
                "refine": [
                    {
                        "id": "a.one",
                        "content": ["y", "z"],
                        "channels": ["两微一端"],
                        "level": ["村级"],
                        "remove": {"level": ["乡级"]},
                        "subject": "示例县卫生健康局",
                    }
                ],
            }
        )
    )
    matter = effective.catalogue.matter("a.one")
    assert matter is not None
    assert matter.content == ("x", "y", "z")
    assert [c.box for c in matter.channels] == [Channel.WEBSITE, Channel.NEW_MEDIA]
    assert [lv.zh for lv in matter.level] == ["县级", "村级"]
    assert matter.subject == "示例县卫生健康局"
    assert not effective.findings


def test_restating_a_list_never_removes() -> None:
    effective = compose(layers({"form": "refinement", "refine": [{"id": "a.one", "content": ["x"]}]}))
    matter = effective.catalogue.matter("a.one")
    assert matter is not None and matter.content == ("x", "y")


def test_weakening_needs_a_reason_and_stays_visible_when_given() -> None:
    refused = compose(
        layers({"form": "refinement", "refine": [{"id": "a.one", "time_limit": "信息形成之日起30个工作日内"}]})
    )
    assert [(f.code, f.severity.slug) for f in refused.findings] == [("M010", "error")]
    kept = refused.catalogue.matter("a.one")
    assert kept is not None and kept.time_limit is not None and kept.time_limit.working_days == 20
    accepted = compose(
        layers(
            {
                "form": "refinement",
                "refine": [
                    {
                        "id": "a.one",
                        "time_limit": "信息形成之日起30个工作日内",
                        "because": {"time_limit": {"reason": "省条例另有规定", "document": "《示例省条例》第九条"}},
                    }
                ],
            }
        )
    )
    assert [(f.code, f.severity.slug) for f in accepted.findings] == [("M011", "info")]
    assert "示例省条例" in accepted.findings[0].message("zh")
    changed = accepted.catalogue.matter("a.one")
    assert changed is not None and changed.time_limit is not None and changed.time_limit.working_days == 30


def test_refine_unknown_and_add_existing() -> None:
    effective = compose(
        layers(
            {
                "form": "refinement",
                "refine": [{"id": "a.nope", "note": "x"}],
                "matters": [{"id": "a.two", "area": "health", "name": {"level1": "乙"}}],
            }
        )
    )
    assert sorted(f.code for f in effective.findings) == ["M006", "M007"]


def test_table_drops_are_findings_and_not_applicable_is_fine() -> None:
    table = {"form": "table", "matters": [{**BASE["matters"][0], "subject": "示例县卫生健康局"}]}
    dropped = compose(layers(table))
    assert [(f.code, f.ctx["matter"]) for f in dropped.findings] == [("M012", "a.two")]
    table["matters"].append(
        {"id": "a.two", "area": "health", "name": {"level1": "乙"}, "not_applicable": "本县无此职能"}
    )
    assert not compose(layers(table)).findings


def test_provenance_names_the_file_and_line_of_each_value() -> None:
    _, effective = resolve_file(EXAMPLES / "township.yaml")
    assert effective is not None
    rows = effective.explain("elderly-care.b296e99c", "basis")
    assert [r["layer"] for r in rows] == ["national", "example-province", "example-county", "example-township"]
    province = rows[1]
    assert province["file"].endswith("province.yaml") and province["line"] == 14 and province["change"] == "stricter"
    assert rows[0]["file"].endswith("national/elderly-care.yaml") and rows[0]["line"]


def test_cli_merge_and_explain() -> None:
    runner = CliRunner()
    merged = runner.invoke(cli, ["merge", "--lang", "en", str(EXAMPLES / "county.yaml")])
    assert merged.exit_code == 1  # refused weakenings
    assert "# defined in national" in merged.output and "set by example-province" in merged.output
    as_json = runner.invoke(cli, ["merge", "--provenance", "json", str(EXAMPLES / "city.yaml")])
    document = json.loads(as_json.stdout)
    assert document["format_version"] == 1
    assert [layer["id"] for layer in document["layers"]][-1] == "example-city"
    basis = document["provenance"]["elderly-care.b296e99c"]["basis"]
    assert [step["layer"] for step in basis] == ["national", "example-province"]
    explained = runner.invoke(
        cli, ["explain", "--lang", "en", str(EXAMPLES / "county.yaml"), "public-legal-services.99c18880", "mode"]
    )
    assert explained.exit_code == 0
    assert "refused: [主动] kept" in explained.output and "county.yaml:394" in explained.output


def test_a_refinement_can_exempt_a_matter_or_a_whole_area() -> None:
    effective = compose(
        layers(
            {
                "form": "refinement",
                "refine": [{"id": "a.two", "not_applicable": "本省由卫生健康委统一公开"}],
                "not_applicable_areas": [{"area": "health", "reason": "本县无此职能"}],
            }
        )
    )
    reasons = {m.id: m.not_applicable for m in effective.catalogue.matters}
    assert reasons == {"a.one": "本县无此职能", "a.two": "本省由卫生健康委统一公开"}
    assert not effective.findings


def test_cli_merge_written_view_and_no_provenance() -> None:
    runner = CliRunner()
    written = runner.invoke(cli, ["merge", "--written", "--provenance", "none", str(EXAMPLES / "county.yaml")])
    allowed = runner.invoke(cli, ["merge", "--provenance", "none", str(EXAMPLES / "county.yaml")])
    assert "# defined in" not in written.stdout
    assert "household-registration.910a8103" in allowed.stdout  # a refused drop keeps the matter
    assert "household-registration.910a8103" not in written.stdout  # the file does not have it
