"""Each output of ``gcat diff`` on the county and its revision: golden files for text, Markdown and JSON
in both languages, the JSON checked against its schema, the HTML self-contained, the annotations.

After a deliberate change, rewrite the golden files with
``pytest tests/diff/test_outputs.py --update-golden`` and review them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grassroots_catalog.diffs import CatalogueDiff, diff_files
from grassroots_catalog.report.diff import render_diff

from ..conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {"text": "txt", "markdown": "md", "json": "json"}


@pytest.fixture(scope="module")
def result() -> CatalogueDiff:
    # Paths as a user in the repository root types them: they appear in the outputs.
    return diff_files(
        ROOT / "catalogs/examples/county.yaml",
        ROOT / "tests/diff/fixtures/county-revised.yaml",
    )


def _relative(text: str) -> str:
    return text.replace(f"{ROOT}/", "")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(SUFFIX))
def test_outputs_match_their_golden_files(
    name: str, lang: str, result: CatalogueDiff, request: pytest.FixtureRequest
) -> None:
    expected = GOLDEN / f"county-revised.{lang}.{SUFFIX[name]}"
    actual = _relative(render_diff(name, result, lang=lang))
    if request.config.getoption("--update-golden"):
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(actual, encoding="utf-8")
    assert expected.is_file(), f"no golden file {expected.name}: run pytest with --update-golden and review it"
    assert actual == expected.read_text(encoding="utf-8")


def test_json_follows_its_schema(result: CatalogueDiff) -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(render_diff("json", result))
    jsonschema.validate(document, schema)
    assert document["version"] == 1 and len(document["changes"]) == len(result)


def test_json_places_each_value_at_its_line(result: CatalogueDiff) -> None:
    document = json.loads(render_diff("json", result))
    weaker = next(c for c in document["changes"] if c["kind"] == "weaker")
    assert weaker["field"] == "mode" and weaker["old"] == ["主动"] and weaker["new"] == ["依申请"]
    assert weaker["where_a"]["line"] == 59 and weaker["where_b"]["file"].endswith("county-revised.yaml")


def test_html_is_one_page_needing_nothing_else(result: CatalogueDiff) -> None:
    page = render_diff("html", result, lang="en")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "src=" not in page
    assert '<td class="weaker">weaker</td>' in page and "proactive" in page and "on request" in page


def test_github_annotations_warn_of_what_was_taken_away(result: CatalogueDiff) -> None:
    lines = render_diff("github", result, lang="en").splitlines()
    assert len(lines) == len(result)
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(warnings) == 2  # the weaker mode and the removed row
    assert any("line=43" in line and "county-revised.yaml" in line for line in warnings)


def test_text_is_coloured_only_when_asked(result: CatalogueDiff) -> None:
    assert "\x1b[" not in render_diff("text", result)
    assert "\x1b[31m[弱化]\x1b[0m" in render_diff("text", result, colour=True)


def test_equivalent_catalogues_say_so_in_every_format() -> None:
    same = diff_files(ROOT / "catalogs/examples/county.yaml", ROOT / "catalogs/examples/county.yaml")
    assert "没有差异" in render_diff("text", same)
    assert "no differences" in render_diff("markdown", same, lang="en")
    assert json.loads(render_diff("json", same))["equivalent"] is True
    assert render_diff("github", same) == ""


@pytest.mark.parametrize("name", ["county.yaml", "township.yaml", "city.yaml"])
def test_the_quick_positions_are_the_readers_positions(name: str) -> None:
    """A file read on the fast path is placed by scanning its lines; the checked reader agrees."""
    from grassroots_catalog.diffs.files import _MatterLines
    from grassroots_catalog.model.fields import BY_NAME
    from grassroots_catalog.read.load import read_catalogue
    from grassroots_catalog.read.reader import read_yaml

    result = read_catalogue(ROOT / "catalogs" / "examples" / name)
    assert result.catalogue is not None and result.text is not None
    quick = _MatterLines(result.text, result.catalogue)
    _, source_map = read_yaml(result.text)
    assert quick.complete
    for index, _matter in enumerate(result.catalogue.matters):
        for field in (None, *BY_NAME):
            path = ("matters", index) if field is None else ("matters", index, field)
            assert quick.locate(index, field) == source_map.locate(path), path


def test_a_catalogues_tier_is_shown_in_the_readers_language() -> None:
    from grassroots_catalog.domain.vocabularies import CatalogueLevel
    from grassroots_catalog.report.diff.words import value_text

    assert value_text(CatalogueLevel.NATIONAL, "zh") == "国家级"
    assert value_text(CatalogueLevel.COUNTY, "en") == CatalogueLevel.COUNTY.label("en") != "县级"
