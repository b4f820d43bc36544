"""One horizontal stacked bar as inline SVG: drawn by the page itself, so it needs no script or network.

Colours are attributes of the shapes (printers keep them, unlike CSS backgrounds), each segment
with a count wide enough to hold it shows the number, and the whole bar reads out as its
``<title>`` and ``aria-label``: the colours are never the only way to tell the statuses apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from types import MappingProxyType

from grassroots_catalog.report.gap.document import Bar, Series

WIDTH = 360
"""The length of the longest bar, in CSS pixels; the others are drawn to the same scale."""
HEIGHT = 18
_GAP = 6
"""The space between a bar's stack and its marks (local additions), in CSS pixels."""
_MIN_LABELLED = 16
"""A segment narrower than this (in pixels) is drawn without its number, which would not fit."""

PALETTE: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "present": ("#1b7837", "#ffffff"),
        "localised": ("#7fbf7b", "#10331a"),
        "strengthened": ("#2166ac", "#ffffff"),
        "weakened": ("#f1a340", "#3d2600"),
        "missing": ("#b2182b", "#ffffff"),
        "not-applicable": ("#bdbdbd", "#222222"),
        "local-additions": ("#762a83", "#ffffff"),
    }
)
"""Fill and text colour of each series key (the coverage statuses, then the local additions); any
other key is drawn grey."""
_OTHER = ("#9e9e9e", "#000000")


def colours(key: str) -> tuple[str, str]:
    """The fill and the text colour of the series ``key``."""
    return PALETTE.get(key, _OTHER)


def stacked_bar(bar: Bar, series: tuple[Series, ...], scale: int, marks: tuple[Series, ...] = ()) -> str:
    """``bar`` as an ``<svg>`` element; ``scale`` is the total drawn :data:`WIDTH` long (at least 1).

    The ``marks`` (one count each in ``bar.marks``) follow the stack after a gap, in a group that
    reads itself out (``bar.mark_description``), so that they never pass for a share of it."""
    label = escape(bar.description)
    parts = [
        f'<svg class="bar" role="img" aria-label="{label}" width="{WIDTH + _GAP}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH + _GAP} {HEIGHT}"><title>{label}</title>'
    ]
    x = 0.0
    for value, kind in zip(bar.values, series, strict=True):
        x = _segment(parts, x, value, kind, scale)
    stacked = x
    if any(value > 0 for value in bar.marks):
        described = escape(bar.mark_description)
        parts.append(f'<g role="img" aria-label="{described}"><title>{described}</title>')
        x += _GAP
        for value, kind in zip(bar.marks, marks, strict=True):
            x = _segment(parts, x, value, kind, scale)
        parts.append("</g>")
    if stacked == 0:
        parts.append(
            f'<rect x="0.5" y="0.5" width="{WIDTH - 1}" height="{HEIGHT - 1}" fill="none" stroke="#999" '
            'stroke-dasharray="3 2"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _segment(parts: list[str], x: float, value: int, kind: Series, scale: int) -> float:
    """Draw ``value`` of ``kind`` from ``x`` (nothing for zero); where the next segment starts."""
    if value <= 0:
        return x
    width = WIDTH * value / max(scale, 1)
    fill, ink = colours(kind.key)
    parts.append(
        f'<rect x="{x:.2f}" y="0" width="{width:.2f}" height="{HEIGHT}" fill="{fill}">'
        f"<title>{escape(kind.label)} {value}</title></rect>"
    )
    if width >= _MIN_LABELLED:
        parts.append(
            f'<text x="{x + width / 2:.2f}" y="{HEIGHT / 2:.1f}" fill="{ink}" font-size="11" '
            f'text-anchor="middle" dominant-baseline="central" aria-hidden="true">{value}</text>'
        )
    return x + width
