"""Every finding code this package defines, in one read-only table: Y, S, M, N, then the rules' R codes.

The codes of reading, merging and normalising are declared in the messages layer
(:mod:`grassroots_catalog.messages.codes`); each requirement rule declares its own in its module. This
layer owns the rules, so it is where the two meet. Docs (``scripts/document_codes.py``) and the
machine-readable outputs are derived from this table.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from grassroots_catalog.check import rules
from grassroots_catalog.messages.codes import FILE_SPECS
from grassroots_catalog.messages.spec import CodeSpec

CODES: Mapping[str, CodeSpec] = MappingProxyType(
    {
        **FILE_SPECS,
        **{
            spec.code: spec
            for spec in sorted((spec for module in rules.MODULES for spec in module.SPECS), key=lambda s: s.code)
        },
    }
)
"""Every built-in finding code, by code."""
