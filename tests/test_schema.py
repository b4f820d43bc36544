"""The committed JSON Schema is current, and it agrees with the models on every bundled file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from grassroots_catalog import catalogue_from_data
from grassroots_catalog.model.schema import catalogue_schema, catalogue_schema_text
from grassroots_catalog.read.reader import read_yaml

from .conftest import ROOT, bundled_yaml_files
from .test_loading import SCHEMA_CASES

SCHEMA_FILE = ROOT / "schemas" / "catalogue.schema.json"


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == catalogue_schema_text(), (
        "schemas/catalogue.schema.json is stale: run gcat schema -o schemas/catalogue.schema.json"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(catalogue_schema())


def _json_ready(path: Path) -> object:
    data, _ = read_yaml(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


@pytest.mark.parametrize("path", bundled_yaml_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_files_pass_both_schema_and_models(path: Path) -> None:
    data = _json_ready(path)
    errors = list(jsonschema.Draft202012Validator(catalogue_schema()).iter_errors(data))
    assert not errors, [e.message for e in errors]
    result = catalogue_from_data(data)
    assert result.catalogue is not None, [f.message("en") for f in result.findings]


@pytest.mark.parametrize(
    ("case", "text"),
    [(c[0], c[1]) for c in SCHEMA_CASES if c[0] not in {"duplicate id", "unknown area"}],
    ids=[c[0] for c in SCHEMA_CASES if c[0] not in {"duplicate id", "unknown area"}],
)
def test_schema_and_models_agree_on_broken_files(case: str, text: str) -> None:
    """Cross-row checks (duplicate ids, area known) are beyond JSON Schema; the rest must agree."""
    data, _ = read_yaml(text)
    schema_valid = jsonschema.Draft202012Validator(catalogue_schema()).is_valid(data)
    model_valid = catalogue_from_data(data).catalogue is not None
    assert schema_valid == model_valid is False
