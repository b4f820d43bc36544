"""The rule contract under its former name, for plugins written against it (see :mod:`.contract`).

New code imports :mod:`grassroots_catalog.check.rules.contract`, whose :func:`~.contract.finding`
takes the path second and the severity only where it departs from the code's default.
"""

from __future__ import annotations

from typing import Any

from grassroots_catalog.check.rules.contract import RuleContext, applicable
from grassroots_catalog.check.rules.contract import finding as _finding
from grassroots_catalog.results import Finding, Severity
from grassroots_catalog.results import Path as DocPath

__all__ = ["RuleContext", "applicable", "finding"]


def finding(code: str, severity: Severity, path: DocPath, **ctx: Any) -> Finding:
    """The earlier signature: every finding states its severity, and has one message (reason ``""``)."""
    return _finding(code, path, severity=severity, **ctx)
