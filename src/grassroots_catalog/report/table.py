"""Tables: plain text for a terminal, aligned by display width (a Chinese character takes two
columns), and Markdown.

Padding by ``len`` would push every cell after a Chinese one out of line; this pads by what a
terminal shows (:func:`unicodedata.east_asian_width`: wide and full-width characters count twice).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(0, width - display_width(text))


def text_table(rows: Sequence[Sequence[str]], *, indent: str = "") -> str:
    """``rows`` (the first is the header) as aligned columns two spaces apart, a rule under the header."""
    if not rows:
        return ""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(indent + line for line in lines)


def markdown_cell(text: str) -> str:
    """``text`` as one Markdown table cell: a ``|`` escaped, line breaks as spaces."""
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(rows: Sequence[Sequence[str]]) -> str:
    """``rows`` (the first is the header) as a Markdown table."""
    if not rows:
        return ""
    lines = ["| " + " | ".join(markdown_cell(cell) for cell in row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)
