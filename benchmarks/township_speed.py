"""A county folder with 20 township refinements: validating each township against resolving one.

The county is a 1,000-matter table extending national (as in batch_speed.py); each township refines
20 of its rows. Resolving a township (``resolve_file``: reading the township and the county, composing
national → county → township) is the baseline. Validating the folder's townships in one process
(``validate``) reads the county once (the parent cache) and composes national → county once (the
composition cache), so each township then costs its own reading, its own layer and the rules. Both
caches are cleared before each measurement. Target: validating a township costs at most 1.5 times resolving it.
``--json`` prints one machine-readable line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import county_text
from national_run import township_text

TARGET_RATIO = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--townships", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from grassroots_catalog.check import chain
    from grassroots_catalog.check.chain import resolve_file
    from grassroots_catalog.check.validate import validate

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        text = county_text(1000)
        (folder / "county.yaml").write_text(text, encoding="utf-8")
        ids = [line.split("id: ", 1)[1] for line in text.splitlines() if line.startswith("  - id: ")]
        towns = []
        for town in range(args.townships):
            path = folder / f"town-{town:02d}.yaml"
            path.write_text(township_text(0, town, ids), encoding="utf-8")
            towns.append(path)
        validate(towns[:1], config=None)  # warm up lazy imports and the national rows for both paths
        resolving = validating = float("inf")
        for _ in range(args.repeat):
            chain.PARENTS.clear()  # resolving one township alone: the county read and composed for it
            chain.COMPOSED.clear()
            start = time.perf_counter()
            resolve_file(towns[0])
            resolving = min(resolving, time.perf_counter() - start)
            chain.PARENTS.clear()  # each round reads and composes the county again, once
            chain.COMPOSED.clear()
            start = time.perf_counter()
            validate(towns, config=None)
            validating = min(validating, (time.perf_counter() - start) / len(towns))
    ratio = validating / resolving
    ok = ratio <= TARGET_RATIO
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "township_speed",
                    "townships": args.townships,
                    "resolve_ms": round(resolving * 1000, 1),
                    "validate_ms": round(validating * 1000, 1),
                    "ratio": round(ratio, 2),
                    "target": f"<= {TARGET_RATIO}x",
                    "met": ok,
                }
            )
        )
    else:
        print(f"a county (1,000 matters) with {args.townships} township refinements; best of {args.repeat}")
        print(f"{'resolving one township':34s} {resolving * 1000:8.1f} ms   1.00x")
        print(f"{'validating each, in one process':34s} {validating * 1000:8.1f} ms   {ratio:.2f}x")
        print(
            f"validating a township costs {ratio:.2f}x resolving it: {'meets' if ok else 'MISSES'} the {TARGET_RATIO}x target"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
