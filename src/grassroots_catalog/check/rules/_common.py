"""What every rule shares: the context it checks, and how it words a finding."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from grassroots_catalog.model.catalogue import Catalogue, Matter
from grassroots_catalog.results import Finding, Severity
from grassroots_catalog.results import Path as DocPath


@dataclass(frozen=True)
class RuleContext:
    """What a rule sees: the catalogue as written (its whole chain composed), and the options."""

    catalogue: Catalogue
    options: Mapping[str, Any] = field(default_factory=dict)


def applicable(catalogue: Catalogue) -> Iterator[tuple[int, Matter]]:
    """The matters a row rule judges: those not marked not applicable."""
    for index, matter in enumerate(catalogue.matters):
        if matter.not_applicable is None:
            yield index, matter


def finding(code: str, severity: Severity, path: DocPath, **ctx: Any) -> Finding:
    """A rule's finding at a logical path of the catalogue; the validator adds file and line."""
    return Finding(code, severity, path=path, ctx=ctx)
