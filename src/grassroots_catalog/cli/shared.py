"""What the commands of ``gcat`` share: exit statuses, common options, and printing findings and failures."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from grassroots_catalog.cli.language import say
from grassroots_catalog.cli.progress import is_terminal
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.results import Finding

if TYPE_CHECKING:
    from grassroots_catalog.read.national_data import NationalData

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

AS_OF = click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default="2020-12-31", show_default=True)


def require_folder(folder: Path) -> None:
    """End the command (exit status 2) unless ``folder`` is an existing folder to write into.

    An output path is never given folders of its own: a mistyped ``-o`` should not scatter new
    folders, and the message names the folder so that the user creates it or corrects the path."""
    if not folder.exists():
        fail(say("output.no_folder", folder=folder))
    if not folder.is_dir():
        fail(say("output.not_a_folder", folder=folder))


def output_in_a_folder(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """The ``-o`` of every command that writes a file: its folder must exist (checked before any work)."""
    if value is not None and not ctx.resilient_parsing:
        require_folder(value.parent)
    return value


OUTPUT = click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), callback=output_in_a_folder)
ROOT = click.option("--root", type=click.Path(file_okay=False, path_type=Path))
SEVERITIES = click.Choice(["error", "warning", "info"])
CATALOGUES_ONLY = click.option("--catalogues-only", is_flag=True)
NATIONAL = click.option("--national", metavar="DIR", type=click.Path(path_type=Path))
"""A folder of national catalogues (``AREA.yaml``) to use instead of the bundled rows of those areas."""


def with_limits(function: Any) -> Any:
    """The input limits (``--max-file-size`` …), shown with their defaults."""
    for name, kind, default in reversed(
        [
            ("--max-file-size", click.IntRange(min=1), DEFAULT_LIMITS.max_file_bytes),
            ("--max-depth", click.IntRange(min=2), DEFAULT_LIMITS.max_depth),
            ("--max-value-chars", click.IntRange(min=1), DEFAULT_LIMITS.max_value_chars),
            ("--max-matters", click.IntRange(min=1), DEFAULT_LIMITS.max_matters),
        ]
    ):
        function = click.option(name, type=kind, default=default, show_default=True)(function)
    return function


def limits_from(options: dict[str, Any]) -> Limits:
    """The :class:`Limits` the options of :func:`with_limits` give."""
    return Limits(
        max_file_bytes=options["max_file_size"],
        max_depth=options["max_depth"],
        max_value_chars=options["max_value_chars"],
        max_matters=options["max_matters"],
    )


def use_colour(choice: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour the output: ``always`` and ``never`` as said; ``auto`` colours a terminal, and
    a pipe too when ``FORCE_COLOR`` is set (CI logs show colour), but nothing when ``NO_COLOR`` is.

    Colour asked for must also reach the stream: click strips it from anything that is not a
    terminal unless told otherwise, so the commands pass the answer on to :func:`click.echo`.
    """
    environ = os.environ if environ is None else environ
    if choice in ("always", "never"):
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return is_terminal(sys.stdout)


def expand(paths: Sequence[Path]) -> list[Path]:
    """The files named on the command line, each directory standing for the YAML files below it."""
    from grassroots_catalog.read.paths import NoCatalogueFiles, catalogue_files

    try:
        return catalogue_files(paths)
    except NoCatalogueFiles as empty:
        fail(say("error.no_yaml_in_folder", path=empty.directory))


def only_catalogues(paths: Sequence[Path]) -> list[Path]:
    """The files named (folders expanded) that look like catalogues; other YAML is left out unreported.

    For ``--catalogues-only``, which the pre-commit hooks pass: a repository's other YAML files (tool
    settings, CI workflows) are not catalogues, and reporting each as one would fail every commit.
    """
    from grassroots_catalog.read.paths import looks_like_catalogue

    return [path for path in expand(paths) if looks_like_catalogue(path)]


def national_from(option: Path | None, lang: str, start: Path | None = None) -> NationalData:
    """The national data a command uses: ``--national DIR``, else the ``national`` key of the project
    config found from ``start`` (default: the working directory), else the bundled rows. A folder or a
    config that cannot be used ends the command with its message (exit status 2)."""
    from grassroots_catalog.check.config import ConfigError, find_config, read_national
    from grassroots_catalog.read.national_data import BUNDLED, NationalData, NationalDataError

    try:
        directory = option
        if directory is None:
            config = find_config(start if start is not None else Path.cwd())
            directory = read_national(config) if config is not None else None
        return BUNDLED if directory is None else NationalData.from_directory(directory)
    except (ConfigError, NationalDataError) as error:
        fail(error.message(lang))


def fail(message: str) -> NoReturn:
    """Print ``message`` on standard error and exit as for an unreadable file."""
    click.echo(message, err=True)
    sys.exit(EXIT_UNREADABLE)


def print_findings(findings: Sequence[Finding], lang: str) -> None:
    """Each finding on standard error, one per line."""
    from grassroots_catalog.report.text import format_finding

    for finding in findings:
        click.echo(format_finding(finding, lang=lang), err=True)
