"""gcat import-guideline: a misspelt key is refused with a suggestion, and every problem is located."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import cli
from grassroots_catalog.read.extracts import ExtractError, import_extract

from .conftest import ROOT

GOOD = (ROOT / "sources" / "guidelines" / "poverty-alleviation.yaml").read_text(encoding="utf-8")
HEAD = (
    "area:\n"
    "  slug: poverty-alleviation\n"
    "  zh: 扶贫\n"
    "  guideline_zh: 扶贫领域基层政务公开标准指引\n"
    "  issuer_zh: 国务院扶贫办\n"
    "  fidelity: national-text\n"
    "matters:\n"
    "  - seq: 1\n"
    "    level1: 政策文件\n"
)


def problems(tmp_path: Path, text: str) -> list[tuple[str, int, int, dict[str, object]]]:
    path = tmp_path / "extract.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExtractError) as raised:
        import_extract(path)
    return [
        (f.code, f.location.line, f.location.column, dict(f.ctx))
        for f in raised.value.findings
        if f.location is not None
    ]


def test_a_misspelt_row_key_is_refused_with_the_key_it_should_be(tmp_path: Path) -> None:
    found = problems(tmp_path, HEAD + "    levle2: 行政法规\n    mode: [主动]\n")
    assert found == [("S002", 10, 5, {"field": "levle2", "reason": "suggested", "suggestion": "level2"})]


def test_misspelt_keys_are_refused_at_every_level(tmp_path: Path) -> None:
    text = HEAD.replace("  zh: 扶贫\n", "  zh: 扶贫\n  zzqq: x\n") + "    channel: [政府网站]\n"
    text = "mattres: []\n" + text
    codes = [(code, line, ctx["field"], ctx.get("suggestion")) for code, line, _, ctx in problems(tmp_path, text)]
    assert codes == [("S002", 1, "mattres", "matters"), ("S002", 5, "zzqq", None), ("S002", 12, "channel", "channels")]


def test_every_bad_value_is_located_in_the_extract(tmp_path: Path) -> None:
    text = HEAD + "    mode: [有时]\n  - seq: 2\n    level1: 资金项目\n    audience: 17\n"
    found = [(code, line, column, ctx.get("field")) for code, line, column, ctx in problems(tmp_path, text)]
    assert found == [("S004", 10, 12, "mode"), ("S003", 13, 5, "audience")]  # the bad item itself


def test_missing_and_unknown_structure_is_located(tmp_path: Path) -> None:
    text = HEAD.replace("slug: poverty-alleviation", "slug: povrety-alleviation").replace(
        "  - seq: 1\n", "  - level2: x\n"
    )
    found = [(code, line, ctx.get("field"), ctx.get("suggestion")) for code, line, _, ctx in problems(tmp_path, text)]
    assert found == [("S006", 2, None, "poverty-alleviation"), ("S001", 8, "seq", None)]


def test_a_wrong_shape_is_a_located_finding_not_a_crash(tmp_path: Path) -> None:
    found = problems(tmp_path, "area: [x]\nmatters:\n  - just text\n")
    assert [(code, line) for code, line, _, _ in found] == [("S003", 1), ("S003", 3)]


def test_the_command_prints_each_problem_in_the_language_asked_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "extract.yaml"
    path.write_text(HEAD + "    levle2: 行政法规\n    mode: [有时]\n", encoding="utf-8")
    out = tmp_path / "national.yaml"
    english = CliRunner().invoke(cli, ["import-guideline", "--lang", "en", str(path), "-o", str(out)])
    assert english.exit_code == 2
    assert f"{path}:10:5: S002" in english.output and "level2" in english.output
    assert f"{path}:11:12: S004" in english.output
    assert "validation error" not in english.output and not out.exists()
    chinese = CliRunner().invoke(cli, ["import-guideline", str(path)])
    assert chinese.exit_code == 2 and "未知字段“levle2”，是否应为“level2”？" in chinese.output


def test_a_good_extract_still_converts(tmp_path: Path) -> None:
    path = tmp_path / "poverty-alleviation.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert import_extract(path) == (ROOT / "catalogs" / "national" / path.name).read_text(encoding="utf-8")
