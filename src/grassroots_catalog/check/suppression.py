"""Suppressing findings with accountability: the :class:`Suppression` record, and inline comments.

An inline comment on a matter, ``# gcat: ignore[R19] 本县人大常委会决定另行规定`` (several codes
separated by commas), suppresses those codes for that matter. The reason is required: a comment
without one suppresses nothing and is itself reported (``S012``). A project's config
(:mod:`grassroots_catalog.check.config`) and a baseline (:mod:`grassroots_catalog.check.baseline`)
set findings aside the same way, as Suppressions.

Suppressed findings are not dropped: every report counts them and lists them with their reasons.
The records are NamedTuples, which cost far less to define than dataclasses: this module is imported
on every ``gcat validate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from grassroots_catalog.results import Finding, Location, Severity

_COMMENT = re.compile(r"#\s*gcat:\s*ignore\[(?P<codes>[A-Za-z0-9 ,]+)\]\s*(?P<reason>.*?)\s*$")


class Suppression(NamedTuple):
    """A finding set aside, and why."""

    finding: Finding
    reason: str
    source: str
    """``inline`` (a comment in the catalogue) or ``baseline``."""


class InlineIgnore(NamedTuple):
    codes: frozenset[str]
    reason: str
    line: int
    column: int


def inline_ignores(text: str) -> list[InlineIgnore]:
    """Every ``# gcat: ignore[...]`` comment in ``text``, with its line."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "gcat:" not in line:
            continue
        match = _COMMENT.search(line)
        if match:
            codes = frozenset(code.strip().upper() for code in match.group("codes").split(",") if code.strip())
            found.append(InlineIgnore(codes, match.group("reason"), number, match.start() + 1))
    return found


def matter_blocks(starts: Sequence[int], last_line: int) -> list[tuple[int, int]]:
    """Line ranges of consecutive matters, from the start line of each."""
    return [(start, (starts[i + 1] - 1) if i + 1 < len(starts) else last_line) for i, start in enumerate(starts)]


def apply_inline(
    findings: Iterable[Finding], file: str, text: str, blocks: Sequence[tuple[int, int]]
) -> tuple[list[Finding], list[Suppression]]:
    """Set aside findings in ``file`` that a reasoned comment inside the same matter names."""
    ignores = inline_ignores(text)
    kept: list[Finding] = []
    suppressed: list[Suppression] = []
    for ignore in ignores:
        if not ignore.reason:
            kept.append(
                Finding(
                    "S012",
                    Severity.WARNING,
                    file=file,
                    location=Location(ignore.line, ignore.column),
                    ctx={"codes": ", ".join(sorted(ignore.codes))},
                )
            )
    usable = [i for i in ignores if i.reason]
    for finding in findings:
        match = _matching(finding, file, usable, blocks)
        if match is None:
            kept.append(finding)
        else:
            suppressed.append(Suppression(finding, match.reason, "inline"))
    return kept, suppressed


def _matching(
    finding: Finding, file: str, ignores: Sequence[InlineIgnore], blocks: Sequence[tuple[int, int]]
) -> InlineIgnore | None:
    if finding.file is None or finding.location is None or Path(finding.file).resolve() != Path(file).resolve():
        return None
    line = finding.location.line
    block = next(((start, end) for start, end in blocks if start <= line <= end), None)
    if block is None:
        return None
    return next((i for i in ignores if finding.code in i.codes and block[0] <= i.line <= block[1]), None)
