"""The fields of a matter, once: what each is, and how reading, merging and writing treat it.

A matter's columns (公开内容, 公开依据, …) used to be listed by hand wherever a layer needed them:
which fields a refinement may weaken or remove from, which the merge compares, how the lattice ranks
an override, which are written as one-line lists, which a guideline extract carries. :data:`FIELDS`
is that knowledge as one table, in the documented field order (docs/format.md, "Matter fields, in
canonical order"); every such list is derived from it, so a new field is one row here and its
declaration on the model (docs/contributing.md, "Adding a field to a matter").

Structural keys of a matter (``id``, ``area``, ``row``, ``because``, ``not_applicable``) are not
fields in this sense: they identify or mark the matter, and no layer treats them column by column.

This module sits in the model layer and so imports only lower layers (domain, messages, results); the merge's
lattice and the writer read it, never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from grassroots_catalog.domain.normalise import (
    Normaliser,
    normalise_audience_list,
    normalise_basis,
    normalise_channels,
    normalise_content,
    normalise_level_list,
    normalise_mode_list,
)
from grassroots_catalog.domain.vocabularies import (
    CHANNEL_ORDER,
    Audience,
    ChannelChoice,
    DisclosureLevel,
    Labelled,
    Mode,
)
from grassroots_catalog.messages.words import field_label
from grassroots_catalog.results import Severity

__all__ = [
    "BY_NAME",
    "COMPARED",
    "EXPLAINABLE",
    "FIELDS",
    "FLOW_STYLE",
    "MULTI_VALUED",
    "REMOVABLE",
    "ROW_FIELDS",
    "SCALARS",
    "WEAKENABLE",
    "Comparison",
    "FieldSpec",
    "Kind",
    "Requirement",
    "field",
]


class Kind(StrEnum):
    """The shape of a field's value, which decides how a refinement combines it with the inherited one."""

    SCALAR = "scalar"
    """One value (or a name mapping): a refinement's value replaces the inherited one."""
    LIST = "list"
    """Values in the order written, none repeated: a refinement adds to them by value, keeping order."""
    SET = "set"
    """Vocabulary values kept in the vocabulary's printed order: additions are sorted into place."""


class Comparison(StrEnum):
    """How the lattice (:func:`grassroots_catalog.merge.lattice.classify`) ranks an override of a field."""

    INCLUSION = "inclusion"
    """More values are stricter, fewer weaker, a swap incomparable (channels)."""
    ELEMENTS = "elements"
    """Inclusion of content elements compared by what they say: labels, numbering and punctuation set
    aside, a cell of two elements the same as two cells (content)."""
    INSTRUMENTS = "instruments"
    """Inclusion of legal instruments compared as canonical titles: 《中华人民共和国X法》 is 《X法》, a 令号
    or year matters only where both sides give different ones (basis)."""
    DEADLINE = "deadline"
    """Fewer working days are stricter; limits of different kinds are incomparable (time limit)."""
    FLAG = "flag"
    """What counts is whether :attr:`FieldSpec.flag` (全社会, 主动) is kept; dropping every value weakens."""
    PRESENCE = "presence"
    """Only dropping every value weakens; any other change localises (subject, level)."""
    NAMES = "names"
    """The row's names: equal when they fold to the same names (width, spaces, traditional characters,
    the area's name typed in 一级 …), else a change of wording; dropping 一级 weakens (name)."""
    WORDING = "wording"
    """A change of wording, never a weakening in itself (note)."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """The requirement rule that reports the field when it is empty, and how severely."""

    code: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a matter: its shape, its names, and what each layer does with it."""

    name: str
    """The key in a catalogue file and the attribute of :class:`~grassroots_catalog.model.catalogue.Matter`."""
    kind: Kind
    comparison: Comparison
    requirement: Requirement | None
    """The rule that requires the field to be non-empty (R09 … R17); None where nothing requires it."""
    refusal: Severity | None
    """Severity of a weakening refused for want of a reason (M010); None if it never weakens."""
    normaliser: Normaliser | None = None
    """Turns what users write into the canonical value, with notes (domain/normalise.py)."""
    weakenable: bool = True
    """Whether a refinement may weaken it, giving the reason under ``because:``."""
    removable: bool = False
    """Whether a refinement may take inherited values away under ``remove:``."""
    compared: bool = True
    """Whether the merge compares it between layers (and so ``gcat explain`` can trace it)."""
    flow: bool = False
    """Written as a one-line YAML flow collection, like a row of ticked boxes."""
    row: bool = False
    """Whether it is a column of a guideline extract's rows (sources/guidelines/FORMAT.md)."""
    flag: Labelled | None = None
    """For :attr:`Comparison.FLAG`: the value whose loss weakens the matter."""
    order: Callable[[Any], int] | None = None
    """For :attr:`Kind.SET`: the sort key of the canonical order."""

    def __post_init__(self) -> None:
        # Contradictions that would otherwise surface only deep inside a merge.
        if self.removable and self.kind is Kind.SCALAR:
            raise ValueError(f"{self.name}: only a list or a set can have values removed")
        if (self.kind is Kind.SET) != (self.order is not None):
            raise ValueError(f"{self.name}: a set, and only a set, needs its canonical order")
        if (self.comparison is Comparison.FLAG) != (self.flag is not None):
            raise ValueError(f"{self.name}: a flag comparison, and only one, names its flag")
        if self.refusal is None and self.comparison is not Comparison.WORDING:
            raise ValueError(f"{self.name}: a field that can be weakened needs its refusal severity")
        if self.weakenable and not self.compared:
            raise ValueError(f"{self.name}: only a compared field can be weakened")

    @property
    def zh(self) -> str:
        """The column's name in the national template (docs/glossary.md), from the language tables."""
        return field_label(self.name, "zh")

    @property
    def en(self) -> str:
        """The field's English name, from the language tables."""
        return field_label(self.name, "en")

    def label(self, lang: str) -> str:
        """The field's name for a reader in ``lang``."""
        return field_label(self.name, lang)

    @property
    def multi_valued(self) -> bool:
        """Lists and sets: a refinement adds to them instead of replacing them."""
        return self.kind is not Kind.SCALAR


