"""``gcat diff --format html``: one self-contained page (no script, no network), A and B side by side."""

from __future__ import annotations

from html import escape

from grassroots_catalog.diffs.model import CatalogueDiff, Change, ChangeKind
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.diff.words import (
    area_label,
    by_area,
    field_name,
    match_label,
    summary,
    title,
    value_text,
)

_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#eee}
td.where{color:#666;font-size:85%}
.weaker,.removed{background:#fde2e1}.stricter,.added{background:#e2f5e1}
.localised{background:#e6f0fa}.incomparable{background:#fff4d6}.moved,.metadata{background:#f0e6fa}
"""

_COLUMNS = ("field", "kind", "old", "new")


def _row(change: Change, lang: str) -> str:
    kind = change.kind.value
    old = value_text(change.old, lang) if change.kind is not ChangeKind.ADDED else ""
    new = value_text(change.new, lang) if change.kind is not ChangeKind.REMOVED else ""
    cells = [
        f"<td>{escape(field_name(change, lang))}</td>",
        f'<td class="{kind}">{escape(change.kind.label(lang))}</td>',
        f'<td>{escape(old)}<br><span class="where">{escape(str(change.where_a or ""))}</span></td>',
        f'<td>{escape(new)}<br><span class="where">{escape(str(change.where_b or ""))}</span></td>',
    ]
    return "<tr>" + "".join(cells) + "</tr>"


def _table(changes: list[Change], lang: str) -> list[str]:
    header = "".join(f"<th>{escape(report_text(f'diff.column.{key}', lang))}</th>" for key in _COLUMNS)
    return ["<table>", f"<tr>{header}</tr>", *(_row(change, lang) for change in changes), "</table>"]


def render(result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    heading = escape(title(result, lang))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{heading}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{heading}</h1>",
        f"<p>{escape(summary(result, lang))}</p>",
    ]
    if result.metadata:
        parts += [
            f"<h2>{escape(report_text('diff.metadata.heading', lang))}</h2>",
            *_table(list(result.metadata), lang),
        ]
    for area, rows in by_area(result):
        parts.append(f"<h2>{escape(area_label(area, lang))} <code>{escape(area)}</code></h2>")
        for changes in rows:
            first = changes[0]
            ids = report_text("diff.row.ids", lang, a=first.a_id or "—", b=first.b_id or "—")
            how = match_label(first.match, lang)
            parts.append(f"<h3>{escape(first.name)} <small>{escape(ids)} {escape(how)}</small></h3>")
            parts += _table(changes, lang)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
