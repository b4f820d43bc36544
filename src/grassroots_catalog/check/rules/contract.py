"""What a rule module is, and what it is given: the contract built-in rules and plugins both follow.

A rule module declares

- ``SPECS``: a :class:`~grassroots_catalog.messages.CodeSpec` per code it reports (name, default
  severity, Chinese and English templates by reason, fix, citation);
- ``CODES``: those codes, in order (``codes(SPECS)``);
- ``OPTIONS``: the options it reads from ``run(..., options=...)``, name → :class:`Option` (``{}``);
- ``WHOLE_CATALOGUE``: whether it judges the catalogue as a whole (``False`` for row rules);
- ``check(context)``: a generator of findings, made with :func:`finding`;
- optionally ``ROW_BY_ROW``: for a rule that judges each row on its own, the fields of the catalogue
  its findings on a row may depend on besides the row (``()`` for none). Its findings on a row must
  then sit under ``("matters", index, ...)``, come row after row, and be the same wherever the row
  stands: rows that many catalogues share are judged once (:mod:`grassroots_catalog.check.shared_rows`);

and its docstring is its documentation: what it checks, the requirement cited, a passing and a failing
fragment; ``DOC_ZH``, optional for a plugin, is the same page in Chinese (``gcat rule`` shows it).
:class:`Rule` states this for type checkers and for the registry, which refuses a module that does
not follow it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from grassroots_catalog.messages import CodeSpec, spec_for
from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.results import Finding, Severity
from grassroots_catalog.results import Path as DocPath

__all__ = ["CodeSpec", "Option", "Rule", "RuleContext", "applicable", "codes", "finding", "row_by_row"]


@dataclass(frozen=True, slots=True)
class Option:
    """An option a rule reads: its type, its default, and what it means (Chinese and English)."""

    type: type
    default: Any
    help_zh: str = ""
    help_en: str = ""

    def help(self, lang: str) -> str:
        return self.help_zh if lang == "zh" else self.help_en


@dataclass(frozen=True)
class RuleContext:
    """What a rule sees: the catalogue as written (its whole chain composed), and the options.

    ``options`` holds every option the rules declare, given or defaulted, so a rule reads
    ``context.options["as_of"]`` without a default of its own.
    """

    catalogue: Catalogue
    options: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class Rule(Protocol):
    """A rule module (see the module docstring); modules match it as they are, nothing to subclass."""

    @property
    def CODES(self) -> tuple[str, ...]: ...

    @property
    def SPECS(self) -> Sequence[CodeSpec]: ...

    @property
    def OPTIONS(self) -> Mapping[str, Option]: ...

    @property
    def WHOLE_CATALOGUE(self) -> bool: ...

    def check(self, context: RuleContext) -> Iterator[Finding]: ...


def row_by_row(module: Rule) -> tuple[str, ...] | None:
    """The catalogue fields a row rule's findings depend on (its ``ROW_BY_ROW``), or None when the
    module does not say it judges row by row."""
    declared = getattr(module, "ROW_BY_ROW", None)
    return tuple(declared) if declared is not None else None


def codes(specs: Iterable[CodeSpec]) -> tuple[str, ...]:
    """The codes of ``specs``, in order: a module's ``CODES``."""
    return tuple(spec.code for spec in specs)


def applicable(catalogue: Catalogue) -> Iterator[tuple[int, Matter]]:
    """The matters a row rule judges, with their positions: those not marked not applicable.

    Every row rule asks it of the same catalogue in turn, so the last answer is kept (with the
    catalogue, which is immutable, compared by identity; one tuple read and written whole, so that
    threads checking other catalogues never see each other's).
    """
    global _LAST_APPLICABLE
    last = _LAST_APPLICABLE
    if last[0] is not catalogue:
        rows = tuple((index, matter) for index, matter in enumerate(catalogue.matters) if matter.not_applicable is None)
        last = _LAST_APPLICABLE = (catalogue, rows)
    return iter(last[1])


_LAST_APPLICABLE: tuple[Catalogue | None, tuple[tuple[int, Matter], ...]] = (None, ())


def finding(code: str, path: DocPath, *, reason: str = "", severity: Severity | None = None, **ctx: Any) -> Finding:
    """A rule's finding at a logical path of the catalogue; the validator adds file and line.

    ``reason`` picks the message template (one of the code's reasons; ``""`` by default); ``severity``
    is given only where it departs from the code's default; ``ctx`` holds plain values for the
    template (ids, texts, dates, counts), never sentences.
    """
    spec = spec_for(code)
    if spec is None:
        raise ValueError(f"{code} has no spec: declare it in the rule module's SPECS")
    if reason not in spec.reasons:
        raise ValueError(f"{code} has no message for reason {reason!r}; it has {', '.join(map(repr, spec.reasons))}")
    if reason:
        ctx["reason"] = reason
    return Finding(code, spec.severity if severity is None else severity, path=path, ctx=ctx)
