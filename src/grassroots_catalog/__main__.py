"""``python -m grassroots_catalog`` is ``gcat``."""

from grassroots_catalog.cli import run

run()
