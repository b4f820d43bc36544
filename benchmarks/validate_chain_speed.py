"""Validating the example county with its whole chain, against resolving that chain, in one process.

- resolving: reading the county, city and province files and the national guidelines, and composing
  the chain (``grassroots_catalog.check.chain.resolve_file``);
- validating: the same, plus the requirement rules on the catalogue as written, locating each finding
  and applying suppressions (``grassroots_catalog.check.validate.validate_file``).

Both paths run once first to warm up lazy imports and compiled patterns; the caches of the national
files are then cleared before every timed run, so both read every file. Target: validating
costs at most 1.5 times resolving.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.check.validate import validate_file
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.read.source import _national_file

TARGET_RATIO = 1.5
COUNTY = Path(__file__).resolve().parent.parent / "catalogs" / "examples" / "county.yaml"


def _cold() -> None:
    _national_file.cache_clear()
    national_catalogue.cache_clear()


def best(function: object, repeat: int) -> float:
    fastest = float("inf")
    for _ in range(repeat):
        _cold()
        start = time.perf_counter()
        function()  # type: ignore[operator]
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    validate_file(COUNTY)  # warm up both paths once (lazy imports, compiled patterns), so neither pays it
    resolving = best(lambda: resolve_file(COUNTY), args.repeat)
    validating = best(lambda: validate_file(COUNTY), args.repeat)
    ratio = validating / resolving
    findings = len(validate_file(COUNTY).findings)
    print(f"example county with its chain ({findings} findings); best of {args.repeat}, file caches cleared")
    print(f"{'resolving the chain':28s} {resolving * 1000:8.1f} ms   1.00x")
    print(f"{'validating it':28s} {validating * 1000:8.1f} ms   {ratio:.2f}x")
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"validating costs {ratio:.2f}x resolving: {verdict} the {TARGET_RATIO}x target")
    sys.exit(0 if ratio <= TARGET_RATIO else 1)


if __name__ == "__main__":
    main()
