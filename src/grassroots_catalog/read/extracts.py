"""Reading guideline extracts (the format of ``sources/guidelines/``) into catalogues.

An extract records the rows of one national guideline table as they were recovered, with the pages
they came from; see ``sources/guidelines/FORMAT.md``. :func:`extract_to_catalogue` turns one into a
national :class:`~grassroots_catalog.model.catalogue.Catalogue`: every field that was recovered is kept, blanks
stay blank, the row's note and position are kept, and the catalogue states that it is partial and
how many rows are known.

Matter ids follow :func:`matter_id`: derived from the area and the matter's names, not from its row
number, so that they survive rows being reordered or inserted.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.model.fields import ROW_FIELDS
from grassroots_catalog.read.limits import DEFAULT_LIMITS

ID_DIGEST_LENGTH = 8


def name_key(*names: str | None) -> str:
    """The names of a matter folded for matching: NFKC width, no white space, levels joined by "/".

    Positions are kept (a missing 一级事项 leaves an empty first part), so that ("甲", None) and
    (None, "甲") stay different.
    """
    parts = ["".join(unicodedata.normalize("NFKC", name).split()) if name else "" for name in names]
    while parts and not parts[-1]:
        parts.pop()
    return "/".join(parts)


def matter_id(area: str, level1: str | None, level2: str | None = None, level3: str | None = None) -> str:
    """``<area>.<digest>``: the first 8 hex digits of SHA-256 over the folded names.

    The same names give the same id in every catalogue and every version, whatever their row;
    different names give different ids (a clash among the few hundred matters of an area has a
    chance of about 1 in 10 million, and :func:`assign_ids` settles one if it happens).
    """
    import hashlib

    digest = hashlib.sha256(name_key(level1, level2, level3).encode("utf-8")).hexdigest()
    return f"{area}.{digest[:ID_DIGEST_LENGTH]}"


def assign_ids(area: str, names: list[tuple[str | None, str | None, str | None]]) -> list[str]:
    """Ids for rows in table order; a repeated name (a duplicate row) gets ``-2``, ``-3`` … in order."""
    seen: dict[str, int] = {}
    ids = []
    for level1, level2, level3 in names:
        base = matter_id(area, level1, level2, level3)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def extract_to_data(extract: dict[str, Any]) -> dict[str, Any]:
    """The catalogue document (plain data) for one guideline extract."""
    area = extract["area"]
    slug = area["slug"]
    if slug not in AREAS:
        raise ValueError(f"unknown area slug {slug!r} in extract")
    rows = extract.get("matters") or []
    ids = assign_ids(slug, [(r.get("level1"), r.get("level2"), r.get("level3")) for r in rows])
    matters = []
    for identifier, row in zip(ids, rows, strict=True):
        name = {key: row[key] for key in ("level1", "level2", "level3") if row.get(key)}
        matter: dict[str, Any] = {"id": identifier, "area": slug, "name": name}
        matter.update({field: row[field] for field in ROW_FIELDS if row.get(field) not in (None, [], "")})
        matter["row"] = row["seq"]
        matters.append(matter)
    document: dict[str, Any] = {
        "id": f"national.{slug}",
        "title": area["guideline_zh"],
        "level": "national",
        "issuer": area["issuer_zh"],
    }
    if area.get("issued"):
        document["issued"] = str(area["issued"])
    document["sources"] = [
        {
            key: value
            for key, value in (
                ("url", s.get("url")),
                ("kind", s.get("kind")),
                ("publisher", s.get("publisher_zh")),
                ("note", s.get("note")),
            )
            if value
        }
        for s in area.get("sources") or []
    ]
    document["completeness"] = {
        "status": "partial",
        "known_rows": len(rows),
        "fidelity": area.get("fidelity"),
        "note": "Only the first rows of the national table could be recovered from public copies; "
        "the official table is longer. Bring the full table in to check against all of it.",
    }
    document["matters"] = matters
    return document


def extract_to_catalogue(extract: dict[str, Any]) -> Catalogue:
    """The national catalogue for one guideline extract (normalised, validated)."""
    return Catalogue.model_validate(extract_to_data(extract))


def leading_comment(text: str) -> str:
    """The comment block at the top of an extract (its provenance summary), without the ``#``."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].removeprefix(" "))
    return "\n".join(lines)


GENERATED_NOTICE = "Generated by scripts/convert_guidelines.py from sources/guidelines/{name}; do not edit by hand."


def render_national_file(source_text: str, source_name: str) -> tuple[Catalogue, str]:
    """The catalogue of one extract and the text of its ``catalogs/national/`` file.

    Deterministic: the same source text always gives the same bytes (a test re-runs it).
    """
    import yaml

    from grassroots_catalog.read.writer import SCHEMA_MODELINE, dump_catalogue

    # Extracts are the project's own source material and use anchors for cells repeated across rows,
    # which the catalogue reader refuses on purpose; PyYAML's safe loader expands them (no tags, no code).
    data = yaml.safe_load(source_text)
    catalogue = extract_to_catalogue(data)
    header = GENERATED_NOTICE.format(name=source_name)
    provenance = leading_comment(source_text)
    if provenance:
        header += "\n\n" + provenance
    modeline = SCHEMA_MODELINE.format(url="../../schemas/catalogue.schema.json")
    text = modeline + "\n" + dump_catalogue(catalogue, header=header)
    return catalogue, text


class ExtractError(ValueError):
    """An extract that cannot be converted: the file, the line and column when the YAML says where,
    and why (``detail``: the first line of what went wrong; ``limit``: set when the file is larger
    than the limit, which is the whole reason then)."""

    def __init__(
        self, file: str, detail: str, *, line: int | None = None, column: int | None = None, limit: int | None = None
    ) -> None:
        self.file, self.detail, self.line, self.column, self.limit = file, detail, line, column, limit
        super().__init__(f"{self.where}: {detail}")

    @property
    def where(self) -> str:
        """``file:line:column``, or the file alone when the place is not known."""
        return f"{self.file}:{self.line}:{self.column}" if self.line is not None else self.file


def import_extract(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_LIMITS.max_file_bytes) -> str:
    """The catalogue text of the extract at ``path`` (what ``gcat import-guideline`` writes);
    :class:`ExtractError` if it cannot be read or converted."""
    import yaml

    file = os.fspath(path)
    try:
        data = Path(file).read_bytes()
        if len(data) > max_bytes:
            raise ExtractError(file, f"larger than {max_bytes} bytes", limit=max_bytes)
        return render_national_file(data.decode("utf-8"), Path(file).name)[1]
    except ExtractError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, yaml.YAMLError) as error:
        mark = getattr(error, "problem_mark", None)
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        if mark is None:
            raise ExtractError(file, detail) from None
        raise ExtractError(file, detail, line=mark.line + 1, column=mark.column + 1) from None
