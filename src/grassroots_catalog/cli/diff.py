"""``gcat diff A B``: parse the arguments, compute the diff, render it, choose the exit status.

Exit status: 0 when the catalogues are equivalent (after ``--ignore``, ``--area`` and ``--only``), 1
when they differ (with ``--fail-on weaker``: only when something was taken away: a field weaker or
incomparable, or a row removed), 2 when a side cannot be read. ``--git-external`` follows git's
calling convention for an external diff program (docs/diff.md) and exits 0 on a difference, since
git stops at the first program that does not.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from grassroots_catalog.cli.language import LANG_OPTION, LocalisedCommand, say
from grassroots_catalog.cli.shared import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_UNREADABLE,
    NATIONAL,
    fail,
    national_from,
    output_in_a_folder,
    print_findings,
    use_colour,
)
from grassroots_catalog.report.diff import DIFF_FORMATS

if TYPE_CHECKING:
    from grassroots_catalog.diffs import CatalogueDiff, Side, Unreadable
    from grassroots_catalog.read.national_data import NationalData

KINDS = ("added", "removed", "moved", "stricter", "weaker", "localised", "incomparable", "metadata")
"""The ``--only`` names: the values of :class:`grassroots_catalog.diffs.ChangeKind` (a test holds them
equal), listed here so that ``gcat --help`` loads no model."""

TAKEN_AWAY = ("weaker", "incomparable", "removed")
"""What ``--fail-on weaker`` fails on: every change that takes something away."""

GIT_EXTERNAL_ARGS = 7
"""git calls an external diff with: path old-file old-hex old-mode new-file new-hex new-mode."""


def _write(target: Path, data: bytes) -> None:
    """``data`` to ``target`` atomically (into it as it is when it is a device or a pipe)."""
    from grassroots_catalog.read.atomic import write_atomic

    write_atomic(target, data)


def _unreadable(problem: Unreadable, lang: str) -> NoReturn:
    if problem.findings:
        print_findings(problem.findings, lang)
    reason = problem.reason or "diff.unreadable"
    fail(say(reason, file=problem.file, detail=problem.detail))


def _sides(
    files: Sequence[str], rev: str | None, merged: bool, git_external: bool, national: NationalData | None = None
) -> tuple[Side, Side] | str:
    """The two sides, or the line to print instead (git's new or deleted file)."""
    from grassroots_catalog.diffs import read_side

    if git_external:
        if len(files) != GIT_EXTERNAL_ARGS:
            fail(say("diff.needs_two"))
        path, old, new = files[0], files[1], files[4]
        if old == os.devnull:
            return say("diff.git_new_file", path=path)
        if new == os.devnull:
            return say("diff.git_deleted_file", path=path)
        # git hands in temporary copies: the changes are shown at the file's own path
        return read_side(old, shown=f"a/{path}"), read_side(new, shown=f"b/{path}")
    if rev is not None:
        if len(files) != 1:
            fail(say("diff.needs_two"))
        # A revision's parents are not at that revision on disk: both sides are compared as written.
        return read_side(files[0], revision=rev), read_side(files[0])
    if len(files) != 2:
        fail(say("diff.needs_two"))
    if not merged or national is None:
        return read_side(files[0], merged=merged), read_side(files[1], merged=merged)
    return read_side(files[0], merged=True, national=national), read_side(files[1], merged=True, national=national)


def _write_refinement(result: CatalogueDiff, target: Path, a_file: str, lang: str) -> None:
    from grassroots_catalog.diffs import as_refinement
    from grassroots_catalog.messages.words import report_text
    from grassroots_catalog.read.writer import dump_catalogue
    from grassroots_catalog.report.diff.words import field_name

    extends = os.path.relpath(Path(a_file.partition(":")[2] if ":" in a_file else a_file), target.parent or ".")
    refinement = as_refinement(result, extends=Path(extends).as_posix(), lang=lang)
    header = [report_text("diff.refinement.header", lang, a=result.a_file, b=result.b_file)]
    if refinement.unexpressed:
        header.append(report_text("diff.refinement.unexpressed", lang))
        header += [
            f"  - {change.row} {field_name(change, lang)} [{change.kind.label(lang)}]"
            for change in refinement.unexpressed
        ]
    _write(target, dump_catalogue(refinement.catalogue, header="\n".join(header)).encode("utf-8"))
    click.echo(say("written", path=target), err=True)


@click.command("diff", cls=LocalisedCommand)
@click.argument("files", nargs=-1, type=str)
@click.option("--rev", metavar="REV")
@click.option("--merged", is_flag=True)
@click.option("--area", "areas", multiple=True)
@click.option("--ignore", multiple=True, metavar="FIELD")
@click.option("--only", multiple=True, type=click.Choice(KINDS))
@click.option("--format", "output_format", type=click.Choice(DIFF_FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), callback=output_in_a_folder)
@click.option("--fail-on", type=click.Choice(["any", "weaker"]), default="any", show_default=True)
@click.option("--as-refinement", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--git-external", is_flag=True)
@NATIONAL
@LANG_OPTION
def diff_command(
    files: Sequence[str],
    rev: str | None,
    merged: bool,
    areas: Sequence[str],
    ignore: Sequence[str],
    only: Sequence[str],
    output_format: str,
    output: Path | None,
    fail_on: str,
    as_refinement: Path | None,
    colour: str,
    git_external: bool,
    national: Path | None,
    lang: str,
) -> None:
    from grassroots_catalog.diffs import IGNORABLE, ChangeKind, Unreadable, diff_files
    from grassroots_catalog.domain.areas import AREAS

    for name in ignore:
        if name not in IGNORABLE:
            fail(say("diff.unknown_ignore", name=name, choices=", ".join(IGNORABLE)))
    if output_format == "xlsx" and (output is None or output.suffix.lower() != ".xlsx"):
        fail(say("diff.xlsx_needs_output"))
    try:
        data = national_from(national, lang, Path(files[0]) if files else None) if merged else None
        sides = _sides(files, rev, merged, git_external, data)
        if isinstance(sides, str):
            click.echo(sides)
            sys.exit(EXIT_CLEAN)
        left, right = sides
        declared = {a.slug for side in sides for a in side.catalogue.areas}
        for area in areas:
            if area not in AREAS and area not in declared:
                fail(say("diff.unknown_area", name=area))
        result = diff_files(left, right, ignore=tuple(ignore), areas=tuple(areas) or None)
    except Unreadable as problem:
        _unreadable(problem, lang)
    if as_refinement is not None:
        _write_refinement(result, as_refinement, left.file, lang)
    if only:
        result = result.only(frozenset(ChangeKind(kind) for kind in only))
    _emit(result, output_format, output, lang, colour)
    sys.exit(_status(result, fail_on, git_external))


def _emit(result: CatalogueDiff, output_format: str, output: Path | None, lang: str, colour: str) -> None:
    if output_format == "xlsx":
        from grassroots_catalog.report.diff.xlsx import diff_workbook_bytes

        assert output is not None  # checked before anything was read
        _write(output, diff_workbook_bytes(result, lang=lang))
        click.echo(say("written", path=output), err=True)
        return
    from grassroots_catalog.report.diff import render_diff

    coloured = output is None and output_format == "text" and use_colour(colour)
    text = render_diff(output_format, result, lang=lang, colour=coloured)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(output, text.encode("utf-8"))
        click.echo(say("written", path=output), err=True)


def _status(result: CatalogueDiff, fail_on: str, git_external: bool) -> int:
    if git_external:
        return EXIT_CLEAN
    if fail_on == "weaker":
        return EXIT_FINDINGS if any(change.kind.value in TAKEN_AWAY for change in result) else EXIT_CLEAN
    return EXIT_CLEAN if result.equivalent else EXIT_FINDINGS


__all__ = ["EXIT_UNREADABLE", "KINDS", "diff_command"]
