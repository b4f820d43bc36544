"""The closed table of finding codes: gathered here, declared where they belong.

- The codes of reading, merging and the notes on the check itself (Y, S, M, N) are listed below with
  their name, severity and source; their wording is data in the language tables (``FINDINGS`` of
  :mod:`~grassroots_catalog.messages.zh` and :mod:`~grassroots_catalog.messages.en`).
- The requirement rules (R) declare their specs in their own modules; the rules package hands them
  down as it is imported (:func:`register_rule_specs`), so that their findings render. A finding of a
  rule exists only once its rule module has run, so no lookup here ever needs the rules loaded. The
  complete table of codes, R included, is :data:`grassroots_catalog.check.codes.CODES`, in the layer
  that owns the rules.
- Rule plugins register theirs too (:func:`register_plugin_specs`); they render like built-in codes
  but are not in the table of built-in codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
    ("M013", "linked-by-likeness", INFO, None),
    ("M014", "ambiguous-row", W, None),
    ("M015", "extends-invalid", E, None),
    ("M016", "division-outside-parent", E, None),
    # ---- N: normalisation
    ("N001", "normalised", INFO, None),
    ("N002", "other-carrier", INFO, None),
    ("N003", "unknown-channel", W, "docs/requirements.md R18（编码字段使用规定词表）"),
    ("N004", "duplicate-value", INFO, None),
    ("N005", "scalar-as-list", INFO, None),
    ("N006", "area-alias", W, None),
    # ---- T001–T019: reading a table file (XLSX, CSV, HTML) into cells
    ("T001", "not-a-workbook", E, None),
    ("T002", "zip-too-large", E, None),
    ("T003", "shared-strings-too-large", E, None),
    ("T004", "table-too-large", E, None),
    ("T005", "cell-too-long", E, None),
    ("T006", "formula", E, None),
    ("T007", "control-character", E, None),
    ("T008", "corrupt-workbook", E, None),
    ("T009", "encoding-detected", INFO, None),
    ("T010", "table-encoding", E, None),
    ("T011", "ragged-record", E, None),
    ("T012", "csv-syntax", E, None),
    ("T013", "no-table", E, None),
    ("T014", "unsupported-table", E, None),
    ("T015", "table-file-too-large", E, None),
    ("T016", "table-unreadable", E, None),
    ("T017", "nested-table", INFO, None),
    ("T018", "format-by-content", INFO, None),
    ("T019", "macros-ignored", INFO, None),
    # ---- T020–T039: interpreting a table read from a spreadsheet, CSV file or web page
    ("T020", "no-header", E, None),
    ("T021", "column-not-understood", W, None),
    ("T022", "tick-not-understood", W, None),
    ("T023", "audience-described", INFO, None),
    ("T024", "value-not-understood", W, None),
    ("T025", "area-read-as", INFO, None),
    ("T026", "further-area", W, "docs/requirements.md R36"),
    ("T027", "no-area", E, None),
    ("T028", "row-not-understood", W, None),
    ("T029", "row-number", INFO, None),
    ("T030", "rows-folded", INFO, None),
    # ---- T040: a national guideline table (gcat import --level national)
    ("T040", "national-table-areas", E, None),
)

FILE_SPECS: Mapping[str, CodeSpec] = MappingProxyType(
    {
        code: from_tables(code, name, severity, {"zh": zh.FINDINGS[code], "en": en.FINDINGS[code]}, citation)
        for code, name, severity, citation in _FILE_CODES
    }
)
"""The Y, S, M, N and T codes, by code."""

_RULE_SPECS: dict[str, CodeSpec] = {}
_PLUGIN_SPECS: dict[str, CodeSpec] = {}


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


def rule_specs() -> Mapping[str, CodeSpec]:
    """The built-in rules' specs registered so far (all of them once the rules package is imported)."""
    return MappingProxyType(_RULE_SPECS)


def spec_for(code: str) -> CodeSpec | None:
    """The specification of ``code``: a built-in one, or one a rule plugin registered."""
    return FILE_SPECS.get(code) or _RULE_SPECS.get(code) or _PLUGIN_SPECS.get(code)
