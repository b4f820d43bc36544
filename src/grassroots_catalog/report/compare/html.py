"""``gcat compare --format html``: one self-contained page: the heat-map matrix, the totals and a bar
per area, in the house style of the gap report (:mod:`grassroots_catalog.report.gap.as_html`).

No script, font, image or style sheet from anywhere: the style is inline and the bars are inline SVG
(:func:`grassroots_catalog.report.gap.svg.stacked_bar`). Each cell of the matrix is shaded by the
share of its rows the catalogue weakened or left out, shows that count out of the rows compared, and
reads out its full counts as its ``title``: the colour is never the only way to tell cells apart.
Every text is escaped.
"""

from __future__ import annotations

from html import escape

from grassroots_catalog.diffs.comparison import STATUSES, Comparison, RowStatus, Tally
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare.words import (
    area_label,
    header_lines,
    judged,
    status_labels,
    taken_away,
    tally_text,
)
from grassroots_catalog.report.gap.as_html import STYLE
from grassroots_catalog.report.gap.document import Bar, Series
from grassroots_catalog.report.gap.svg import colours, stacked_bar

_SERIES_KEYS = {
    RowStatus.COPIED: "present",
    RowStatus.LOCALISED: "localised",
    RowStatus.STRENGTHENED: "strengthened",
    RowStatus.WEAKENED: "weakened",
    RowStatus.MISSING: "missing",
    RowStatus.NOT_APPLICABLE: "not-applicable",
}
"""The gap report's colour of each status of a reference row (``added`` is drawn as its marks)."""

_EXTRA_STYLE = """
body{max-width:none}
table.heat td,table.heat th{white-space:nowrap}
table.heat td{text-align:center;font-variant-numeric:tabular-nums}
td.uncovered{background:#f4f4f4;color:#888}
"""


def _heat(tally: Tally) -> str:
    """The cell's background: white for nothing taken away, deepening red as the share grows."""
    rows = judged(tally)
    share = taken_away(tally) / rows if rows else 0.0
    red, green, blue = 255, round(255 - 200 * share), round(255 - 210 * share)
    return f"#{red:02x}{green:02x}{blue:02x}"


def _matrix(comparison: Comparison, lang: str) -> list[str]:
    areas = comparison.areas
    head = "".join(f"<th>{escape(area_label(area, lang))}</th>" for area in areas)
    parts = [
        f"<h2>{escape(report_text('compare.matrix', lang))}</h2>",
        '<table class="heat"><thead><tr>',
        f"<th>{escape(report_text('compare.column.catalogue', lang))}</th>{head}</tr></thead><tbody>",
    ]
    for catalogue in comparison:
        cells = [f"<th>{escape(catalogue.name)}<br><code>{escape(catalogue.file or catalogue.id)}</code></th>"]
        for area in areas:
            tally = comparison.cell(catalogue, area)
            if tally is None:
                cells.append(f'<td class="uncovered">{escape(report_text("compare.uncovered", lang))}</td>')
                continue
            described = report_text(
                "compare.cell",
                lang,
                catalogue=catalogue.name,
                area=area_label(area, lang),
                counts=tally_text(tally, lang),
            )
            cells.append(
                f'<td style="background:{_heat(tally)}" title="{escape(described)}">'
                f"{taken_away(tally)}/{judged(tally)}</td>"
            )
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return parts


def _totals(heading: str, labelled: list[tuple[str, Tally]], comparison: Comparison, lang: str) -> list[str]:
    head = "".join(f"<th>{escape(label)}</th>" for label in status_labels(lang))
    parts = [
        f"<h2>{escape(heading)}</h2>",
        f"<table><thead><tr><th></th>{head}<th>{escape(report_text('compare.column.total', lang))}</th></tr>",
        "</thead><tbody>",
    ]
    for label, tally in [*labelled, (report_text("compare.all", lang), comparison.total())]:
        counts = "".join(f'<td class="num">{tally[status]}</td>' for status in STATUSES)
        parts.append(f'<tr><th>{escape(label)}</th>{counts}<td class="num">{tally.total}</td></tr>')
    parts.append("</tbody></table>")
    return parts


