"""A starting catalogue from the national guidelines (``gcat new``): most offices start from the national table.

Two forms, as a county publishes either:

- one **refinement** file per area (``form: refinement``, ``extends: national``, ``scope: part``):
  every national row of the area is listed under ``refine:`` by its id, so that nothing is inherited
  unseen, with the generic national 公开主体 kept as the value to replace;
- one **table** (``form: table``): every national row of the chosen areas copied in full, ids kept so
  each row stays linked to the national one it copies.

Each row a county must localise carries a YAML comment above it saying so (name the local body,
tick the channels actually used): a comment rather than ``note:``, because a note would be published
in the county's table while the reminder is for the person filling it in and goes when they are done.
The national rows' own notes (where their data came from) are not copied: they describe the
national extract, not the county's table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from grassroots_catalog.domain.areas import AREAS, PILOT_AREAS
from grassroots_catalog.domain.divisions import fits_level
from grassroots_catalog.domain.normalise import normalise_area
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.catalogue import DIVISION_CODE_PATTERN
from grassroots_catalog.read.national_data import BUNDLED, NationalData
from grassroots_catalog.read.writer import canonical_text

__all__ = ["COPIED_FIELDS", "check_code", "new_catalogue", "new_catalogue_data"]

COPIED_FIELDS = (
    "id",
    "area",
    "name",
    "content",
    "basis",
    "time_limit",
    "subject",
    "channels",
    "audience",
    "mode",
    "level",
)
"""What a starting table copies of each national row: the row itself, not the national data's notes."""

_CODE_MESSAGES = {CatalogueLevel.COUNTY: "new.refuse.code.county", CatalogueLevel.TOWNSHIP: "new.refuse.code.township"}
"""The levels a starting catalogue may have, and the message refusing a code of the wrong shape."""

_DIVISION_CODE = re.compile(DIVISION_CODE_PATTERN)


def check_code(level: str, code: str | None, lang: str = "zh") -> None:
    """Refuse a level other than county or township, and a division code of the wrong shape for it:
    a code the catalogue model accepts (``DIVISION_CODE_PATTERN``, the whole text), as long as a code
    of the level is (domain/divisions.py)."""
    tier = next((known for known in _CODE_MESSAGES if known.value == level), None)
    if tier is None:
        raise ValueError(report_text("new.refuse.level", lang, level=level))
    if code is not None and not (_DIVISION_CODE.fullmatch(code) and fits_level(code, tier)):
        raise ValueError(report_text(_CODE_MESSAGES[tier], lang, code=code))


def _areas(areas: Sequence[str] | None, lang: str) -> list[str]:
    if areas is None or list(areas) == ["all"]:
        return [area.slug for area in PILOT_AREAS]
    slugs = []
    for area in areas:
        slug = normalise_area(area.strip())[0]
        if slug not in AREAS:
            raise ValueError(report_text("new.refuse.area", lang, area=area))
        slugs.append(slug)
    return list(dict.fromkeys(slugs))


def _row(matter: Any) -> dict[str, Any]:
    dumped = matter.model_dump(mode="json", exclude_unset=True)
    return {key: dumped[key] for key in COPIED_FIELDS if key in dumped}


def _header(level: str, jurisdiction: str, code: str | None, title: str) -> dict[str, Any]:
    owner: dict[str, Any] = {"name": jurisdiction}
    if code is not None:
        owner["code"] = code
    return {"title": title, "level": level, "jurisdiction": owner, "extends": "national"}


def _identifier(level: str, code: str | None, area: str | None) -> str:
    return "-".join(part for part in (level, code, area) if part)


def new_catalogue_data(
    level: str,
    jurisdiction: str,
    code: str | None,
    areas: Sequence[str] | None,
    *,
    table: bool = False,
    lang: str = "zh",
    national: NationalData = BUNDLED,
) -> dict[str, dict[str, Any]]:
    """The starting catalogue as plain data by file name (what :func:`new_catalogue` writes as YAML)."""
    check_code(level, code, lang)
    if not jurisdiction.strip():
        raise ValueError(report_text("new.refuse.jurisdiction", lang))
    slugs = _areas(areas, lang)
    if table:
        data: dict[str, Any] = {"id": _identifier(level, code, None)}
        data.update(_header(level, jurisdiction, code, report_text("new.title", lang, jurisdiction=jurisdiction)))
        data["form"] = "table"
        if len(slugs) < len(PILOT_AREAS):
            data["scope"] = "part"
        data["matters"] = [_row(m) for slug in slugs for m in national.catalogue(slug).matters]
        return {"catalogue.yaml": data}
    files: dict[str, dict[str, Any]] = {}
    for slug in slugs:
        pilot = AREAS[slug]
        title = report_text(
            "new.title.area", lang, jurisdiction=jurisdiction, area=pilot.zh if lang == "zh" else pilot.en
        )
        part: dict[str, Any] = {"id": _identifier(level, code, slug)}
        part.update(_header(level, jurisdiction, code, title))
        part["form"] = "refinement"
        part["scope"] = "part"
        refine = []
        for matter in national.catalogue(slug).matters:
            entry: dict[str, Any] = {"id": matter.id}
            if matter.subject:
                entry["subject"] = matter.subject
            refine.append(entry)
        part["refine"] = refine
        files[f"{slug}.yaml"] = part
    return files


def new_catalogue(
    level: str,
    jurisdiction: str,
    code: str | None,
    areas: Sequence[str] | None,
    *,
    table: bool = False,
    lang: str = "zh",
    national: NationalData = BUNDLED,
) -> dict[str, str]:
    """The starting catalogue as YAML text by file name: one refinement file per area, or one table.

    ``areas`` is a list of slugs or area names, or None (or ``["all"]``) for the 26 pilot areas; the
    rows are those of ``national`` (default: the bundled national data).
    Raises ValueError, worded in ``lang``, for a level other than county or township, a division code
    of the wrong length (6 digits for a county, 9 or 12 for a township), or an unknown area.
    """
    reminder = report_text("table.localise", lang)
    texts: dict[str, str] = {}
    for name, data in new_catalogue_data(
        level, jurisdiction, code, areas, table=table, lang=lang, national=national
    ).items():
        rows = data.get("matters") or data.get("refine")
        key = "matters" if data.get("matters") else "refine"
        notes: dict[tuple[str | int, ...], str] = {
            (key, index): reminder for index, row in enumerate(rows or []) if isinstance(row, dict)
        }
        texts[name] = canonical_text(data, before_comments=notes)
    return texts
