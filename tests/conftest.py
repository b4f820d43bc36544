"""Shared fixtures and hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` runs more examples)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "catalogs" / "examples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files of tests/reports/golden/ from the current output (review the diff)",
    )


def pytest_configure(config: pytest.Config) -> None:
    settings.register_profile("default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile(
        "ci", max_examples=400, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


@pytest.fixture(autouse=True)
def _chinese_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test as on a machine with no language set, so the command line speaks its default
    (Chinese) whatever the locale of the machine running the suite; a test sets what it needs."""
    for name in ("GCAT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def example_county() -> Path:
    return EXAMPLES / "county.yaml"


def bundled_yaml_files() -> list[Path]:
    """Every catalogue YAML shipped in catalogs/."""
    return sorted((ROOT / "catalogs").rglob("*.yaml"))
