"""The closed table of finding codes, with their Chinese and English messages and what to do.

The complete table of codes is :data:`grassroots_catalog.check.codes.CODES`; docs and machine-readable
outputs are derived from it. This package only gathers: the wording of each language is data in its own module
(:mod:`.zh`, :mod:`.en`), and each requirement rule declares its own specs (:mod:`.codes` says how they
are gathered). Code families:

- ``Y``: the file cannot be read safely as YAML (always fatal: exit status 2);
- ``S``: the YAML is not a catalogue (S001–S011, always fatal), and notes on the check itself
  (S012 a suppression without a reason, S013 a part file whose catalogue-wide checks did not run);
- ``M``: composing the chain (a parent that cannot be found, a weakening without a reason);
- ``N``: a value was normalised to its canonical form (information, or a warning when it needs a look);
- ``R``: a requirement of the end-2020 catalogue (the requirement rules).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from grassroots_catalog.messages.codes import register_plugin_specs, register_rule_specs, rule_specs, spec_for
from grassroots_catalog.messages.render import Rendered, notes, parameters, placeholders, render, unfilled
from grassroots_catalog.messages.spec import LANGUAGES, CodeSpec
from grassroots_catalog.results import use_messages

if TYPE_CHECKING:
    from grassroots_catalog.results import Finding

__all__ = [
    "LANGUAGES",
    "NORMALISATION_CODES",
    "CodeSpec",
    "Rendered",
    "parameters",
    "placeholders",
    "register_plugin_specs",
    "register_rule_specs",
    "render",
    "rule_specs",
    "spec_for",
    "unfilled",
]

NORMALISATION_CODES: Mapping[str, str] = MappingProxyType(
    {
        "variant": "N001",
        "ditto": "N001",
        "traditional": "N001",
        "context": "N001",
        "area-name": "N001",
        "split": "N001",
        "other-carrier": "N002",
        "unknown-channel": "N003",
        "duplicate": "N004",
        "scalar-as-list": "N005",
        "area-alias": "N006",
    }
)
"""Which code reports each :class:`~grassroots_catalog.domain.vocabularies.Normalisation` reason."""


class _Wording:
    """This package as the :class:`~grassroots_catalog.results.MessageSource` of every finding."""

    def render(self, finding: Finding, lang: str) -> str:
        return render(finding, lang).text()

    def name_of(self, code: str) -> str | None:
        spec = spec_for(code)
        return spec.name if spec is not None else None

    def word(self, key: str, lang: str) -> str:
        return notes(lang)[key]


use_messages(_Wording())
