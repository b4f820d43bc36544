"""The ``gcat`` command line: parse arguments, call the library, render, choose the exit status.

Exit status, for every command: 0 clean; 1 findings at or above ``--fail-on`` (or, for ``fmt
--check``, files that would change); 2 a usage error or a file that cannot be read as a catalogue.
No command prints a traceback: an unexpected failure is reported in one line and exits 2.

Every word a user reads is in the CLI tables of :mod:`grassroots_catalog.messages.zh` and
:mod:`~grassroots_catalog.messages.en`, click's own included: the help of a command is
``<command>.help`` (and ``.short_help`` for the list of commands), the help of an option
``<command>.option.<name>`` or, when commands share it, ``option.<name>``. The language is chosen
from the command line and the environment before click parses anything (:func:`choose_language`),
so that ``--help`` and usage errors are in it too.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from grassroots_catalog._version import __version__
from grassroots_catalog.messages.cli_text import CLI_TABLES, LANGUAGES, cli_template, cli_text
from grassroots_catalog.model.fields import EXPLAINABLE
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.report import FORMATS
from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport

# The library (pydantic, the readers) is imported inside each command, so that `gcat --help` and
# `gcat areas` start at once and `validate` loads only what it uses.

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

# --------------------------------------------------------------------------------------- language


def choose_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language of a run: the last ``--lang`` on the command line (wherever it is, ``--help``
    included), else ``GCAT_LANG``, else an English locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in
    POSIX order) for English; Chinese otherwise, ``C``, ``POSIX`` and no locale included."""
    chosen = _lang_on_command_line(argv)
    if chosen is not None:
        return chosen
    if environ.get("GCAT_LANG") in LANGUAGES:
        return environ["GCAT_LANG"]
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    return "en" if locale.lower().startswith("en") else "zh"


def _lang_on_command_line(argv: Sequence[str]) -> str | None:
    """The last language named by ``--lang`` in ``argv`` (a bad value is click's to report)."""
    chosen = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    return chosen if chosen in LANGUAGES else None


_LANGUAGE: ContextVar[str] = ContextVar("gcat_language", default="zh")
"""The language of the run under way (set by :meth:`_Gcat.main`)."""


def _say(key: str, **params: object) -> str:
    return cli_text(key, _LANGUAGE.get(), **params)


# click's own words, by their gettext message id: click translates them through gettext, which this
# replaces for the length of a run with a lookup in the CLI tables (see _click_speaks).
_CLICK_KEYS = {
    "Usage:": "click.usage",
    "Options": "click.options",
    "Commands": "click.commands",
    "Positional arguments": "click.arguments",
    "Show this message and exit.": "click.help_option",
    "default: {default}": "click.default",
    "env var: {var}": "click.env_var",
    "required": "click.required",
    "Error: {message}": "click.error",
    "Try '{command} {option}' for help.": "click.try_help",
    "Missing argument": "click.missing_argument",
    "Missing option": "click.missing_option",
    "Missing parameter": "click.missing_parameter",
    "Missing parameter: {param_name}": "click.missing_parameter_named",
    "Missing command.": "click.missing_command",
    "No such option {name!r}.": "click.no_such_option",
    "No such option: {name}": "click.no_such_option_colon",  # older click
    "No such command {name!r}.": "click.no_such_command",
    "Did you mean {possibility}?": "click.did_you_mean",
    "(Did you mean one of: {possibilities}?)": "click.did_you_mean_one_of",
    "(Possible options: {possibilities})": "click.possible_options",  # older click
    "Invalid value: {message}": "click.invalid_value",
    "Invalid value for {param_hint}: {message}": "click.invalid_value_for",
    "Got unexpected extra argument ({args})": "click.extra_argument",
    "Got unexpected extra arguments ({args})": "click.extra_arguments",
    "Option {name!r} requires an argument.": "click.option_requires_argument",
    "Option {name!r} requires {nargs} arguments.": "click.option_requires_arguments",
    "Option {name!r} does not take a value.": "click.option_takes_no_value",
    "{value!r} is not {choice}.": "click.not_choice",
    "{value!r} is not one of {choices}.": "click.not_one_of",
    "{value!r} does not match the format {format}.": "click.not_format",
    "{value!r} does not match the formats {formats}.": "click.not_formats",
    "{value!r} is not a valid {number_type}.": "click.not_number",
    "{value} is not in the range {range}.": "click.not_in_range",
    "{name} {filename!r} is a directory.": "click.is_directory",
    "{name} {filename!r} is a file.": "click.is_file",
    "Aborted!": "click.aborted",
}


