"""Showing an effective catalogue: YAML with provenance comments, JSON with provenance, explain tables."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from grassroots_catalog.merge.engine import EffectiveCatalogue, Step
from grassroots_catalog.messages.cli_text import CLI_TABLES, cli_text
from grassroots_catalog.messages.words import field_label, level_label, report_text
from grassroots_catalog.model.fields import COMPARED
from grassroots_catalog.read.paths import display_path
from grassroots_catalog.read.writer import canonical_data, dump_document, to_document
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
    document = to_document(canonical_data(catalogue, exclude_unset=False, exclude_defaults=True))
    document.pop("extends", None)
    document.pop("form", None)
    if comments:
        matters = document.get("matters")
        if isinstance(matters, CommentedSeq):
            for node in matters:
                if not isinstance(node, CommentedMap):
                    continue
                matter_id = node.get("id")
                origins = _field_origins(effective, matter_id)
                first = effective.history.get(matter_id, [None])[0]
                if first is not None:
                    layer = effective.layers[first.layer].catalogue.id
                    action = _word("action", first.action, lang)
                    node.yaml_add_eol_comment(cli_text("merge.comment.first", lang, action=action, layer=layer), "id")
                for name, step in origins.items():
                    if name in node and first is not None and step.layer != first.layer:
                        layer = effective.layers[step.layer].catalogue.id
                        node.yaml_add_eol_comment(cli_text("merge.comment.set_by", lang, layer=layer), name)
    chain = " → ".join(layer.catalogue.id for layer in effective.layers)
    header = [cli_text("merge.header.composed", lang, chain=chain)]
    refused = [o for o in effective.overrides if not o.accepted]
    if refused and not written:
        header.append(cli_text("merge.header.refused", lang, count=len(refused)))
    statement = _national_statement(effective, national, lang)
    if statement:
        header.append(statement)
    text = dump_document(document)
    return "".join(f"# {line}\n" for line in header) + text


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
