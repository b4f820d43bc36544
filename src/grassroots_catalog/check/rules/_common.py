"""The rule contract under its former name, for plugins written against it: see :mod:`.contract`."""

from __future__ import annotations

from grassroots_catalog.check.rules.contract import RuleContext, applicable, finding

__all__ = ["RuleContext", "applicable", "finding"]
