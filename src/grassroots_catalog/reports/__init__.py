"""Output formats for findings, by name: each module renders a list of file reports to text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from ..validate import FileReport
from . import json as json_report
from . import text as text_report

Renderer = Callable[..., str]

RENDERERS: Mapping[str, Renderer] = MappingProxyType({
    "text": text_report.render,
    "json": json_report.render,
})
"""Renderers by ``--format`` name. Each takes ``(reports, *, lang, ...)`` and returns text."""


def render(name: str, reports: Sequence[FileReport], *, lang: str = "zh", **options: object) -> str:
    """Render ``reports`` in format ``name`` (a key of :data:`RENDERERS`)."""
    try:
        renderer = RENDERERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(RENDERERS)}") from None
    return renderer(reports, lang=lang, **options)
