"""The commands of ``gcat``: each parses its arguments, calls the library, renders, and exits.

The library (pydantic, the readers) is imported inside each command, so that ``gcat --help`` and
``gcat areas`` start at once and ``validate`` loads only what it uses.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from grassroots_catalog._version import __version__
from grassroots_catalog.cli.language import LANG_OPTION, GcatGroup, say
from grassroots_catalog.cli.shared import (
    AS_OF,
    CATALOGUES_ONLY,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_UNREADABLE,
    NATIONAL,
    OUTPUT,
    ROOT,
    SEVERITIES,
    expand,
    fail,
    limits_from,
    national_from,
    only_catalogues,
    output_in_a_folder,
    print_findings,
    require_folder,
    use_colour,
    with_limits,
)
from grassroots_catalog.messages.cli_text import LANGUAGES
from grassroots_catalog.model.fields import EXPLAINABLE
from grassroots_catalog.report import FORMATS
from grassroots_catalog.results import Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.report._common import Tally
    from grassroots_catalog.results import Finding

_FORMAT_OUTCOMES: dict[str, tuple[str | None, bool, int]] = {
    "unreadable": (None, True, EXIT_UNREADABLE),
    "held-back": ("fmt.not_rewritten", True, EXIT_FINDINGS),
    "unchanged": (None, False, EXIT_CLEAN),
    "would-change": ("fmt.would_reformat", False, EXIT_FINDINGS),
    "reformatted": ("fmt.reformatted", False, EXIT_CLEAN),
}
"""Per :class:`~grassroots_catalog.read.format.FormatStatus` value (a string, so that the table needs no
import of the library): the line printed, whether on standard error, and the exit status."""


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(say("gcat.version", version=__version__))
        ctx.exit()


@click.group("gcat", cls=GcatGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version)
@click.option("--lang", type=click.Choice(LANGUAGES), expose_value=False)
def cli() -> None:
    pass


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@LANG_OPTION
@click.option("--format", "output_format", type=click.Choice([*FORMATS, "xlsx"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), callback=output_in_a_folder)
@click.option("--fail-on", type=SEVERITIES, default="error", show_default=True)
@click.option("--show", type=SEVERITIES, default="info", show_default=True)
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--max-findings", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--concise", is_flag=True)
@click.option("--statistics", "count_codes", is_flag=True)
@AS_OF
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--show-suppressed", is_flag=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--complete", is_flag=True)
@CATALOGUES_ONLY
@NATIONAL
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None)
@click.option("--quiet", "-q", is_flag=True)
@with_limits
def validate(
    files: Sequence[Path],
    lang: str,
    output_format: str,
    output: Path | None,
    fail_on: str,
    show: str,
    colour: str,
    max_findings: int,
    concise: bool,
    count_codes: bool,
    as_of: Any,
    baseline: Path | None,
    write_baseline: Path | None,
    show_suppressed: bool,
    config_file: Path | None,
    complete: bool,
    catalogues_only: bool,
    national: Path | None,
    jobs: int | None,
    quiet: bool,
    **limits: Any,
) -> None:
    from grassroots_catalog.check.baseline import BaselineError
    from grassroots_catalog.check.batch import settle_collector, validate_stream
    from grassroots_catalog.check.config import ConfigError
    from grassroots_catalog.check.validate import NEAREST
    from grassroots_catalog.cli.progress import BatchProgress, Progress, progress_wanted
    from grassroots_catalog.read.national_data import NationalDataError
    from grassroots_catalog.read.paths import NoCatalogueFiles
    from grassroots_catalog.report._common import Tally

    if catalogues_only:
        files = only_catalogues(files)
    try:
        batch = validate_stream(
            files,
            config=config_file if config_file is not None else NEAREST,
            baseline=baseline,
            complete=complete,
            options={"as_of": as_of.date()},
            limits=limits_from(limits),
            national=national,
            jobs=jobs,
            source_lines=output_format == "text" and not concise and not count_codes,
        )
    except NoCatalogueFiles as empty:
        fail(say("error.no_yaml_in_folder", path=empty.directory))
    except (ConfigError, BaselineError, NationalDataError) as error:
        fail(error.message(lang))
    click.get_current_context().call_on_close(settle_collector())  # for the batch; put back after it
    tally = Tally()
    progress = Progress(enabled=progress_wanted(sys.stderr, quiet=quiet))
    bar = BatchProgress(progress, len(batch.files), _batch_layout())
    reports = tally.counted(bar.counted(batch))
    if write_baseline is not None:  # the findings are now the accepted state: only unreadable files fail
        _record_baseline(write_baseline, reports, lang)
        sys.exit(EXIT_UNREADABLE if tally.unreadable else EXIT_CLEAN)
    if output_format == "xlsx":  # a workbook, for offices that track their fixes in Excel
        from grassroots_catalog.report.xlsx import findings_xlsx

        if output is None or output.suffix.lower() != ".xlsx":
            fail(say("validate.xlsx_needs_output"))
        findings_xlsx(reports, output, lang=lang)  # rows written as the reports come
        click.echo(say("written", path=output), err=True)
        sys.exit(_exit_status(tally, Severity.parse(fail_on)))
    coloured = use_colour(colour) and output is None and output_format == "text"
    if count_codes:
        from grassroots_catalog.report.statistics import render as render_statistics

        pieces: Iterator[str] = iter(
            [render_statistics(reports, lang=lang, min_severity=Severity.parse(show), as_json=output_format == "json")]
        )
    else:
        from grassroots_catalog.report import stream

        pieces = stream(
            output_format,
            reports,
            lang=lang,
            colour=coloured,
            min_severity=Severity.parse(show),
            max_findings=max_findings,
            concise=concise,
            show_suppressed=show_suppressed,
        )
    if output is None:
        for piece in pieces:
            with bar.paused():
                click.echo(piece, nl=False, color=coloured)
                if sys.stdout is not None:  # None: started with standard output closed
                    sys.stdout.flush()
    else:
        from grassroots_catalog.read.atomic import open_atomic

        with open_atomic(output) as written:
            for piece in pieces:
                written.write(piece)
        click.echo(say("written", path=output), err=True)
    sys.exit(_exit_status(tally, Severity.parse(fail_on)))


def _record_baseline(path: Path, reports: Iterable[FileReport], lang: str) -> None:
    """Record every finding of ``reports`` in the baseline ``path``; print those of unreadable files."""
    from grassroots_catalog.check.baseline import write_baseline

    unreadable: list[Finding] = []

    def findings() -> Iterator[Finding]:
        for report in reports:
            if not report.readable:
                unreadable.extend(report.findings)
            yield from report.findings

    recorded = write_baseline(path, findings())
    print_findings(unreadable, lang)
    click.echo(say("validate.baseline_written", path=path, count=recorded), err=True)


def _batch_layout() -> str:
    """The progress bar's layout in the user's language: tqdm fills in its fields."""
    return say(
        "validate.progress",
        bar="{bar}",
        done="{n_fmt}",
        total="{total_fmt}",
        rate="{matters_rate}",
        left="{remaining}",
    )


def _progress_line(key: str, **params: object) -> Callable[[int], str]:
    """The status line ``key`` of the message tables, given the seconds a step has run so far."""
    return lambda seconds: say(key, seconds=seconds, **params)


def _exit_status(tally: Tally, fail_on: Severity) -> int:
    if tally.unreadable:
        return EXIT_UNREADABLE
    worst = tally.worst()
    if worst is not None and worst >= fail_on:
        return EXIT_FINDINGS
    return EXIT_CLEAN


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True)
@click.option("--force", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@CATALOGUES_ONLY
@LANG_OPTION
@with_limits
def fmt(
    files: Sequence[Path], check: bool, force: bool, quiet: bool, catalogues_only: bool, lang: str, **limits: Any
) -> None:
    from grassroots_catalog.cli.progress import Progress, progress_wanted
    from grassroots_catalog.read.format import format_file

    status = EXIT_CLEAN
    paths = only_catalogues(files) if catalogues_only else expand(files)
    progress = Progress(enabled=progress_wanted(sys.stderr, quiet=quiet))
    for index, path in enumerate(paths, start=1):
        describe = _progress_line("fmt.progress", path=path, index=index, total=len(paths))
        with progress.step(describe):
            outcome = format_file(path, limits=limits_from(limits), force=force, check=check)
        print_findings(outcome.findings, lang)
        key, on_stderr, outcome_status = _FORMAT_OUTCOMES[outcome.status.value]
        if key is not None:
            click.echo(say(key, path=path), err=on_stderr)
        status = max(status, outcome_status)
    sys.exit(status)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True)
@NATIONAL
@LANG_OPTION
@with_limits
def link(files: Sequence[Path], check: bool, national: Path | None, lang: str, **limits: Any) -> None:
    from grassroots_catalog.check.link import plan_links
    from grassroots_catalog.read.atomic import write_atomic

    status = EXIT_CLEAN
    paths = expand(files)
    data = national_from(national, lang, paths[0] if paths else None)
    for path in paths:
        plan = plan_links(path, limits=limits_from(limits), national=data)
        if plan.findings:
            print_findings(plan.findings, lang)
            status = EXIT_UNREADABLE
            continue
        for change in plan.changes:
            where = f"{path}:{change.line}" if change.line else str(path)
            source = say(f"link.source.{change.source.value}")
            click.echo(say("link.change", where=where, names=change.names, new=change.new, source=source))
        if plan.text is None:
            click.echo(say("link.nothing", path=path), err=True)
        elif check:
            click.echo(say("link.would_write", path=path, count=len(plan.changes)), err=True)
            status = max(status, EXIT_FINDINGS)
        else:
            write_atomic(path, plan.text.encode("utf-8"))
            click.echo(say("link.written", path=path, count=len(plan.changes)), err=True)
    click.echo(data.statement(lang), err=True)  # the parent rows linked to are these national data's
    sys.exit(status)


@cli.command()
@LANG_OPTION
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@NATIONAL
def areas(lang: str, output_format: str, national: Path | None) -> None:
    from grassroots_catalog.read.national import area_rows

    data = national_from(national, lang)
    rows = area_rows(data)
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from grassroots_catalog.report.areas import area_table

    click.echo(area_table(rows, lang))
    click.echo("\n" + data.statement(lang))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--provenance", type=click.Choice(["comments", "json", "none"]), default="comments", show_default=True)
@click.option("--written", is_flag=True)
@ROOT
@NATIONAL
@LANG_OPTION
def merge(file: Path, provenance: str, written: bool, root: Path | None, national: Path | None, lang: str) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.report.provenance import provenance_json, yaml_with_provenance

    data = national_from(national, lang, file)
    chain, effective = resolve_file(file, root=root, national=data)
    if effective is None:
        print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if provenance == "json":
        click.echo(provenance_json(effective, lang=lang, national=data), nl=False)
    else:
        text = yaml_with_provenance(
            effective, written=written, comments=provenance == "comments", lang=lang, national=data
        )
        click.echo(text, nl=False)
    print_findings(effective.findings, lang)
    sys.exit(EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in effective.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("matter")
@click.argument(
    "field",
    required=False,
    type=click.Choice(EXPLAINABLE),
)
@ROOT
@NATIONAL
@LANG_OPTION
def explain(file: Path, matter: str, field: str | None, root: Path | None, national: Path | None, lang: str) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.report.provenance import explain_table

    data = national_from(national, lang, file)
    chain, effective = resolve_file(file, root=root, national=data)
    if effective is None:
        print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if matter not in effective.history:
        fail(say("explain.no_matter_in_chain", file=file, matter=matter))
    click.echo(explain_table(effective, matter, field, lang, national=data), nl=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True
)
@OUTPUT
@AS_OF
@click.option("--complete", is_flag=True)
@NATIONAL
@LANG_OPTION
def report(
    files: Sequence[Path],
    output_format: str,
    output: Path | None,
    as_of: Any,
    complete: bool,
    national: Path | None,
    lang: str,
) -> None:
    from grassroots_catalog.check.validate import is_one_catalogue, validate
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.report.gap import build, render_html, render_markdown

    paths = expand(files)
    data = national_from(national, lang, paths[0] if paths else None)
    checked = validate(paths, complete=complete, options={"as_of": as_of.date()}, national=data)
    unreadable = [finding for item in checked if not item.readable for finding in item.findings]
    if unreadable:
        print_findings(unreadable, lang)
        sys.exit(EXIT_UNREADABLE)
    if not is_one_catalogue(checked):
        fail(say("report.one_catalogue"))
    render = render_html if output_format == "html" else render_markdown
    text = render(build(checked, as_of.date(), complete=complete), lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(say("written", path=output), err=True)


@cli.command("import")
@click.argument("table", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), callback=output_in_a_folder)
@click.option("--level", type=click.Choice(["national", "provincial", "municipal", "county", "township"]))
@click.option("--area")
@click.option("--extends", "extends")
@click.option("--jurisdiction")
@click.option("--title")
@LANG_OPTION
@with_limits
def import_command(
    table: Path,
    output: Path | None,
    level: str | None,
    area: str | None,
    extends: str | None,
    jurisdiction: str | None,
    title: str | None,
    lang: str,
    **limits: Any,
) -> None:
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.tables.importer import FROM_TABLE, FromTable, import_table

    parent: str | FromTable | None = FROM_TABLE if extends is None else extends
    if level == "national" or extends in ("", "none"):
        parent = None
    imported = import_table(
        table,
        level=level,
        area=area,
        extends=parent,
        jurisdiction=jurisdiction,
        title=title,
        limits=limits_from(limits),
    )
    print_findings(imported.findings, lang)
    if imported.text is None:
        sys.exit(EXIT_UNREADABLE)
    if output is None:
        click.echo(imported.text, nl=False)
    else:
        write_atomic(output, imported.text.encode("utf-8"))
        click.echo(say("import.written", path=output, count=len(imported.sources)), err=True)
    sys.exit(EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in imported.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("catalogue", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), callback=output_in_a_folder
)
@click.option("--merged", is_flag=True)
@ROOT
@NATIONAL
@LANG_OPTION
def export(catalogue: Path, output: Path, merged: bool, root: Path | None, national: Path | None, lang: str) -> None:
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.load import read_catalogue
    from grassroots_catalog.report.xlsx import export_csv, export_xlsx

    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        fail(say("export.suffix", path=output))
    if merged:
        chain, effective = resolve_file(catalogue, root=root, national=national_from(national, lang, catalogue))
        if effective is None:
            print_findings(chain.findings, lang)
            sys.exit(EXIT_UNREADABLE)
        table = effective.written
    else:
        result = read_catalogue(catalogue)
        if result.catalogue is None:
            print_findings(result.findings, lang)
            sys.exit(EXIT_UNREADABLE)
        table = result.catalogue
    if suffix == ".xlsx":
        export_xlsx(table, output, lang=lang)
    else:
        write_atomic(output, export_csv(table, lang=lang).encode("utf-8"))
    click.echo(say("written", path=output), err=True)


@cli.command()
@click.option("--level", type=click.Choice(["county", "township"]), required=True)
@click.option("--jurisdiction", required=True)
@click.option("--code")
@click.option("--areas", default="all", show_default=True)
@click.option("--table", is_flag=True)
@click.option("--format", "output_format", type=click.Choice(["yaml", "xlsx"]), default="yaml", show_default=True)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path))
@NATIONAL
@LANG_OPTION
def new(
    level: str,
    jurisdiction: str,
    code: str | None,
    areas: str,
    table: bool,
    output_format: str,
    output: Path,
    national: Path | None,
    lang: str,
) -> None:
    from grassroots_catalog.check.new import new_catalogue
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.report.xlsx import new_workbook

    chosen = (
        None if areas.strip() in ("", "all") else [a.strip() for a in areas.replace("，", ",").split(",") if a.strip()]
    )
    # the folder written into is made (one level); its parent must exist, as for every -o
    require_folder(output.parent)
    if not (output_format == "xlsx" and output.suffix.lower() == ".xlsx") and output.exists():
        require_folder(output)
    data = national_from(national, lang)
    try:
        if output_format == "xlsx":
            target = output if output.suffix.lower() == ".xlsx" else output / "catalogue.xlsx"
            target.parent.mkdir(exist_ok=True)
            new_workbook(level, jurisdiction, code, chosen, target, lang=lang, national=data)
            click.echo(say("written", path=target), err=True)
            return
        files = new_catalogue(level, jurisdiction, code, chosen, table=table, lang=lang, national=data)
    except ValueError as error:
        fail(str(error))
    output.mkdir(exist_ok=True)
    existing = [name for name in files if (output / name).exists()]
    if existing:
        fail(say("new.exists", path=output / existing[0]))
    for name, text in files.items():
        write_atomic(output / name, text.encode("utf-8"))
    click.echo(say("new.written", count=len(files), path=output), err=True)
    click.echo(data.statement(lang), err=True)


@cli.command("rules")
@LANG_OPTION
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(lang: str, output_format: str) -> None:
    from grassroots_catalog.check.rules import rule_rows
    from grassroots_catalog.report.table import text_table

    rows = rule_rows()
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = tuple(say(f"rules.column.{column}") for column in ("code", "name", "severity", "source"))
    checkable = [
        (row["code"], row["title"][lang], Severity.parse(row["severity"]).label(lang), row["citation"] or "")
        for row in rows
        if row["checkable"]
    ]
    click.echo(text_table([header, *checkable]))
    click.echo("\n" + say("rules.not_checkable"))
    for row in rows:
        if not row["checkable"]:
            click.echo(f"  {row['code']}  {row[lang]} [{row['citation']}]")


@cli.command("rule")
@click.argument("code")
@LANG_OPTION
def show_rule(code: str, lang: str) -> None:
    from grassroots_catalog.check.explain import explain_code

    text = explain_code(code.strip().upper(), lang)
    if text is None:
        click.echo(say("rule.unknown", code=code), err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(text.rstrip("\n"))


@cli.command("import-guideline")
@click.argument("extract", type=click.Path(dir_okay=False, path_type=Path))
@OUTPUT
@LANG_OPTION
def import_guideline(extract: Path, output: Path | None, lang: str) -> None:
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.extracts import ExtractError, import_extract

    try:
        text = import_extract(extract)
    except ExtractError as error:
        if error.findings:
            print_findings(error.findings, lang)
            fail(
                say(
                    "import-guideline.cannot_convert",
                    where=error.file,
                    reason=say("import-guideline.problems", count=len(error.findings)),
                )
            )
        reason = say("import-guideline.too_large", limit=error.limit) if error.limit is not None else error.detail
        fail(say("import-guideline.cannot_convert", where=error.where, reason=reason))
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(say("written", path=output))


@cli.command()
@OUTPUT
@LANG_OPTION
def schema(output: Path | None, lang: str) -> None:
    from grassroots_catalog.model.schema import catalogue_schema_text

    text = catalogue_schema_text()
    if output is None:
        click.echo(text, nl=False)
        return
    from grassroots_catalog.read.atomic import write_atomic

    write_atomic(output, text.encode("utf-8"))


from grassroots_catalog.cli.compare import compare_command  # noqa: E402  (its own module, as diff's)
from grassroots_catalog.cli.diff import diff_command  # noqa: E402  (its own module: the command is large)

cli.add_command(diff_command)
cli.add_command(compare_command)
