"""The gap report a county office prints for its leadership: coverage, what to fix first, every finding.

Three steps, one module each: :func:`build` gathers the frozen facts from a validation (which
composed the chain once) in :mod:`.facts`; :func:`compose` lays them out as a small document in one
language (:mod:`.document`, :mod:`.compose`), worded from the REPORT tables of ``messages``; and
:func:`render_markdown` or :func:`render_html` writes that document (:mod:`.as_markdown`,
:mod:`.as_html`).
"""

from __future__ import annotations

from grassroots_catalog.report.gap import as_html, as_markdown
from grassroots_catalog.report.gap.compose import compose
from grassroots_catalog.report.gap.document import Document
from grassroots_catalog.report.gap.facts import STATUSES, AreaCoverage, GapReport, StatusCounts, build

__all__ = [
    "STATUSES",
    "AreaCoverage",
    "Document",
    "GapReport",
    "StatusCounts",
    "build",
    "compose",
    "html",
    "markdown",
    "render_html",
    "render_markdown",
]


def render_markdown(report: GapReport, lang: str = "zh") -> str:
    """The report as Markdown in ``lang`` ("zh" or "en")."""
    return as_markdown.render(compose(report, lang))


def render_html(report: GapReport, lang: str = "zh") -> str:
    """The report as one self-contained HTML page in ``lang``, to print on A4 or send."""
    return as_html.render(compose(report, lang))


markdown = render_markdown
"""The name the command line has always called."""
html = render_html
"""The name the command line has always called."""
