"""A project's config: reasoned ``ignore`` entries in ``.gcat.toml`` or ``pyproject.toml``.

A county's repository records there the findings it accepts, each with why (``[[ignore]]`` with a
code, optionally a matter and a file pattern, and a reason). :func:`find_config` finds the nearest
one, as ``gcat validate`` does; :func:`read_config` reads it; :func:`apply_config` sets aside what
the entries name, keeping each finding with its reason. ``national = "DIR"`` names a folder of full
national tables to check against instead of the bundled rows (:func:`read_national`), relative to
the config file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from grassroots_catalog.check.suppression import Suppression
from grassroots_catalog.messages.cli_text import cli_text
from grassroots_catalog.results import Finding

CONFIG_NAMES = (".gcat.toml", "pyproject.toml")


class ConfiguredIgnore(NamedTuple):
    """One ``ignore`` entry of a project config: a code, optionally a matter and a file pattern, a reason."""

    code: str
    reason: str
    matter: str | None = None
    file: str | None = None
    source: str = ""

    def matches(self, finding: Finding) -> bool:
        if finding.code != self.code:
            return False
        if self.matter is not None and finding.ctx.get("matter") != self.matter:
            return False
        return self.file is None or (finding.file is not None and Path(finding.file).match(self.file))


class ConfigError(ValueError):
    """A project config that cannot be used: its file, what is wrong and where.

    ``problem`` names the message (``config.<problem>`` in the CLI tables of :mod:`grassroots_catalog.messages`),
    ``params`` fills it, so the command line can say it in the user's language; ``str()`` is English.
    """

    def __init__(self, path: Path, problem: str, **params: object) -> None:
        self.path = path
        self.problem = problem
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        return cli_text(f"config.{self.problem}", lang, path=self.path, **self.params)


def find_config(start: Path) -> Path | None:
    """The nearest ``.gcat.toml``, or ``pyproject.toml`` with a ``[tool.grassroots-catalog]`` table,
    from ``start``'s folder up to the repository root (a folder holding ``.git``)."""
    folder = start.resolve().parent if start.is_file() else start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or "[tool.grassroots-catalog" in path.read_text("utf-8")):
                return path
        if (candidate / ".git").exists():
            return None
    return None


def _settings(path: Path) -> dict[str, object]:
    """The config's table of settings (``[tool.grassroots-catalog]`` of a pyproject.toml), unknown keys refused."""
    import tomllib

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(path, "unreadable", detail=error) from None
    table = document.get("tool", {}).get("grassroots-catalog", {}) if path.name == "pyproject.toml" else document
    if not isinstance(table, dict):
        raise ConfigError(path, "unreadable", detail="[tool.grassroots-catalog] is not a table")
    _refuse_unknown_keys(path, table, _TOP_LEVEL_KEYS, where=None)
    return table


def read_national(path: Path) -> Path | None:
    """The folder the config's ``national`` key names (relative to the config file), or None if it
    names none; ConfigError if the key is not text."""
    value = _settings(path).get("national")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, "national_not_text")
    return (path.resolve().parent / value.strip()).resolve()


def read_config(path: Path) -> list[ConfiguredIgnore]:
    """The ignore entries of a config file; ConfigError if it cannot be read, or an entry lacks its code
    or its reason."""
    table = _settings(path)
    entries = table.get("ignore", [])
    if not isinstance(entries, list):
        raise ConfigError(path, "not_a_list")
    result = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not str(entry.get("code", "")).strip():
            raise ConfigError(path, "no_code", index=index)
        _refuse_unknown_keys(path, entry, _ENTRY_KEYS, where=index)
        for key in ("matter", "file"):
            if key in entry and not isinstance(entry[key], str):
                raise ConfigError(path, "not_text", index=index, key=key)
        reason = str(entry.get("reason", "")).strip()
        if not reason:
            raise ConfigError(path, "no_reason", index=index, code=entry["code"])
        result.append(
            ConfiguredIgnore(
                str(entry["code"]).strip().upper(),
                reason,
                entry.get("matter"),
                entry.get("file"),
                f"{path.name}#{index}",
            )
        )
    return result


_TOP_LEVEL_KEYS = ("ignore", "national")
_ENTRY_KEYS = ("code", "reason", "matter", "file")


def _refuse_unknown_keys(path: Path, table: dict[str, object], known: tuple[str, ...], *, where: int | None) -> None:
    """A misspelt key would otherwise be dropped silently, and an entry meant for one file or matter
    would suppress its code everywhere: refuse it, with the nearest known key."""
    for key in table:
        if key not in known:
            if where is None:
                raise ConfigError(path, "unknown_key", key=key, known=list(known))
            raise ConfigError(path, "unknown_entry_key", index=where, key=key, known=list(known))


def apply_config(
    findings: Iterable[Finding], ignores: Sequence[ConfiguredIgnore]
) -> tuple[list[Finding], list[Suppression]]:
    """Set aside findings that a configured entry names."""
    kept: list[Finding] = []
    suppressed: list[Suppression] = []
    for finding in findings:
        entry = next((i for i in ignores if i.matches(finding)), None)
        if entry is None:
            kept.append(finding)
        else:
            suppressed.append(Suppression(finding, entry.reason, f"config ({entry.source})"))
    return kept, suppressed
