"""The ``gcat`` command line: parse arguments, call the library, render, choose the exit status.

Exit status, for every command: 0 clean; 1 findings at or above ``--fail-on`` (or, for ``fmt
--check``, files that would change); 2 a usage error or a file that cannot be read as a catalogue.
No command prints a traceback: an unexpected failure is reported in one line and exits 2.

:mod:`.language` chooses the language of a run and makes click speak it; :mod:`.commands` holds the
commands, and :mod:`.shared` what they share (exit statuses, common options, printing findings).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

import click

from grassroots_catalog.check.collector import collect_in_larger_steps
from grassroots_catalog.cli.commands import cli
from grassroots_catalog.cli.language import choose_language
from grassroots_catalog.cli.shared import EXIT_UNREADABLE
from grassroots_catalog.messages.cli_text import cli_text

__all__ = ["choose_language", "cli", "main", "run"]


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of ``gcat`` and ``grassroots-catalog``."""
    # The command line uses no pydantic plugins, and looking them up reads the metadata of every
    # installed package (about 40 ms a run). Pydantic documents this switch; a caller can override it.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="backslashreplace")
    from grassroots_catalog.errors import CatalogError, OutputNotWritten
    from grassroots_catalog.messages.render import os_error, os_error_context

    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        cli.main(args=args, prog_name="gcat")
    except OutputNotWritten as unwritten:  # -o names a place that cannot take the file
        lang = choose_language(args, os.environ)
        reason = os_error(os_error_context(unwritten), lang)
        click.echo(cli_text("error.output_not_written", lang, path=unwritten.filename, reason=reason), err=True)
        sys.exit(EXIT_UNREADABLE)
    except CatalogError as error:  # a problem the library explains itself (e.g. a broken rule plugin)
        click.echo(f"gcat: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    except Exception as error:
        if os.environ.get("GCAT_DEBUG"):
            raise
        lang = choose_language(args, os.environ)
        click.echo(cli_text("error.internal", lang, kind=type(error).__name__, error=error), err=True)
        sys.exit(EXIT_UNREADABLE)


def run() -> NoReturn:
    """The program ``gcat`` (its installed scripts and ``python -m grassroots_catalog``): :func:`main`,
    then the process ends without tearing the interpreter down.

    A normal exit frees every object one by one, the modules and models and whatever the command
    read, and that took about a tenth of checking one 1,000-matter file; the system takes the
    memory back at once. Every command has closed its files and written its outputs atomically by
    the time :func:`main` returns, so what is left of an exit is done here: the functions registered
    with :mod:`atexit` are run (a library's clean-up: openpyxl deletes the temporary files of a
    workbook it could not write), both streams are flushed, and the process ends. The normal exit is
    kept whenever something may still need it: a child process or a thread (not a daemon) still
    running, a tracer, profiler or monitoring tool watching (coverage, ``python -m cProfile``), an
    exit status that is not a number (Python prints it), or an interpreter without CPython's
    ``atexit._run_exitfuncs``.

    Before the command imports the models, the garbage collector is set to collect in larger steps
    (:mod:`grassroots_catalog.check.collector`): importing them and reading a file allocate objects
    by the hundred thousand, and reference counting frees nearly all of them.
    """
    collector = collect_in_larger_steps()  # before the commands import the models and read files
    try:
        status = _status_of_main()
        run_exit_functions = getattr(atexit, "_run_exitfuncs", None)  # CPython's; else the normal exit
        if not isinstance(status, int) or run_exit_functions is None or not _quiet():
            sys.exit(status)
        run_exit_functions()  # what the libraries registered: openpyxl removes its temporary files
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: the program was started with it closed (gcat … 2>&-)
                with contextlib.suppress(OSError, ValueError):  # a reader that stopped reading
                    stream.flush()
        os._exit(status)
    finally:  # reached on the normal exit only (and in a test that stands in for os._exit)
        gc.set_threshold(*collector)


def _status_of_main() -> str | int:
    """What :func:`main` exits with: its ``SystemExit``'s code (None is 0), or 0 when it returns."""
    try:
        main()
    except SystemExit as stop:
        return 0 if stop.code is None else stop.code
    return 0


def _quiet() -> bool:
    """Whether nothing else runs that a normal exit would wait for or report: no other thread but a
    daemon (which an exit stops either way), no child process of ``multiprocessing``, no tracer,
    profiler or monitoring tool."""
    import threading

    if sys.gettrace() is not None or sys.getprofile() is not None:
        return False
    monitoring = getattr(sys, "monitoring", None)  # Python 3.12 on: coverage's sysmon core, debuggers
    if monitoring is not None and any(monitoring.get_tool(tool) is not None for tool in range(6)):
        return False
    main_thread = threading.main_thread()
    if any(thread is not main_thread and not thread.daemon for thread in threading.enumerate()):
        return False
    processes = sys.modules.get("multiprocessing")
    return processes is None or not processes.active_children()
