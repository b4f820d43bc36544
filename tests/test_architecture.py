"""The layers of the pipeline are a contract (pyproject.toml [tool.importlinter], docs/architecture.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_layers_import_only_lower_layers() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports is not None, "import-linter is in the test extra: pip install -e '.[test]'"
    completed = subprocess.run([lint_imports], capture_output=True, text=True, check=False, cwd=ROOT)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "0 broken" in completed.stdout


def test_every_package_module_is_in_a_layer() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = {layer for contract in config["contracts"] for layer in contract.get("layers", [])}
    package = ROOT / "src" / "grassroots_catalog"
    top_level = {
        f"grassroots_catalog.{path.stem if path.is_file() else path.name}"
        for path in package.iterdir()
        if (path.suffix == ".py" and path.stem not in {"__init__", "__main__"}) or (path / "__init__.py").is_file()
    }
    assert top_level - layers == set(), "name every new top-level module in a layer of the contract"


def test_the_architecture_page_names_every_folder_of_the_pipeline() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "grassroots_catalog"
    folders = sorted(p.name for p in package.iterdir() if (p / "__init__.py").is_file())
    assert folders and [name for name in folders if f"`{name}/`" not in page] == []


def test_no_module_imports_around_the_layers_at_run_time() -> None:
    """import-linter sees only import statements; a module loaded by name could climb the layers unseen.

    The only modules loaded by name are a package's own submodules, loaded on first use for start-up
    speed: the root's public names, the models, the output formats.
    """
    allowed = {"__init__.py", "model/__init__.py", "report/__init__.py"}
    package = ROOT / "src" / "grassroots_catalog"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "import_module(" in path.read_text(encoding="utf-8") and str(path.relative_to(package)) not in allowed
    ]
    assert offenders == []
