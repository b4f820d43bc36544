"""The language of a ``gcat`` run, and click made to speak it.

The language is chosen from the command line and the environment before click parses anything
(:func:`choose_language`), so that ``--help`` and usage errors are in it too. Every word a user
reads is in the CLI tables of :mod:`grassroots_catalog.messages.zh` and
:mod:`~grassroots_catalog.messages.en`, click's own included: the help of a command is
``<command>.help`` (and ``.short_help`` for the list of commands), the help of an option
``<command>.option.<name>`` or, when commands share it, ``option.<name>``; click's usage lines,
section titles and errors are looked up by their gettext message id (:data:`_CLICK_KEYS`).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import click

from grassroots_catalog.cli.arguments import hostile_argument
from grassroots_catalog.messages.cli_text import CLI_TABLES, LANGUAGES, cli_template, cli_text
from grassroots_catalog.report.table import display_width


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
"""The language of the run under way (set by :meth:`GcatGroup.main`)."""


def current_language() -> str:
    """The language of the run under way."""
    return _LANGUAGE.get()


def say(key: str, **params: object) -> str:
    """The CLI text ``key`` in the language of the run, its ``{fields}`` filled from ``params``."""
    return cli_text(key, _LANGUAGE.get(), **params)


# click's own words, by their gettext message id: click translates them through gettext, which this
# replaces for the length of a run with a lookup in the CLI tables (see click_speaks).
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
def click_speaks(lang: str) -> Iterator[None]:
    """Have click say its own words (usage, section titles, errors, placeholders) in ``lang``, and lay
    its help out by terminal columns, until the block ends.

    click looks its words up with ``gettext`` and measures and wraps its help with ``term_len``,
    ``_truncate_visible`` and ``TextWrapper``, all bound in its modules at import; those bindings are
    replaced for the run and put back after it, so nothing outside the run is affected (a name a
    click without it does not have is left alone). A message id this table does not know (a newer
    click's) stays in English. A parameter's placeholder (FILE, INTEGER RANGE) is made by its
    ``make_metavar``, in help and errors alike: that method is replaced the same way.
    """
    import click._textwrap
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

    words = {"_": gettext, "ngettext": ngettext}
    # 文件 takes four columns, not two: the help's first column is padded, and its text wrapped, by these.
    columns = {
        "term_len": _columns,
        "_truncate_visible": _within_columns,
        "TextWrapper": _chinese_wrapper(click._textwrap.TextWrapper),
    }
    replaced = [
        (vars(module), name, replacement)
        for modules, replacements in (
            ((click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types), words),
            ((click.formatting, click._textwrap), columns),
        )
        for module in modules
        for name, replacement in replacements.items()
        if name in vars(module)
    ]
    originals = [namespace[name] for namespace, name, _ in replaced]
    for namespace, name, replacement in replaced:
        namespace[name] = replacement
    metavar_makers = [(cls, vars(cls)["make_metavar"]) for cls in (click.core.Parameter, click.core.Argument)]
    for cls, original in metavar_makers:
        cls.make_metavar = _speaking(original, lang)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        for (namespace, name, _), original in zip(replaced, originals, strict=True):
            namespace[name] = original
        for cls, original in metavar_makers:
            cls.make_metavar = original  # type: ignore[method-assign]


def _columns(text: str) -> int:
    """The terminal columns ``text`` takes once styles are removed (a Chinese character takes two)."""
    return display_width(click.unstyle(text))


_CLOSING = frozenset("、，。；：？！）》」』】〕”’…%")
"""What a Chinese line may not start with: it stays with the character before it."""
_OPENING = frozenset("（《「『【〔“‘")
"""What a Chinese line may not end with: it goes with the character after it."""


@lru_cache(maxsize=1)
def _chinese_wrapper(base: type[Any]) -> type[Any]:
    """click's text wrapper, able to break a Chinese sentence between any two characters, as Chinese
    is set, rather than only at spaces (which would leave a short line before each long run)."""

    class ChineseWrapper(base):  # type: ignore[misc]
        def _split(self, text: str) -> list[str]:
            return [piece for chunk in super()._split(text) for piece in _breakable(chunk)]

    return ChineseWrapper


def _breakable(chunk: str) -> list[str]:
    """``chunk`` cut before and after each wide character, punctuation kept on the proper side."""
    if not any(map(_is_wide, chunk)):
        return [chunk]
    pieces: list[str] = []
    for char in chunk:
        if pieces and (
            char in _CLOSING or pieces[-1][-1] in _OPENING or not (_is_wide(char) or _is_wide(pieces[-1][-1]))
        ):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _is_wide(char: str) -> bool:
    return display_width(char) == 2


def _within_columns(text: str, columns: int) -> str:
    """The longest start of ``text`` that fits in ``columns`` terminal columns (at least one
    character, so that wrapping always moves on): where a Chinese sentence, one word to the
    wrapper, is broken."""
    used = 0
    for index, char in enumerate(text):
        used += display_width(char)
        if used > columns:
            return text[: max(index, 1)]
    return text


_PLACEHOLDER = re.compile(r"[A-Z][A-Z_]*(?: [A-Z][A-Z_]*)*")
"""A word of a placeholder as click writes it: FILES in FILES..., INTEGER RANGE, OPTIONS in [OPTIONS]."""


def localised_metavar(text: str, lang: str) -> str:
    """``text`` (``FILES...``, ``[OPTIONS]``, ``national|FILE``) with each placeholder word in ``lang``
    (``metavar.<WORD>`` in the CLI tables); choices (``[text|json]``), formats (``[%Y-%m-%d]``) and
    words the tables do not name (a diff's ``A`` and ``B``) stay as written."""
    table = CLI_TABLES[lang]
    return _PLACEHOLDER.sub(lambda found: str(table.get(f"metavar.{found.group(0)}", found.group(0))), text)


def _speaking(make_metavar: Callable[[Any, click.Context], str], lang: str) -> Callable[[Any, click.Context], str]:
    def make(parameter: Any, ctx: click.Context) -> str:
        return localised_metavar(make_metavar(parameter, ctx), lang)

    return make


def _option_help(command: str, option: click.Option) -> str:
    """The help of ``option``: the command's own (``<command>.option.<name>``), else the shared one."""
    name = max(option.opts, key=len).lstrip("-")
    key = f"{command}.option.{name}"
    return say(key if key in CLI_TABLES[_LANGUAGE.get()] else f"option.{name}")


def localise(group: click.Group) -> None:
    """Give the group, every command and every option its help in the language of the run."""
    for name, command in [("gcat", group), *group.commands.items()]:
        command.help = say(f"{name}.help")
        if command is not group:
            command.short_help = say(f"{name}.short_help")
        for param in command.params:
            if isinstance(param, click.Option):
                param.help = _option_help(name, param)


class LocalisedCommand(click.Command):
    """A command whose ``--help`` option and usage line speak the language of the run."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        # [OPTIONS] and a group's COMMAND [ARGS]... are written by the command, not by a parameter.
        return [localised_metavar(piece, _LANGUAGE.get()) for piece in super().collect_usage_pieces(ctx)]

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:  # made once and kept by click: give it the words of this run
            option.help = cli_template("click.help_option", _LANGUAGE.get())
        return option


class GcatGroup(LocalisedCommand, click.Group):
    """The ``gcat`` group: chooses the language of the run before click reads the command line."""

    command_class = LocalisedCommand

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        argv = list(args) if args is not None else sys.argv[1:]
        token = _LANGUAGE.set(choose_language(argv, os.environ))
        try:
            localise(self)
            with click_speaks(_LANGUAGE.get()):
                given = os.environ.get("GCAT_LANG")
                if given and given not in LANGUAGES and _lang_on_command_line(argv) is None:
                    # A GCAT_LANG that names no language is a usage error, as a bad --lang is.
                    error = click.UsageError(say("error.bad_gcat_lang", value=given))
                    error.show()
                    sys.exit(error.exit_code)
                hostile = hostile_argument(argv)
                if hostile is not None:  # before any command can pass it to the file system or echo it
                    shown, char = hostile
                    click.echo(say("error.control_in_argument", argument=shown, char=char), err=True)
                    sys.exit(2)
                return super().main(argv, *rest, **extra)
        finally:
            _LANGUAGE.reset(token)


# Every command takes --lang, as the group does, so that it may stand anywhere on the command line;
# the language itself is chosen before parsing (choose_language), and this is its value.
LANG_OPTION = click.option("--lang", type=click.Choice(LANGUAGES), default=current_language, show_default=False)
