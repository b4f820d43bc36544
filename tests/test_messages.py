"""The message tables: data keyed by code and reason, the same in both languages, filled by real findings."""

from __future__ import annotations

from collections import Counter

import pytest

from grassroots_catalog.check.codes import CODES
from grassroots_catalog.messages import en, placeholders, render, unfilled, zh
from grassroots_catalog.messages.spec import CodeSpec
from grassroots_catalog.results import Finding, Severity

from .findings_corpus import produce

NAME_LISTS = frozenset({"areas_zh", "areas_en", "categories_zh", "categories_en"})
"""The ctx keys that may end in _zh/_en: lists of names of things in both languages (areas,
statutory categories), which tools read as data. No ctx key may carry a sentence."""

UNREACHED: frozenset[tuple[str, str]] = frozenset(
    {
        ("S003", "whole-number"),  # no field of the format holds a number
        ("S003", "true-false"),  # nor a yes/no
        ("S003", "url"),  # addresses are checked by pattern (S004 url-pattern)
        ("S004", ""),  # a pydantic error of a kind no field raises today, with pydantic's own message
        ("N006", ""),  # every alias that needs a look says why (the other reasons)
    }
)
"""Reasons the corpus does not produce (each is rendered in test_every_reason_renders_in_both_languages)."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    return produce(tmp_path_factory.mktemp("corpus"))


def test_the_language_tables_hold_the_same_keys_and_placeholders() -> None:
    assert zh.FINDINGS.keys() == en.FINDINGS.keys()
    for code, templates in zh.FINDINGS.items():
        assert templates.keys() == en.FINDINGS[code].keys(), code
        for reason, template in templates.items():
            assert placeholders(template) <= placeholders(en.FINDINGS[code][reason]) | {"parent"}, (code, reason)
    assert zh.FINDING_NOTES.keys() == en.FINDING_NOTES.keys()


def test_codes_lists_every_family_and_is_read_only() -> None:
    families = Counter(code[0] for code in CODES)
    assert set(families) == {"Y", "S", "M", "N", "R", "T"} and families["R"] == 28
    assert list(CODES)[:1] == ["Y001"] and len(CODES) == len(set(CODES))
    spec = CODES["R12"]
    assert (spec.code, spec.name, spec.severity) == ("R12", "time-limit", Severity.ERROR)
    assert spec.zh == "事项 {matter}：公开时限为空" and spec.reasons == ("empty", "unparsed")
    assert spec.fix_zh and spec.fix_en and spec.citation
    with pytest.raises(TypeError):
        CODES["R12"] = spec  # type: ignore[index]
    with pytest.raises(KeyError):
        CODES["R99"]


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_reason_renders_in_both_languages(code: str) -> None:
    spec = CODES[code]
    for reason in spec.reasons:
        fields = placeholders(spec.template("zh", reason) + spec.fix_zh + spec.template("en", reason) + spec.fix_en)
        finding = Finding(code, spec.severity, ctx={**dict.fromkeys(fields, "值"), "reason": reason})
        for lang in ("zh", "en"):
            assert not unfilled(finding, lang)
            text = finding.message(lang)
            assert "{" not in text and (not fields or "值" in text), (code, reason, lang)


def test_a_spec_refuses_languages_that_disagree() -> None:
    with pytest.raises(ValueError, match="same reasons"):
        CodeSpec("X01", "x", Severity.INFO, {"a": "甲"}, {"b": "b"})
    with pytest.raises(ValueError, match="fix"):
        CodeSpec("X01", "x", Severity.INFO, {"fix": "甲"}, {"fix": "b"})


def test_render_gives_the_parts_and_message_joins_them() -> None:
    finding = Finding(
        "R12", Severity.WARNING, path=("matters", 0), ctx={"matter": "a", "reason": "unparsed", "text": "视情况"}
    )
    parts = render(finding, "zh")
    assert parts.message == "事项 a：无法识别“视情况”"
    assert parts.fix.startswith("请写明公开时限") and parts.citation == CODES["R12"].citation
    assert finding.message("zh") == parts.text() == f"{parts.message}。{parts.fix} [{parts.citation}]"
    english = render(finding, "en")
    assert finding.message("en") == f"{english.message}; {english.fix} [{english.citation}]"
    inherited = Finding("R12", Severity.ERROR, ctx={"matter": "a", "reason": "empty", "inherited_from": "某指引"})
    assert render(inherited, "zh").note and inherited.message("zh").index("某指引") > inherited.message("zh").index(
        "请写明"
    )


def test_the_corpus_reaches_every_code_and_reason(corpus: list[Finding]) -> None:
    produced = {(f.code, str(f.ctx.get("reason", ""))) for f in corpus}
    expected = {(spec.code, reason) for spec in CODES.values() for reason in spec.reasons}
    assert expected - produced - UNREACHED == set()
    assert UNREACHED.isdisjoint(produced), "a reason the corpus reaches now: drop it from UNREACHED"


def test_every_finding_names_a_reason_its_code_has_and_fills_its_template(corpus: list[Finding]) -> None:
    for finding in corpus:
        spec = CODES[finding.code]
        assert str(finding.ctx.get("reason", "")) in spec.reasons, finding
        for lang in ("zh", "en"):
            assert not unfilled(finding, lang), (finding, lang)


def test_no_finding_carries_prose(corpus: list[Finding]) -> None:
    keys = {key for finding in corpus for key in finding.ctx}
    assert {key for key in keys if key.endswith(("_zh", "_en"))} <= NAME_LISTS
    assert keys >= NAME_LISTS


def test_parts_checked_together_are_named_in_each_language(corpus: list[Finding]) -> None:
    together = next(f for f in corpus if f.code == "R01" and f.ctx.get("parts"))
    assert "（2 个文件合并检查：a-first.yaml、b-second.yaml）" in together.message("zh")
    assert " (across the 2 parts validated together: a-first.yaml, b-second.yaml)" in together.message("en")
