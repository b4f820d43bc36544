"""Output formats of ``gcat diff``, by name: each module renders a :class:`~grassroots_catalog.diff.CatalogueDiff`.

The text formats have ``render(result, *, lang, colour) -> str``; ``xlsx`` writes a workbook
(:func:`grassroots_catalog.report.diff.xlsx.diff_workbook_bytes`). Renderers are imported when used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grassroots_catalog.diff import CatalogueDiff

_MODULES = {
    "text": "text",
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
    "github": "github",
}
DIFF_FORMATS: tuple[str, ...] = (*_MODULES, "xlsx")
"""The ``--format`` names of ``gcat diff``; ``xlsx`` is a workbook written to a file."""


def render_diff(name: str, result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    """``result`` in text format ``name`` (any of :data:`DIFF_FORMATS` but ``xlsx``)."""
    if name not in _MODULES:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(_MODULES)}")
    module = importlib.import_module(f".{_MODULES[name]}", __name__)
    text: str = module.render(result, lang=lang, colour=colour)
    return text


__all__ = ["DIFF_FORMATS", "render_diff"]
