"""Limits on input, each overridable, that keep hostile or broken files from hanging the tool.

Defaults follow INPUT-SAFETY.md: real catalogues are tens of kilobytes, about four levels deep, with
cells well under Excel's 32,767-character limit. A workbook is a zip archive: its inflated size, its
ratio to the file's size and its entry count are checked before any XML is parsed (finding 8).
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
    # ---- tables (XLSX, CSV, HTML)
    max_zip_bytes: int = 50 * 1024 * 1024
    """Total inflated size of a workbook's zip entries."""
    max_zip_ratio: int = 100
    """Inflated size over the file's size: a zip bomb compresses zeros far beyond this."""
    max_zip_entries: int = 1_000
    max_shared_strings_bytes: int = 20 * 1024 * 1024
    """Inflated size of xl/sharedStrings.xml, the one part that holds every text of a workbook."""
    max_cells: int = 1_000_000
    """Rows × columns of one sheet or table, counted before it is filled."""
    max_cell_chars: int = 32_767
    """Excel's own limit on one cell."""


DEFAULT_LIMITS = Limits()
