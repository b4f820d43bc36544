"""``gcat diff`` for a person: grouped by area, then by row; each change with the old and the new value
side by side, and where each sits. Coloured on a terminal (weaker red, stricter green)."""

from __future__ import annotations

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

_COLOURS = {
    ChangeKind.WEAKER: "\x1b[31m",
    ChangeKind.REMOVED: "\x1b[31m",
    ChangeKind.INCOMPARABLE: "\x1b[33m",
    ChangeKind.STRICTER: "\x1b[32m",
    ChangeKind.ADDED: "\x1b[32m",
    ChangeKind.LOCALISED: "\x1b[36m",
    ChangeKind.MOVED: "\x1b[35m",
    ChangeKind.METADATA: "\x1b[35m",
}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def _kind(change: Change, lang: str, colour: bool) -> str:
    label = f"[{change.kind.label(lang)}]"
    return f"{_COLOURS[change.kind]}{label}{_RESET}" if colour else label


def _line(change: Change, lang: str, colour: bool) -> str:
    arrow = report_text("diff.arrow", lang)
    if change.kind is ChangeKind.ADDED:
        return f"    {_kind(change, lang, colour)}  {change.where_b or ''}".rstrip()
    if change.kind is ChangeKind.REMOVED:
        return f"    {_kind(change, lang, colour)}  {change.where_a or ''}".rstrip()
    values = f"{value_text(change.old, lang)}  {arrow}  {value_text(change.new, lang)}"
    where = f"{change.where_a or '—'} {arrow} {change.where_b or '—'}" if change.where_a or change.where_b else ""
    line = f"    {field_name(change, lang)}  {_kind(change, lang, colour)}  {values}"
    return f"{line}\n        {where}" if where else line


def render(result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    """The whole diff as text, ending with the summary line."""
    heading = (lambda text: f"{_BOLD}{text}{_RESET}") if colour else (lambda text: text)
    lines = [heading(title(result, lang))]
    if result.metadata:
        lines += ["", heading(report_text("diff.metadata.heading", lang))]
        lines += [_line(change, lang, colour) for change in result.metadata]
    for area, rows in by_area(result):
        lines += ["", heading(f"{area_label(area, lang)} ({area})")]
        for changes in rows:
            first = changes[0]
            ids = report_text("diff.row.ids", lang, a=first.a_id or "—", b=first.b_id or "—")
            how = match_label(first.match, lang)
            shown = report_text("diff.row.with_match", lang, ids=ids, how=how) if how else ids
            lines.append(f"  {first.name}  ({shown})")
            lines += [_line(change, lang, colour) for change in changes]
    lines += ["", summary(result, lang)]
    return "\n".join(lines) + "\n"
