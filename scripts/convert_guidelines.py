"""Convert the guideline extracts in sources/guidelines/ into catalogs/national/, and write
docs/national-guidelines.md from them.

Re-runnable and deterministic: running it twice changes nothing. ``--check`` changes nothing and
exits 1 if any generated file is out of date (the test suite runs the same comparison).

    python scripts/convert_guidelines.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.read.atomic import write_atomic
from grassroots_catalog.read.extracts import ExtractError, render_national_file
from grassroots_catalog.read.national import national_table_markdown
from grassroots_catalog.report.text import format_finding

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources" / "guidelines"
OUTPUT = ROOT / "catalogs" / "national"
DOC = ROOT / "docs" / "national-guidelines.md"


def generated_files() -> dict[Path, str]:
    """Every file this script writes, with its content."""
    files: dict[Path, str] = {}
    catalogues: list[Catalogue] = []
    for source in sorted(SOURCES.glob("*.yaml")):
        try:
            catalogue, text = render_national_file(source.read_text(encoding="utf-8"), source.name, file=str(source))
        except ExtractError as error:  # each problem at its line, as gcat import-guideline prints them
            lines = [format_finding(finding, lang="en") for finding in error.findings] or [str(error)]
            raise SystemExit("\n".join(lines)) from None
        files[OUTPUT / source.name] = text
        catalogues.append(catalogue)
    missing = sorted(set(AREAS) - {source.stem for source in SOURCES.glob("*.yaml")})
    if missing:
        raise SystemExit(f"no extract for: {', '.join(missing)}")
    files[DOC] = national_table_markdown(catalogues)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    args = parser.parse_args()
    stale = []
    for path, text in generated_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path.relative_to(ROOT))
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text.encode("utf-8"))
    for path in stale:
        print(f"{'stale' if args.check else 'written'}: {path}")
    if not stale:
        print("up to date")
    sys.exit(1 if args.check and stale else 0)


if __name__ == "__main__":
    main()
