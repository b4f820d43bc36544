"""A :class:`~.document.Document` as one self-contained HTML page, made to be printed on A4 or sent.

No script, no font, image or style sheet fetched from anywhere: the style is inline and the charts
are inline SVG. Printed, table headers repeat on each page and rows are not split across pages.
Every text of the document is escaped.
"""

from __future__ import annotations

from html import escape

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
from grassroots_catalog.report.gap.svg import colours, stacked_bar

STYLE = """\
@page{size:A4;margin:16mm 14mm 18mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#222;font-size:11pt}
h1{font-size:1.6rem;margin:0 0 .6rem}
h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.15rem;margin:1.6rem 0 .6rem}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
ul,ol{padding-left:1.6rem}
li{margin:.15rem 0}
table{border-collapse:collapse;margin:.8rem 0;width:100%;font-size:.92em}
thead{display:table-header-group}
tr,li,.bar-row{break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #bbb;padding:.2rem .45rem;text-align:left;vertical-align:top}
thead th{background:#eee}
tbody th{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;background:#f4f4f4;padding:0 .2rem;
font-size:.88em;overflow-wrap:anywhere}
.badge{display:inline-block;padding:0 .35em;border:1px solid;border-radius:3px;font-size:.85em;
font-weight:bold;line-height:1.35}
.badge-error{color:#9c0016;background:#fde8eb}
.badge-warning{color:#6e4b00;background:#fff3cd}
.badge-info{color:#1f4f7a;background:#e6f0fa}
figure.chart{margin:1rem 0}
figcaption,.legend{break-after:avoid;page-break-after:avoid}
figcaption{font-weight:bold;margin-bottom:.3rem}
.legend{list-style:none;padding:0;margin:.2rem 0 .6rem;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem}
.swatch{display:inline-block;width:0;height:.85em;border-left:.9em solid;margin-right:.35em;vertical-align:-.1em}
.bar-row{display:grid;grid-template-columns:13em auto;align-items:center;gap:.6rem;margin:.2rem 0}
svg.bar{max-width:100%;height:auto;display:block}
@media print{body{margin:0;max-width:none;padding:0;font-size:10pt}}
"""


def render(document: Document) -> str:
    """The document as a complete HTML page."""
    body = "\n".join(_block(block) for block in document.blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(document.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n<style>\n{STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_inline(block.spans)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.spans)}</p>"
    if isinstance(block, BulletList):
        return "<ul>\n" + "\n".join(f"<li>{_inline(item)}</li>" for item in block.items) + "\n</ul>"
    if isinstance(block, NumberedList):
        return "<ol>\n" + "\n".join(f"<li>{_inline(item)}</li>" for item in block.items) + "\n</ol>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, BarChart):
        return _chart(block)
    raise TypeError(f"no HTML for {type(block).__name__}")


def _table(table: Table) -> str:
    def cell(tag: str, column: int, text: str, scope: str = "") -> str:
        attributes = f' scope="{scope}"' if scope else ""
        if column in table.numeric:
            attributes += ' class="num"'
        return f"<{tag}{attributes}>{escape(text)}</{tag}>"

    head = "".join(cell("th", n, text, "col") for n, text in enumerate(table.header))
    rows = [
        "<tr>" + "".join(cell("th", 0, text, "row") if n == 0 else cell("td", n, text) for n, text in enumerate(row))
        for row in table.rows
    ]
    return (
        "<table>\n<thead><tr>"
        + head
        + "</tr></thead>\n<tbody>\n"
        + "\n".join(row + "</tr>" for row in rows)
        + "\n</tbody>\n</table>"
    )


def _chart(chart: BarChart) -> str:
    scale = max((sum(bar.values) + sum(bar.marks) for bar in chart.bars), default=1)
    legend = "".join(
        f'<li><span class="swatch" style="border-left-color:{colours(s.key)[0]}"></span>{escape(s.label)}</li>'
        for s in (*chart.series, *chart.marks)
    )
    rows = "\n".join(
        f'<div class="bar-row"><span>{escape(bar.label)}</span>'
        f"{stacked_bar(bar, chart.series, scale, chart.marks)}</div>"
        for bar in chart.bars
    )
    return (
        f'<figure class="chart">\n<figcaption>{escape(chart.caption)}</figcaption>\n'
        f'<ul class="legend">{legend}</ul>\n{rows}\n</figure>'
    )


def _inline(spans: Spans) -> str:
    return "".join(_span(span) for span in spans)


def _span(span: Text | Code | Strong | Badge) -> str:
    if isinstance(span, Code):
        return f"<code>{escape(span.text)}</code>"
    if isinstance(span, Strong):
        return f"<strong>{escape(span.text)}</strong>"
    if isinstance(span, Badge):
        return f'<span class="badge badge-{escape(span.kind)}">{escape(span.text)}</span>'
    return escape(span.text)
