"""Limits on input, each overridable, that keep hostile or broken files from hanging the tool.

Defaults follow INPUT-SAFETY.md: real catalogues are tens of kilobytes, about four levels deep, with
cells well under Excel's 32,767-character limit.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds applied while reading one file."""

    max_file_bytes: int = 5 * 1024 * 1024
    max_depth: int = 20
    max_value_chars: int = 10_000
    max_matters: int = 10_000


DEFAULT_LIMITS = Limits()
