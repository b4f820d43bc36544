"""What an override does to an inherited value, field by field (DOMAIN.md §3).

Each field of a matter is a small lattice: :func:`classify` says whether a refinement's value is
stricter than, equal to, a localisation of, weaker than, or incomparable with its parent's. Weaker
and incomparable overrides take something away and need a recorded reason; how much a refused one
matters differs by field (:data:`REFUSAL_SEVERITY`): dropping 主动 is an error, dropping a channel box
only information, since the 2019 texts do not say whether the ticked boxes are a minimum.

Which comparison a field gets, and its refusal severity, are in the field table
(:mod:`grassroots_catalog.model.fields`); this module only knows the comparisons themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import partial
from types import MappingProxyType
from typing import Any

from grassroots_catalog.domain.equivalence import SetComparison, compare_basis, compare_content
from grassroots_catalog.domain.linking import same_names
from grassroots_catalog.domain.timelimits import TimeLimitClass
from grassroots_catalog.domain.vocabularies import Labelled
from grassroots_catalog.messages.cli_text import cli_text
from grassroots_catalog.model.catalogue import TimeLimit
from grassroots_catalog.model.fields import FIELDS, Comparison, FieldSpec
from grassroots_catalog.results import Severity


class Change(StrEnum):
    """How an override relates to the value it replaces."""

    STRICTER = "stricter"
    EQUAL = "equal"
    LOCALISED = "localised"
    WEAKER = "weaker"
    INCOMPARABLE = "incomparable"

    @property
    def needs_reason(self) -> bool:
        """Weaker and incomparable overrides take something away: they must say why."""
        return self is Change.WEAKER or self is Change.INCOMPARABLE

    def label(self, lang: str) -> str:
        """The change's name for a reader in ``lang`` (更严 … 不可比), from the language tables."""
        return cli_text(f"merge.change.{self.value}", lang)


REFUSAL_SEVERITY: Mapping[str, Severity] = MappingProxyType(
    {
        "matter": Severity.ERROR,  # a whole matter dropped
        **{spec.name: spec.refusal for spec in FIELDS if spec.refusal is not None},
    }
)
"""Severity of a weaker override made without a recorded reason, by field."""


def _set_change(parent: tuple[Any, ...], child: tuple[Any, ...]) -> Change:
    old, new = set(parent), set(child)
    if old == new:
        return Change.EQUAL
    if old < new:
        return Change.STRICTER
    if new < old:
        return Change.WEAKER
    return Change.INCOMPARABLE


def _time_limit_rank(limit: TimeLimit | None) -> float | None:
    """Working days, smaller is stricter; None where the class has no place on that scale."""
    if limit is None:
        return float("inf")
    if limit.kind in (TimeLimitClass.IMMEDIATE, TimeLimitClass.CRISIS):
        return 0.0
    if limit.working_days is not None:
        return float(limit.working_days)
    if limit.kind in (TimeLimitClass.VAGUE, TimeLimitClass.UNPARSED, TimeLimitClass.DISPLAY, TimeLimitClass.CONSULT):
        return float("inf")  # no deadline at all: weaker than any deadline
    return None  # PERIODIC, DITTO: a different kind of limit


def _time_limit_change(parent: TimeLimit | None, child: TimeLimit | None) -> Change:
    if parent == child or (parent and child and parent.text == child.text):
        return Change.EQUAL
    old, new = _time_limit_rank(parent), _time_limit_rank(child)
    if old is None or new is None:
        same_kind = parent is not None and child is not None and parent.kind == child.kind
        return Change.LOCALISED if same_kind else Change.INCOMPARABLE
    if new < old:
        return Change.STRICTER
    if new > old:
        return Change.WEAKER
    return Change.EQUAL


def classify(field: str, parent: Any, child: Any) -> Change:
    """The change from ``parent`` to ``child`` for ``field`` of a matter."""
    if parent == child:
        return Change.EQUAL
    compare = _BY_FIELD.get(field)
    if compare is None:
        return Change.LOCALISED  # not a field of the table: nothing to rank
    return compare(parent, child)