@contextlib.contextmanager
def _click_speaks(lang: str) -> Iterator[None]:
    """Have click say its own words (usage, section titles, errors) in ``lang`` until the block ends.

    click looks them up with ``gettext``, bound in each of its modules at import; those bindings are
    replaced for the run and put back after it, so nothing outside the run is affected. A message
    id this table does not know (a newer click's) stays in English.
    """
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types

    def gettext(message: str) -> str:
        key = _CLICK_KEYS.get(message)
        return cli_template(key, lang) if key is not None else message

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    replacements = {"_": gettext, "ngettext": ngettext}
    modules = (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types)
    saved = [(vars(module), name) for module in modules for name in replacements if name in vars(module)]
    originals = [namespace[name] for namespace, name in saved]
    for namespace, name in saved:
        namespace[name] = replacements[name]
    try:
        yield
    finally:
        for (namespace, name), original in zip(saved, originals, strict=True):
            namespace[name] = original


def _option_help(command: str, option: click.Option) -> str:
    """The help of ``option``: the command's own (``<command>.option.<name>``), else the shared one."""
    name = max(option.opts, key=len).lstrip("-")
    key = f"{command}.option.{name}"
    return _say(key if key in CLI_TABLES[_LANGUAGE.get()] else f"option.{name}")


def _localise(group: click.Group) -> None:
    """Give the group, every command and every option its help in the language of the run."""
    for name, command in [("gcat", group), *group.commands.items()]:
        command.help = _say(f"{name}.help")
        if command is not group:
            command.short_help = _say(f"{name}.short_help")
        for param in command.params:
            if isinstance(param, click.Option):
                param.help = _option_help(name, param)


class _Command(click.Command):
    """A command whose ``--help`` option speaks the language of the run."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:  # made once and kept by click: give it the words of this run
            option.help = cli_template("click.help_option", _LANGUAGE.get())
        return option


class _Gcat(_Command, click.Group):
    """The ``gcat`` group: chooses the language of the run before click reads the command line."""

    command_class = _Command

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        argv = list(args) if args is not None else sys.argv[1:]
        token = _LANGUAGE.set(choose_language(argv, os.environ))
        try:
            _localise(self)
            with _click_speaks(_LANGUAGE.get()):
                given = os.environ.get("GCAT_LANG")
                if given and given not in LANGUAGES and _lang_on_command_line(argv) is None:
                    # A GCAT_LANG that names no language is a usage error, as a bad --lang is.
                    error = click.UsageError(_say("error.bad_gcat_lang", value=given))
                    error.show()
                    sys.exit(error.exit_code)
                return super().main(argv, *rest, **extra)
        finally:
            _LANGUAGE.reset(token)


def _run_language() -> str:
    return _LANGUAGE.get()


# Every command takes --lang, as the group does, so that it may stand anywhere on the command line;
# the language itself is chosen before parsing (choose_language), and this is its value.
_LANG = click.option("--lang", type=click.Choice(LANGUAGES), default=_run_language, show_default=False)


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_say("gcat.version", version=__version__))
        ctx.exit()


# ------------------------------------------------------------------------------------- helpers


def _with_limits(function: Any) -> Any:
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


def _limits(options: dict[str, Any]) -> Limits:
    return Limits(
        max_file_bytes=options["max_file_size"],
        max_depth=options["max_depth"],
        max_value_chars=options["max_value_chars"],
        max_matters=options["max_matters"],
    )


def _use_colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _expand(paths: Sequence[Path]) -> list[Path]:
    """The files named on the command line, each directory standing for the YAML files below it."""
    from grassroots_catalog.read.paths import NoCatalogueFiles, catalogue_files

    try:
        return catalogue_files(paths)
    except NoCatalogueFiles as empty:
        _fail(_say("error.no_yaml_in_folder", path=empty.directory))


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(EXIT_UNREADABLE)


def _print_findings(findings: Sequence[Finding], lang: str) -> None:
    from grassroots_catalog.report.text import format_finding

    for finding in findings:
        click.echo(format_finding(finding, lang=lang), err=True)


def _table(rows: list[tuple[str, ...]]) -> str:
    """A plain text table, aligned by display width (a Chinese character is two columns wide)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


