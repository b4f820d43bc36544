"""The source line under a finding, with a caret at its column, as ruff and rustc show it.

Each file's text is taken once: from the reports (the text each file was read from, and the texts of
the catalogues its chain extends; or, for a report of the batch engine, the lines its findings point
at), or, for a file no report holds, read once and kept. A finding never costs a read of its own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from grassroots_catalog.report.table import display_width
from grassroots_catalog.results import Finding

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.read.load import LoadResult

WINDOW = 120
"""The most terminal columns of a line shown (a Chinese character takes two): a wider line is shown
around the column, cut with …, so that no line of the output runs far past a terminal's width."""
_BEFORE = 40
"""How many columns before the finding's column a cut line keeps."""


class SourceLines:
    """The lines of the files the reports name, each file split once."""

    def __init__(self, reports: Sequence[FileReport]) -> None:
        self._texts: dict[str, str | None] = {}
        self._lines: dict[str, list[str]] = {}
        self._kept: dict[str, Mapping[int, str]] = {}
        for report in reports:
            for file, numbered in report.lines.items():  # a slim report keeps only the lines it needs
                self._kept.setdefault(file, numbered)
            results: list[LoadResult | None] = [report.source]
            if report.effective is not None:
                results += [layer.result for layer in report.effective.layers]
            for result in results:
                if result is not None and result.text is not None:
                    self._texts.setdefault(result.file, result.text)

    def line(self, file: str, number: int) -> str | None:
        """Line ``number`` (1-based) of ``file``; None if the file cannot be read or is shorter."""
        kept = self._kept.get(file)
        if kept is not None and number in kept:
            return kept[number]
        lines = self._lines.get(file)
        if lines is None:
            text = self._texts[file] if file in self._texts else _read(file)
            lines = self._lines[file] = text.splitlines() if text is not None else []
        return lines[number - 1] if 0 < number <= len(lines) else None


def _read(file: str) -> str | None:
    try:
        return Path(file).read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        return None


def snippet(finding: Finding, lines: SourceLines) -> list[str]:
    """The two lines shown under ``finding``: its source line and a caret under its column (none if the
    finding has no place in a file, or the line cannot be had)."""
    if finding.location is None or finding.file is None:
        return []
    text = lines.line(finding.file, finding.location.line)
    if text is None:
        return []
    column = max(finding.location.column - 1, 0)
    start, end = _window(text, column)
    shown = text[start:end]
    head, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    before = head + _visible(shown[: column - start])
    number = str(finding.location.line)
    gutter = " " * len(number)
    return [
        f"  {number} | {head}{_visible(shown)}{tail}".rstrip(),
        f"  {gutter} | {' ' * display_width(before)}^",
    ]


def _window(text: str, column: int) -> tuple[int, int]:
    """The slice ``[start, end)`` of ``text`` shown: all of it if it fits in :data:`WINDOW` columns, else
    up to :data:`_BEFORE` columns before ``column`` and as many after as the window holds."""
    if len(text) <= WINDOW // 2 or display_width(text) <= WINDOW:  # no character is wider than two
        return 0, len(text)
    start, used = min(column, len(text)), 0
    while start > 0 and used + display_width(text[start - 1]) <= _BEFORE:
        start -= 1
        used += display_width(text[start])
    end, used = start, 0
    while end < len(text) and used + display_width(text[end]) <= WINDOW:
        used += display_width(text[end])
        end += 1
    return start, end


def _visible(text: str) -> str:
    """``text`` safe to print: a tab as a space, an invisible or control character as ``�``, so that
    the caret lines up and the terminal shows what the finding is about."""
    return "".join(
        " " if char == "\t" else "\ufffd" if unicodedata.category(char) in ("Cc", "Cf") else char for char in text
    )