def _inclusion(spec: FieldSpec, parent: Any, child: Any) -> Change:
    return _set_change(tuple(parent), tuple(child))


def _deadline(spec: FieldSpec, parent: Any, child: Any) -> Change:
    return _time_limit_change(parent, child)


def _flag(spec: FieldSpec, parent: Any, child: Any) -> Change:
    assert spec.flag is not None  # FieldSpec checks that a flag comparison names its flag
    return _flag_change(spec.flag, parent, child)


def _presence(spec: FieldSpec, parent: Any, child: Any) -> Change:
    """Only dropping every value weakens, and giving values where there were none strengthens (its
    inverse); a set of the same values reordered is equal; any other change localises."""
    if parent and not child:
        return Change.WEAKER
    if child and not parent:
        return Change.STRICTER
    if spec.multi_valued and set(parent) == set(child):
        return Change.EQUAL
    return Change.LOCALISED


_FROM_SETS = {
    SetComparison.EQUAL: Change.EQUAL,
    SetComparison.STRICTER: Change.STRICTER,
    SetComparison.WEAKER: Change.WEAKER,
    SetComparison.INCOMPARABLE: Change.INCOMPARABLE,
}


def _elements(spec: FieldSpec, parent: Any, child: Any) -> Change:
    return _FROM_SETS[compare_content(parent, child)]  # content elements are texts already


def _instruments(spec: FieldSpec, parent: Any, child: Any) -> Change:
    return _FROM_SETS[compare_basis(tuple(map(_citation, parent)), tuple(map(_citation, child)))]


def _citation(instrument: Any) -> str:
    return str(instrument.as_text()) if hasattr(instrument, "as_text") else str(instrument)


def _names(spec: FieldSpec, parent: Any, child: Any) -> Change:
    """Names that fold alike are equal; a 一级 name dropped weakens; other rewordings localise."""
    if parent is None or child is None:
        return Change.WEAKER if child is None else Change.LOCALISED
    if parent.level1 and not child.level1:
        return Change.WEAKER
    if child.level1 and not parent.level1:
        return Change.STRICTER  # the inverse of dropping the 一级 name
    if same_names(parent.parts(), child.parts()):
        return Change.EQUAL
    return Change.LOCALISED


def _wording(spec: FieldSpec, parent: Any, child: Any) -> Change:
    return Change.LOCALISED  # wording, never a weakening in itself


_COMPARISONS: Mapping[Comparison, Callable[[FieldSpec, Any, Any], Change]] = MappingProxyType(
    {
        Comparison.INCLUSION: _inclusion,
        Comparison.ELEMENTS: _elements,
        Comparison.INSTRUMENTS: _instruments,
        Comparison.NAMES: _names,
        Comparison.DEADLINE: _deadline,
        Comparison.FLAG: _flag,
        Comparison.PRESENCE: _presence,
        Comparison.WORDING: _wording,
    }
)


_BY_FIELD: dict[str, Callable[[Any, Any], Change]] = {
    spec.name: partial(_COMPARISONS[spec.comparison], spec) for spec in FIELDS
}
"""Each field's comparison, bound once: composing a chain classifies every override of every row."""


def _flag_change(flag: Labelled, parent: tuple[Any, ...], child: tuple[Any, ...]) -> Change:
    """What counts is whether ``flag`` (全社会 for the audience, 主动 for the mode) is kept."""
    had, has = flag in parent, flag in child
    if had and not has:
        return Change.WEAKER
    if has and not had:
        return Change.STRICTER
    if not child and parent:
        return Change.WEAKER
    if child and not parent:
        return Change.STRICTER  # the inverse of emptying it: the lattice is antisymmetric
    return Change.EQUAL if set(parent) == set(child) else Change.LOCALISED


__all__ = ["REFUSAL_SEVERITY", "Change", "classify"]
