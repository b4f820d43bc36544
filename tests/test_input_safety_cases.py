"""The hostile-input benchmark's cases stay runnable as others add to them: each names known commands."""

from __future__ import annotations

import sys

from .conftest import ROOT


def test_every_case_names_commands_the_benchmark_runs() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import input_safety
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    names = [case.name for case in input_safety.CASES]
    assert len(names) == len(set(names))
    for case in input_safety.CASES:
        assert case.commands and set(case.commands) <= set(input_safety.COMMANDS), case.name
        assert not case.options or set(case.commands) <= set(input_safety.WITH_LIMITS), case.name
        assert case.expect is None or (case.expect[0] in "YSMNT" and case.expect[1:].isdigit()), case.name
