"""The catalogue data model (Pydantic v2): what a catalogue file holds, validated and normalised.

:mod:`.fields` is the table of a matter's fields that the other layers derive their field lists
from; :mod:`.normalise` applies its normalisers to a matter or a document; :mod:`.values` defines the
value types of a matter's fields (time limit, channel, instrument); :mod:`.catalogue` defines the
models; :mod:`.schema` derives the JSON Schema from them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the models load on first use, so that the field table is cheap to import on its own
    from grassroots_catalog.model.catalogue import (
        AreaDeclaration as AreaDeclaration,
    )
    from grassroots_catalog.model.catalogue import (
        AreaExemption as AreaExemption,
    )
    from grassroots_catalog.model.catalogue import (
        Catalogue as Catalogue,
    )
    from grassroots_catalog.model.catalogue import (
        Completeness as Completeness,
    )
    from grassroots_catalog.model.catalogue import (
        Jurisdiction as Jurisdiction,
    )
    from grassroots_catalog.model.catalogue import (
        Justification as Justification,
    )
    from grassroots_catalog.model.catalogue import (
        Matter as Matter,
    )
    from grassroots_catalog.model.catalogue import (
        MatterName as MatterName,
    )
    from grassroots_catalog.model.catalogue import (
        MatterRefinement as MatterRefinement,
    )
    from grassroots_catalog.model.catalogue import (
        Publication as Publication,
    )
    from grassroots_catalog.model.catalogue import (
        Source as Source,
    )
    from grassroots_catalog.model.values import (
        Instrument as Instrument,
    )
    from grassroots_catalog.model.values import (
        TimeLimit as TimeLimit,
    )


_DEFINED_IN = {"Instrument": "grassroots_catalog.model.values", "TimeLimit": "grassroots_catalog.model.values"}
"""The names not defined in :mod:`.catalogue` (the models), by defining module."""


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'grassroots_catalog.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(_DEFINED_IN.get(name, "grassroots_catalog.model.catalogue")), name)
    globals()[name] = value
    return value


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
