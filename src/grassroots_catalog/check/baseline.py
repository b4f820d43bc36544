"""Baselines: the findings a legacy catalogue already has, set aside so that CI fails only on new ones.

``gcat validate --write-baseline FILE`` records the current findings (:func:`write_baseline`);
``--baseline FILE`` sets aside the ones recorded (:func:`read_baseline`, :func:`apply_baseline`).
A finding is recognised by its fingerprint (code, file name, matter, place), not by its line, so
that edits elsewhere in the file do not make old findings look new.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from grassroots_catalog.check.suppression import Suppression
from grassroots_catalog.messages.cli_text import cli_text
from grassroots_catalog.results import Finding, format_path

BASELINE_VERSION = 1

NOT_BASELINED = frozenset({"S012", "S013"})
"""Notes about the check itself (an ignore comment without a reason; a part whose catalogue-wide checks
did not run): a baseline never records them, so they keep showing until acted on."""


class BaselineError(ValueError):
    """A baseline file that cannot be used: its file and what is wrong (``baseline.<problem>`` in the
    CLI tables of :mod:`grassroots_catalog.messages`, filled from ``params``); ``str()`` is English."""

    def __init__(self, path: Path, problem: str, **params: object) -> None:
        self.path = path
        self.problem = problem
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        return cli_text(f"baseline.{self.problem}", lang, path=self.path, **self.params)


def fingerprint(finding: Finding) -> dict[str, Any]:
    """What identifies a finding across edits: code, file name, matter and place, not the line number."""
    return {
        "code": finding.code,
        "file": Path(finding.file).name if finding.file else None,
        "matter": finding.ctx.get("matter"),
        "path": format_path(finding.path) if finding.path else None,
    }


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Record ``findings`` as the accepted starting point: all but :data:`NOT_BASELINED` and the fatal
    ones (a file that cannot be read is never an accepted state). Returns how many were recorded."""
    from grassroots_catalog.read.atomic import write_atomic

    entries = sorted(
        (fingerprint(f) for f in findings if f.code not in NOT_BASELINED and not f.fatal),
        key=lambda e: json.dumps(e, ensure_ascii=False),
    )
    document = {"format_version": BASELINE_VERSION, "findings": entries}
    write_atomic(path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return len(entries)


def read_baseline(path: Path) -> list[dict[str, Any]]:
    """The fingerprints recorded in a baseline file; BaselineError if it cannot be read or is not one."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise BaselineError(path, "unreadable", detail=error) from None
    if not isinstance(document, dict) or document.get("format_version") != BASELINE_VERSION:
        raise BaselineError(path, "not_a_baseline", version=BASELINE_VERSION)
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(path, "findings_not_list")
    return entries


def apply_baseline(
    findings: Iterable[Finding], baseline: Sequence[Mapping[str, Any]]
) -> tuple[list[Finding], list[Suppression]]:
    """Set aside findings the baseline records (each recorded entry covers one finding)."""
    remaining = [dict(entry) for entry in baseline]
    kept: list[Finding] = []
    suppressed: list[Suppression] = []
    for finding in findings:
        print_ = fingerprint(finding)
        if print_ in remaining:
            remaining.remove(print_)
            suppressed.append(Suppression(finding, "baseline", "baseline"))
        else:
            kept.append(finding)
    return kept, suppressed