def _bars(comparison: Comparison, lang: str) -> list[str]:
    series = tuple(Series(_SERIES_KEYS[s], s.label(lang)) for s in STATUSES if s in _SERIES_KEYS)
    marks = (Series("local-additions", RowStatus.ADDED.label(lang)),)
    totals = comparison.by_area()
    scale = max((t.total for t in totals.values()), default=1)
    legend = "".join(
        f'<li><span class="swatch" style="border-color:{colours(kind.key)[0]}"></span>{escape(kind.label)}</li>'
        for kind in (*series, *marks)
    )
    parts = [
        f"<h2>{escape(report_text('compare.bars', lang))}</h2>",
        f'<figure class="chart"><ul class="legend">{legend}</ul>',
    ]
    for area, tally in totals.items():
        name = area_label(area, lang)
        bar = Bar(
            name,
            tuple(tally[s] for s in STATUSES if s in _SERIES_KEYS),
            report_text("compare.bar", lang, area=name, counts=tally_text(tally, lang)),
            (tally[RowStatus.ADDED],),
            report_text("compare.bar.added", lang, count=tally[RowStatus.ADDED]),
        )
        parts.append(f'<div class="bar-row"><span>{escape(name)}</span>{stacked_bar(bar, series, scale, marks)}</div>')
    parts.append("</figure>")
    return parts


def _most_taken_away(comparison: Comparison, lang: str, top: int) -> list[str]:
    parts = [f"<h2>{escape(report_text('compare.most_taken_away', lang))}</h2>"]
    ranked = comparison.most_taken_away(top)
    if not ranked:
        return [*parts, f"<p>{escape(report_text('compare.none_taken_away', lang))}</p>"]
    keys = ("area", "name", "row")
    head = "".join(f"<th>{escape(report_text(f'compare.column.{key}', lang))}</th>" for key in keys)
    head += f"<th>{escape(RowStatus.WEAKENED.label(lang))}</th><th>{escape(RowStatus.MISSING.label(lang))}</th>"
    head += f"<th>{escape(report_text('compare.column.weakened_in', lang))}</th>"
    head += f"<th>{escape(report_text('compare.column.missing_in', lang))}</th>"
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    separator = report_text("compare.separator", lang)
    for entry in ranked:
        cells = [
            escape(area_label(entry.row.area, lang)),
            escape(entry.row.name),
            f"<code>{escape(entry.row.id)}</code>",
        ]
        parts.append(
            "<tr>"
            + "".join(f"<td>{cell}</td>" for cell in cells)
            + f'<td class="num">{entry.tally[RowStatus.WEAKENED]}</td>'
            + f'<td class="num">{entry.tally[RowStatus.MISSING]}</td>'
            + f"<td>{escape(separator.join(entry.weakened_in))}</td>"
            + f"<td>{escape(separator.join(entry.missing_in))}</td></tr>"
        )
    parts.append("</tbody></table>")
    return parts


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    lines = header_lines(comparison, lang)
    by_catalogue = [(c.name, c.tally()) for c in comparison]
    by_area = [(area_label(area, lang), tally) for area, tally in comparison.by_area().items()]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{escape(lines[0])}</title><style>{STYLE}{_EXTRA_STYLE}</style></head><body>",
        f"<h1>{escape(lines[0])}</h1>",
        *(f"<p>{escape(line)}</p>" for line in lines[1:]),
        *_matrix(comparison, lang),
        *_totals(report_text("compare.by_catalogue", lang), by_catalogue, comparison, lang),
        *_totals(report_text("compare.by_area", lang), by_area, comparison, lang),
        *_bars(comparison, lang),
        *_most_taken_away(comparison, lang, top),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
