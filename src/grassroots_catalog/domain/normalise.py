"""Turning what users write into canonical values, reporting every change.

One function per kind of value (a content cell, a basis cell, channels, audience, mode, level, an
area), each returning the canonical value and the changes made. Which field uses which is the
field table's business (:mod:`grassroots_catalog.model.fields`); :mod:`grassroots_catalog.model.normalise`
applies them to a whole matter or document, for the models (which discard the notes, so that
``Matter(mode=["主动公开"])`` simply works from Python) and for the loader (which keeps them, with the
path of each change, and reports them as information findings). Values a
normaliser cannot map are passed through unchanged, so that the model rejects them with a located
error instead of losing them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from grassroots_catalog.domain.areas import AREAS, resolve_area
from grassroots_catalog.domain.rebuilt import Reduced, by_fields
from grassroots_catalog.domain.vocabularies import (
    CHANNEL_ORDER,
    Audience,
    DisclosureLevel,
    Labelled,
    Mode,
    Normalisation,
    is_canonical_channel_list,
    normalise_audience,
    normalise_level,
    normalise_mode,
    parse_channel,
    split_cell,
    split_ticked_cell,
)

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Note:
    """A :class:`Normalisation` at a path inside the document."""

    path: Path
    change: Normalisation

    def __reduce__(self) -> Reduced:
        return by_fields(self)  # rebuilt by the constructor in the compiled build too (domain/rebuilt.py)


Normaliser = Callable[[Any], tuple[Any, list[tuple[Path, Normalisation]]]]


def _as_list(value: Any, splitter: Callable[[str], list[str]]) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """A single string where a list is expected becomes a list, noted; other values pass through."""
    if isinstance(value, str):
        parts = splitter(value)
        return parts, [((), Normalisation(value, tuple(parts), "scalar-as-list"))]
    return value, []


def _vocabulary(
    normalise: Callable[[list[str]], tuple[list[Labelled], list[Normalisation], list[str]]], kind: type[Labelled]
) -> Normaliser:
    order = {value.zh: index for index, value in enumerate(kind)}

    def run(value: Any) -> tuple[Any, list[tuple[Path, Normalisation]]]:
        if type(value) is list and _in_order(value, order):  # already canonical: the common case
            return value, []
        value, notes = _as_list(value, split_cell)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return value, notes
        found, changes, unknown = normalise(value)
        if unknown:  # leave the whole list for the model to reject, located at the unknown value
            return value, notes
        written: list[str] = value
        positions = {raw: index for index, raw in reversed(list(enumerate(written)))}
        notes += [((positions.get(c.original, 0),), c) for c in changes]
        return [v.zh for v in found], notes

    return run


def _in_order(values: list[Any], order: Mapping[str, int]) -> bool:
    """True when every value is canonical, without duplicates, in vocabulary order."""
    last = -1
    for value in values:
        position = order.get(value, -1) if type(value) is str else -1
        if position <= last:
            return False
        last = position
    return True


def normalise_channels(value: Any) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """Channels: a tick-box cell, a separated string or a list; variants, 其他 carriers, duplicates."""
    if type(value) is list and all(type(v) is str for v in value) and is_canonical_channel_list(value):
        return value, []
    notes: list[tuple[Path, Normalisation]] = []
    if isinstance(value, str):
        ticked = split_ticked_cell(value)
        parts = ticked if ticked is not None else split_cell(value)
        notes.append(((), Normalisation(value, tuple(parts), "scalar-as-list")))
        value = parts
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return value, notes
    seen: list[str] = []
    for index, raw in enumerate(value):
        choice, change = parse_channel(raw)
        if change is not None:
            notes.append(((index,), change))
        text = str(choice)
        if text in seen:
            notes.append(((index,), Normalisation(raw, (text,), "duplicate")))
        else:
            seen.append(text)
    return sort_channels(seen), notes


def sort_channels(channels: list[str]) -> list[str]:
    """The printed order of the 13 boxes; several 其他 carriers keep the order they were written in."""

    def key(text: str) -> int:
        return CHANNEL_ORDER.get(parse_channel(text)[0].box.zh, len(CHANNEL_ORDER))

    return sorted(channels, key=key)


_BULLETS = re.compile(r"\s*[·•●〇○]\s*")


def _split_content(text: str) -> list[str]:
    parts = [p.strip() for p in _BULLETS.split(text)]
    return [p for p in parts if p] or [text]


# A new instrument starts at 《 or 【 after a separator, or straight after the previous 》.
_INSTRUMENTS = re.compile(r"\s*[、，,；;]\s*(?=[《【])|(?<=》)\s*(?=[《【])")


def _split_basis(text: str) -> list[str]:
    return [p.strip() for p in _INSTRUMENTS.split(text) if p.strip()]


def normalise_content(value: Any) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """Content elements: a bulleted cell (``·申请条件 ·办理流程``) becomes a list."""
    return _as_list(value, _split_content)


def normalise_basis(value: Any) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """Basis: a cell citing several instruments (``《甲》《乙》``) becomes a list."""
    return _as_list(value, _split_basis)


def normalise_area(value: Any) -> tuple[Any, list[tuple[Path, Normalisation]]]:
    """An area named in Chinese or by a known variant becomes its slug."""
    if not isinstance(value, str) or value in AREAS:
        return value, []
    alias = resolve_area(value)
    if alias is None or alias.slug == value:
        return value, []
    reason = "area-alias" if alias.note else "area-name"
    return alias.slug, [((), Normalisation(value, (alias.slug,), reason, warn=alias.note is not None))]


normalise_audience_list = _vocabulary(normalise_audience, Audience)
"""Audience: a cell or a list; variants (全社 会, 特定群众), duplicates, printed order."""
normalise_mode_list = _vocabulary(normalise_mode, Mode)
"""Mode: a cell or a list; variants (主动公开, 依申请公开), duplicates, printed order."""
normalise_level_list = _vocabulary(normalise_level, DisclosureLevel)
"""Disclosure level: a cell or a list; variants (镇级, 乡、村级), duplicates, printed order."""
