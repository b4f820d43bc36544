"""Suppressing findings with accountability: inline comments that give a reason, and baselines.

- An inline comment on a matter, ``# gcat: ignore[R19] 本县人大常委会决定另行规定`` (several codes
  separated by commas), suppresses those codes for that matter. The reason is required: a comment
  without one suppresses nothing and is itself reported (``S012``).
- A baseline (``gcat validate --baseline FILE``) lists the findings a legacy catalogue already has, so
  that CI fails only on new ones; ``--write-baseline FILE`` records the current ones.

Suppressed findings are not dropped: every report counts them and lists them with their reasons.
The records are NamedTuples, which cost far less to define than dataclasses: this module is imported
on every ``gcat validate``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from grassroots_catalog.results import Finding, Location, Severity, format_path

_COMMENT = re.compile(r"#\s*gcat:\s*ignore\[(?P<codes>[A-Za-z0-9 ,]+)\]\s*(?P<reason>.*?)\s*$")
BASELINE_VERSION = 1


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


def fingerprint(finding: Finding) -> dict[str, Any]:
    """What identifies a finding across edits: code, file name, matter and place, not the line number."""
    return {
        "code": finding.code,
        "file": Path(finding.file).name if finding.file else None,
        "matter": finding.ctx.get("matter"),
        "path": format_path(finding.path) if finding.path else None,
    }


NOT_BASELINED = frozenset({"S012", "S013"})
"""Notes about the check itself (an ignore comment without a reason; a part whose catalogue-wide checks
did not run): a baseline never records them, so they keep showing until acted on."""


def write_baseline(path: Path, findings: Iterable[Finding]) -> None:
    """Record ``findings`` as the accepted starting point (except :data:`NOT_BASELINED`)."""
    from grassroots_catalog.read.atomic import write_atomic

    entries = sorted(
        (fingerprint(f) for f in findings if f.code not in NOT_BASELINED),
        key=lambda e: json.dumps(e, ensure_ascii=False),
    )
    document = {"format_version": BASELINE_VERSION, "findings": entries}
    write_atomic(path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def read_baseline(path: Path) -> list[dict[str, Any]]:
    """The fingerprints recorded in a baseline file; ValueError if it is not one."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("format_version") != BASELINE_VERSION:
        raise ValueError(f"{path} is not a grassroots-catalog baseline (format_version {BASELINE_VERSION})")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'findings' should be a list")
    return entries


def apply_baseline(
    findings: Iterable[Finding], baseline: Sequence[dict[str, Any]]
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


# --------------------------------------------------------------------------- configured suppressions

CONFIG_NAMES = (".gcat.toml", "pyproject.toml")


class ConfiguredIgnore(NamedTuple):
    """One ``ignore`` entry of a project config: a code, optionally a matter and a file pattern, a reason."""

    code: str
    reason: str
    matter: str | None = None
    file: str | None = None
    source: str = ""

    def matches(self, finding: Finding) -> bool:
        if finding.code != self.code:
            return False
        if self.matter is not None and finding.ctx.get("matter") != self.matter:
            return False
        return self.file is None or (finding.file is not None and Path(finding.file).match(self.file))


class ConfigError(ValueError):
    """A project config that cannot be used; the message names the file and the entry."""


def find_config(start: Path) -> Path | None:
    """The nearest ``.gcat.toml``, or ``pyproject.toml`` with a ``[tool.grassroots-catalog]`` table,
    from ``start``'s folder up to the repository root (a folder holding ``.git``)."""
    folder = start.resolve().parent if start.is_file() else start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or "[tool.grassroots-catalog" in path.read_text("utf-8")):
                return path
        if (candidate / ".git").exists():
            return None
    return None


def read_config(path: Path) -> list[ConfiguredIgnore]:
    """The ignore entries of a config file; ConfigError if one lacks its code or its reason."""
    import tomllib

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None
    table = document.get("tool", {}).get("grassroots-catalog", {}) if path.name == "pyproject.toml" else document
    entries = table.get("ignore", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: ignore should be a list of tables ([[ignore]])")
    result = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not str(entry.get("code", "")).strip():
            raise ConfigError(f"{path}: ignore entry {index} has no code")
        reason = str(entry.get("reason", "")).strip()
        if not reason:
            raise ConfigError(
                f"{path}: ignore entry {index} ({entry['code']}) has no reason; every suppression must say why"
            )
        result.append(
            ConfiguredIgnore(
                str(entry["code"]).strip().upper(),
                reason,
                entry.get("matter"),
                entry.get("file"),
                f"{path.name}#{index}",
            )
        )
    return result


def apply_config(
    findings: Iterable[Finding], ignores: Sequence[ConfiguredIgnore]
) -> tuple[list[Finding], list[Suppression]]:
    """Set aside findings that a configured entry names."""
    kept: list[Finding] = []
    suppressed: list[Suppression] = []
    for finding in findings:
        entry = next((i for i in ignores if i.matches(finding)), None)
        if entry is None:
            kept.append(finding)
        else:
            suppressed.append(Suppression(finding, entry.reason, f"config ({entry.source})"))
    return kept, suppressed
