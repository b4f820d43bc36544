"""Showing an effective catalogue: YAML with provenance comments, JSON with provenance, explain tables."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from grassroots_catalog.merge.engine import EffectiveCatalogue, Step
from grassroots_catalog.messages.cli_text import CLI_TABLES, cli_text
from grassroots_catalog.messages.words import field_label, level_label, report_text
from grassroots_catalog.model.fields import COMPARED
from grassroots_catalog.read.paths import display_path
from grassroots_catalog.read.writer import canonical_data, canonical_text
from grassroots_catalog.report.table import text_table

if TYPE_CHECKING:
    from grassroots_catalog.read.national_data import NationalData

FORMAT_VERSION = 1


def _display(file: str | None) -> str:
    return display_path(file, default="national")


def _field_origins(effective: EffectiveCatalogue, matter_id: str) -> dict[str, Step]:
    """For each field, the last step that set or changed it."""
    origins: dict[str, Step] = {}
    previous = None
    for step in effective.history.get(matter_id, []):
        if step.matter is None:
            continue
        for name in COMPARED:
            if previous is None or getattr(previous, name) != getattr(step.matter, name):
                origins[name] = step
        previous = step.matter
    return origins


def _word(kind: str, value: str, lang: str) -> str:
    """A merge action or change (``defined``, ``weaker`` …) in ``lang``; one the tables lack, as it is."""
    key = f"merge.{kind}.{value}"
    return cli_text(key, lang) if key in CLI_TABLES["zh"] else value


def yaml_with_provenance(
    effective: EffectiveCatalogue,
    *,
    written: bool = False,
    comments: bool = True,
    lang: str = "zh",
    national: NationalData | None = None,
) -> str:
    """The effective catalogue as YAML; with ``comments``, each matter and field says which layer set it.
    The header names the chain and, when it reaches the national guidelines, the national data used
    (``national``, default: the bundled data)."""
    catalogue = effective.written if written else effective.catalogue
    data = canonical_data(catalogue, exclude_unset=False, exclude_defaults=True)
    data.pop("extends", None)
    data.pop("form", None)
    comments_at: dict[tuple[str | int, ...], str] = {}
    gaps: dict[tuple[str | int, ...], int] = {}
    matters = data.get("matters")
    if comments and isinstance(matters, list):
        for index, node in enumerate(matters):
            if not isinstance(node, dict):
                continue
            keys = list(node)
            commented: set[str] = set()
            for name, comment in _matter_comments(effective, node, lang):
                path = ("matters", index, name)
                comments_at[path] = comment
                if not _free_column(keys, commented, name):
                    gaps[path] = 1
                commented.add(name)
    chain = " → ".join(layer.catalogue.id for layer in effective.layers)
    header = [cli_text("merge.header.composed", lang, chain=chain)]
    refused = [o for o in effective.overrides if not o.accepted]
    if refused and not written:
        header.append(cli_text("merge.header.refused", lang, count=len(refused)))
    statement = _national_statement(effective, national, lang)
    if statement:
        header.append(statement)
    text = canonical_text(data, eol_comments=comments_at, eol_gaps=gaps)
    return "".join(f"# {line}\n" for line in header) + text


def _matter_comments(effective: EffectiveCatalogue, node: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """The provenance comments of one matter, by key, in the order they are added: who defined the
    matter (on ``id``), then who set each field a later layer changed."""
    matter_id = node.get("id")
    first = effective.history.get(matter_id, [None])[0]  # type: ignore[arg-type]
    if first is None:
        return []
    layer = effective.layers[first.layer].catalogue.id
    action = _word("action", first.action, lang)
    added = [("id", cli_text("merge.comment.first", lang, action=action, layer=layer))]
    for name, step in _field_origins(effective, matter_id).items():  # type: ignore[arg-type]
        if name in node and step.layer != first.layer:
            added.append(
                (name, cli_text("merge.comment.set_by", lang, layer=effective.layers[step.layer].catalogue.id))
            )
    return added


def _free_column(keys: Sequence[str], commented: set[str], key: str) -> bool:
    """Whether ruamel.yaml's ``yaml_add_eol_comment`` finds no column for a comment on ``key``.

    It borrows the column of a comment on the key before, else the key after, else on any key before
    the first one that sorts at or after ``key`` (``CommentedMap._yaml_get_column``, quirks included:
    the first key never has a key "before"). Borrowed, the column is 0 and the comment is written one
    space after its value; without one, two. The merge output has always been laid out so.
    """
    pre = post = last = None
    for name in keys:
        if pre is not None and name != key:
            post = name
            break
        if name == key:
            pre = last
        last = name
    if pre in commented or post in commented:
        return False
    for name in keys:
        if name >= key:
            break
        if name in commented:
            return False
    return True


def _national_statement(effective: EffectiveCatalogue, national: NationalData | None, lang: str) -> str | None:
    """The sentence naming the national data, for a chain that reaches the national guidelines."""
    from grassroots_catalog.merge.graph import NATIONAL
    from grassroots_catalog.read.national_data import BUNDLED

    if not effective.layers or effective.layers[0].key != NATIONAL:
        return None
    return (national or BUNDLED).statement(lang)


def provenance_json(effective: EffectiveCatalogue, *, lang: str = "zh", national: NationalData | None = None) -> str:
    """The effective catalogue with, for every field of every matter, the chain of values it went through,
    and (``national``: for a chain that reaches the national guidelines) the national data used."""
    stream = io.StringIO()
    provenance: dict[str, Any] = {}
    for matter in effective.catalogue.matters:
        fields: dict[str, Any] = {}
        for name in COMPARED:
            chain = [row for row in effective.explain(matter.id, name) if row["changed"]]
            fields[name] = [
                {
                    key: _display(value) if key == "file" else _jsonable(value)
                    for key, value in row.items()
                    if key != "changed"
                }
                for row in chain
            ]
        provenance[matter.id] = fields
    document = {
        "format_version": FORMAT_VERSION,
        "layers": [
            {"id": layer.catalogue.id, "level": layer.catalogue.level.value, "file": _display(layer.file)}
            for layer in effective.layers
        ],
        "catalogue": effective.catalogue.model_dump(mode="json", exclude_defaults=True),
        "provenance": provenance,
        "overrides": [
            {
                "matter": o.matter,
                "field": o.field,
                "change": o.change.value,
                "accepted": o.accepted,
                "layer": effective.layers[o.layer].catalogue.id,
                "reason": o.reason.model_dump(mode="json") if o.reason else None,
            }
            for o in effective.overrides
        ],
        "findings": [f.to_dict(lang) for f in effective.findings],
    }
    if _national_statement(effective, national, lang) is not None:
        from grassroots_catalog.read.national_data import BUNDLED

        document["national"] = (national or BUNDLED).summary(lang)
    json.dump(document, stream, ensure_ascii=False, indent=2)
    return stream.getvalue() + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def explain_table(
    effective: EffectiveCatalogue,
    matter_id: str,
    field_name: str | None,
    lang: str,
    *,
    national: NationalData | None = None,
) -> str:
    """Layer by layer, where a matter's value (or one field's) came from: the question asked first.

    Levels, fields and actions are named in ``lang``; the columns line up by display width. A chain
    that reaches the national guidelines ends with the national data used (default: the bundled)."""
    rows = effective.explain(matter_id, field_name)
    if not rows:
        return cli_text("explain.no_matter", lang, matter=matter_id) + "\n"
    title = matter_id + (f" · {field_label(field_name, lang)}" if field_name else "")
    columns = ("layer", "level", "where", "action", "value")
    table = [tuple(report_text(f"explain.column.{column}", lang) for column in columns)]
    for row in rows:
        where = _display(row["file"]) + (f":{row['line']}" if row["line"] else "")
        value = row["value"]
        if field_name:
            shown = _show_value(value, lang)
        else:
            shown = str(value.name) if value is not None else report_text("explain.no_value", lang)
        mark = ""
        if row["change"]:
            refused = "" if row["accepted"] else cli_text("explain.refused", lang, kept=_show_value(row["kept"], lang))
            change = _word("change", str(row["change"]), lang)
            mark = f"  [{change}{refused}" + (f"; {row['reason']}" if row["reason"] else "") + "]"
        unchanged = "" if row["changed"] else cli_text("explain.unchanged", lang)
        level = level_label(str(row["level"]), lang)
        action = _word("action", row["action"], lang)
        table.append((str(row["layer"]), level, where, action, f"{shown}{unchanged}{mark}"))
    lines = [title, text_table(table, indent="  ")]
    final = effective.catalogue.matter(matter_id)
    if final is not None and field_name:
        lines.append(cli_text("explain.effective", lang, value=_show_value(getattr(final, field_name), lang)))
    statement = _national_statement(effective, national, lang)
    if statement:
        lines.append(statement)
    return "\n".join(lines) + "\n"


def _show_value(value: Any, lang: str) -> str:
    if isinstance(value, tuple):
        return (
            "["
            + ", ".join(getattr(v, "zh", None) or (v.as_text() if hasattr(v, "as_text") else str(v)) for v in value)
            + "]"
        )
    return report_text("explain.no_value", lang) if value is None else str(value)
