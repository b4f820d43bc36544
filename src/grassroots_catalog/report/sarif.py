"""SARIF 2.1.0, for code-scanning dashboards: one run, the rules that fired described once, each
finding a result with its file, line and column."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grassroots_catalog._version import __version__
from grassroots_catalog.messages import spec_for
from grassroots_catalog.report._common import Spool, Tally, shown
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
    return "".join(stream(reports, lang=lang, min_severity=min_severity, national=national))


_RESULTS = "\ue000results\ue000"
"""Where the results go in the log's text, which is written once the rules that fired are known."""


def stream(
    reports: Iterable[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> Iterator[str]:
    """:func:`render` with each report's results written as it comes to a spool (the rules they name
    and whether every file could be read come first in the log, and are known only at the end)."""
    tally = Tally()
    spool = Spool()
    rule_ids: dict[str, int] = {}
    for report, finding in shown(tally.counted(reports), min_severity):
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": rule_ids.setdefault(finding.code, len(rule_ids)),
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message(lang)},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(finding.file or report.file)}}}],
        }
        if finding.location is not None:
            result["locations"][0]["physicalLocation"]["region"] = {
                "startLine": finding.location.line,
                "startColumn": finding.location.column,
            }
        spool.write(("\n" if spool.empty else ",\n") + textwrap.indent(_dumps(result), " " * 8))
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
                "invocations": [{"executionSuccessful": tally.unreadable == 0}],
                "results": _RESULTS,
                "properties": {"national": tally.national_used(national).summary(lang)},
            }
        ],
    }
    before, after = (_dumps(log) + "\n").split(f'"{_RESULTS}"')
    yield before
    if spool.empty:
        yield "[]"
    else:
        yield "["
        yield from spool.drain()
        yield "\n      ]"
    yield after


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
