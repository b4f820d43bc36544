"""What one finding code is: its name, default severity, message templates by reason, fix and source.

A code can be raised for several reasons (R12: the time limit is empty, or cannot be read), each with
its own sentence; the finding names its reason and carries plain values (a matter id, a date), and the
template for that reason turns them into text. The first template listed is the code's default, the
one that stands for the code where a single sentence is shown (the code table, ``gcat rules``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from grassroots_catalog.messages import en, zh
from grassroots_catalog.results import Severity

LANGUAGES = ("zh", "en")
"""The languages every message exists in; Chinese is the default."""

Templates = Mapping[str, str]
"""Message templates by reason: ``{"": "事项 {matter} 缺少公开内容"}``; ``""`` is the reason a finding
has when it names none."""


@dataclass(frozen=True, slots=True, init=False, eq=False)
class CodeSpec:
    """One finding code: name, default severity, message templates by reason, fix and citation.

    ``zh`` and ``en`` may be given as one template (the reason ``""``) or as templates by reason;
    both languages must name the same reasons. ``.zh`` and ``.en`` read back the default template.
    """

    code: str
    name: str
    severity: Severity
    templates: Mapping[str, Templates]
    """Language → reason → template."""
    fixes: Mapping[str, str]
    """Language → what to do (may be empty)."""
    citation: str | None

    def __init__(
        self,
        code: str,
        name: str,
        severity: Severity,
        zh: str | Templates,
        en: str | Templates,
        fix_zh: str = "",
        fix_en: str = "",
        citation: str | None = None,
    ) -> None:
        by_lang = {"zh": _by_reason(zh), "en": _by_reason(en)}
        if not by_lang["zh"] or list(by_lang["zh"]) != list(by_lang["en"]):
            raise ValueError(f"{code}: the Chinese and English templates must name the same reasons, in one order")
        if "fix" in by_lang["zh"]:
            raise ValueError(f"{code}: 'fix' is not a reason; give the fix as fix_zh and fix_en")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "severity", severity)
        object.__setattr__(self, "templates", MappingProxyType(by_lang))
        object.__setattr__(self, "fixes", MappingProxyType({"zh": fix_zh, "en": fix_en}))
        object.__setattr__(self, "citation", citation)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons this code is raised for, the default first."""
        return tuple(self.templates["zh"])

    def template(self, lang: str, reason: str = "") -> str:
        """The template for ``reason`` in ``lang``; the default one for a reason it does not know."""
        table = self.templates[_lang(lang)]
        return table[reason] if reason in table else next(iter(table.values()))

    def fix(self, lang: str) -> str:
        return self.fixes[_lang(lang)]

    def title(self, lang: str) -> str:
        """A title for a list of codes (``gcat rules``, the gap report's headings) that reads in
        ``lang`` where the slug would not: the tables' ``title.<code>`` where one is given, else the
        code's default message with its parameters taken out."""
        table = (zh if _lang(lang) == "zh" else en).FINDING_NOTES
        return table.get(f"title.{self.code}") or _title(self.template(lang, self.reasons[0]))

    @property
    def zh(self) -> str:
        """The default Chinese template."""
        return self.template("zh", self.reasons[0])

    @property
    def en(self) -> str:
        """The default English template."""
        return self.template("en", self.reasons[0])

    @property
    def fix_zh(self) -> str:
        return self.fixes["zh"]

    @property
    def fix_en(self) -> str:
        return self.fixes["en"]

    def __repr__(self) -> str:
        return f"CodeSpec({self.code!r}, {self.name!r}, {self.severity.name}, reasons={self.reasons!r})"


def from_tables(
    code: str, name: str, severity: Severity, tables: Mapping[str, Mapping[str, str]], citation: str | None = None
) -> CodeSpec:
    """A spec whose wording sits in the language tables (``FINDINGS`` of messages/zh.py, en.py)."""
    zh, en = dict(tables["zh"]), dict(tables["en"])
    fix_zh, fix_en = zh.pop("fix", ""), en.pop("fix", "")
    return CodeSpec(code, name, severity, zh, en, fix_zh, fix_en, citation)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_EMPTY_MARKS = re.compile(r"“\s*”|'\s*'|（[\s→]*）|\([\s→]*\)|\[\s*\]")
_EDGES = " ：:;；，,、"


def _title(template: str) -> str:
    """``template`` without its ``{fields}``, and without the quotes and brackets left empty.

    The spaces that set a field apart go with it, unless it stood between two Latin words."""
    text = _EMPTY_MARKS.sub("", _PLACEHOLDER.sub("\0", template))
    text = re.sub(r"(?<=[A-Za-z0-9,]) *\0+ *(?=[A-Za-z0-9(])", " ", text)
    text = re.sub(r" *\0+ *", "", text)
    text = _EMPTY_MARKS.sub("", text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" (?=[,;.])", "", text).strip(_EDGES)


def _by_reason(templates: str | Templates) -> Templates:
    return MappingProxyType({"": templates} if isinstance(templates, str) else dict(templates))


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"
