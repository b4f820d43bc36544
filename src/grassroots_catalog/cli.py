"""The ``gcat`` command line: parse arguments, call the library, render, choose the exit status.

Exit status, for every command: 0 clean; 1 findings at or above ``--fail-on`` (or, for ``fmt
--check``, files that would change); 2 a usage error or a file that cannot be read as a catalogue.
No command prints a traceback: an unexpected failure is reported in one line and exits 2.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from grassroots_catalog._version import __version__
from grassroots_catalog.read.limits import DEFAULT_LIMITS, Limits
from grassroots_catalog.report import FORMATS
from grassroots_catalog.results import Finding, Severity

if TYPE_CHECKING:
    from grassroots_catalog.check.validate import FileReport
    from grassroots_catalog.model.catalogue import Catalogue
    from grassroots_catalog.read.paths import NoCatalogueFiles

# The library (pydantic, the readers) is imported inside each command, so that `gcat --help` and
# `gcat areas` start at once and `validate` loads only what it uses.

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

_LANG = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    envvar="GCAT_LANG",
    show_default=True,
    help="Language of messages: zh (中文) or en.",
)


def _limit_options(function: Any) -> Any:
    for option in reversed(
        [
            click.option(
                "--max-file-size",
                type=click.IntRange(min=1),
                default=DEFAULT_LIMITS.max_file_bytes,
                show_default=True,
                help="Refuse files larger than this many bytes.",
            ),
            click.option(
                "--max-depth",
                type=click.IntRange(min=2),
                default=DEFAULT_LIMITS.max_depth,
                show_default=True,
                help="Refuse YAML nested deeper than this.",
            ),
            click.option(
                "--max-value-chars",
                type=click.IntRange(min=1),
                default=DEFAULT_LIMITS.max_value_chars,
                show_default=True,
                help="Refuse any single value longer than this.",
            ),
            click.option(
                "--max-matters",
                type=click.IntRange(min=1),
                default=DEFAULT_LIMITS.max_matters,
                show_default=True,
                help="Refuse catalogues with more matters than this.",
            ),
        ]
    ):
        function = option(function)
    return function


def _expand(paths: Sequence[Path], lang: str) -> list[Path]:
    """The files named on the command line, each directory standing for the YAML files below it."""
    from grassroots_catalog.read.paths import NoCatalogueFiles, catalogue_files

    try:
        return catalogue_files(paths)
    except NoCatalogueFiles as empty:
        _no_yaml(empty, lang)


def _no_yaml(empty: NoCatalogueFiles, lang: str) -> NoReturn:
    click.echo(
        f"{empty.directory}: 目录中没有 .yaml 或 .yml 文件"
        if lang == "zh"
        else f"{empty.directory}: no .yaml or .yml file in this folder",
        err=True,
    )
    sys.exit(EXIT_UNREADABLE)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="grassroots-catalog")
def cli() -> None:
    """Build, check and compare standard catalogues of government-affairs disclosure (基层政务公开事项标准目录).

    \b
    Examples:
      gcat validate catalogs/examples/county.yaml
      gcat validate --lang en --format json my-county.yaml
      gcat fmt --check my-county.yaml
      gcat areas
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_LANG
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="error",
    show_default=True,
    help="Exit with status 1 when a finding at or above this severity is reported.",
)
@click.option(
    "--show",
    type=click.Choice(["error", "warning", "info"]),
    default="info",
    show_default=True,
    help="Print findings at or above this severity.",
)
@click.option(
    "--color",
    "colour",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text output (auto: only on a terminal).",
)
@click.option(
    "--max-findings",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Print at most this many findings in text output, then a count.",
)
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default="2020-12-31",
    show_default=True,
    help="Judge deadlines and staleness as of this date.",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Set aside the findings recorded in this baseline file: fail only on new ones.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record the current findings in this baseline file.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Project config with reasoned ignore entries (default: the nearest .gcat.toml, or "
    "pyproject.toml with [tool.grassroots-catalog]).",
)
@click.option(
    "--complete",
    is_flag=True,
    help="The FILES are all the parts of their jurisdictions' catalogues: check the requirements on "
    "a catalogue as a whole (area coverage: R01, R23-R25, R31, R33) across the parts "
    "(scope: part) of each jurisdiction.",
)
@_limit_options
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
    """Check catalogue FILES: safe YAML, structure, vocabularies, the merge of each chain, and the
    end-2020 requirements.

    Each finding is printed as path:line:column: CODE [severity] message. A folder stands for the
    .yaml and .yml files below it (hidden ones skipped). A catalogue published as several files
    (scope: part) is judged as a whole only when all its parts are given with --complete.
    """
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
        _no_yaml(empty, lang)
    except (ConfigError, BaselineError) as error:
        click.echo(error.message(lang), err=True)
        sys.exit(EXIT_UNREADABLE)
    if write_baseline is not None:
        record_baseline(write_baseline, (f for r in reports for f in r.findings))
    click.echo(
        render(
            output_format,
            reports,
            lang=lang,
            colour=_use_colour(colour),
            min_severity=Severity.parse(show),
            max_findings=max_findings,
        ),
        nl=False,
    )
    sys.exit(_exit_status(reports, Severity.parse(fail_on)))


