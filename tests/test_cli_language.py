"""The command line speaks Chinese first: help, usage errors and messages, English on request."""

from __future__ import annotations

import ast
import gettext
import json
import string

import click
import pytest
from click.testing import CliRunner

from grassroots_catalog.cli import choose_language, cli
from grassroots_catalog.messages import en, zh

from .conftest import EXAMPLES, ROOT

COMMANDS = sorted(cli.commands)  # type: ignore[attr-defined]


def run(*args: str, env: dict[str, str] | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), env=env)


def test_validate_help_is_chinese_by_default_and_english_with_lang_en() -> None:
    chinese = run("validate", "--help")
    assert chinese.exit_code == 0
    assert "用法: gcat validate [选项] 文件..." in chinese.output and "检查所给的目录文件" in chinese.output
    assert "显示此帮助并退出" in chinese.output and "[默认：text]" in chinese.output
    assert "Usage:" not in chinese.output and "Show this message" not in chinese.output
    for args in (
        ["validate", "--help", "--lang", "en"],
        ["--lang", "en", "validate", "--help"],
        ["validate", "--lang=en", "-h"],
    ):
        english = run(*args)
        assert english.exit_code == 0, args
        assert "Usage: gcat validate [OPTIONS] FILES..." in english.output, args
        assert "Check catalogue FILES" in english.output, args
        assert "Show this message and exit." in english.output and "检查目录文件" not in english.output, args


def _placeholders(lang: str) -> list[str]:
    """The usage line and the options column of every command's help in ``lang``."""
    shown = []
    for args in [[], *([name] for name in COMMANDS)]:
        lines = run(*args, "--help", "--lang", lang).output.splitlines()
        shown.append(lines[0])
        shown += [line.strip().split("  ", 1)[0] for line in lines if line.startswith("  -")]
    return shown


def test_every_placeholder_is_chinese_in_chinese_help() -> None:
    """A new FILE-like placeholder needs its metavar.* entry: in Chinese only choices ([text|json]),
    formats ([%Y-%m-%d]), one-letter names (a diff's A and B) and options stay in Latin letters."""
    import re

    english = [word for piece in _placeholders("zh") for word in re.findall(r"\b[A-Z]{2,}\b", piece)]
    assert english == []
    assert "用法: gcat [选项] 命令 [参数]..." in _placeholders("zh")
    assert "Usage: gcat [OPTIONS] COMMAND [ARGS]..." in _placeholders("en")
    assert "-o, --output FILE" in _placeholders("en") and "-o, --output 文件" in _placeholders("zh")


def test_chinese_help_fits_the_terminal_and_breaks_as_chinese_is_set() -> None:
    """Every line fits in the help's 80 columns (a Chinese character takes two); no line starts with
    a closing mark or ends with an opening one."""
    from grassroots_catalog.report.table import display_width

    for args in [[], *([name] for name in COMMANDS)]:
        lines = run(*args, "--help").output.splitlines()
        assert max(display_width(line) for line in lines) <= 80, args
        for line in lines:
            text = line.strip()
            assert not text or (text[0] not in "、，。；：？！）》" and text[-1] not in "（《“"), (args, line)


def test_the_columns_of_chinese_help_line_up() -> None:
    """The descriptions start at one column however many Chinese characters the placeholders hold."""
    from grassroots_catalog.report.table import display_width

    output = run("validate", "--help").output
    rows = [line for line in output.splitlines() if line.startswith("  -") and "  " in line.strip()]
    starts = {display_width(row) - display_width(row.strip().split("  ", 1)[1].lstrip()) for row in rows}
    assert len(rows) > 10 and len(starts) == 1, starts


def _unspaced(text: str) -> str:
    """``text`` without white space: Chinese help is wrapped between any two characters, so a line
    break may stand where the text has no space."""
    return "".join(text.split())


def test_group_help_lists_every_command_with_its_whole_chinese_line() -> None:
    output = run("--help").output
    flat = _unspaced(output)
    for name in COMMANDS:
        line = zh.CLI[f"{name}.short_help"]
        assert _unspaced(line) in flat, name
        assert any("\u4e00" <= c <= "\u9fff" for c in line), name
    assert (
        _unspaced("解释一个代码（R、M、S、Y 或 N，例如 R19、M010）：含义、依据和示例。") in flat
    )  # never cut at "(e.g."


