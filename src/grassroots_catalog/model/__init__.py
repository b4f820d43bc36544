"""The catalogue data model (Pydantic v2): what a catalogue file holds, validated and normalised.

:mod:`.catalogue` defines the models; :mod:`.schema` derives the JSON Schema from them.
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
