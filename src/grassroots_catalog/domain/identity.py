"""Which matter a row is: the folded names a matter is matched by, and the stable id derived from them.

A matter's id comes from its area and its names, not from its row number, so that it survives rows
being reordered or inserted, and the same matter gets the same id in every catalogue and version.
Matching matters across catalogues builds on :func:`name_key`; nothing here knows files or findings.
"""

from __future__ import annotations

import unicodedata

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
    import hashlib  # on first use: loading OpenSSL is not free, and most runs derive no id

    digest = hashlib.sha256(name_key(level1, level2, level3).encode("utf-8")).hexdigest()
    return f"{area}.{digest[:ID_DIGEST_LENGTH]}"


def free_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … the first not in ``taken``, which it joins."""
    candidate, count = base, 1
    while candidate in taken:
        count += 1
        candidate = f"{base}-{count}"
    taken.add(candidate)
    return candidate


def assign_ids(area: str, names: list[tuple[str | None, str | None, str | None]]) -> list[str]:
    """Ids for rows in table order; a repeated name (a duplicate row) gets ``-2``, ``-3`` … in order."""
    taken: set[str] = set()
    return [free_id(matter_id(area, level1, level2, level3), taken) for level1, level2, level3 in names]
