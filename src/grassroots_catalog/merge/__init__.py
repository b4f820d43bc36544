"""Composing catalogues: national guidelines refined by provincial, municipal, county and township ones.

- :mod:`.graph` resolves what a catalogue ``extends`` into a chain (cycles, missing or ambiguous
  parents, level inversions are located errors);
- :mod:`.lattice` classifies each override as stricter, equal, localised, weaker or incomparable;
- :mod:`.engine` folds the chain into an effective catalogue with provenance.

Nothing here reads a file: the catalogues come from a :class:`CatalogueSource` the caller hands in
(:func:`grassroots_catalog.check.chain.resolve_file` uses the files on disk).
"""

from __future__ import annotations

from grassroots_catalog.merge.engine import (
    EffectiveCatalogue,
    Override,
    Step,
    combine_refinements,
    compose,
)
from grassroots_catalog.merge.graph import NATIONAL, CatalogueSource, Chain, Layer, resolve_chain
from grassroots_catalog.merge.lattice import Change, classify

__all__ = [
    "NATIONAL",
    "CatalogueSource",
    "Chain",
    "Change",
    "EffectiveCatalogue",
    "Layer",
    "Override",
    "Step",
    "classify",
    "combine_refinements",
    "compose",
    "resolve_chain",
]
