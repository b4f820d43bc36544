"""SARIF 2.1.0, for code-scanning dashboards: one run, the rules that fired described once, each
finding a result with its file, line and column."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grassroots_catalog._version import __version__
from grassroots_catalog.messages import spec_for
from grassroots_catalog.report._common import national_used, shown
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/grassroots-catalog/grassroots-catalog"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(file: str) -> str:
    path = Path(file)
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.resolve().as_uri()


def render(
    reports: Sequence[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> str:
    """The SARIF log as JSON text; the run's properties name the national data the check used."""
    results: list[dict[str, Any]] = []
    rule_ids: list[str] = []
    for report, finding in shown(reports, min_severity):
        if finding.code not in rule_ids:
            rule_ids.append(finding.code)
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": rule_ids.index(finding.code),
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message(lang)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(finding.file or report.file)}}}],
        }
        if finding.location is not None:
            result["locations"][0]["physicalLocation"]["region"] = {
                "startLine": finding.location.line,
                "startColumn": finding.location.column,
            }
        results.append(result)
    rules = []
    for code in rule_ids:
        spec = spec_for(code)
        rule: dict[str, Any] = {"id": code}
        if spec is not None:
            rule["name"] = spec.name
            rule["shortDescription"] = {"text": spec.title(lang)}
            rule["defaultConfiguration"] = {"level": _LEVEL[spec.severity]}
            if spec.citation:
                rule["properties"] = {"citation": spec.citation}
        rules.append(rule)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "grassroots-catalog",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [{"executionSuccessful": all(r.readable for r in reports)}],
                "results": results,
                "properties": {"national": national_used(reports, national).summary(lang)},
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
