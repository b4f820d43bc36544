"""Showing file paths to people: relative to the working directory where possible."""

from __future__ import annotations

import contextlib
from pathlib import Path


def display_path(file: str | None, default: str = "") -> str:
    """``file`` relative to the working directory if it lies below it, else as given."""
    if file is None:
        return default
    with contextlib.suppress(ValueError, OSError):
        return str(Path(file).resolve().relative_to(Path.cwd()))
    return file
