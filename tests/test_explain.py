"""explain_code: what ``gcat rule CODE`` shows, for every family of codes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from grassroots_catalog.check.codes import CODES
from grassroots_catalog.check.explain import explain_code, module_doc
from grassroots_catalog.check.rules import NOT_CHECKABLE, RULES


@pytest.mark.parametrize("code", sorted(CODES))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_is_explained(code: str, lang: str) -> None:
    spec = CODES[code]
    text = explain_code(code.lower(), lang)
    assert text is not None and text.startswith(f"{code} {spec.name} [{spec.severity.label(lang)}]")
    for reason in spec.reasons:
        assert spec.template(lang, reason).replace("{", "‹").replace("}", "›") in text
        assert f"  {reason}" in text
    assert (spec.citation or "—") in text
    assert spec.fix(lang).replace("{", "‹").replace("}", "›") in text
    assert "{" not in text.split("\n\n", 2)[1]  # parameters are shown as ‹name›


def test_a_rule_adds_its_documentation_and_options() -> None:
    text = explain_code("R04", "en")
    assert text is not None
    module = Path(RULES["R04"].__file__ or "")  # its source, beside it if it is compiled
    doc = ast.get_docstring(ast.parse(module.with_name(module.name.split(".")[0] + ".py").read_text(encoding="utf-8")))
    assert doc and doc.splitlines()[0] in text and module_doc(RULES["R04"]) == doc
    assert "as_of (date, default 2020-12-31)" in text and "stale_after_days (int, default 365)" in text
    assert "检查基准日" in (explain_code("R04", "zh") or "")


def test_each_family_says_what_it_is() -> None:
    assert "YAML" in (explain_code("Y001", "en") or "")
    assert "组合目录链" in (explain_code("M010", "zh") or "")
    assert "normalised" in (explain_code("N001", "en") or "")


def test_a_requirement_that_cannot_be_checked_is_explained_as_such() -> None:
    code = next(iter(NOT_CHECKABLE))
    zh, en, source = NOT_CHECKABLE[code]
    assert zh in (explain_code(code, "zh") or "")
    # Then the passages of docs/requirements.md it rests on (tests/test_cli_output.py).
    assert (explain_code(code, "en") or "").startswith(
        f"{code} {en}\nA requirement a catalogue alone cannot show (docs/requirements.md §3.7).\nSource: {source}\n"
    )


def test_an_unknown_code_is_none() -> None:
    assert explain_code("R99", "zh") is None and explain_code("", "en") is None


def test_the_default_message_is_marked() -> None:
    assert "\n  (default): cannot find the catalogue it extends: '‹reference›'\n" in (explain_code("M001", "en") or "")
    assert "\n  empty（默认）: 事项 ‹matter›：公开时限为空\n" in (explain_code("R12", "zh") or "")


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_rule_shows_its_chinese_page_in_chinese(code: str) -> None:
    """In Chinese, ``gcat rule`` prints the rule's page in Chinese (DOC_ZH), never a pointer to the English one."""
    module = RULES[code]
    page = getattr(module, "DOC_ZH", "")
    first = page.strip().splitlines()[0]
    assert all(other in first for other in module.CODES)  # the page's heading names every code it covers
    chinese = sum(1 for character in page if "\u4e00" <= character <= "\u9fff")
    assert chinese > len(page) / 4
    text = explain_code(code, "zh") or ""
    assert first in text and "--lang en，以及 docs/rules.md" not in text
    assert module_doc(module).splitlines()[0] not in text  # the English page stays in English
    assert "通过" in page  # as the English page, a passing fragment (and one that fails or is flagged)
