"""A :class:`~.document.Document` as Markdown (CommonMark with GitHub's tables).

Markdown cannot draw, so a bar chart is left out: the coverage table beside it holds its numbers.
Text is escaped only where Markdown would otherwise read it as markup, so the file stays readable
as plain text in a terminal.
"""

from __future__ import annotations

import re

from grassroots_catalog.report.gap.document import (
    Badge,
    BarChart,
    Block,
    BulletList,
    Code,
    Document,
    Heading,
    NumberedList,
    Paragraph,
    Spans,
    Strong,
    Table,
    Text,
)

_MARKUP = re.compile(r"([\\`*<])")


def render(document: Document) -> str:
    """The document as Markdown, blocks separated by a blank line, ending in one newline."""
    parts = [_block(block) for block in document.blocks]
    return "\n\n".join(part for part in parts if part) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * block.level + " " + _inline(block.spans)
    if isinstance(block, Paragraph):
        return _inline(block.spans)
    if isinstance(block, BulletList):
        return "\n".join(f"- {_inline(item)}" for item in block.items)
    if isinstance(block, NumberedList):
        return "\n".join(f"{n}. {_inline(item)}" for n, item in enumerate(block.items, 1))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, BarChart):
        return ""
    raise TypeError(f"no Markdown for {type(block).__name__}")


def _table(table: Table) -> str:
    rule = ["---:" if column in table.numeric else "---" for column in range(len(table.header))]
    lines = [_row(table.header), "|" + "|".join(rule) + "|"]
    lines += [_row(row) for row in table.rows]
    return "\n".join(lines)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_text(cell).replace("|", "\\|") for cell in cells) + " |"


def _inline(spans: Spans) -> str:
    return "".join(_span(span) for span in spans)


def _span(span: Text | Code | Strong | Badge) -> str:
    if isinstance(span, Code):
        return _code(span.text)
    if isinstance(span, Strong):
        return f"**{_text(span.text)}**"
    if isinstance(span, Badge):
        return f"[{_text(span.text)}]"
    return _text(span.text)


def _text(text: str) -> str:
    return _MARKUP.sub(r"\\\1", text)


def _code(text: str) -> str:
    """A code span whose fence is longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
