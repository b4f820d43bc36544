"""Machine-readable findings: a versioned JSON document (format described in docs/cli.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from grassroots_catalog._version import __version__
from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.report._common import national_used
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.national_data import NationalData

FORMAT_VERSION = 1
"""Bumped whenever a key is removed or changes meaning; new keys may be added within a version."""


def render(
    reports: Sequence[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> str:
    """All reports as one JSON document, with the national data they were checked against."""
    document = {
        "format_version": FORMAT_VERSION,
        "tool": {"name": "grassroots-catalog", "version": __version__},
        "lang": lang,
        "files": [
            {
                "file": report.file,
                "readable": report.readable,
                "findings": [f.to_dict(lang) for f in report.findings if f.severity >= min_severity],
                "suppressed": [
                    {**item.finding.to_dict(lang), "reason": item.reason, "source": item.source}
                    for item in report.suppressed
                ],
            }
            for report in reports
        ],
        "summary": {
            **{severity.slug: sum(report.count(severity) for report in reports) for severity in reversed(Severity)},
            "suppressed": sum(len(report.suppressed) for report in reports),
        },
        "national": national_used(reports, national).summary(lang),
        "not_checkable": [
            {"code": code, "zh": zh, "en": en, "source": source} for code, (zh, en, source) in NOT_CHECKABLE.items()
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
