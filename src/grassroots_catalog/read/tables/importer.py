"""``gcat import``: a county's table (XLSX, CSV, a saved web page) as a canonical catalogue file.

Reading (:func:`~grassroots_catalog.read.tables.read_table`) turns the file into cells, safely;
interpreting (:func:`~grassroots_catalog.read.tables.interpret.interpret`) turns the cells into
catalogue data, reporting every cell it does not understand; the loader then reads that data as it
reads YAML (normalisation notes, ids from names). The catalogue is written in canonical form with a
comment on each matter naming the cell its row starts at (``# Sheet1!A12``), so that a clerk can go
back from the YAML to the sheet.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.model.schema import SCHEMA_ID
from grassroots_catalog.read.emit import Path
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.load import catalogue_from_data
from grassroots_catalog.read.tables import read_table
from grassroots_catalog.read.tables.grid import TableRejected
from grassroots_catalog.read.tables.interpret import FROM_TABLE, FromTable, interpret
from grassroots_catalog.read.writer import SCHEMA_MODELINE, canonical_data, canonical_text
from grassroots_catalog.results import Finding, sorted_findings

__all__ = ["FROM_TABLE", "FromTable", "Imported", "at_row_cells", "import_table"]


@dataclass(frozen=True, slots=True)
class Imported:
    """What importing one table gave: the catalogue (None if it could not be read), its YAML, the findings."""

    file: str
    catalogue: Catalogue | None
    text: str | None
    findings: tuple[Finding, ...]
    sources: tuple[str, ...] = ()
    """For each matter, the cell its row starts at."""

    @property
    def ok(self) -> bool:
        return self.catalogue is not None and not any(f.fatal for f in self.findings)


def import_table(
    path: str | os.PathLike[str],
    *,
    level: str | None = None,
    area: str | None = None,
    extends: str | FromTable | None = FROM_TABLE,
    jurisdiction: str | None = None,
    title: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Imported:
    """Read the table at ``path`` into a catalogue; never raises for bad input.

    ``level`` None is the level the workbook's hidden sheet records (``gcat export`` writes it), else
    county; ``extends`` :data:`FROM_TABLE` is the parent it records, else national. A national table
    has no parent, whatever ``extends`` says."""
    file = os.fspath(path)
    try:
        grid = read_table(file, limits=limits)
    except TableRejected as rejected:
        return Imported(file, None, None, (rejected.finding,))
    interpreted = interpret(grid, level=level, area=area, extends=extends, jurisdiction=jurisdiction, title=title)
    if interpreted.data["level"] == "national" and "extends" in interpreted.data:
        interpreted = interpret(grid, level="national", area=area, extends=None, jurisdiction=jurisdiction, title=title)
    data, shaped = interpreted.data, list[Finding]()
    level = str(data["level"])
    if level == "national":  # an official national table: shaped as the bundled national catalogues
        from grassroots_catalog.read.tables.national import as_national

        data, shaped = as_national(data, file=file, title=title)
    loaded = catalogue_from_data(data, file=file, limits=limits)
    findings = tuple(
        sorted_findings([*interpreted.findings, *shaped, *at_row_cells(loaded.findings, interpreted.sources)])
    )
    if loaded.catalogue is None or any(f.fatal for f in findings):
        return Imported(file, loaded.catalogue, None, findings, interpreted.sources)
    return Imported(file, loaded.catalogue, _yaml(loaded.catalogue, interpreted.sources), findings, interpreted.sources)


def at_row_cells(findings: Sequence[Finding], sources: Sequence[str], *, file: str | None = None) -> list[Finding]:
    """Findings on a matter of an imported table, given the cell its row starts at (``ctx["cell"]``): a
    table has no lines. With ``file``, only the findings in that file that have no position are placed."""
    placed = []
    for found in findings:
        path = found.path
        row = path[1] if len(path) > 1 and path[0] == "matters" and isinstance(path[1], int) else None
        mine = file is None or (found.file == file and found.location is None)
        if mine and row is not None and row < len(sources) and "cell" not in found.ctx:
            found = replace(found, ctx={**found.ctx, "cell": sources[row]})
        placed.append(found)
    return placed


def _shown(ref: str) -> str:
    """A cell as the comment names it: ``Sheet1!A12`` as it is, a CSV's ``12:1`` as ``line 12``."""
    line, _, column = ref.partition(":")
    return f"line {line}" if line.isdigit() and column.isdigit() else ref


def _yaml(catalogue: Catalogue, sources: tuple[str, ...]) -> str:
    data = canonical_data(catalogue, exclude_unset=False, exclude_defaults=True)
    matters = data.get("matters")
    comments: dict[Path, str] = {}
    if isinstance(matters, list):
        for index, row in enumerate(matters[: len(sources)]):
            if isinstance(row, dict) and "id" in row:
                comments["matters", index, "id"] = _shown(sources[index])
    header = SCHEMA_MODELINE.format(url=SCHEMA_ID)
    return f"{header}\n{canonical_text(data, eol_comments=comments)}"
