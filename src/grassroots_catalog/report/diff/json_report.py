"""``gcat diff --format json``: a versioned document (schemas/diff.schema.json, docs/diff.md).

Version 1: ``{"version": 1, "a": {...}, "b": {...}, "equivalent": bool, "counts": {kind: n},
"changes": [...]}``, each change as :meth:`grassroots_catalog.diffs.Change.to_dict` gives it. A
later version may add keys; it changes ``version`` only when it changes or drops one.
"""

from __future__ import annotations

import json
from typing import Any

from grassroots_catalog.diffs.model import CatalogueDiff
from grassroots_catalog.model.catalogue import Catalogue

SCHEMA_VERSION = 1
SCHEMA_URL = "https://grassroots-catalog.github.io/schemas/diff.schema.json"


def _side(catalogue: Catalogue, file: str | None) -> dict[str, Any]:
    return {"file": file, "id": catalogue.id, "title": catalogue.title, "level": catalogue.level.value}


def document(result: CatalogueDiff) -> dict[str, Any]:
    """The diff as JSON data."""
    return {
        "$schema": SCHEMA_URL,
        "version": SCHEMA_VERSION,
        "a": _side(result.a, result.a_file),
        "b": _side(result.b, result.b_file),
        "ignored": list(result.ignored),
        "equivalent": result.equivalent,
        "counts": {kind.value: count for kind, count in result.counts().items()},
        "changes": [change.to_dict() for change in result],
    }


def render(result: CatalogueDiff, *, lang: str = "zh", colour: bool = False) -> str:
    """The document as indented JSON (the same in every language: values as the catalogues write them)."""
    return json.dumps(document(result), ensure_ascii=False, indent=2) + "\n"
