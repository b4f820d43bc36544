"""Frozen value classes restored by their constructor, so that they pickle and copy in either build.

pickle and :mod:`copy` restore a frozen dataclass by setting its fields one by one, which Python's
own dataclasses allow and a class compiled by mypyc (the optional compiled build, docs/scale.md)
refuses. A class whose ``__reduce__`` returns :func:`by_fields` of itself is rebuilt by calling its
constructor with its fields instead: the same value in the pure and in the compiled build.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

__all__ = ["Reduced", "by_fields"]

Reduced = tuple[Any, tuple[Any, ...]]
"""What ``__reduce__`` returns: the class and the arguments of its constructor."""


def by_fields(value: Any) -> Reduced:
    """``value`` (a dataclass whose fields are all arguments of its constructor) as its class and
    the values of its fields, in order."""
    return type(value), tuple(getattr(value, field.name) for field in fields(value))