@pytest.mark.parametrize(
    ("args", "zh_words", "en_words"),
    [
        (
            ["validate"],
            ["缺少参数 '文件...'", "用法: gcat validate", "错误："],
            ["Missing argument 'FILES...'", "Usage:"],
        ),
        (["validate", "--format", "nope", "x.yaml"], ["'--format' 的值无效", "不是"], ["Invalid value for '--format'"]),
        (["validate", "--formt", "x", "x.yaml"], ["没有选项 '--formt'", "'--format'"], ["No such option '--formt'"]),
        (["nonesuch"], ["没有命令 'nonesuch'"], ["No such command 'nonesuch'"]),
    ],
)
def test_usage_errors_are_chinese_by_default_and_english_with_lang_en(
    args: list[str], zh_words: list[str], en_words: list[str]
) -> None:
    chinese = run(*args)
    assert chinese.exit_code == 2
    assert all(word in chinese.output for word in zh_words), chinese.output
    assert "Error:" not in chinese.output and "Usage:" not in chinese.output
    english = run(*args, "--lang", "en")
    assert english.exit_code == 2
    assert all(word in english.output for word in en_words), english.output
    assert "错误" not in english.output


def test_click_gets_its_own_words_back_after_a_run() -> None:
    import click.core
    import click.exceptions

    run("validate")
    assert click.exceptions._ is gettext.gettext and click.core.ngettext is gettext.ngettext


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "zh"),
        ([], {"LANG": "C"}, "zh"),
        ([], {"LANG": "POSIX"}, "zh"),
        ([], {"LANG": "C.UTF-8"}, "zh"),
        ([], {"LANG": "zh_CN.UTF-8"}, "zh"),
        ([], {"LANG": "en_US.UTF-8"}, "en"),
        ([], {"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ([], {"LANG": "en_US.UTF-8", "LC_ALL": ""}, "en"),  # an empty LC_ALL is unset
        ([], {"LANG": "en_US.UTF-8", "GCAT_LANG": "zh"}, "zh"),  # GCAT_LANG wins over LANG
        ([], {"GCAT_LANG": "en"}, "en"),
        (["validate", "--lang", "zh"], {"GCAT_LANG": "en"}, "zh"),  # the command line wins over both
        (["--lang", "en", "validate", "--help"], {}, "en"),
        (["validate", "--help", "--lang=en"], {}, "en"),
        (["validate", "--lang", "fr"], {"LANG": "en_US"}, "en"),  # a bad value is click's to refuse
        (["validate", "--", "--lang", "en"], {}, "zh"),  # after --, a file name
    ],
)
def test_choose_language(argv: list[str], environ: dict[str, str], expected: str) -> None:
    assert choose_language(argv, environ) == expected


def test_the_environment_picks_the_language_of_a_run() -> None:
    assert "Usage:" in run("validate", env={"LANG": "en_US.UTF-8"}).output
    assert "用法:" in run("validate", env={"LANG": "C"}).output
    assert "用法:" in run("validate", env={"LANG": "en_US.UTF-8", "GCAT_LANG": "zh"}).output
    assert "Usage:" in run("validate", env={"GCAT_LANG": "en"}).output


def test_a_gcat_lang_naming_no_language_is_a_usage_error() -> None:
    refused = run("areas", env={"GCAT_LANG": "fr"})
    assert refused.exit_code == 2 and "GCAT_LANG" in refused.output and "fr" in refused.output
    assert run("areas", "--lang", "en", env={"GCAT_LANG": "fr"}).exit_code == 0


def _fields(template: str) -> set[str]:
    return {field for _, field, spec, conversion in string.Formatter().parse(template) if field is not None}


def test_the_chinese_and_english_cli_tables_have_the_same_keys_and_placeholders() -> None:
    assert set(zh.CLI) == set(en.CLI)
    for key in zh.CLI:
        assert _fields(zh.CLI[key]) == _fields(en.CLI[key]), key


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_command_and_option_has_its_help_in_each_language(lang: str) -> None:
    for name in COMMANDS:
        result = run(name, "--help", "--lang", lang)
        assert result.exit_code == 0, (name, result.output)
        command = cli.commands[name]  # type: ignore[attr-defined]
        assert command.help == (zh if lang == "zh" else en).CLI[f"{name}.help"]
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, (name, param.name)
                assert _unspaced(" ".join(param.help.split()[:2])) in _unspaced(result.output), (name, param.name)


