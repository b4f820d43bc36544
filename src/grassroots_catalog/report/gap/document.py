"""A small document model: what the gap report says, in one language, before any output format.

The facts become a :class:`Document` once per language (:mod:`.compose`); each renderer
(:mod:`.as_markdown`, :mod:`.as_html`) turns the same document into its format, so no renderer
parses another's output and the formats cannot drift apart. Every node is a frozen value.
"""

from __future__ import annotations

import string
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """Plain text."""

    text: str


@dataclass(frozen=True, slots=True)
class Code:
    """A literal: a file and line, an identifier, an option."""

    text: str


@dataclass(frozen=True, slots=True)
class Strong:
    """Text that must stand out (a finding's code)."""

    text: str


@dataclass(frozen=True, slots=True)
class Badge:
    """A severity, shown as its word: ``kind`` (``error``, ``warning``, ``info``) picks the look only."""

    kind: str
    text: str


Inline = Text | Code | Strong | Badge
Spans = tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    spans: Spans


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: Spans


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[Spans, ...]


@dataclass(frozen=True, slots=True)
class NumberedList:
    items: tuple[Spans, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table whose first row is its header; the first cell of each row names the row.

    ``numeric`` lists the columns (0-based) that hold numbers, to align them.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Series:
    """One kind of value in a bar chart: ``key`` is stable (for colours), ``label`` is what is read."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    """One stacked bar: one value per series, and the sentence that reads it out (for accessibility)."""

    label: str
    values: tuple[int, ...]
    description: str
    marks: tuple[int, ...] = ()
    """One count per :attr:`BarChart.marks`: drawn beside the stack, not in it (local additions)."""
    mark_description: str = ""
    """The sentence that reads the marks out."""


@dataclass(frozen=True, slots=True)
class BarChart:
    """Horizontal stacked bars on one scale, with a legend of the series.

    A format that cannot draw (Markdown) may leave the chart out: the numbers are also in a table.
    """

    caption: str
    series: tuple[Series, ...]
    bars: tuple[Bar, ...]
    marks: tuple[Series, ...] = ()
    """Counts drawn after each bar's stack, apart from it, with their own legend entries: what is
    not a share of the whole (the matters a catalogue adds beyond the national rows)."""

    def __post_init__(self) -> None:
        if any(len(bar.values) != len(self.series) for bar in self.bars):
            raise ValueError("each bar has one value per series")
        if any(len(bar.marks) != len(self.marks) for bar in self.bars):
            raise ValueError("each bar has one count per mark")


Block = Heading | Paragraph | BulletList | NumberedList | Table | BarChart


@dataclass(frozen=True, slots=True)
class Document:
    """A whole report: its title, its language (an IETF tag such as ``zh-CN``) and its blocks."""

    title: str
    language: str
    blocks: tuple[Block, ...]


def fill(template: str, **values: str | int | Inline) -> Spans:
    """The spans of ``template`` with its ``{fields}`` filled: text as :class:`Text`, spans as given.

    So a whole sentence stays one template in the message table even when part of it is code.
    """
    spans: list[Inline] = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if literal:
            spans.append(Text(literal))
        if name is None:
            continue
        if name not in values:
            raise KeyError(f"template {template!r} needs {name!r}")
        value = values[name]
        if isinstance(value, Text | Code | Strong | Badge):
            spans.append(value)
        else:
            spans.append(Text(format(repr(value) if conversion == "r" else value, spec or "")))
    return _merged(spans)


def _merged(spans: list[Inline]) -> Spans:
    """Adjacent plain texts joined, so renderers see one run of text."""
    result: list[Inline] = []
    for span in spans:
        if result and isinstance(span, Text) and isinstance(result[-1], Text):
            result[-1] = Text(result[-1].text + span.text)
        elif not (isinstance(span, Text) and not span.text):
            result.append(span)
    return tuple(result)


def plain(spans: Spans) -> str:
    """The text of ``spans`` without any marking (a page title, an accessible label)."""
    return "".join(span.text for span in spans)
