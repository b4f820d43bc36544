"""``gcat compare FILES|DIRS --against national|FILE``: parse the arguments, compare, render.

Exit status: 0 when every file was compared; 2 when some file could not be read (each is reported by
name on standard error, and the others are compared and rendered all the same, as ``validate``
does), or when the reference cannot be read or an option is wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from grassroots_catalog.cli.language import LANG_OPTION, LocalisedCommand, say
from grassroots_catalog.cli.shared import (
    EXIT_CLEAN,
    EXIT_UNREADABLE,
    NATIONAL,
    expand,
    fail,
    national_from,
    print_findings,
)
from grassroots_catalog.report.compare import COMPARE_FORMATS, DEFAULT_TOP


def _write(target: Path, data: bytes) -> None:
    from grassroots_catalog.cli.diff import _write as write

    write(target, data)


@click.command("compare", cls=LocalisedCommand)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="FILES|DIRS...")
@click.option("--against", default="national", show_default=True, metavar="national|FILE")
@click.option("--written", is_flag=True)
@click.option("--ignore", multiple=True, metavar="FIELD")
@click.option("--format", "output_format", type=click.Choice(COMPARE_FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None)
@click.option("--top", type=click.IntRange(min=0), default=DEFAULT_TOP, show_default=True)
@NATIONAL
@LANG_OPTION
def compare_command(
    paths: Sequence[Path],
    against: str,
    written: bool,
    ignore: Sequence[str],
    output_format: str,
    output: Path | None,
    jobs: int | None,
    top: int,
    national: Path | None,
    lang: str,
) -> None:
    from grassroots_catalog.diffs import IGNORABLE, Unreadable, compare_files

    if not paths:
        fail(say("compare.needs_files"))
    for name in ignore:
        if name not in IGNORABLE:
            fail(say("diff.unknown_ignore", name=name, choices=", ".join(IGNORABLE)))
    if output_format == "xlsx" and (output is None or output.suffix.lower() != ".xlsx"):
        fail(say("compare.xlsx_needs_output"))
    files = expand(paths)
    data = national_from(national, lang, paths[0])
    try:
        comparison = compare_files(files, against, national=data, written=written, ignore=tuple(ignore), jobs=jobs)
    except Unreadable as problem:
        if problem.findings:
            print_findings(problem.findings, lang)
        fail(say(problem.reason or "diff.unreadable", file=problem.file, detail=problem.detail))
    for skipped in comparison.unreadable:
        if skipped.findings:
            print_findings(skipped.findings[:1], lang)
        click.echo(say(skipped.reason, file=skipped.file, detail=""), err=True)
        click.echo(say("compare.skipped", file=skipped.file), err=True)
    if output_format == "xlsx":
        from grassroots_catalog.report.compare.xlsx import comparison_workbook_bytes

        assert output is not None  # checked before anything was read
        _write(output, comparison_workbook_bytes(comparison, lang=lang))
        click.echo(say("written", path=output), err=True)
    else:
        from grassroots_catalog.report.compare import render_comparison

        text = render_comparison(output_format, comparison, lang=lang, top=top)
        if output is None:
            click.echo(text, nl=False)
        else:
            _write(output, text.encode("utf-8"))
            click.echo(say("written", path=output), err=True)
    sys.exit(EXIT_UNREADABLE if comparison.unreadable else EXIT_CLEAN)


__all__ = ["compare_command"]