def _exit_status(reports: Sequence[FileReport], fail_on: Severity) -> int:
    if any(not report.readable for report in reports):
        return EXIT_UNREADABLE
    if any(f.severity >= fail_on for report in reports for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if any file is not in canonical form.")
@click.option(
    "--force", is_flag=True, help="Rewrite even files whose reading raised warnings (e.g. an unrecognised channel)."
)
@_LANG
@_limit_options
def fmt(files: Sequence[Path], check: bool, force: bool, lang: str, **limits: Any) -> None:
    """Rewrite catalogue FILES in canonical form, keeping comments.

    Canonical form: fields in the documented order, vocabulary values in their standard spelling and
    order, cells split into lists. Files are replaced atomically; a file with errors is left untouched.
    """
    from grassroots_catalog.read.atomic import write_atomic  # ruamel.yaml is only needed here
    from grassroots_catalog.read.load import read_catalogue
    from grassroots_catalog.read.writer import format_text

    status = EXIT_CLEAN
    zh = lang == "zh"
    for path in _expand(files, lang):
        result = read_catalogue(path, limits=_limits(limits))
        if result.catalogue is None or result.text is None:
            _print_findings(result.findings, lang)
            status = EXIT_UNREADABLE
            continue
        warnings = [f for f in result.findings if f.severity >= Severity.WARNING]
        if warnings and not force:
            _print_findings(warnings, lang)
            click.echo(
                f"{path}: 有需要人工确认的警告，未改写（确认后可加 --force）"
                if zh
                else f"{path}: not rewritten because of the warnings above (use --force once checked)",
                err=True,
            )
            status = max(status, EXIT_FINDINGS)
            continue
        formatted = format_text(result.text, result.catalogue)
        if formatted == result.text:
            continue
        if check:
            click.echo(f"{path}: 格式不规范（运行 gcat fmt 修正）" if zh else f"{path}: would be reformatted")
            status = max(status, EXIT_FINDINGS)
            continue
        write_atomic(path, formatted.encode("utf-8"))
        click.echo(f"{path}: 已规范格式" if zh else f"{path}: reformatted")
    sys.exit(status)


def _print_findings(findings: Sequence[Finding], lang: str) -> None:
    from grassroots_catalog.report.text import format_finding

    for finding in findings:
        click.echo(format_finding(finding, lang=lang), err=True)


@cli.command()
@_LANG
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def areas(lang: str, output_format: str) -> None:
    """List the 26 pilot areas: guideline issuer, and the national rows known to this tool.

    Every national table is partial: only its first rows could be recovered from public copies.
    """
    from grassroots_catalog.domain.areas import PILOT_AREAS
    from grassroots_catalog.read.national import is_partial, known_rows, national_catalogue

    catalogues = {area.slug: national_catalogue(area.slug) for area in PILOT_AREAS}
    if output_format == "json":
        rows = [
            {
                "number": a.number,
                "slug": a.slug,
                "zh": a.zh,
                "en": a.en,
                "guideline_zh": a.guideline_zh,
                "issuer_zh": a.issuer_zh,
                "document_no": a.document_no,
                "issuer_certainty": a.issuer_certainty.value,
                "known_rows": known_rows(catalogues[a.slug]),
                "completeness": "partial" if is_partial(catalogues[a.slug]) else "complete",
                "fidelity": _fidelity(catalogues[a.slug]),
            }
            for a in PILOT_AREAS
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    zh = lang == "zh"
    header = (
        ("#", "标识", "领域", "发文单位", "文号", "已知事项", "完整性")
        if zh
        else ("#", "slug", "area", "issuer", "document", "known rows", "completeness")
    )
    partial_label = "部分" if zh else "partial"
    rows_text = [
        (
            str(a.number),
            a.slug,
            a.name(lang),
            a.issuer_zh + ("" if a.issuer_certainty == "verified" else f" ({a.issuer_certainty.value})"),
            a.document_no or "—",
            str(known_rows(catalogues[a.slug])),
            partial_label if is_partial(catalogues[a.slug]) else ("完整" if zh else "complete"),
        )
        for a in PILOT_AREAS
    ]
    total = sum(known_rows(c) for c in catalogues.values())
    click.echo(_table([header, *rows_text]))
    click.echo(
        f"\n共 {total} 条已知国家指引事项；各领域国家指引原表均更长（仅能从公开副本恢复前几行）。"
        if zh
        else f"\n{total} known national rows in all; every national table is longer (only its first rows "
        "could be recovered from public copies)."
    )


def _fidelity(catalogue: Catalogue) -> str | None:
    return catalogue.completeness.fidelity if catalogue.completeness is not None else None


def _table(rows: list[tuple[str, ...]]) -> str:
    """A plain text table, aligned by display width (a Chinese character is two columns wide)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


_ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder that parent catalogues must be in (default: the file's folder).",
)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--provenance",
    type=click.Choice(["comments", "json", "none"]),
    default="comments",
    show_default=True,
    help="Say where each value came from: as YAML comments, as JSON, or not at all.",
)
@click.option(
    "--written",
    is_flag=True,
    help="Show what the files say, refused weakenings included (default: what the chain allows).",
)
@_ROOT
@_LANG
def merge(file: Path, provenance: str, written: bool, root: Path | None, lang: str) -> None:
    """Print the effective catalogue of FILE: its chain of parents up to the national guidelines, composed.

    Findings (refused weakenings, dropped matters, a broken chain) go to standard error. Exit status 2
    if the chain cannot be resolved, 1 if a weakening was refused, 0 otherwise.
    """
    from grassroots_catalog.merge import resolve_file
    from grassroots_catalog.report.provenance import provenance_json, yaml_with_provenance

    chain, effective = resolve_file(file, root=root)
    if effective is None:
        _print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if provenance == "json":
        click.echo(provenance_json(effective, lang=lang), nl=False)
    else:
        click.echo(yaml_with_provenance(effective, written=written, comments=provenance == "comments"), nl=False)
    _print_findings(effective.findings, lang)
    sys.exit(EXIT_FINDINGS if any(f.severity >= Severity.ERROR for f in effective.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("matter")
@click.argument(
    "field",
    required=False,
    type=click.Choice(
        ["name", "content", "basis", "time_limit", "subject", "channels", "audience", "mode", "level", "note"]
    ),
)
@_ROOT
@_LANG
def explain(file: Path, matter: str, field: str | None, root: Path | None, lang: str) -> None:
    """Show, layer by layer, where MATTER of FILE (or one FIELD of it) got its value.

    \b
    Example:
      gcat explain catalogs/examples/county.yaml public-legal-services.99c18880 mode
    """
    from grassroots_catalog.merge import resolve_file
    from grassroots_catalog.report.provenance import explain_table

    chain, effective = resolve_file(file, root=root)
    if effective is None:
        _print_findings(chain.findings, lang)
        sys.exit(EXIT_UNREADABLE)
    if matter not in effective.history:
        click.echo(
            (f"{file}: 事项链中没有 {matter}" if lang == "zh" else f"{file}: no matter {matter} in the chain"), err=True
        )
        sys.exit(EXIT_UNREADABLE)
    click.echo(explain_table(effective, matter, field, lang), nl=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "html"]),
    default="markdown",
    show_default=True,
    help="Markdown, or one self-contained HTML page to print or send.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default="2020-12-31",
    show_default=True,
    help="Judge deadlines and staleness as of this date.",
)
@click.option(
    "--complete",
    is_flag=True,
    help="The FILES are all the parts of the catalogue: judge it as a whole (area coverage).",
)
@_LANG
def report(
    files: Sequence[Path], output_format: str, output: Path | None, as_of: Any, complete: bool, lang: str
) -> None:
    """Write the gap report of one catalogue for its leadership: coverage of the 26 areas, what to fix
    first, every finding grouped by requirement, suppressions with their reasons, and what a catalogue
    cannot show.

    FILES is one catalogue file, or the parts (scope: part) of one catalogue published in several.
    """
    from grassroots_catalog.check.validate import part_group, validate
    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.report import gap as gap_report

    checked = validate(_expand(files, lang), complete=complete, options={"as_of": as_of.date()})
    unreadable = [finding for item in checked if not item.readable for finding in item.findings]
    if unreadable:
        _print_findings(unreadable, lang)
        sys.exit(EXIT_UNREADABLE)
    groups = {
        part_group(item.written) if item.written.is_part else ("whole", item.file)
        for item in checked
        if item.written is not None
    }
    if len(groups) > 1:
        click.echo(
            "gcat report 每次只报告一个目录：请给出一个文件，或同一目录的全部分册（scope: part）"
            if lang == "zh"
            else "gcat report covers one catalogue: give one file, or the parts (scope: part) of one catalogue",
            err=True,
        )
        sys.exit(EXIT_UNREADABLE)
    gap = gap_report.build(checked, as_of.date(), complete=complete)
    text = gap_report.html(gap, lang) if output_format == "html" else gap_report.markdown(gap, lang)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(f"{output}: 已写入" if lang == "zh" else f"{output}: written", err=True)


@cli.command("rules")
@_LANG
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(lang: str, output_format: str) -> None:
    """List every requirement rule: code, default severity, citation."""
    from grassroots_catalog.check.rules import NOT_CHECKABLE, RULES
    from grassroots_catalog.messages import CODES

    rows: list[dict[str, Any]] = [
        {
            "code": code,
            "name": CODES[code].name,
            "severity": CODES[code].severity.slug,
            "citation": CODES[code].citation,
            "checkable": True,
        }
        for code in sorted(RULES)
    ]
    if output_format == "json":
        rows += [
            {"code": code, "name": None, "severity": None, "citation": source, "checkable": False, "zh": zh, "en": en}
            for code, (zh, en, source) in NOT_CHECKABLE.items()
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = ("代码", "名称", "默认级别", "依据") if lang == "zh" else ("code", "name", "severity", "source")
    specs = [CODES[code] for code in sorted(RULES)]
    click.echo(_table([header, *[(s.code, s.name, s.severity.label(lang), s.citation or "") for s in specs]]))
    click.echo("\n无法从目录本身检查的要求：" if lang == "zh" else "\nRequirements a catalogue alone cannot show:")
    for code, (zh, en, source) in NOT_CHECKABLE.items():
        click.echo(f"  {code}  {zh if lang == 'zh' else en} [{source}]")


@cli.command("rule")
@click.argument("code")
@_LANG
def show_rule(code: str, lang: str) -> None:
    """Explain one rule (e.g. R19): what it checks, its source, and an example."""
    import inspect

    from grassroots_catalog.check.rules import RULES
    from grassroots_catalog.messages import CODES

    module = RULES.get(code.upper())
    if module is None:
        click.echo(
            (
                f"没有规则 {code}；gcat rules 可列出全部规则"
                if lang == "zh"
                else f"no rule {code}; gcat rules lists them"
            ),
            err=True,
        )
        sys.exit(EXIT_UNREADABLE)
    spec = CODES[code.upper()]
    click.echo(f"{spec.code} {spec.name} [{spec.severity.label(lang)}]")
    click.echo(f"{spec.zh}\n{spec.en}".replace("{", "‹").replace("}", "›"))
    click.echo(("依据：" if lang == "zh" else "Source: ") + (spec.citation or "—") + "\n")
    click.echo(inspect.cleandoc(module.__doc__ or ""))


@cli.command("import-guideline")
@click.argument("extract", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the catalogue to this file (atomically) instead of standard output.",
)
@_LANG
def import_guideline(extract: Path, output: Path | None, lang: str) -> None:
    """Convert a national guideline table in the extract format (sources/guidelines/FORMAT.md) into a
    catalogue: how a full official table is brought in to check against.
    """
    import yaml

    from grassroots_catalog.read.atomic import write_atomic
    from grassroots_catalog.read.extracts import render_national_file

    zh = lang == "zh"
    try:
        data = extract.read_bytes()
        if len(data) > DEFAULT_LIMITS.max_file_bytes:
            raise ValueError(f"larger than {DEFAULT_LIMITS.max_file_bytes} bytes")
        _, text = render_national_file(data.decode("utf-8"), extract.name)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, yaml.YAMLError) as error:
        where = ""
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            where = f":{mark.line + 1}:{mark.column + 1}"
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        click.echo(
            f"{extract}{where}: "
            + (
                f"无法转换：{reason}（格式见 sources/guidelines/FORMAT.md）"
                if zh
                else f"cannot convert: {reason} (see sources/guidelines/FORMAT.md)"
            ),
            err=True,
        )
        sys.exit(EXIT_UNREADABLE)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(f"{output}: 已写入" if zh else f"{output}: written")


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the schema to this file instead of standard output.",
)
def schema(output: Path | None) -> None:
    """Print the JSON Schema of the catalogue file format (for editors and other tools)."""
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

    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="gcat")
    except CatalogError as error:  # a problem the library explains itself (e.g. a broken rule plugin)
        click.echo(f"gcat: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    except Exception as error:
        if os.environ.get("GCAT_DEBUG"):
            raise
        click.echo(
            f"gcat: internal error: {type(error).__name__}: {error} "
            "(set GCAT_DEBUG=1 for details and please report it)",
            err=True,
        )
        sys.exit(EXIT_UNREADABLE)
