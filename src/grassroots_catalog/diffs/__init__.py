"""Comparing two catalogues (and many against one, :func:`compare`): which rows were added, removed or moved, and for each row the two have
in common, which fields got stricter, weaker, localised or incomparable (docs/diff.md).

The layer sits above ``check`` (it reads files and composes chains for ``--merged``) and below
``report``, whose ``report/diff`` renders a :class:`CatalogueDiff` in each output format. It is called
``diffs`` so that importing it never hides the package root's :func:`diff` behind a module of that name.
"""

from __future__ import annotations

from grassroots_catalog.diffs.compare import compare
from grassroots_catalog.diffs.compare_files import NATIONAL, compare_files
from grassroots_catalog.diffs.comparison import (
    ComparedCatalogue,
    Comparison,
    ReferenceRow,
    RowOutcome,
    RowStatus,
    RowTally,
    Tally,
    UnreadableFile,
)
from grassroots_catalog.diffs.compute import IGNORABLE, diff
from grassroots_catalog.diffs.files import Side, Unreadable, diff_files, read_side
from grassroots_catalog.diffs.model import CatalogueDiff, Change, ChangeKind, Match, Where
from grassroots_catalog.diffs.refinement import Refinement, as_refinement

__all__ = [
    "IGNORABLE",
    "NATIONAL",
    "CatalogueDiff",
    "Change",
    "ChangeKind",
    "ComparedCatalogue",
    "Comparison",
    "Match",
    "ReferenceRow",
    "Refinement",
    "RowOutcome",
    "RowStatus",
    "RowTally",
    "Side",
    "Tally",
    "Unreadable",
    "UnreadableFile",
    "Where",
    "as_refinement",
    "compare",
    "compare_files",
    "diff",
    "diff_files",
    "read_side",
]