def _cli_trees() -> list[ast.Module]:
    """Every module of the command line (the ``cli`` package)."""
    folder = ROOT / "src" / "grassroots_catalog" / "cli"
    return [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.py"))]


def _cli_tree() -> ast.Module:
    return ast.Module(body=[node for tree in _cli_trees() for node in tree.body], type_ignores=[])


def test_no_help_text_in_cli_py_is_a_literal() -> None:
    tree = _cli_tree()
    literal_help = [
        (node.lineno, keyword.arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg in {"help", "short_help", "epilog"}
        and isinstance(keyword.value, ast.Constant | ast.JoinedStr | ast.BinOp)
    ]
    assert literal_help == []
    # click would take a command's docstring as its help: commands have none, their help is in the tables.
    documented = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(
            "command" in ast.unparse(decorator) or "group" in ast.unparse(decorator)
            for decorator in node.decorator_list
        )
        and ast.get_docstring(node)
    ]
    assert documented == []


def test_cli_py_holds_no_chinese_words() -> None:
    """Every Chinese sentence the command line prints comes from the tables, with its English twin."""
    chinese = [
        node.lineno
        for node in ast.walk(_cli_tree())
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any("\u4e00" <= c <= "\u9fff" for c in node.value)
        and node.value not in {ast.get_docstring(tree) for tree in _cli_trees()}
    ]
    assert chinese == []


def test_rules_and_areas_tables_in_both_languages_and_json_from_the_library() -> None:
    from grassroots_catalog.check.rules import rule_rows
    from grassroots_catalog.read.national import area_rows

    rules_zh, rules_en = run("rules").output, run("rules", "--lang", "en").output
    assert "代码" in rules_zh and "默认级别" in rules_zh and "无法从目录本身检查的要求" in rules_zh
    assert "severity" in rules_en and "Requirements a catalogue alone cannot show" in rules_en
    assert json.loads(run("rules", "--format", "json").output) == rule_rows()
    assert json.loads(run("areas", "--format", "json").output) == area_rows()
    areas_en = run("areas", "--lang", "en").output
    assert "known rows" in areas_en and "Social assistance" in areas_en and "标识" not in areas_en


def test_explain_and_merge_speak_the_language_asked() -> None:
    county = str(EXAMPLES / "county.yaml")
    explained = run("explain", county, "public-legal-services.99c18880", "mode")
    assert "最终取值：[主动]" in explained.output and "弱化，未采纳，保留 [主动]" in explained.output
    merged = run("merge", county)
    assert merged.output.startswith("# 有效目录，逐级组成：national → example-province")
    assert "由 example-province 设定" in merged.output
    english = run("merge", "--lang", "en", county).output
    assert english.startswith("# Effective catalogue, composed from: national") and "refused" in english


def test_config_errors_are_chinese_by_default(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "c.yaml").write_text("id: x\ntitle: t\nlevel: county\nmatters: []\n", encoding="utf-8")
    (folder / ".gcat.toml").write_text('[[ignore]]\ncode = "R19"\n', encoding="utf-8")
    refused = run("validate", str(folder / "c.yaml"))
    assert refused.exit_code == 2 and "第 1 条 ignore（R19）未写明理由" in refused.output


def test_a_broken_extract_is_refused_in_the_language_asked(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from grassroots_catalog.read.extracts import ExtractError, import_extract

    broken = Path(str(tmp_path)) / "extract.yaml"
    broken.write_text("area:\n  slug: poverty-alleviation\nmatters: [\n", encoding="utf-8")
    with pytest.raises(ExtractError) as raised:
        import_extract(broken)
    assert (raised.value.line, raised.value.column, raised.value.limit) == (4, 1, None)
    chinese = run("import-guideline", str(broken))
    assert chinese.exit_code == 2 and f"{broken}:4:1：无法转换：" in chinese.output
    with pytest.raises(ExtractError) as too_large:
        import_extract(broken, max_bytes=10)
    assert too_large.value.limit == 10 and too_large.value.where == str(broken)


def test_click_words_map_to_table_keys_and_english_is_clicks_own() -> None:
    from grassroots_catalog.cli.language import _CLICK_KEYS

    assert set(_CLICK_KEYS.values()) == {key for key in en.CLI if key.startswith("click.")}
    for message_id, key in _CLICK_KEYS.items():
        assert en.CLI[key] == message_id, key
