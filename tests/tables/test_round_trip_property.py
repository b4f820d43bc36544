"""import(export(c)) is c for generated catalogues, through XLSX and through CSV, exported in Chinese or
in English (a hypothesis property).

What a published table holds is compared: the title (XLSX only: the CSV export is one header row and
the matters, for programs that read it as data), and each matter's area, names, content, basis,
time limit, subject, channels, audience, mode, level, note and whether it applies. Ids are not in the
table (the importer makes them from the names and the national rows), nor are the catalogue's
jurisdiction and dates; the cases of tests/tables/test_round_trip.py run the real chains.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grassroots_catalog.domain.normalise import normalise_basis, normalise_content
from grassroots_catalog.model import Catalogue, Matter
from grassroots_catalog.read.load import catalogue_from_data
from grassroots_catalog.read.tables.importer import import_table
from grassroots_catalog.report.xlsx import export_csv, export_xlsx

from ..strategies import catalogue_data


def _matter(matter: Matter) -> tuple[Any, ...]:
    return (
        matter.area,
        matter.name.parts(),
        tuple(matter.content),
        tuple(instrument.as_text() for instrument in matter.basis),
        str(matter.time_limit) if matter.time_limit else None,
        matter.subject,
        tuple(map(str, matter.channels)),
        tuple(matter.audience),
        tuple(matter.mode),
        tuple(matter.level),
        matter.note,
        matter.not_applicable,
    )


def _table(catalogue: Catalogue, form: str) -> tuple[str | None, list[tuple[Any, ...]]]:
    return catalogue.title if form == "xlsx" else None, sorted((_matter(m) for m in catalogue.matters), key=repr)


def _spaced_as_a_table_keeps(text: str) -> str:
    """A name as a table cell keeps it: a space beside a Chinese character or full-width sign is layout
    (社会 救助 is 社会救助), one space between Latin words or digits is the name's own."""

    def gap(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        wide = any(unicodedata.east_asian_width(char) in ("W", "F") for char in before + after)
        return "" if wide or not before or not after else " "

    return re.sub(r"\s+", gap, text)


def _named(part: str) -> str:
    """A name a table can hold: a row whose filled cells all read the same (序号 1 and a name 1, the
    rest blank) reads as a one-value row, a heading, not as a matter (T028); so a name of digits
    alone, which may equal its row's number, is given a word in front."""
    return f"事项{part}" if re.fullmatch(r"[\d.\s]+", part) else part


def _catalogue(data: dict[str, Any]) -> Catalogue:
    if data.get("level") == "national":  # a national table is one area's (T040): tests/tables/test_national_import.py
        data["level"] = "provincial"
    for matter in data["matters"]:
        matter["name"] = {level: _named(_spaced_as_a_table_keeps(part)) for level, part in matter["name"].items()}
        # A table holds content and basis one item per line, and a line reading ·甲 ·乙 or 《甲》《乙》 is
        # two items: the catalogue is generated with its items split as a table's lines are.
        for key, split in (("content", normalise_content), ("basis", normalise_basis)):
            if key in matter:
                matter[key] = [piece for item in matter[key] for piece in split(item)[0]]
    outcome = catalogue_from_data(data)
    assert outcome.catalogue is not None, outcome.findings
    return outcome.catalogue


@settings(max_examples=25, deadline=None)
@given(data=catalogue_data(max_matters=4), form=st.sampled_from(["xlsx", "csv"]), lang=st.sampled_from(["zh", "en"]))
def test_a_generated_catalogue_exported_and_imported_is_the_same(data: dict[str, Any], form: str, lang: str) -> None:
    """In either language of ``gcat export --lang``: the English headings, tick columns and area names
    read back as the Chinese ones do."""
    catalogue = _catalogue(data)
    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / f"table.{form}"
        if form == "xlsx":
            export_xlsx(catalogue, table, lang=lang)
        else:
            table.write_bytes(export_csv(catalogue, lang=lang).encode("utf-8"))
        imported = import_table(table, level=catalogue.level.value)
    assert imported.ok and imported.catalogue is not None, [f.message("en") for f in imported.findings]
    assert _table(imported.catalogue, form) == _table(catalogue, form)


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_text_a_spreadsheet_would_evaluate_comes_back_as_written(form: str, tmp_path: Path) -> None:
    hostile = {"level1": "=SUM(A1)", "level2": "'=引号开头"}
    data = {"id": "t", "title": "t", "level": "county", "matters": [{"id": "a", "area": "social-assistance"}]}
    data["matters"][0] |= {"name": hostile, "content": ["+1", "-各地", "@x", "'引号"], "subject": '=HYPERLINK("x")'}
    catalogue = _catalogue(data)
    table = tmp_path / f"table.{form}"
    if form == "xlsx":
        export_xlsx(catalogue, table)
    else:
        table.write_bytes(export_csv(catalogue).encode("utf-8"))
    imported = import_table(table)
    assert imported.catalogue is not None and imported.findings == ()
    assert _table(imported.catalogue, form) == _table(catalogue, form)


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_a_further_area_comes_back_under_its_name(form: str, tmp_path: Path) -> None:
    areas = [{"slug": "natural-resources", "zh": "自然资源", "en": "Natural resources"}]
    areas.append({"slug": "grid-governance", "zh": "网格化管理", "en": "Grid governance"})
    matters = [{"id": "a", "area": "natural-resources", "name": {"level1": "不动产登记"}}]
    matters.append({"id": "b", "area": "grid-governance", "name": {"level1": "网格员"}})
    catalogue = _catalogue({"id": "t", "title": "t", "level": "county", "areas": areas, "matters": matters})
    table = tmp_path / f"table.{form}"
    if form == "xlsx":
        export_xlsx(catalogue, table)  # each area under a section row 1、自然资源
    else:
        table.write_bytes(export_csv(catalogue).encode("utf-8"))  # each row's 对应领域
    imported = import_table(table)
    assert imported.catalogue is not None and {f.code for f in imported.findings} == {"T026"}
    names = {area.slug: area.zh for area in imported.catalogue.areas}
    assert imported.catalogue.matters[0].area == "natural-resources"
    assert [names.get(m.area) for m in imported.catalogue.matters] == ["自然资源", "网格化管理"]
