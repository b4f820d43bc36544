"""The catalogue data model (Pydantic v2): what a catalogue file holds, validated and normalised.

:mod:`.fields` is the table of a matter's fields that the other layers derive their field lists
from; :mod:`.normalise` applies its normalisers to a matter or a document; :mod:`.catalogue` defines
the models; :mod:`.schema` derives the JSON Schema from them.
"""

from grassroots_catalog.model.catalogue import (
    AreaDeclaration,
    AreaExemption,
    Catalogue,
    Completeness,
    Instrument,
    Jurisdiction,
    Justification,
    Matter,
    MatterName,
    MatterRefinement,
    Publication,
    Source,
    TimeLimit,
)

__all__ = [
    "AreaDeclaration",
    "AreaExemption",
    "Catalogue",
    "Completeness",
    "Instrument",
    "Jurisdiction",
    "Justification",
    "Matter",
    "MatterName",
    "MatterRefinement",
    "Publication",
    "Source",
    "TimeLimit",
]