def _member_order(vocabulary: type[Labelled]) -> Callable[[Any], int]:
    positions = {member: index for index, member in enumerate(vocabulary)}
    return positions.__getitem__


def _channel_order(choice: ChannelChoice) -> int:
    """The 13 boxes in printed order; carriers of 其他 keep the order they were written in (sorted is stable)."""
    return CHANNEL_ORDER.get(choice.box.zh, len(CHANNEL_ORDER))


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        Kind.SCALAR,
        Comparison.NAMES,
        Requirement("R09", Severity.ERROR),
        refusal=Severity.ERROR,
        flow=True,
    ),
    FieldSpec(
        "content",
        Kind.LIST,
        Comparison.ELEMENTS,
        Requirement("R10", Severity.ERROR),
        refusal=Severity.ERROR,
        normaliser=normalise_content,
        removable=True,
        row=True,
    ),
    FieldSpec(
        "basis",
        Kind.LIST,
        Comparison.INSTRUMENTS,
        Requirement("R11", Severity.ERROR),
        refusal=Severity.WARNING,  # the instrument may have been repealed
        normaliser=normalise_basis,
        removable=True,
        row=True,
    ),
    FieldSpec(
        "time_limit",
        Kind.SCALAR,
        Comparison.DEADLINE,
        Requirement("R12", Severity.ERROR),
        refusal=Severity.ERROR,
        row=True,
    ),
    FieldSpec(
        "subject",
        Kind.SCALAR,
        Comparison.PRESENCE,
        Requirement("R13", Severity.ERROR),
        refusal=Severity.ERROR,
        row=True,
    ),
    FieldSpec(
        "channels",
        Kind.SET,
        Comparison.INCLUSION,
        Requirement("R15", Severity.ERROR),
        refusal=Severity.INFO,  # the 2019 texts do not say the ticked boxes are a minimum
        normaliser=normalise_channels,
        removable=True,
        flow=True,
        row=True,
        order=_channel_order,
    ),
    FieldSpec(
        "audience",
        Kind.SET,
        Comparison.FLAG,
        Requirement("R16", Severity.ERROR),
        refusal=Severity.ERROR,
        normaliser=normalise_audience_list,
        removable=True,
        flow=True,
        row=True,
        flag=Audience.PUBLIC,
        order=_member_order(Audience),
    ),
    FieldSpec(
        "mode",
        Kind.SET,
        Comparison.FLAG,
        Requirement("R14", Severity.ERROR),
        refusal=Severity.ERROR,
        normaliser=normalise_mode_list,
        removable=True,
        flow=True,
        row=True,
        flag=Mode.PROACTIVE,
        order=_member_order(Mode),
    ),
    FieldSpec(
        "level",
        Kind.SET,
        Comparison.PRESENCE,
        Requirement("R17", Severity.WARNING),
        refusal=Severity.ERROR,
        normaliser=normalise_level_list,
        removable=True,
        flow=True,
        row=True,
        order=_member_order(DisclosureLevel),
    ),
    FieldSpec(
        "note",
        Kind.SCALAR,
        Comparison.WORDING,
        None,
        refusal=None,
        weakenable=False,
        row=True,
    ),
)
"""Every field of a matter, in the documented (and canonical YAML) order."""

BY_NAME: Mapping[str, FieldSpec] = MappingProxyType({spec.name: spec for spec in FIELDS})
"""The fields by name."""


def field(name: str) -> FieldSpec:
    """The field called ``name``; a :class:`KeyError` names the fields there are."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no matter field {name!r}; the fields are {', '.join(BY_NAME)}") from None


def _names(keep: Callable[[FieldSpec], bool]) -> tuple[str, ...]:
    return tuple(spec.name for spec in FIELDS if keep(spec))


COMPARED = _names(lambda spec: spec.compared)
"""Fields the merge compares between layers, in table order."""
EXPLAINABLE = COMPARED
"""Names ``gcat explain`` accepts for its FIELD argument: what the merge traces, it can explain."""
WEAKENABLE = _names(lambda spec: spec.weakenable)
"""Fields a refinement may weaken when it says why: the keys allowed under ``because:``."""
REMOVABLE = _names(lambda spec: spec.removable)
"""Fields a refinement may take values from: the keys allowed under ``remove:``."""
MULTI_VALUED = _names(lambda spec: spec.multi_valued)
"""Lists and sets: a refinement adds to the inherited values."""
SCALARS = _names(lambda spec: not spec.multi_valued)
"""Single values: a refinement's value replaces the inherited one."""
FLOW_STYLE = frozenset(_names(lambda spec: spec.flow))
"""Fields written on one line in YAML."""
ROW_FIELDS = _names(lambda spec: spec.row)
"""Columns a guideline extract's row carries for a matter, besides its names (level1 …) and ``seq``."""
