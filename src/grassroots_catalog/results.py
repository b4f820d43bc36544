"""What a check reports: a :class:`Finding` holds a code and the parameters of its message, not text;
a :class:`FileReport` holds the findings about one file.

Text is rendered on demand in Chinese or English by :mod:`grassroots_catalog.messages`, so that the
same finding can be printed for a county office, serialised to JSON for another tool, or counted in
a report. Findings sort by file, line, column and code, the order linters print in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the layers above: a report holds what they built, and results import none of them
    from grassroots_catalog.check.suppression import Suppression
    from grassroots_catalog.merge.engine import EffectiveCatalogue
    from grassroots_catalog.model.catalogue import Catalogue
    from grassroots_catalog.read.load import LoadResult
    from grassroots_catalog.read.national_data import NationalData

Path = tuple[str | int, ...]


class Severity(IntEnum):
    """How much a finding matters; the order lets ``--fail-on`` compare levels."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def slug(self) -> str:
        return self.name.lower()

    @property
    def label_key(self) -> str:
        """The key of this severity's name in the language tables (``severity.error``)."""
        return f"severity.{self.slug}"

    def label(self, lang: str) -> str:
        """The severity's name for a reader in ``lang`` (错误, warning …), as the language tables word it."""
        return _messages().word(self.label_key, lang)

    @classmethod
    def parse(cls, text: str) -> Severity:
        """``error``, ``warning`` or ``info`` (case-insensitive)."""
        return cls[text.strip().upper()]


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A 1-based line and column in a file."""

    line: int
    column: int


def format_path(path: Path) -> str:
    """``("matters", 3, "channels", 1)`` as ``matters[3].channels[1]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(document)"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or note about one place in one catalogue.

    ``path`` is the logical place in the document (what a rule knows); ``location`` is where that
    place is in the file (what the reader knows), filled in by the loader when it is known.
    ``fatal`` marks findings that kept the file from being read as a catalogue at all.
    """

    code: str
    severity: Severity
    file: str | None = None
    path: Path = ()
    location: Location | None = None
    ctx: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    fatal: bool = False

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location or Location(0, 0)
        return (self.file or "", loc.line, loc.column, self.code, format_path(self.path))

    def message(self, lang: str = "zh") -> str:
        """The message in ``lang``, with what to do."""
        return _messages().render(self, lang)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """A JSON-ready form (see docs/cli.md, "JSON output")."""
        return {
            "code": self.code,
            "name": _messages().name_of(self.code),
            "severity": self.severity.slug,
            "file": self.file,
            "line": self.location.line if self.location else None,
            "column": self.location.column if self.location else None,
            "path": format_path(self.path) if self.path else None,
            "message": self.message(lang),
            "fatal": self.fatal,
            "ctx": {k: _jsonable(v) for k, v in self.ctx.items()},
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # A mapping proxy does not pickle: a finding crosses to and from worker processes (and Dask's
        # workers) as its fields with ``ctx`` a plain dict, wrapped again on arrival.
        frozen = isinstance(self.ctx, MappingProxyType)
        fields = (self.code, self.severity, self.file, self.path, self.location, dict(self.ctx), self.fatal)
        return (_rebuilt_finding, (*fields, frozen))


def _rebuilt_finding(
    code: str,
    severity: Severity,
    file: str | None,
    path: Path,
    location: Location | None,
    ctx: dict[str, Any],
    fatal: bool,
    frozen: bool,
) -> Finding:
    return Finding(code, severity, file, path, location, MappingProxyType(ctx) if frozen else ctx, fatal)


class MessageSource(Protocol):
    """What turns a finding's code and parameters into text: :mod:`grassroots_catalog.messages`."""

    def render(self, finding: Finding, lang: str) -> str: ...

    def name_of(self, code: str) -> str | None: ...

    def word(self, key: str, lang: str) -> str:
        """A label of the finding tables (a severity's name, by :attr:`Severity.label_key`)."""
        ...


_installed: list[MessageSource] = []


def use_messages(source: MessageSource) -> None:
    """Make ``source`` render every finding's message (the messages layer calls this as it loads).

    Results are the lowest layer: they hold codes and parameters and know nothing of wording, so the
    layer above them that owns the wording hands itself down instead of being imported from here.
    """
    _installed[:] = [source]


def _messages() -> MessageSource:
    # The package's __init__ imports the messages layer, so it is installed before any Finding exists.
    return _installed[0]


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in reading order: file, line, column, code."""
    return sorted(findings, key=Finding.sort_key)


_NO_LINES: Mapping[str, Mapping[int, str]] = MappingProxyType({})


@dataclass(frozen=True, init=False)
class FileReport:
    """The outcome for one file: whether it could be read, its findings in reading order, and the
    findings set aside by a reasoned ``gcat: ignore`` comment, a project config or a baseline (never
    dropped silently).

    A report is a value: each step of the check (the catalogue-wide rules, a config, a baseline)
    makes a new one with :func:`dataclasses.replace`, so a report handed out is never changed
    behind its holder's back. Findings and suppressions are tuples, whatever iterable is given.
    """

    file: str
    readable: bool
    findings: tuple[Finding, ...]
    suppressed: tuple[Suppression, ...]
    written: Catalogue | None = field(repr=False)
    """What the file publishes, its chain composed: the catalogue the rules judged."""
    source: LoadResult | None = field(repr=False)
    """The file as read, to locate findings added later."""
    effective: EffectiveCatalogue | None = field(repr=False)
    """The composed chain, for a file that extends another (its history and overrides feed reports)."""
    national: NationalData | None = field(repr=False)
    """The national data the file was checked against (None: the bundled data), which outputs name."""
    lines: Mapping[str, Mapping[int, str]] = field(repr=False)
    """The source lines the findings point at, by file and line number, for a report that keeps no
    catalogue or text (the batch engine's): what the text output shows under each finding."""
    matters: int = 0
    """How many matters the file publishes (its chain composed), for throughput and progress."""

    def __init__(
        self,
        file: str,
        readable: bool,
        findings: Iterable[Finding] = (),
        suppressed: Iterable[Suppression] = (),
        written: Catalogue | None = None,
        source: LoadResult | None = None,
        effective: EffectiveCatalogue | None = None,
        national: NationalData | None = None,
        lines: Mapping[str, Mapping[int, str]] | None = None,
        matters: int | None = None,
    ) -> None:
        # Written out (not generated) so that a list given is stored as a tuple: frozen means frozen.
        for name, value in (
            ("file", file),
            ("readable", readable),
            ("findings", tuple(findings)),
            ("suppressed", tuple(suppressed)),
            ("written", written),
            ("source", source),
            ("effective", effective),
            ("national", national),
            ("lines", MappingProxyType(dict(lines)) if lines else _NO_LINES),
            ("matters", matters if matters is not None else len(written.matters) if written is not None else 0),
        ):
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        # Only a slim report (no catalogue, text or chain) is meant to cross processes; the mapping
        # proxy of its lines travels as a dict.
        lines = {file: dict(numbered) for file, numbered in self.lines.items()}
        fields = (self.file, self.readable, self.findings, self.suppressed, self.written, self.source)
        return (FileReport, (*fields, self.effective, self.national, lines, self.matters))

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)
