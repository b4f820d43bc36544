"""A warning about a value copied exactly as the national guideline words it is a note, never an error."""

from __future__ import annotations

from pathlib import Path

from grassroots_catalog.check.validate import validate

ROW = """\
  - id: social-assistance.561dabd3
    area: social-assistance
    name: {{level1: 综合业务, level2: 政策法规文件}}
    content: [《社会救助暂行办法》（国务院令第649号）, 各地配套政策法规文件]
    basis: [{basis}]
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 示例县民政局
    channels: [政府网站, 公开查阅点, 政务服务中心]
    audience: [全社会]
    mode: [主动]
    level: [县级, 乡级]
"""


def _r11(tmp_path: Path, basis: str) -> list[tuple[str, bool]]:
    table = tmp_path / "county.yaml"
    head = "id: c\ntitle: 示例县\nlevel: county\nextends: national\nform: table\nscope: part\nmatters:\n"
    table.write_text(head + ROW.format(basis=basis), encoding="utf-8")
    (report,) = validate([table], config=None)
    return [(f.severity.slug, bool(f.ctx.get("as_in_national"))) for f in report.findings if f.code == "R11"]


def test_the_national_wording_copied_is_a_note_that_says_so(tmp_path: Path) -> None:
    assert _r11(tmp_path, "信息公开规定") == [("info", True)]


def test_the_same_fault_in_the_countys_own_words_stays_a_warning(tmp_path: Path) -> None:
    assert _r11(tmp_path, "信息公开有关规定") == [("warning", False)]
