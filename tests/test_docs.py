"""The documentation's examples run, and its claims about the CLI hold."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from .conftest import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL)


@pytest.mark.parametrize(
    ("path", "index", "code"),
    [(p, i, c) for p in DOCUMENTS for i, c in enumerate(_python_blocks(p))],
    ids=lambda v: v.name if isinstance(v, Path) else str(v)[:20],
)
def test_python_examples_run(path: Path, index: int, code: str, capsys: pytest.CaptureFixture[str]) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(code, f"{path.name}[{index}]", "exec"), {})
    finally:
        os.chdir(cwd)
    assert capsys.readouterr().out  # every example prints something


def test_format_reference_example_is_a_valid_catalogue() -> None:
    from grassroots_catalog import parse_catalogue

    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert example is not None
    result = parse_catalogue(example.group(1))
    assert result.catalogue is not None and not result.findings
