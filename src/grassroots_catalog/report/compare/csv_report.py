"""``gcat compare --format csv``: the matrix as one row per catalogue and area it covers, with the count
of every status, for a spreadsheet or a statistics package.

The header is in the reader's language; the area's slug and each catalogue's file are columns of
their own, so the table joins with others whatever the language.
"""

from __future__ import annotations

import csv
import io

from grassroots_catalog.diffs.comparison import STATUSES, Comparison
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.report.compare.words import area_label, status_labels


def render(comparison: Comparison, *, lang: str = "zh", top: int = 10) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = ("catalogue", "file", "level", "area_slug", "area")
    writer.writerow(
        [
            *(report_text(f"compare.column.{key}", lang) for key in keys),
            *status_labels(lang),
            report_text("compare.column.total", lang),
        ]
    )
    for catalogue in comparison:
        for area in comparison.areas:
            tally = comparison.cell(catalogue, area)
            if tally is None:
                continue
            writer.writerow(
                [catalogue.name, catalogue.file or "", catalogue.level, area, area_label(area, lang)]
                + [tally[status] for status in STATUSES]
                + [tally.total]
            )
    return out.getvalue()
