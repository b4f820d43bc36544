"""The table of the 26 pilot areas that ``gcat areas`` prints: issuer, document, rows known, completeness.

The rows are the library's (:func:`grassroots_catalog.read.national.area_rows`, also given as JSON);
this module only words them in the language asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from grassroots_catalog.messages.cli_text import cli_text
from grassroots_catalog.report.table import text_table

COLUMNS = ("number", "slug", "area", "issuer", "document", "known_rows", "completeness")


def area_table(rows: Sequence[Mapping[str, Any]], lang: str) -> str:
    """The areas as a text table, followed by the total of rows known, in ``lang``."""
    header = tuple(cli_text(f"areas.column.{column}", lang) for column in COLUMNS)
    body = [_cells(row, lang) for row in rows]
    some_complete = any(row["completeness"] == "complete" for row in rows)  # a full table brought in
    key = "areas.total.some_complete" if some_complete else "areas.total"
    total = cli_text(key, lang, total=sum(row["known_rows"] for row in rows))
    return f"{text_table([header, *body])}\n\n{total}"


def _cells(row: Mapping[str, Any], lang: str) -> tuple[str, ...]:
    certainty = row["issuer_certainty"]
    issuer = row["issuer_zh"] + (
        "" if certainty == "verified" else f" ({cli_text('areas.certainty.' + certainty, lang)})"
    )
    return (
        str(row["number"]),
        row["slug"],
        row[lang],
        issuer,
        row["document_no"] or "—",
        str(row["known_rows"]),
        cli_text(f"areas.completeness.{row['completeness']}", lang),
    )
