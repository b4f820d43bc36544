"""``gcat compare --format json``: a versioned document (schemas/compare.schema.json, docs/diff.md).

Version 1: ``{"version": 1, "against": {...}, "merged": bool, "statuses": [...], "areas": [...],
"catalogues": [...], "totals": {...}, "rows": [...], "unreadable": [...]}``: each catalogue with its
totals, its cells (by area) and the outcome of each row; the totals by area and overall; each
reference row with how often each status, and where it was weakened or left out. A later version may
add keys; it changes ``version`` only when it changes or drops one.
"""

from __future__ import annotations

import json
from typing import Any

from grassroots_catalog.diffs.comparison import STATUSES, ComparedCatalogue, Comparison, RowOutcome

SCHEMA_VERSION = 1
SCHEMA_URL = "https://grassroots-catalog.github.io/schemas/compare.schema.json"


def _outcome(outcome: RowOutcome) -> dict[str, Any]:
    return {
        "row": outcome.row,
        "area": outcome.area,
        "status": outcome.status.value,
        "local_id": outcome.local_id,
        "fields": list(outcome.fields),
    }


def _catalogue(comparison: Comparison, catalogue: ComparedCatalogue) -> dict[str, Any]:
    cells = {area: comparison.cell(catalogue, area) for area in comparison.areas}
    return {
        "id": catalogue.id,
        "name": catalogue.name,
        "file": catalogue.file,
        "level": catalogue.level,
        "covered": list(catalogue.covered),
        "totals": catalogue.tally().to_dict(),
        "areas": {area: tally.to_dict() for area, tally in cells.items() if tally is not None},
        "rows": [_outcome(outcome) for outcome in catalogue],
    }


def document(comparison: Comparison, top: int | None = None) -> dict[str, Any]:
    """The comparison as JSON data (every reference row in ``rows``; ``top`` is not used: the ranking
    is the data's to sort)."""
    return {
        "$schema": SCHEMA_URL,
        "version": SCHEMA_VERSION,
        "against": {"name": comparison.against, "id": comparison.against_id, "title": comparison.against_title},
        "merged": comparison.merged,
        "ignored": list(comparison.ignored),
        "statuses": [status.value for status in STATUSES],
        "areas": list(comparison.areas),
        "catalogues": [_catalogue(comparison, catalogue) for catalogue in comparison],
        "totals": {
            "all": comparison.total().to_dict(),
            "by_area": {area: tally.to_dict() for area, tally in comparison.by_area().items()},
        },
        "rows": [
            {
                "id": entry.row.id,
                "area": entry.row.area,
                "name": entry.row.name,
                "counts": entry.tally.to_dict(),
                "weakened_in": list(entry.weakened_in),
                "missing_in": list(entry.missing_in),
            }
            for entry in comparison.row_tallies()
        ],
        "unreadable": [{"file": problem.file, "reason": problem.reason} for problem in comparison.unreadable],
    }


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    """The document as indented JSON (the same in every language)."""
    return json.dumps(document(comparison), ensure_ascii=False, indent=1) + "\n"
