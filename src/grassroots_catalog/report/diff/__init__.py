"""Output formats of ``gcat diff``, by name: each module renders a :class:`~grassroots_catalog.diffs.CatalogueDiff`.

The text formats have ``render(result, *, lang, colour) -> str``; ``xlsx`` writes a workbook
(:func:`grassroots_catalog.report.diff.xlsx.diff_workbook_bytes`). A renderer is imported when it is
used, so that listing the formats (for ``--format``) costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grassroots_catalog.diffs import CatalogueDiff

DiffRenderer = Callable[..., str]


def _text() -> DiffRenderer:
    from grassroots_catalog.report.diff import text

    return text.render


def _json() -> DiffRenderer:
    from grassroots_catalog.report.diff import json_report

    return json_report.render


def _markdown() -> DiffRenderer:
    from grassroots_catalog.report.diff import markdown

    return markdown.render


def _html() -> DiffRenderer:
    from grassroots_catalog.report.diff import html

    return html.render


def _github() -> DiffRenderer:
    from grassroots_catalog.report.diff import github

    return github.render


_RENDERERS: dict[str, Callable[[], DiffRenderer]] = {
    "text": _text,
    "json": _json,
    "markdown": _markdown,
    "html": _html,
    "github": _github,
}
DIFF_FORMATS: tuple[str, ...] = (*_RENDERERS, "xlsx")
"""The ``--format`` names of ``gcat diff``; ``xlsx`` is a workbook written to a file."""


def render_diff(name: str, result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    """``result`` in text format ``name`` (any of :data:`DIFF_FORMATS` but ``xlsx``)."""
    if name not in _RENDERERS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(_RENDERERS)}")
    return _RENDERERS[name]()(result, lang=lang, colour=colour)


__all__ = ["DIFF_FORMATS", "render_diff"]
