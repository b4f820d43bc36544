"""The public surface: __all__ sorted, importable, typed."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

import grassroots_catalog


def test_all_is_sorted_and_importable() -> None:
    names = grassroots_catalog.__all__
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions and dunders.
    assert names == sorted(names, key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n))
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(grassroots_catalog, name), name


def test_package_is_typed() -> None:
    assert importlib.resources.files("grassroots_catalog").joinpath("py.typed").is_file()


def test_mypy_strict_is_clean() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "-p", "grassroots_catalog"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_every_finding_code_is_documented() -> None:
    from grassroots_catalog.messages import CODES

    from .conftest import ROOT

    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"`{code}`" not in reference]
    assert not missing, f"document these codes in docs/cli.md: {missing}"


def test_ruff_is_clean() -> None:
    from .conftest import ROOT

    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_ruff_format_is_clean() -> None:
    from .conftest import ROOT

    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "scripts"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
