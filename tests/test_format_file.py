"""Formatting one file in the library (read/format.py), as ``gcat fmt`` renders it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from grassroots_catalog.read.format import FormatOutcome, FormatStatus, format_file
from grassroots_catalog.read.national import area_rows
from grassroots_catalog.report.areas import area_table
from grassroots_catalog.report.table import display_width, text_table

GOOD = "id: demo\ntitle: 示例县目录\nlevel: county\nmatters:\n  - id: a\n    area: health\n    name: {level1: x}\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_check_then_rewrite_then_unchanged(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("county", "县级"))
    before = path.read_bytes()
    assert format_file(path, check=True).status is FormatStatus.WOULD_CHANGE
    assert path.read_bytes() == before
    outcome = format_file(path)
    assert outcome == FormatOutcome(path, FormatStatus.REFORMATTED)
    assert "level: county" in path.read_text(encoding="utf-8")
    assert format_file(path).status is FormatStatus.UNCHANGED


def test_warnings_hold_a_file_back_unless_forced(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + "    channels: [政府网占]\n")
    before = path.read_bytes()
    held = format_file(path)
    assert held.status is FormatStatus.HELD_BACK and held.findings
    assert all(f.severity.name in {"WARNING", "ERROR"} for f in held.findings)
    assert path.read_bytes() == before
    assert format_file(path, force=True).status is FormatStatus.REFORMATTED
    assert "其他：政府网占" in path.read_text(encoding="utf-8")


def test_an_unreadable_file_is_left_alone_with_its_findings(tmp_path: Path) -> None:
    path = _write(tmp_path, "a: !!python/object/apply:os.system [ls]\n")
    before = path.read_bytes()
    outcome = format_file(path)
    assert outcome.status is FormatStatus.UNREADABLE and outcome.findings
    assert path.read_bytes() == before
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.status = FormatStatus.UNCHANGED  # type: ignore[misc]


def test_a_text_table_aligns_wide_characters_by_display_width() -> None:
    assert display_width("代码") == 4
    assert text_table([("代码", "name"), ("R01", "x")]).splitlines() == ["代码  name", "----  ----", "R01   x"]


def test_the_area_table_is_worded_in_the_language_asked() -> None:
    rows = area_rows()
    english, chinese = area_table(rows, "en"), area_table(rows, "zh")
    assert "Social assistance" in english and "known rows" in english
    assert len(english.splitlines()) == len(chinese.splitlines()) == len(rows) + 4  # header, rule, blank, total
