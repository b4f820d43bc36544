"""Canonical form of a whole matter or catalogue document: each field through its normaliser.

The per-value normalisers live in :mod:`grassroots_catalog.domain.normalise`; which field uses which
is :data:`grassroots_catalog.model.fields.FIELDS`. These two functions walk a document and apply
them, so the models (which drop the notes) and the loader (which reports them) normalise alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from grassroots_catalog.domain.identity import free_id, matter_id
from grassroots_catalog.domain.normalise import Normaliser, Note, Path, normalise_area
from grassroots_catalog.domain.vocabularies import (
    CatalogueLevel,
    DisclosureLevel,
    Normalisation,
    normalise_catalogue_level,
    normalise_level,
)
from grassroots_catalog.model.fields import FIELDS

__all__ = ["MATTER_NORMALISERS", "normalise_document", "normalise_matter"]

MATTER_NORMALISERS: Mapping[str, Normaliser] = MappingProxyType(
    {
        "area": normalise_area,  # structural, not a field of the table, but written as loosely
        **{spec.name: spec.normaliser for spec in FIELDS if spec.normaliser is not None},
    }
)
"""The normaliser of each key of a matter that has one, in the order they are applied."""


def normalise_matter(
    raw: Any,
    *,
    catalogue_level: CatalogueLevel | None = None,
) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """Canonical form of one matter mapping, with the changes made (paths relative to the matter)."""
    if not isinstance(raw, dict):
        return raw, []
    result = dict(raw)
    notes: list[tuple[Path, Normalisation]] = []
    for name, normaliser in MATTER_NORMALISERS.items():
        value = result.get(name)
        if value is not None:
            result[name], changes = normaliser(value)
            if changes:
                notes += [((name, *path), change) for path, change in changes]
    if catalogue_level is CatalogueLevel.COUNTY and isinstance(result.get("level"), list):
        # In a county-level city's catalogue, 市级 names the county tier itself (requirements.md §4.3).
        levels = result["level"]
        if DisclosureLevel.PREFECTURE.zh in levels:
            index = levels.index(DisclosureLevel.PREFECTURE.zh)
            fixed, _, _ = normalise_level(
                [DisclosureLevel.COUNTY.zh if v == DisclosureLevel.PREFECTURE.zh else v for v in levels]
            )
            result["level"] = [v.zh for v in fixed]
            notes.append(
                (
                    ("level", index),
                    Normalisation(DisclosureLevel.PREFECTURE.zh, (DisclosureLevel.COUNTY.zh,), "context"),
                )
            )
    return result, notes


def normalise_document(raw: Any) -> tuple[Any, list[Note]]:
    """Canonical form of a whole catalogue document, with every change and where it was made."""
    if not isinstance(raw, dict):
        return raw, []
    document = dict(raw)
    notes: list[Note] = []
    level = document.get("level")
    catalogue_level: CatalogueLevel | None = None
    if isinstance(level, str):
        catalogue_level = normalise_catalogue_level(level)
        if catalogue_level is not None and catalogue_level.value != level:
            document["level"] = catalogue_level.value
            notes.append(Note(("level",), Normalisation(level, (catalogue_level.value,), "variant")))
    refinements = document.get("refine")
    if isinstance(refinements, list):
        canonical_refinements = []
        for index, entry in enumerate(refinements):
            fixed, changes = normalise_matter(entry, catalogue_level=catalogue_level)
            if isinstance(fixed, dict) and isinstance(fixed.get("remove"), dict):
                fixed["remove"], removed = normalise_matter(fixed["remove"])
                changes += [(("remove", *path), change) for path, change in removed]
            canonical_refinements.append(fixed)
            notes += [Note(("refine", index, *path), change) for path, change in changes]
        document["refine"] = canonical_refinements
    matters = document.get("matters")
    if isinstance(matters, list):
        canonical: list[Any] = []
        for index, matter in enumerate(matters):
            dittos = _ditto_cells(matter) if canonical else {}
            raw = {k: v for k, v in matter.items() if k not in dittos} if dittos else matter
            fixed, changes = normalise_matter(raw, catalogue_level=catalogue_level)
            if dittos:
                fixed, copied = _fill_dittos(fixed, canonical[-1], dittos)
                changes += copied
            canonical.append(fixed)
            notes += [Note(("matters", index, *path), change) for path, change in changes]
        document["matters"] = _with_ids(canonical)
    return document, notes


DITTO = frozenset({"同上", "同上栏", "同前", "同上。", "同上行"})
"""What a table writes in a cell meaning "as the row above" (requirements.md §4.5: resolve, then read)."""

DITTO_MARK = "同"
"""A character every word of :data:`DITTO` holds: a cell without it is no 同上, and needs no strip."""


def _ditto_cells(matter: Any) -> dict[str, str]:
    """The cells of a row that read 同上, by field (a row's id, area and name are never copied)."""
    if not isinstance(matter, dict):
        return {}
    return {
        name: value
        for name, value in matter.items()
        if isinstance(value, str)
        and DITTO_MARK in value
        and value.strip() in DITTO
        and name not in ("id", "area", "name")
    }


def _fill_dittos(matter: Any, above: Any, dittos: Mapping[str, str]) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """Each 同上 cell takes the canonical value of the same cell in the row above, noted."""
    if not isinstance(matter, dict) or not isinstance(above, dict):
        return matter, []
    result = dict(matter)
    notes: list[tuple[Path, Normalisation]] = []
    for name, written in dittos.items():
        inherited = above.get(name)
        if inherited is None:
            result[name] = written  # nothing above to copy: left for the rules to judge as written
            continue
        result[name] = inherited
        shown = "、".join(map(str, inherited)) if isinstance(inherited, list) else str(inherited)
        notes.append(((name,), Normalisation(written, (shown,), "ditto")))
    return result, notes


def _with_ids(matters: list[Any]) -> list[Any]:
    """Rows without an id get the one their area and names give (:func:`~grassroots_catalog.domain.identity.matter_id`).

    Published tables have no ids. A row written with exactly the national names so gets the national
    row's id and is linked by it; a row written differently is linked by its names when its chain is
    composed. A name repeated in the table gets ``-2``, ``-3`` …, so that every row stays its own.
    """
    if all(not isinstance(m, dict) or m.get("id") not in (None, "") for m in matters):
        return matters
    taken = {m["id"] for m in matters if isinstance(m, dict) and isinstance(m.get("id"), str) and m["id"]}
    result = []
    for matter in matters:
        if isinstance(matter, dict) and matter.get("id") in (None, "") and isinstance(matter.get("area"), str):
            names = _names_of(matter.get("name"))
            if names is not None:
                new_id = free_id(matter_id(matter["area"], *names), taken)
                matter = {"id": new_id, **{k: v for k, v in matter.items() if k != "id"}}
        result.append(matter)
    return result


def _names_of(name: Any) -> tuple[str | None, str | None, str | None] | None:
    if isinstance(name, str):
        return (name, None, None)
    if isinstance(name, dict) and any(isinstance(name.get(k), str) for k in ("level1", "level2", "level3")):
        parts = [name.get(k) for k in ("level1", "level2", "level3")]
        return tuple(part if isinstance(part, str) else None for part in parts)  # type: ignore[return-value]
    return None
