"""The ``gcat`` command line: parse arguments, call the library, render, choose the exit status.

Exit status, for every command: 0 clean; 1 findings at or above ``--fail-on`` (or, for ``fmt
--check``, files that would change); 2 a usage error or a file that cannot be read as a catalogue.
No command prints a traceback: an unexpected failure is reported in one line and exits 2.

:mod:`.language` chooses the language of a run and makes click speak it; :mod:`.commands` holds the
commands, and :mod:`.shared` what they share (exit statuses, common options, printing findings).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from grassroots_catalog.cli.commands import cli
from grassroots_catalog.cli.language import choose_language
from grassroots_catalog.cli.shared import EXIT_UNREADABLE
from grassroots_catalog.messages.cli_text import cli_text

__all__ = ["choose_language", "cli", "main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of ``gcat`` and ``grassroots-catalog``."""
    # The command line uses no pydantic plugins, and looking them up reads the metadata of every
    # installed package (about 40 ms a run). Pydantic documents this switch; a caller can override it.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="backslashreplace")
    from grassroots_catalog.errors import CatalogError

    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        cli.main(args=args, prog_name="gcat")
    except CatalogError as error:  # a problem the library explains itself (e.g. a broken rule plugin)
        click.echo(f"gcat: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    except Exception as error:
        if os.environ.get("GCAT_DEBUG"):
            raise
        lang = choose_language(args, os.environ)
        click.echo(cli_text("error.internal", lang, kind=type(error).__name__, error=error), err=True)
        sys.exit(EXIT_UNREADABLE)
