"""The closed table of finding codes: gathered here, declared where they belong.

- The codes of reading, merging and the notes on the check itself (Y, S, M, N) are listed below with
  their name, severity and source; their wording is data in the language tables (``FINDINGS`` of
  :mod:`~grassroots_catalog.messages.zh` and :mod:`~grassroots_catalog.messages.en`).
- The requirement rules (R) declare their specs in their own modules; the rules package registers them
  here as it is imported (:func:`register_rule_specs`). This layer sits below the rules and cannot
  import them, so :data:`CODES` imports ``grassroots_catalog.check.rules`` (by :mod:`importlib`) the
  first time it is read, as :mod:`grassroots_catalog.results` does for this layer.
- Rule plugins register theirs too (:func:`register_plugin_specs`); they render like built-in codes
  but are not in :data:`CODES`, which lists what this package defines.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from grassroots_catalog.messages import en, zh
from grassroots_catalog.messages.spec import CodeSpec, from_tables
from grassroots_catalog.results import Severity

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_FILE_CODES: tuple[tuple[str, str, Severity, str | None], ...] = (
    # ---- Y: reading the file
    ("Y001", "yaml-syntax", E, None),
    ("Y002", "duplicate-key", E, None),
    ("Y003", "tag", E, None),
    ("Y004", "anchor-alias", E, None),
    ("Y005", "too-deep", E, None),
    ("Y006", "file-too-large", E, None),
    ("Y007", "encoding", E, None),
    ("Y008", "bad-character", E, None),
    ("Y009", "value-too-long", E, None),
    ("Y010", "directive", E, None),
    ("Y011", "document-count", E, None),
    ("Y012", "too-many-matters", E, None),
    ("Y013", "unreadable", E, None),
    ("Y014", "ideographic-space", E, None),
    ("Y015", "complex-key", E, None),
    # ---- S: the YAML is not a catalogue; S012, S013: notes on the check itself
    ("S001", "missing-field", E, None),
    ("S002", "unknown-field", E, None),
    ("S003", "wrong-type", E, None),
    ("S004", "invalid-value", E, None),
    ("S005", "duplicate-matter-id", E, None),
    ("S006", "unknown-area", E, None),
    ("S007", "reason-required", E, None),
    ("S008", "area-redeclared", E, None),
    ("S009", "not-a-catalogue", E, None),
    ("S010", "more-problems", E, None),
    ("S011", "refine-outside-refinement", E, None),
    ("S012", "suppression-without-reason", W, None),
    ("S013", "part-not-checked-whole", INFO, None),
    # ---- M: composing a chain of catalogues
    ("M001", "extends-missing", E, None),
    ("M002", "extends-ambiguous", E, None),
    ("M003", "extends-cycle", E, None),
    ("M004", "level-inversion", E, None),
    ("M005", "extends-outside", E, None),
    ("M006", "refine-unknown", E, None),
    ("M007", "added-exists", E, None),
    ("M008", "form-missing", E, None),
    ("M010", "weakened", E, None),
    ("M011", "weakening-accepted", INFO, None),
    ("M012", "dropped-matter", E, None),
    # ---- N: normalisation
    ("N001", "normalised", INFO, None),
    ("N002", "other-carrier", INFO, None),
    ("N003", "unknown-channel", W, "requirements.md R18（编码字段使用规定词表）"),
    ("N004", "duplicate-value", INFO, None),
    ("N005", "scalar-as-list", INFO, None),
    ("N006", "area-alias", W, None),
)

FILE_SPECS: Mapping[str, CodeSpec] = MappingProxyType(
    {
        code: from_tables(code, name, severity, {"zh": zh.FINDINGS[code], "en": en.FINDINGS[code]}, citation)
        for code, name, severity, citation in _FILE_CODES
    }
)
"""The Y, S, M and N codes, by code."""

_RULE_SPECS: dict[str, CodeSpec] = {}
_PLUGIN_SPECS: dict[str, CodeSpec] = {}
_RULES_PACKAGE = "grassroots_catalog.check.rules"


def register_rule_specs(specs: Iterable[CodeSpec]) -> None:
    """Add the built-in requirement rules' specs (the rules package calls this as it loads)."""
    for spec in specs:
        if spec.code in FILE_SPECS or _RULE_SPECS.get(spec.code, spec) is not spec:
            raise RuntimeError(f"finding code {spec.code} is declared twice")
        _RULE_SPECS[spec.code] = spec


def register_plugin_specs(specs: Iterable[CodeSpec], *, owner: str) -> None:
    """Make a plugin's codes renderable; a code that is already taken is refused."""
    from grassroots_catalog.errors import CatalogError

    for spec in specs:
        taken = spec_for(spec.code)
        if taken is not None and taken is not spec:
            raise CatalogError(f"rule plugin {owner}: code {spec.code} is already taken")
        _PLUGIN_SPECS[spec.code] = spec


def _rule_specs() -> Mapping[str, CodeSpec]:
    if not _RULE_SPECS:
        importlib.import_module(_RULES_PACKAGE)  # registers the rules' specs as it loads
    return _RULE_SPECS


def spec_for(code: str) -> CodeSpec | None:
    """The specification of ``code``: a built-in one, or one a rule plugin registered."""
    return FILE_SPECS.get(code) or _rule_specs().get(code) or _PLUGIN_SPECS.get(code)


class _Codes(Mapping[str, CodeSpec]):
    """Every built-in code (Y, S, M, N, then the rules' R codes in order), read-only.

    The rules' codes are gathered from their modules on first access.
    """

    def _table(self) -> dict[str, CodeSpec]:
        rules = _rule_specs()
        return {**FILE_SPECS, **{code: rules[code] for code in sorted(rules)}}

    def __getitem__(self, code: str) -> CodeSpec:
        spec = FILE_SPECS.get(code) or _rule_specs().get(code)
        if spec is None:
            raise KeyError(code)
        return spec

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(FILE_SPECS) + len(_rule_specs())

    def __repr__(self) -> str:
        return f"CODES({', '.join(self)})"


CODES: Mapping[str, CodeSpec] = _Codes()
"""Every finding code this package defines, by code: Y, S, M, N, then R."""
