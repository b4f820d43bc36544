"""The optional compiled build (pyproject.toml's mypyc hook) compiles only what compiling leaves alone.

mypyc turns a module's classes into native ones, which do not pickle, and keeps no docstrings; it
refuses a pydantic model's metaclass, a runtime-checked Protocol and a surrogate in a string. The
suite runs the pure modules; these tests hold the list of compiled modules to what is safe, and
``benchmarks/compiled_speed.py`` builds it and compares its findings with the pure modules', byte
for byte.
"""

from __future__ import annotations

import ast
import enum
import importlib
import io
import pickle
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pathspec
import pytest

from grassroots_catalog.check.batch import WorkItem, check_item
from grassroots_catalog.check.explain import module_doc

from .conftest import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
HOOK = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"][
    "wheel"
]["hooks"]["mypyc"]
SOURCES = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "src").rglob("*.py"))
COMPILED = sorted(pathspec.GitIgnoreSpec.from_lines(HOOK["include"]).match_files(SOURCES))
COMPILED_MODULES = {path.removeprefix("src/").removesuffix(".py").replace("/", ".") for path in COMPILED}


def test_the_build_is_off_unless_asked_for() -> None:
    assert HOOK["enable-by-default"] is False


@pytest.mark.parametrize("pattern", HOOK["include"])
def test_every_pattern_names_modules(pattern: str) -> None:
    assert pathspec.GitIgnoreSpec.from_lines([pattern]).match_files(SOURCES)


def test_the_per_row_work_is_compiled() -> None:
    assert {
        "grassroots_catalog.domain.linking",
        "grassroots_catalog.merge.engine",
        "grassroots_catalog.read.located",
        "grassroots_catalog.check.rules.missing_fields",
    } <= COMPILED_MODULES
    assert "grassroots_catalog.check.rules.__init__" not in COMPILED_MODULES


@pytest.mark.parametrize("path", COMPILED)
def test_no_compiled_module_holds_what_mypyc_refuses(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = {ast.unparse(base) for base in node.bases}
            assert not bases & {"BaseModel", "Protocol"}, f"{path}: class {node.name} ({bases})"
        if isinstance(node, ast.Name | ast.Attribute):
            assert ast.unparse(node) not in ("runtime_checkable", "typing.runtime_checkable"), path
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not any("\ud800" <= char <= "\udfff" for char in node.value), f"{path}: a surrogate"


class _Recorder(pickle.Pickler):
    """A pickler that notes the class of everything it writes (and every class it writes by name)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL)
        self.classes: set[type] = set()

    def reducer_override(self, obj: Any) -> Any:
        self.classes.add(obj if isinstance(obj, type) else type(obj))
        return NotImplemented


def _crossing_classes(value: object) -> set[type]:
    recorder = _Recorder()
    recorder.dump(value)
    return recorder.classes


def test_nothing_of_a_compiled_module_crosses_processes() -> None:
    """What a worker is sent and sends back (a work item; a slim report with its findings and the
    part with its catalogue) holds no instance of a class of a compiled module: such a class would
    not pickle in the compiled build. Enumerations pickle by name, whatever module defines them."""
    results = []
    files = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((ROOT / "tests" / "cases" / "real-variants").rglob("*.yaml"))]
    for index, path in enumerate(files):
        item = WorkItem(index, str(path))
        results += [item, check_item(item)]
    crossing = set().union(*(_crossing_classes(value) for value in results))
    compiled = {cls for cls in crossing if cls.__module__ in COMPILED_MODULES and not issubclass(cls, enum.Enum)}
    assert not compiled, sorted(f"{cls.__module__}.{cls.__qualname__}" for cls in compiled)
    assert any(cls.__name__ == "Finding" for cls in crossing)  # the walk saw the findings


def test_a_compiled_rule_is_documented_from_its_source(tmp_path: Path) -> None:
    """A compiled module has no docstring: ``gcat rule`` reads it from the source beside it."""
    (tmp_path / "rule.py").write_text('"""R99: a rule.\n\n    Its page."""\nCODES = ()\n', encoding="utf-8")
    compiled = ModuleType("rule")
    compiled.__file__ = str(tmp_path / "rule.cpython-311-x86_64-linux-gnu.so")
    assert module_doc(compiled) == "R99: a rule.\n\nIts page."
    assert module_doc(importlib.import_module("grassroots_catalog.check.rules.basis")).startswith("R")
    compiled.__file__ = str(tmp_path / "elsewhere.so")
    assert module_doc(compiled) == ""
