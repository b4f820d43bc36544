"""Chinese output is Chinese: no English word written in code or left untranslated reaches a reader.

The main outputs are run in Chinese and every run of three or more Latin letters must be one of what
is legitimately Latin (:func:`_latin_allowed`); a word of English prose fails the test, naming it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from grassroots_catalog.check.codes import CODES
from grassroots_catalog.check.validate import validate
from grassroots_catalog.cli import cli
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.model import catalogue as model
from grassroots_catalog.read.national import national_catalogues
from grassroots_catalog.report.gap import build, render_markdown

from .conftest import EXAMPLES

COUNTY = str(EXAMPLES / "county.yaml")
MATTER = "public-legal-services.99c18880"

ACRONYMS = frozenset({"YAML", "UTF", "JSON", "HTML", "SHA", "ANSI"})
"""Names of formats that Chinese texts write in Latin letters too."""

_SKIPPED = [
    re.compile(r"https?://\S+"),  # addresses
    re.compile(r"gcat(?: [a-z][\w-]*| [A-Z]+\d+| --[\w-]+(?: \w+)?)*"),  # a command to type
    re.compile(r"--[a-z][\w-]*"),  # an option
    re.compile(r"‹[^›]*›"),  # a parameter of a message template (gcat rule)
    re.compile(r"[\w./-]*\.(?:ya?ml|md|toml)\b|[\w.-]*/[\w./-]*"),  # a file or a folder
    re.compile(r"\b[A-Z]\d+\b"),  # a finding code
    re.compile(r"\b(?:U\+[0-9A-F]{4}|[A-Z]+-\d+)\b"),  # a character, an encoding
]


def _words(text: str) -> Iterator[str]:
    """The Latin tokens of ``text`` (an id keeps its dots and hyphens) after what is skipped."""
    for pattern in _SKIPPED:
        text = pattern.sub(" ", text)
    for token in re.findall(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*", text):
        token = token.strip(".-")
        if re.search(r"[A-Za-z]{3,}", token):
            yield token


@cache
def _identifiers() -> frozenset[str]:
    """What a Chinese text names by its key: ids of catalogues and areas, the format's keys and
    values (``because:``, ``scope: part``)."""
    ids = set(AREAS)
    for path in Path(EXAMPLES).glob("*.yaml"):
        ids |= set(re.findall(r"^id: *(\S+)", path.read_text(encoding="utf-8"), re.MULTILINE))
    ids |= {catalogue.id for catalogue in national_catalogues().values()} | {"national"}
    for value in vars(model).values():
        if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel:
            ids |= set(value.model_fields)
    ids |= {"part", "whole", "table", "refinement", "ignore", "reason", "code"}  # the format's words
    return frozenset(ids)


@cache
def _slugs() -> frozenset[str]:
    """The slugs of codes and of their reasons: ``gcat rule CODE`` names them (JSON carries them,
    a plugin is configured by them); anywhere else a slug stands where a title in Chinese should."""
    return frozenset(word for spec in CODES.values() for word in (spec.name, *spec.reasons) if word)


def _latin_allowed(token: str, slugs: bool) -> bool:
    if token in ACRONYMS or token in _identifiers() or (slugs and token in _slugs()):
        return True
    area, _, rest = token.partition(".")  # a matter id: <area>.<digits or a local name>
    return area in AREAS and bool(rest)


def _english(text: str, *, slugs: bool = False) -> list[str]:
    return sorted({token for token in _words(text) if not _latin_allowed(token, slugs)})


def _gcat(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--lang", "zh"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output


def _comments(yaml_text: str) -> str:
    """What ``gcat merge`` itself says: its comments (the rest is the catalogue's own data)."""
    return "\n".join(line.split("# ", 1)[1] for line in yaml_text.splitlines() if "# " in line)


OUTPUTS = {
    "validate": lambda: _gcat("validate", str(EXAMPLES)),
    "explain": lambda: _gcat("explain", COUNTY, MATTER),
    "explain-field": lambda: _gcat("explain", COUNTY, MATTER, "mode"),
    "merge": lambda: _comments(_gcat("merge", COUNTY)),
    "rule-R19": lambda: _gcat("rule", "R19"),
    "rule-M010": lambda: _gcat("rule", "M010"),
    "rules": lambda: _gcat("rules"),
    "report": lambda: render_markdown(build(validate([Path(COUNTY)]), datetime.date(2020, 12, 31)), "zh"),
}


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_chinese_output_has_no_english_words(name: str) -> None:
    text = OUTPUTS[name]()
    assert text.strip(), f"{name} printed nothing"
    assert _english(text, slugs=name.startswith("rule-")) == [], f"English in the Chinese output of {name}"


def test_the_check_catches_english() -> None:
    assert _english("事项 x 的“mode”被弱化（主动 → 依申请），未说明理由") == []  # a YAML key is allowed
    assert _english("事项 x: the value was changed silently") == ["changed", "silently", "the", "value", "was"]
    assert _english("R19 proactive-time-limit [错误]") == ["proactive-time-limit"]
    assert _english("R19 proactive-time-limit [错误]", slugs=True) == []
    assert _english("文件不存在：No such file or directory") == ["directory", "file", "such"]
    assert _english("见 docs/rules.md 和 gcat rule R19 --lang en，https://example.org/a") == []
