"""``python -m grassroots_catalog`` is ``gcat``."""

from .cli import main

main()
