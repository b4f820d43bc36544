"""``gcat link``: write into a table the ids of the parent rows its rows were linked to.

Real tables carry no ids, or a clerk's own numbering; composing the chain links each such row to its
parent row by what it says (:mod:`grassroots_catalog.domain.linking`). Writing the chosen ids into the
file makes a link explicit and stable: a clerk confirms it once, instead of copying hashes by hand,
and a later edit of the row's names can no longer change it. A row that links to nothing keeps its
own id, or is given the one its names make.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum

from grassroots_catalog.check.chain import resolve_read
from grassroots_catalog.domain.linking import LinkKind
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.read.load import locate_in, read_catalogue
from grassroots_catalog.read.national_data import BUNDLED, NationalData
from grassroots_catalog.read.reader import read_yaml
from grassroots_catalog.read.writer import with_matter_ids
from grassroots_catalog.results import Finding


class IdSource(StrEnum):
    """Where a row's new id comes from."""

    NAMES = "names"
    """The parent row whose names are the row's, once folded."""
    LIKENESS = "likeness"
    """The parent row its names are clearly closest to (noted as M013 when validating)."""
    OWN_NAMES = "own-names"
    """No parent row: the id the row's own area and names make."""


@dataclass(frozen=True, slots=True)
class IdChange:
    """One row whose ``id:`` the file is to get."""

    position: int
    """The row's place under ``matters:`` (0-based); its line is ``line``."""
    line: int | None
    written: str | None
    """The id the file gives now (None: no id)."""
    new: str
    source: IdSource
    names: str


@dataclass(frozen=True, slots=True)
class LinkPlan:
    """What ``gcat link`` would write into one file, and the text it would write."""

    file: str
    changes: tuple[IdChange, ...]
    text: str | None
    """The file's new text; None when nothing changes."""
    findings: tuple[Finding, ...] = ()
    """Why the file could not be linked, when it could not (it is then left as it is)."""


def plan_links(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, national: NationalData = BUNDLED
) -> LinkPlan:
    """The ids to write into the table at ``path``, from its chain composed (up to ``national``);
    nothing is written here."""
    file = os.fspath(path)
    leaf = read_catalogue(file, limits=limits)
    if leaf.catalogue is None or leaf.text is None:
        return LinkPlan(file, (), None, leaf.findings)
    chain, effective = resolve_read(leaf, national=national)
    if effective is None:
        return LinkPlan(file, (), None, tuple(chain.findings))
    last = len(effective.layers) - 1
    linked = {link.position: link for link in effective.links if link.layer == last}
    written_ids = _written_ids(leaf.text)
    changes = []
    for position, matter in enumerate(leaf.catalogue.matters):
        link = linked.get(position)
        if link is not None:
            new = link.parent_id
            source = IdSource.NAMES if link.kind in (LinkKind.ID, LinkKind.NAMES) else IdSource.LIKENESS
        else:  # its id as read: a parent's (its names made the parent's id) or its own
            new = matter.id
            steps = effective.history.get(new, ())
            source = IdSource.NAMES if steps and steps[0].layer < last else IdSource.OWN_NAMES
        written = written_ids.get(position)
        if written == new:
            continue
        location = locate_in(leaf, ("matters", position))
        names = " ".join(str(matter.name).split())  # a cell's line breaks shown as spaces
        changes.append(IdChange(position, location.line if location else None, written, new, source, names))
    text = with_matter_ids(leaf.text, {c.position: c.new for c in changes}) if changes else None
    return LinkPlan(file, tuple(changes), text)


def _written_ids(text: str) -> dict[int, str]:
    """The ids the file itself gives its rows (a row without one is absent), as the checked reader reads it."""
    document, _ = read_yaml(text)
    matters = document.get("matters") if isinstance(document, dict) else None
    if not isinstance(matters, list):
        return {}
    return {i: str(m["id"]) for i, m in enumerate(matters) if isinstance(m, dict) and m.get("id") not in (None, "")}
