"""The hostile-input benchmark's cases and command checks stay runnable as others add to them."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from .conftest import ROOT


def _benchmark() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import input_safety
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return input_safety


def test_every_case_names_commands_the_benchmark_runs() -> None:
    input_safety = _benchmark()
    names = [case.name for case in input_safety.CASES]
    assert len(names) == len(set(names))
    for case in input_safety.CASES:
        assert case.commands and set(case.commands) <= set(input_safety.COMMANDS), case.name
        assert not case.options or set(case.commands) <= set(input_safety.WITH_LIMITS), case.name
        assert case.expect is None or (case.expect[0] in "YSMNT" and case.expect[1:].isdigit()), case.name


def test_every_command_check_is_well_formed() -> None:
    """A check names a gcat command that exists (or this interpreter), fills only the fields it has,
    and lists as changed or created only names; ``gcat rule`` is checked for every code in both languages."""
    from grassroots_catalog.check.codes import CODES
    from grassroots_catalog.cli import cli

    input_safety = _benchmark()
    checks = input_safety.CLI_CHECKS
    assert len({check.name for check in checks}) == len(checks)
    assert all(len(check.name) <= input_safety.NAME for check in [*checks, *input_safety.CASES])
    for check in checks:
        assert check.command[0] in ("gcat", "python"), check.name
        assert check.command[0] == "python" or check.command[1] in cli.commands, check.name
        assert ("{each}" in " ".join(check.command)) == bool(check.each), check.name
        assert callable(check.expect), check.name
        assert not {*check.changes, *check.creates} & {"", "."}, check.name
        assert set(check.changes) | set(check.creates) <= set(check.files) | set(check.creates), check.name
    rule_checks = [check for check in checks if check.command[:2] == ("gcat", "rule")]
    assert {check.command[3] for check in rule_checks} == {"zh", "en"}
    assert all(set(check.each) == set(CODES) for check in rule_checks)
    assert "wrong behaviour" in input_safety.KINDS


def test_the_judgements_of_the_command_checks_can_fail(tmp_path: Path) -> None:
    """The predicates tell wrong output from right: raw controls, wide source lines, no colour."""
    input_safety = _benchmark()
    outcome = input_safety.Outcome

    def judged(name: str, output: str, status: int = 1, plain: str | None = None) -> bool:
        check = next(check for check in input_safety.CLI_CHECKS if check.name == name)
        reference = None if plain is None else outcome(0.1, 1.0, status, plain, plain)
        run = input_safety.Run(outcome(0.1, 1.0, status, output, output), tmp_path, reference)
        return bool(check.expect(run))

    assert judged("--color always, piped", "c.yaml:1:1: \x1b[1mR13\x1b[0m")
    assert not judged("--color always, piped", "c.yaml:1:1: R13")
    hostile = "source line with ANSI escapes"
    plain = "c.yaml:4:9: Y008\n  4 | titel: a\ufffd[31m\n    |         ^\n"
    assert judged(hostile, plain.replace("Y008", "\x1b[1mY008\x1b[0m"), plain=plain)
    raw = "c.yaml:4:9: Y008\n  4 | titel: a\x1b[31m\n"
    assert not judged(hostile, raw, plain=raw)
    assert not judged(hostile, raw, plain=raw.replace("\x1b", "\ufffd"))  # colour added more than colour
    wide = "c.yaml:4:1: S002\n  4 | titel: " + "字" * 100 + "\n"
    assert not judged(hostile, wide, plain=wide)
    assert not judged("validate a\\x01b.yaml", "a\x01b.yaml: Y013 cannot read the file", status=2)
