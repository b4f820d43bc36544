"""The JSON Schema of the catalogue file format, generated from the models.

``schemas/catalogue.schema.json`` in the repository is this output, committed so that editors can
use it (see docs/editors.md); a test fails when it is stale. Regenerate it with
``gcat schema --output schemas/catalogue.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from grassroots_catalog.model.catalogue import Catalogue

SCHEMA_ID = "https://grassroots-catalog.github.io/schemas/catalogue.schema.json"


def catalogue_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that a catalogue YAML file must satisfy."""
    schema = Catalogue.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": "基层政务公开事项标准目录 / Grassroots standard catalogue of government-affairs disclosure",
    }


def catalogue_schema_text() -> str:
    """The schema as the text committed in ``schemas/``."""
    return json.dumps(catalogue_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