_AS_OF = click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default="2020-12-31", show_default=True)
_OUTPUT = click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
_ROOT = click.option("--root", type=click.Path(file_okay=False, path_type=Path))
_SEVERITIES = click.Choice(["error", "warning", "info"])

# ------------------------------------------------------------------------------------- commands


@click.group("gcat", cls=_Gcat, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version)
@click.option("--lang", type=click.Choice(LANGUAGES), expose_value=False)
def cli() -> None:
    pass


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_LANG
@click.option("--format", "output_format", type=click.Choice(list(FORMATS)), default="text", show_default=True)
@click.option("--fail-on", type=_SEVERITIES, default="error", show_default=True)
@click.option("--show", type=_SEVERITIES, default="info", show_default=True)
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--max-findings", type=click.IntRange(min=1), default=100, show_default=True)
@_AS_OF
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--complete", is_flag=True)
@_with_limits
def validate(
    files: Sequence[Path],
    lang: str,
    output_format: str,
    fail_on: str,
    show: str,
    colour: str,
    max_findings: int,
    as_of: Any,
    baseline: Path | None,
    write_baseline: Path | None,
    config_file: Path | None,
    complete: bool,
    **limits: Any,
) -> None:
    from grassroots_catalog.check.baseline import BaselineError
    from grassroots_catalog.check.baseline import write_baseline as record_baseline
    from grassroots_catalog.check.config import ConfigError
    from grassroots_catalog.check.validate import NEAREST
    from grassroots_catalog.check.validate import validate as validate_files
    from grassroots_catalog.read.paths import NoCatalogueFiles
    from grassroots_catalog.report import render

    try:
        reports = validate_files(
            files,
            config=config_file if config_file is not None else NEAREST,
            baseline=baseline,
            complete=complete,
            options={"as_of": as_of.date()},
            limits=_limits(limits),
        )
    except NoCatalogueFiles as empty:
        _fail(_say("error.no_yaml_in_folder", path=empty.directory))
    except (ConfigError, BaselineError) as error:
        _fail(error.message(lang))
    if write_baseline is not None:
        record_baseline(write_baseline, (finding for report in reports for finding in report.findings))
    text = render(
        output_format,
        reports,
        lang=lang,
        colour=_use_colour(colour),
        min_severity=Severity.parse(show),
        max_findings=max_findings,
    )
    click.echo(text, nl=False)
    sys.exit(_exit_status(reports, Severity.parse(fail_on)))


def _exit_status(reports: Sequence[FileReport], fail_on: Severity) -> int:
    if any(not report.readable for report in reports):
        return EXIT_UNREADABLE
    if any(f.severity >= fail_on for report in reports for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True)
@click.option("--force", is_flag=True)
@_LANG
@_with_limits
def fmt(files: Sequence[Path], check: bool, force: bool, lang: str, **limits: Any) -> None:
    from grassroots_catalog.read.atomic import write_atomic  # ruamel.yaml is only needed here
    from grassroots_catalog.read.load import read_catalogue
    from grassroots_catalog.read.writer import format_text

    status = EXIT_CLEAN
    for path in _expand(files):
        result = read_catalogue(path, limits=_limits(limits))
        if result.catalogue is None or result.text is None:
            _print_findings(result.findings, lang)
            status = EXIT_UNREADABLE
            continue
        warnings = [f for f in result.findings if f.severity >= Severity.WARNING]
        if warnings and not force:
            _print_findings(warnings, lang)
            click.echo(_say("fmt.not_rewritten", path=path), err=True)
            status = max(status, EXIT_FINDINGS)
            continue
        formatted = format_text(result.text, result.catalogue)
        if formatted == result.text:
            continue
        if check:
            click.echo(_say("fmt.would_reformat", path=path))
            status = max(status, EXIT_FINDINGS)
            continue
        write_atomic(path, formatted.encode("utf-8"))
        click.echo(_say("fmt.reformatted", path=path))
    sys.exit(status)


@cli.command()
@_LANG
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def areas(lang: str, output_format: str) -> None:
    from grassroots_catalog.read.national import area_rows

    rows = area_rows()
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    columns = ("number", "slug", "area", "issuer", "document", "known_rows", "completeness")
    table = [
        (
            str(row["number"]),
            row["slug"],
            row[lang],
            row["issuer_zh"]
            + (
                ""
                if row["issuer_certainty"] == "verified"
                else f" ({_say('areas.certainty.' + row['issuer_certainty'])})"
            ),
            row["document_no"] or "—",
            str(row["known_rows"]),
            _say(f"areas.completeness.{row['completeness']}"),
        )
        for row in rows
    ]
    click.echo(_table([tuple(_say(f"areas.column.{column}") for column in columns), *table]))
    click.echo("\n" + _say("areas.total", total=sum(row["known_rows"] for row in rows)))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--provenance", type=click.Choice(["comments", "json", "none"]), default="comments", show_default=True)
