"""gcat report: coverage against the known national rows (said to be partial), fix-first, self-contained HTML."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html as html_module
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.check.validate import validate
from grassroots_catalog.cli import cli
from grassroots_catalog.merge import engine
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.report import gap as gap_report

from .conftest import EXAMPLES


def build_county(*, complete: bool = False) -> gap_report.GapReport:
    return gap_report.build(
        validate([EXAMPLES / "county.yaml"], complete=complete), dt.date(2020, 12, 31), complete=complete
    )


def test_coverage_counts_the_planted_drop_and_weakenings() -> None:
    coverage = {c.area: c for c in build_county().coverage}
    assert len(coverage) == 26
    hukou = coverage["household-registration"]
    assert hukou.statuses["missing"] == 1  # 服现役注销, dropped
    assert hukou.statuses["weakened"] == 1  # 死亡注销 without 政府网站
    assert hukou.local_additions == 1
    assert coverage["public-legal-services"].statuses["weakened"] == 1  # 主动 → 依申请
    assert sum(c.statuses.total() for c in coverage.values()) == 6 + 6 + 6 + 5 + 3 + 3


def test_a_part_leaves_the_areas_it_does_not_touch_open_until_given_whole() -> None:
    part = {c.area: c for c in build_county().coverage}
    assert part["health"].absent and part["health"].statuses.total() == 0
    whole = {c.area: c for c in build_county(complete=True).coverage}
    assert not whole["health"].absent
    assert whole["health"].statuses["missing"] == len(national_catalogue("health").matters) > 0
    assert whole["household-registration"].statuses == part["household-registration"].statuses
    assert "R01" in {f.code for f in build_county(complete=True).findings}


def test_the_report_reuses_the_validation_and_composes_nothing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = validate([EXAMPLES / "county.yaml"])

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("composed twice")

    monkeypatch.setattr(engine, "compose", fail)
    assert gap_report.build(reports, dt.date(2020, 12, 31)).chain[-1] == "example-county"


def test_markdown_says_the_national_rows_are_partial_and_lists_what_cannot_be_checked() -> None:
    text = gap_report.markdown(build_county(), "en")
    assert (
        "checked against 6 known national rows of 户籍管理 (Household registration (hukou)); the national "
        "table is longer" in text
    )
    assert "## Fix first" in text and "1. **M012**" in text
    assert "## Not checkable from a catalogue" in text and "R34" in text
    fix_first = text.split("## Fix first", 1)[1].split("##", 1)[0]
    codes = re.findall(r"\*\*(\w+)\*\*", fix_first)
    assert codes[:4] == ["M012", "R05", "R11", "M010"]  # errors first, in file order


def test_html_is_one_self_contained_page() -> None:
    page = gap_report.html(build_county(), "zh")
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page and "各领域覆盖情况" in page
    assert "<script" not in page and not re.search(r'(?:src|href)="https?://', page)


def test_cli_report(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", "--format", "html", "-o", str(out), str(EXAMPLES / "county.yaml")])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [\n", encoding="utf-8")
    failed = runner.invoke(cli, ["report", "--lang", "en", str(broken)])
    assert failed.exit_code == 2 and "broken.yaml:" in failed.output and "Traceback" not in failed.output


def test_cli_report_takes_the_parts_of_one_catalogue_only() -> None:
    runner = CliRunner()
    parts = runner.invoke(cli, ["report", "--lang", "en", "--complete", str(EXAMPLES / "county.yaml")])
    assert parts.exit_code == 0 and "R01" in parts.output and "“—”" not in parts.output
    mixed = runner.invoke(
        cli, ["report", "--lang", "en", str(EXAMPLES / "county.yaml"), str(EXAMPLES / "township.yaml")]
    )
    assert mixed.exit_code == 2 and "one catalogue" in mixed.output


def bare_report(**changes: object) -> gap_report.GapReport:
    """A report built directly from facts, for what the example chain does not show."""
    facts: dict[str, object] = {
        "files": ("a.yaml",),
        "title": "示例",
        "level": "county",
        "as_of": dt.date(2020, 12, 31),
        "chain": (),
        "readable": True,
        "findings": (),
        "suppressed": (),
        "coverage": (),
    }
    facts.update(changes)
    return gap_report.GapReport(**facts)  # type: ignore[arg-type]


def test_the_facts_are_frozen() -> None:
    gap = build_county()
    with pytest.raises(dataclasses.FrozenInstanceError):
        gap.title = "changed"  # type: ignore[misc]
    area = gap.coverage[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        area.local_additions = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        area.statuses["missing"] = 3  # type: ignore[index]
    assert isinstance(gap.findings, tuple) and isinstance(gap.coverage, tuple) and isinstance(gap.chain, tuple)
    hash(area)  # a value: usable as a key, comparable


def test_status_counts_are_a_read_only_mapping_over_every_status() -> None:
    counts = gap_report.StatusCounts.of({"missing": 2, "weakened": 1})
    assert list(counts) == list(gap_report.STATUSES) and counts["present"] == 0 and counts["missing"] == 2
    assert counts.total() == 3 and counts + counts == gap_report.StatusCounts.of({"missing": 4, "weakened": 2})
    with pytest.raises(KeyError):
        counts["dropped"]
    with pytest.raises(ValueError, match="unknown status"):
        gap_report.StatusCounts.of({"dropped": 1})


def test_markdown_in_chinese_shows_the_severity_in_the_fix_first_list() -> None:
    text = gap_report.render_markdown(build_county(), "zh")
    assert text.startswith("# 标准目录检查报告：示例县基层政务公开标准目录\n")
    assert "- 目录层级：县级" in text and "1. **M012** [错误] `" in text
    assert "| 领域 | 照录 | 本地化 | 加强 | 弱化 | 缺失 | 不适用 | 本地新增 |" in text
    assert "<svg" not in text


def test_the_fix_first_list_names_ten_and_counts_the_rest() -> None:
    reports = validate([EXAMPLES / "county.yaml", EXAMPLES / "township.yaml"], config=None)
    gap = gap_report.build(reports[:1], dt.date(2020, 12, 31))
    serious = sum(1 for f in gap.findings if f.severity.slug in {"error", "warning"})
    text = gap_report.render_markdown(gap, "zh")
    if serious > 10:
        assert f"另有 {serious - 10} 条错误或警告" in text
    else:
        assert "条错误或警告" not in text.split("## 各领域覆盖情况")[0]


def test_more_than_ten_errors_and_warnings_are_counted_after_the_ten_named(tmp_path: Path) -> None:
    rows = "".join(f"  - {{id: m{i}, area: health, name: {{level1: 事项{i}}}}}\n" for i in range(4))
    table = tmp_path / "c.yaml"
    table.write_text(f"id: c\ntitle: 县\nlevel: county\nmatters:\n{rows}", encoding="utf-8")
    gap = gap_report.build(validate([table], config=None), dt.date(2020, 12, 31))
    serious = sum(1 for f in gap.findings if f.severity.slug in {"error", "warning"})
    assert serious > 10 and f"另有 {serious - 10} 条错误或警告" in gap_report.render_markdown(gap, "zh")


def test_markdown_and_html_say_the_same_from_one_document() -> None:
    gap = build_county()
    for lang in ("zh", "en"):
        text, page = gap_report.render_markdown(gap, lang), gap_report.render_html(gap, lang)
        headings = re.findall(r"^#+ (.*)$", text, flags=re.MULTILINE)
        in_page = [html_module.unescape(h) for h in re.findall(r"<h[1-6]>(.*?)</h[1-6]>", page)]
        assert len(headings) > 5 and [h.replace("\\", "") for h in headings] == in_page


def test_html_prints_on_a4_with_repeated_headers_a_chart_per_area_and_severity_words() -> None:
    for complete in (False, True):
        gap = build_county(complete=complete)
        page = gap_report.render_html(gap, "zh")
        assert "@page{size:A4" in page and "thead{display:table-header-group}" in page and "<thead>" in page
        covered = [area for area in gap.coverage if not area.absent]
        assert page.count("<svg") == len(covered) == (26 if complete else 6)
        assert 'aria-label="户籍管理：照录 0 条，本地化 3 条，加强 1 条，弱化 1 条，缺失 1 条，不适用 0 条"' in page
        assert "<title>户籍管理：照录 0 条" in page
        fix_first = page.split("<h2>优先整改</h2>", 1)[1].split("<h2>", 1)[0]
        items = re.findall(r"<li>(.*?)</li>", fix_first)
        serious = sum(1 for f in gap.findings if f.severity.slug in {"error", "warning"})
        assert len(items) == min(10, serious) and items
        assert all(re.search(r'<span class="badge badge-(error|warning)">(错误|警告)</span>', item) for item in items)
        assert '<span class="badge badge-error">错误</span>' in items[0]


def test_html_is_self_contained_and_well_formed() -> None:
    for lang in ("zh", "en"):
        page = gap_report.render_html(build_county(), lang)
        checker = WellFormed()
        checker.feed(page)
        checker.close()
        assert checker.stack == [] and checker.tags >= {"html", "head", "style", "body", "table", "svg", "rect"}
        assert "<script" not in page and "<link" not in page and "<img" not in page and "url(" not in page
        assert not [value for value in checker.attribute_values if "http" in value or "//" in value]


def test_html_escapes_everything_it_is_given() -> None:
    nasty = '<script>alert("x")</script> & <b>'
    page = gap_report.render_html(bare_report(title=nasty, files=("<img src=x>.yaml",)), "en")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "This catalogue extends no national guideline." in page and "<svg" not in page
    assert "<h2>Fix first</h2>\n<p>Nothing.</p>" in page


def test_markdown_keeps_text_from_turning_into_markup() -> None:
    text = gap_report.render_markdown(bare_report(title="**bold** `tick`", files=("a`b.yaml",)), "en")
    assert "# Gap report: \\*\\*bold\\*\\* \\`tick\\`" in text and "File: ``a`b.yaml``" in text


def test_the_report_is_written_only_in_a_language_it_has_words_for() -> None:
    with pytest.raises(ValueError, match="no report wording in 'fr'"):
        gap_report.render_markdown(bare_report(), "fr")


class WellFormed(HTMLParser):
    """Every element closed in order (void elements excepted); the tags and attribute values seen."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.attribute_values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attribute_values += [value or "" for _, value in attrs]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attribute_values += [value or "" for _, value in attrs]

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>"
        self.stack.pop()
