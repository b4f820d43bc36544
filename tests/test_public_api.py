"""The public surface: __all__ sorted, importable, typed."""

from __future__ import annotations

import importlib
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
    from grassroots_catalog.check.codes import CODES

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


def test_the_public_names_are_listed_once_and_typed_as_listed() -> None:
    """The runtime table (_EXPORTS) is the one list; the imports for type checkers must say the same."""
    import ast

    from .conftest import ROOT

    tree = ast.parse((ROOT / "src" / "grassroots_catalog" / "__init__.py").read_text(encoding="utf-8"))
    typed: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names:
                    assert alias.asname == alias.name, f"{alias.name}: re-export it as itself"
                    typed.setdefault(statement.module, set()).add(alias.name)
    exports = {module: set(names) for module, names in grassroots_catalog._EXPORTS.items()}
    assert typed == exports
    assert sorted(grassroots_catalog.__all__) == sorted([*(n for ns in exports.values() for n in ns), "__version__"])
    for module, names in exports.items():
        defined = importlib.import_module(module)
        assert all(getattr(defined, name) is getattr(grassroots_catalog, name) for name in names), module
