"""The messy tables of tests/cases/tables/: each imports to the matters and findings its recipe expects.

The cases are written by scripts/make_table_cases.py from recipes (docs/tables.md lists them); a test
writes them again and compares, so that the committed files are the recipes' and nothing else.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

from grassroots_catalog.read.tables.importer import Imported, import_table
from grassroots_catalog.read.writer import canonical_data

from ..conftest import ROOT

CASES = ROOT / "tests" / "cases" / "tables"
FOLDERS = sorted(path.parent for path in CASES.glob("*/expected.yaml"))


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_table_cases", ROOT / "scripts" / "make_table_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module


def _expected(folder: Path) -> dict[str, Any]:
    data = YAML(typ="safe").load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _import(folder: Path, expected: dict[str, Any]) -> Imported:
    (file,) = expected["files"]
    return import_table(folder / file, **expected.get("options", {}))


def _findings(imported: Imported) -> list[str]:
    return sorted(f"{f.code} {f.ctx.get('cell', '')}".strip() for f in imported.findings)


def test_every_recipe_has_its_case_and_no_case_is_without_one() -> None:
    names = [case.name for case in _script().CASES]
    assert sorted(names) == [folder.name for folder in FOLDERS] and len(set(names)) == len(names) >= 25


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_the_case_imports_as_its_recipe_expects(folder: Path) -> None:
    expected = _expected(folder)
    imported = _import(folder, expected)
    assert _findings(imported) == expected["findings"], [f.message("en") for f in imported.findings]
    assert imported.ok is expected["ok"]
    if not expected["ok"]:
        assert imported.text is None  # refused, never imported shifted
        return
    assert imported.catalogue is not None
    data = canonical_data(imported.catalogue, exclude_unset=False, exclude_defaults=True)
    matters = data["matters"]
    assert list(imported.sources) == [matter["cell"] for matter in expected["matters"]]
    for got, want in zip(matters, expected["matters"], strict=True):
        assert {key: got.get(key) for key in want if key != "cell"} == {k: v for k, v in want.items() if k != "cell"}
    assert sorted(area["slug"] for area in data.get("areas", [])) == sorted(expected.get("areas", []))


def test_the_committed_cases_are_what_the_script_writes(tmp_path: Path) -> None:
    import openpyxl

    written = _script().write(tmp_path)
    assert {path.relative_to(tmp_path) for path in written} == {
        path.relative_to(CASES) for path in CASES.rglob("*") if path.is_file()
    }
    for path in written:
        committed = CASES / path.relative_to(tmp_path)
        if path.suffix != ".xlsx":
            assert committed.read_bytes() == path.read_bytes(), committed
            continue
        # A workbook is compared by what it holds: zip details may differ between openpyxl versions.
        fresh, kept = openpyxl.load_workbook(path), openpyxl.load_workbook(committed)
        assert fresh.sheetnames == kept.sheetnames, committed
        for a, b in zip(fresh.worksheets, kept.worksheets, strict=True):
            assert [[c.value for c in r] for r in a.iter_rows()] == [[c.value for c in r] for r in b.iter_rows()]
            assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges)), committed


def _without_comments(text: str) -> str:
    return re.sub(r"  # .*$", "", text, flags=re.MULTILINE)


def test_a_county_table_in_each_of_the_four_forms_imports_to_the_same_catalogue_and_as_a_page_named_xls_too() -> None:
    texts = {}
    for name in ("county-xlsx", "county-csv-gbk", "county-txt-utf16", "county-html", "county-html-as-xls"):
        folder = CASES / name
        imported = _import(folder, _expected(folder))
        assert imported.ok and imported.text is not None, imported.findings
        texts[name] = _without_comments(imported.text)
    first = texts["county-xlsx"]
    assert "示例县民政局" in first and "elderly-care" in first
    assert all(text == first for text in texts.values()), {k: v == first for k, v in texts.items()}


def test_a_finding_names_the_file_and_cell_as_a_user_opens_it() -> None:
    from click.testing import CliRunner

    from grassroots_catalog.cli import cli

    table = CASES / "tick-words" / "table.xlsx"
    result = CliRunner().invoke(cli, ["validate", "--lang", "en", str(table)])
    assert f"{table}:Sheet1!M5: T022 " in result.output, result.output
    ragged = CASES / "csv-ragged" / "table.csv"
    result = CliRunner().invoke(cli, ["import", "--area", "社会救助", str(ragged), "-o", "-"])
    assert f"{ragged}:3:1: T011 " in result.output, result.output