@click.option("--written", is_flag=True)
@_ROOT
@_LANG
def merge(file: Path, provenance: str, written: bool, root: Path | None, lang: str) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.report.provenance import provenance_json, yaml_with_provenance

    chain, effective = resolve_file(file, root=root)
    if effective is None:
        _print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if provenance == "json":
        click.echo(provenance_json(effective, lang=lang), nl=False)
    else:
        text = yaml_with_provenance(effective, written=written, comments=provenance == "comments", lang=lang)
        click.echo(text, nl=False)
    _print_findings(effective.findings, lang)
    sys.exit(EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in effective.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("matter")
@click.argument(
    "field",
    required=False,
    type=click.Choice(EXPLAINABLE),
)
@_ROOT
@_LANG
def explain(file: Path, matter: str, field: str | None, root: Path | None, lang: str) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.report.provenance import explain_table

    chain, effective = resolve_file(file, root=root)
    if effective is None:
        _print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if matter not in effective.history:
        _fail(_say("explain.no_matter_in_chain", file=file, matter=matter))
    click.echo(explain_table(effective, matter, field, lang), nl=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True
)
@_OUTPUT
@_AS_OF
@click.option("--complete", is_flag=True)
@_LANG
def report(
    files: Sequence[Path], output_format: str, output: Path | None, as_of: Any, complete: bool, lang: str
) -> None:
    from grassroots_catalog.check.validate import is_one_catalogue, validate
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.report.gap import build, render_html, render_markdown

    checked = validate(_expand(files), complete=complete, options={"as_of": as_of.date()})
    unreadable = [finding for item in checked if not item.readable for finding in item.findings]
    if unreadable:
        _print_findings(unreadable, lang)
        sys.exit(EXIT_UNREADABLE)
    if not is_one_catalogue(checked):
        _fail(_say("report.one_catalogue"))
    render = render_html if output_format == "html" else render_markdown
    text = render(build(checked, as_of.date(), complete=complete), lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(_say("written", path=output), err=True)


@cli.command("rules")
@_LANG
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(lang: str, output_format: str) -> None:
    from grassroots_catalog.check.rules import rule_rows

    rows = rule_rows()
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = tuple(_say(f"rules.column.{column}") for column in ("code", "name", "severity", "source"))
    checkable = [
        (row["code"], row["title"][lang], Severity.parse(row["severity"]).label(lang), row["citation"] or "")
        for row in rows
        if row["checkable"]
    ]
    click.echo(_table([header, *checkable]))
    click.echo("\n" + _say("rules.not_checkable"))
    for row in rows:
        if not row["checkable"]:
            click.echo(f"  {row['code']}  {row[lang]} [{row['citation']}]")


@cli.command("rule")
@click.argument("code")
@_LANG
def show_rule(code: str, lang: str) -> None:
    from grassroots_catalog.check.explain import explain_code

    text = explain_code(code.strip().upper(), lang)
    if text is None:
        click.echo(_say("rule.unknown", code=code), err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(text.rstrip("\n"))


@cli.command("import-guideline")
@click.argument("extract", type=click.Path(dir_okay=False, path_type=Path))
@_OUTPUT
@_LANG
def import_guideline(extract: Path, output: Path | None, lang: str) -> None:
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.extracts import ExtractError, import_extract

    try:
        text = import_extract(extract)
    except ExtractError as error:
        reason = _say("import-guideline.too_large", limit=error.limit) if error.limit is not None else error.detail
        _fail(_say("import-guideline.cannot_convert", where=error.where, reason=reason))
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(_say("written", path=output))


@cli.command()
@_OUTPUT
@_LANG
def schema(output: Path | None, lang: str) -> None:
    from grassroots_catalog.model.schema import catalogue_schema_text

    text = catalogue_schema_text()
    if output is None:
        click.echo(text, nl=False)
        return
    from grassroots_catalog.read.atomic import write_atomic

    write_atomic(output, text.encode("utf-8"))


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
