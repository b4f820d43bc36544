"""``gcat diff --format github``: each change as a GitHub Actions annotation at its line in B (or in A
for a row B removed): weakenings and removals as warnings, the rest as notices."""

from __future__ import annotations

from grassroots_catalog.diffs.model import CatalogueDiff, ChangeKind
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.diff.words import field_name, value_text

_WARN = (ChangeKind.WEAKER, ChangeKind.REMOVED, ChangeKind.INCOMPARABLE)


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render(result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    lines = []
    arrow = report_text("diff.arrow", lang)
    for change in result:
        where = change.where_b if change.kind is not ChangeKind.REMOVED else change.where_a
        properties = []
        if where is not None and where.file:
            properties.append(f"file={_escape(where.file, property_value=True)}")
            if where.line is not None:
                properties += [f"line={where.line}", f"col={where.column or 1}"]
        heading = report_text("diff.github.title", lang, kind=change.kind.label(lang), field=field_name(change, lang))
        properties.append(f"title={_escape(heading, property_value=True)}")
        message = f"{change.name or change.row} {value_text(change.old, lang)} {arrow} {value_text(change.new, lang)}"
        command = "warning" if change.kind in _WARN else "notice"
        lines.append(f"::{command} {','.join(properties)}::{_escape(message.strip())}")
    return "\n".join(lines) + ("\n" if lines else "")
