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
# hatch-mypyc reads these patterns as pathspec's (deprecated) git wildmatch patterns; GitIgnoreSpec
# reads them alike, and warns of nothing.
_INCLUDED = set(pathspec.GitIgnoreSpec.from_lines(HOOK["include"]).match_files(SOURCES))
COMPILED = sorted(_INCLUDED - set(pathspec.GitIgnoreSpec.from_lines(HOOK["exclude"]).match_files(SOURCES)))
COMPILED_MODULES = {path.removeprefix("src/").removesuffix(".py").replace("/", ".") for path in COMPILED}


def test_the_build_is_off_unless_asked_for() -> None:
    assert HOOK["enable-by-default"] is False


@pytest.mark.parametrize("pattern", [*HOOK["include"], *HOOK["exclude"]])
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
    assert "grassroots_catalog.check.rules.contract" not in COMPILED_MODULES
    assert "grassroots_catalog.check.rules.coverage" in COMPILED_MODULES


def test_no_compiled_module_is_left_beside_the_sources() -> None:
    """A build from this tree leaves its compiled modules beside their sources, where Python would
    import them instead of the sources (and the suite would test them, stale): clean them away."""
    assert sorted(path.name for path in (ROOT / "src").rglob("*.so")) == []


@pytest.mark.parametrize("path", COMPILED)
def test_no_compiled_module_holds_what_mypyc_refuses(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = [ast.unparse(base) for base in node.bases]
            refused = [b for b in bases if b.split("[")[0].rsplit(".", 1)[-1] in ("BaseModel", "Protocol")]
            assert not refused, f"{path}: class {node.name} ({refused})"
            assert not [k for k in node.keywords if k.arg == "metaclass"], f"{path}: class {node.name}"
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


@pytest.mark.parametrize("path", COMPILED)
def test_the_public_value_classes_of_compiled_modules_are_rebuilt_by_their_constructor(path: str) -> None:
    """pickle and copy restore a frozen dataclass field by field, which a compiled class refuses:
    each public one names its constructor in ``__reduce__`` (domain/rebuilt.py)."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in tree.body:
        public = isinstance(node, ast.ClassDef) and not node.name.startswith("_")
        if public and any("dataclass" in ast.unparse(decorator) for decorator in node.decorator_list):
            methods = {item.name for item in node.body if isinstance(item, ast.FunctionDef)}
            assert "__reduce__" in methods, f"{path}: {node.name}"


def test_a_composition_copies_and_its_values_pickle_as_the_same_values() -> None:
    """The merge's results come back equal through copy, and its plain values (steps, overrides,
    row links) through pickle too, as they must in the compiled build (the effective catalogue
    itself holds its layers' ways of reading files, which no build pickles)."""
    import copy

    from grassroots_catalog.check.validate import validate_file

    effective = validate_file(ROOT / "tests" / "cases" / "real-variants" / "names-county.yaml").effective
    assert effective is not None and effective.overrides and effective.links
    assert copy.copy(effective) == effective
    steps = [step for steps in effective.history.values() for step in steps]
    for value in (*effective.overrides, *effective.links, *steps[:50]):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.copy(value) == value


def test_a_compiled_rule_is_documented_from_its_source(tmp_path: Path) -> None:
    """A compiled module has no docstring: ``gcat rule`` reads it from the source beside it."""
    (tmp_path / "rule.py").write_text('"""R99: a rule.\n\n    Its page."""\nCODES = ()\n', encoding="utf-8")
    compiled = ModuleType("rule")
    compiled.__file__ = str(tmp_path / "rule.cpython-311-x86_64-linux-gnu.so")
    assert module_doc(compiled) == "R99: a rule.\n\nIts page."
    assert module_doc(importlib.import_module("grassroots_catalog.check.rules.basis")).startswith("R")
    compiled.__file__ = str(tmp_path / "elsewhere.so")
    assert module_doc(compiled) == ""
