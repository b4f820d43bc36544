"""Output formats for findings, by name: ``report/<format>.py`` each renders file reports to text.

Renderers are imported when used, so that listing the formats (for ``--format``) costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport

_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "markdown": "markdown",
    "github": "github",
    "jsonl": "jsonl",
}
FORMATS: tuple[str, ...] = tuple(_MODULES)
"""The ``--format`` names; each names a module here with a ``render(reports, *, lang, ...)`` function,
and a ``stream`` function that takes the reports one at a time and yields the output as it goes."""

Renderer = Callable[..., str]
Streamer = Callable[..., Iterator[str]]


def renderer(name: str) -> Renderer:
    """The render function of format ``name``."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f".{_MODULES[name]}", __name__)
    function: Renderer = module.render
    return function


def render(name: str, reports: Sequence[FileReport], *, lang: str = "zh", **options: object) -> str:
    """Render ``reports`` in format ``name`` (one of :data:`FORMATS`)."""
    return renderer(name)(reports, lang=lang, **options)


def streamer(name: str) -> Streamer:
    """The stream function of format ``name``."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f".{_MODULES[name]}", __name__)
    function: Streamer = module.stream
    return function


def stream(name: str, reports: Iterable[FileReport], *, lang: str = "zh", **options: object) -> Iterator[str]:
    """Render ``reports`` in format ``name`` as they come, one piece of text at a time: no format holds
    every report, so that a national run's output starts at once and its memory stays bounded."""
    return streamer(name)(reports, lang=lang, **options)
