"""The package version, in one place: pyproject.toml reads it, and so do the outputs that name the tool."""

__version__ = "0.1.0"
