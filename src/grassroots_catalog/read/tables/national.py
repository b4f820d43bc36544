"""An official national guideline table, imported (``gcat import TABLE --level national --area AREA``).

The published national table of an area (its Excel file or web page) is read like any other table;
this module gives the result the shape of the bundled national catalogues (``catalogs/national/``),
so that it can stand for them in a national data folder (``--national DIR``):

- id ``national.<area>``, level ``national``, no ``extends``, ``form`` or ``scope``; the title,
  issuer and document number of the area's guideline (:mod:`grassroots_catalog.domain.areas`), unless
  ``--title`` names another;
- the matter ids are those of the national scheme: made from the area and the names, as the bundled
  rows' are, so that a county row linked to a bundled national row keeps its link;
- ``completeness``: an official table is taken as the whole national table, ``status: complete``
  with ``known_rows`` its row count and ``fidelity: national-text``; it and ``sources`` name the file
  it was read from. Whoever brings in a table that is not the whole of it edits the status.

A national table holds one area's guideline: a table whose rows fall in several areas, or in none of
the 26, is refused (T040), so that each area's file can be checked on its own.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from grassroots_catalog.domain.areas import AREAS, resolve_area
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.results import Finding, Severity

__all__ = ["as_national"]


def as_national(data: dict[str, Any], *, file: str, title: str | None = None) -> tuple[dict[str, Any], list[Finding]]:
    """The catalogue data of an interpreted table, shaped as a national catalogue; or the data as it is,
    with a fatal T040, when its rows are not of exactly one pilot area."""
    matters: list[dict[str, Any]] = list(data.get("matters") or [])
    slugs = list(dict.fromkeys(_slug(str(m.get("area", ""))) for m in matters))
    if len(slugs) != 1 or slugs[0] not in AREAS:
        shown = slugs or ["—"]
        return data, [Finding("T040", Severity.ERROR, file=file, fatal=True, ctx={"areas": ", ".join(shown)})]
    area = AREAS[slugs[0]]
    name = PurePath(file).name
    shaped: dict[str, Any] = {
        "id": f"national.{area.slug}",
        "title": title or area.guideline_zh,
        "level": "national",
        "issuer": area.issuer_zh,
        "sources": [
            {
                "title": area.guideline_zh + (f"（{area.document_no}）" if area.document_no else ""),
                "kind": "national-guideline",
                "publisher": area.issuer_zh,
                "note": report_text("national.import.source", "zh", file=name),
            }
        ],
        "completeness": {
            "status": "complete",
            "known_rows": len(matters),
            "fidelity": "national-text",
            "note": report_text("national.import.note", "zh", file=name, rows=len(matters)),
        },
        "matters": matters,
    }
    return shaped, []


def _slug(value: str) -> str:
    alias = resolve_area(value)
    return alias.slug if alias is not None else value
