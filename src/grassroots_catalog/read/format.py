"""Rewriting one catalogue file in canonical form, keeping its comments: what ``gcat fmt`` does per file.

A file is rewritten only when it reads as a catalogue and has no warning: a warning (a value that was
guessed, a spelling corrected with a suggestion) is something a person should look at before the
canonical form replaces what they wrote, unless they say so (``force``). The outcome is a value that
says what happened and which findings explain it; the command line renders it.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.load import read_catalogue
from grassroots_catalog.results import Finding, Severity


class FormatStatus(enum.Enum):
    """What formatting one file did."""

    UNREADABLE = "unreadable"
    """Not readable as a catalogue; the findings say why. Nothing written."""
    HELD_BACK = "held-back"
    """Readable, but with warnings to look at first (and no ``force``). Nothing written."""
    UNCHANGED = "unchanged"
    """Already in canonical form."""
    WOULD_CHANGE = "would-change"
    """Not in canonical form; ``check`` asked only to say so. Nothing written."""
    REFORMATTED = "reformatted"
    """Rewritten in canonical form (atomically: a crash leaves the old file or the new one)."""


@dataclass(frozen=True, slots=True)
class FormatOutcome:
    """The outcome of formatting one file: what happened, and the findings that explain it."""

    path: Path
    status: FormatStatus
    findings: tuple[Finding, ...] = ()
    """Every finding of an unreadable file; the warnings that held a file back; else empty."""


def format_file(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, force: bool = False, check: bool = False
) -> FormatOutcome:
    """Rewrite the catalogue at ``path`` in canonical form, unless ``check`` (then only say whether it would).

    A file with warnings is held back unless ``force``. Never raises for a bad file: its findings
    are in the outcome.
    """
    from grassroots_catalog.read.atomic import remove_stale_temporaries, write_atomic
    from grassroots_catalog.read.writer import format_text  # ruamel.yaml is only needed here

    file = Path(path)
    if not check:  # what an earlier run killed mid-write left beside the file goes, rewritten or not
        remove_stale_temporaries(file)
    result = read_catalogue(file, limits=limits)
    if result.catalogue is None or result.text is None:
        return FormatOutcome(file, FormatStatus.UNREADABLE, result.findings)
    warnings = tuple(f for f in result.findings if f.severity >= Severity.WARNING)
    if warnings and not force:
        return FormatOutcome(file, FormatStatus.HELD_BACK, warnings)
    formatted = format_text(result.text, result.catalogue)
    if formatted == result.text:
        return FormatOutcome(file, FormatStatus.UNCHANGED)
    if check:
        return FormatOutcome(file, FormatStatus.WOULD_CHANGE)
    write_atomic(file, formatted.encode("utf-8"))
    return FormatOutcome(file, FormatStatus.REFORMATTED)
