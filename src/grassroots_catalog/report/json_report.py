"""Machine-readable findings: a versioned JSON document (format described in docs/cli.md)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from grassroots_catalog._version import __version__
from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.report._common import Tally
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
    return "".join(stream(reports, lang=lang, min_severity=min_severity, national=national))


def stream(
    reports: Iterable[FileReport],
    *,
    lang: str = "zh",
    min_severity: Severity = Severity.INFO,
    national: NationalData | None = None,
    **_: object,
) -> Iterator[str]:
    """:func:`render` piece by piece: the document's head, each file's entry as it comes, then the
    summary; the same text, byte for byte, as one ``json.dumps`` of the whole document."""
    tally = Tally()
    head = {"format_version": FORMAT_VERSION, "tool": {"name": "grassroots-catalog", "version": __version__}}
    yield "{\n" + _members({**head, "lang": lang}) + ',\n  "files": ['
    first = True
    for report in tally.counted(reports):
        entry = {
            "file": report.file,
            "readable": report.readable,
            "findings": [f.to_dict(lang) for f in report.findings if f.severity >= min_severity],
            "suppressed": [
                {**item.finding.to_dict(lang), "reason": item.reason, "source": item.source}
                for item in report.suppressed
            ],
        }
        yield ("\n" if first else ",\n") + textwrap.indent(_dumps(entry), "    ")
        first = False
    tail = {
        "summary": {
            **{severity.slug: tally.counts[severity] for severity in reversed(Severity)},
            "suppressed": tally.suppressed,
        },
        "national": tally.national_used(national).summary(lang),
        "not_checkable": [
            {"code": code, "zh": zh, "en": en, "source": source} for code, (zh, en, source) in NOT_CHECKABLE.items()
        ],
    }
    yield ("]" if first else "\n  ]") + ",\n" + _members(tail) + "\n}\n"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _members(mapping: dict[str, Any]) -> str:
    """The members of ``mapping`` as lines of the top-level object (without its braces)."""
    return _dumps(mapping)[2:-2]
