"""Output formats of ``gcat compare``, by name: each renders a :class:`~grassroots_catalog.diffs.Comparison`.

The text formats have ``render(comparison, *, lang, top) -> str``; ``xlsx`` is a workbook
(:func:`grassroots_catalog.report.compare.xlsx.comparison_workbook_bytes`). A renderer is imported when
it is used, so that listing the formats (for ``--format``) costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grassroots_catalog.diffs import Comparison

CompareRenderer = Callable[..., str]


def _text() -> CompareRenderer:
    from grassroots_catalog.report.compare import text

    return text.render


def _markdown() -> CompareRenderer:
    from grassroots_catalog.report.compare import markdown

    return markdown.render


def _csv() -> CompareRenderer:
    from grassroots_catalog.report.compare import csv_report

    return csv_report.render


def _json() -> CompareRenderer:
    from grassroots_catalog.report.compare import json_report

    return json_report.render


def _html() -> CompareRenderer:
    from grassroots_catalog.report.compare import html

    return html.render


_MODULES: dict[str, Callable[[], CompareRenderer]] = {
    "text": _text,
    "markdown": _markdown,
    "csv": _csv,
    "json": _json,
    "html": _html,
}
COMPARE_FORMATS: tuple[str, ...] = (*_MODULES, "xlsx")
"""The ``--format`` names of ``gcat compare``; ``xlsx`` is a workbook written to a file."""

DEFAULT_TOP = 10
"""How many of the rows most often weakened or left out an output lists."""


def render_comparison(name: str, comparison: Comparison, *, lang: str = "zh", top: int = DEFAULT_TOP) -> str:
    """``comparison`` in text format ``name`` (any of :data:`COMPARE_FORMATS` but ``xlsx``)."""
    if name not in _MODULES:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(_MODULES)}")
    return _MODULES[name]()(comparison, lang=lang, top=top)


__all__ = ["COMPARE_FORMATS", "DEFAULT_TOP", "render_comparison"]
