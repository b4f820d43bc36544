"""A measured national run, extrapolated to 2,844 county and 40,000 township catalogues.

Generates a tree of county folders, each with a 1,000-matter county table extending national (as in
batch_speed.py, about 190 findings each) and township refinements of it (each refining 20 of the
county's rows and naming its own office), then measures ``gcat validate TREE`` once, whole process,
with the default ``--jobs``: wall seconds, matters and files per second, peak RSS of the process tree.
A second, counties-only run gives the cost of a county table; the township cost is the rest.

Default: 4 counties × 250 townships (1,004 files); ``--counties`` and ``--townships`` change it.
Extrapolation (linear in files, as each file is checked on its own and the parent cache holds each
county once per worker): seconds = 2,844 × county cost + 40,000 × township cost. ``--json`` prints
one machine-readable line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import county_text, timed
from interleaved import environment

COUNTIES, TOWNSHIPS = 2_844, 40_000
TARGET_RSS_MIB = 300
REFINED = 20


def township_text(county: int, town: int, ids: list[str]) -> str:
    rows = "".join(
        f"  - id: {ids[(town * REFINED + k) % len(ids)]}\n    subject: 生成{county}县{town}镇人民政府\n"
        for k in range(REFINED)
    )
    return (
        f"id: town-{county:04d}-{town:04d}\ntitle: 生成{county}县{town}镇基层政务公开标准目录\nlevel: township\n"
        f"jurisdiction: {{name: 生成{county}县{town}镇人民政府}}\nextends: ./county.yaml\nform: refinement\n"
        f"refine:\n{rows}"
    )


def write_tree(root: Path, counties: int, townships: int, matters: int) -> int:
    """The tree; returns how many files it holds."""
    template = county_text(matters)
    ids = [line.split("id: ", 1)[1] for line in template.splitlines() if line.startswith("  - id: ")]
    for county in range(counties):
        folder = root / f"county-{county:04d}"
        folder.mkdir(parents=True)
        text = template.replace("id: bench-county", f"id: bench-county-{county:04d}", 1).replace(
            "基准县", f"基准{county}县"
        )
        (folder / "county.yaml").write_text(text, encoding="utf-8")
        for town in range(townships):
            (folder / f"town-{town:04d}.yaml").write_text(township_text(county, town, ids), encoding="utf-8")
    return counties * (townships + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counties", type=int, default=4)
    parser.add_argument("--townships", type=int, default=250, help="per county")
    parser.add_argument("--matters", type=int, default=1000, help="per county table")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as temporary:
        tree = Path(temporary) / "national"
        files = write_tree(tree, args.counties, args.townships, args.matters)
        counties_only = Path(temporary) / "counties"
        counties_only.mkdir()
        for county in sorted(tree.glob("county-*/county.yaml")):
            (counties_only / f"{county.parent.name}.yaml").write_text(
                county.read_text(encoding="utf-8"), encoding="utf-8"
            )
        base = [python, "-m", "grassroots_catalog", "validate", "--format", "jsonl", "--quiet"]
        env = environment(Path(temporary))
        timed([*base[:4], "--quiet", str(next(counties_only.iterdir()))], env)  # untimed: compiles the bytecode
        seconds, rss, out, cpu = timed([*base, str(tree)], env)
        county_seconds, _, _, county_cpu = timed([*base, str(counties_only)], env)
    findings = out.count("\n")
    county_each = county_seconds / args.counties
    town_each = max(seconds - county_seconds, 0.0) / (args.counties * args.townships)
    national_seconds = COUNTIES * county_each + TOWNSHIPS * town_each
    county_cpu_each = county_cpu / args.counties
    town_cpu_each = max(cpu - county_cpu, 0.0) / (args.counties * args.townships)
    national_cpu = COUNTIES * county_cpu_each + TOWNSHIPS * town_cpu_each
    result = {
        "benchmark": "national_run",
        "files": files,
        "jobs": os.cpu_count(),
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "files_per_s": round(files / seconds, 1),
        "findings": findings,
        "peak_rss_mib": round(rss, 1),
        "county_s": round(county_each, 3),
        "township_s": round(town_each, 4),
        "national_hours": round(national_seconds / 3600, 2),
        "national_cpu_hours": round(national_cpu / 3600, 2),
    }
    ok = rss <= TARGET_RSS_MIB
    if args.json:
        print(json.dumps({**result, "target": f"<= {TARGET_RSS_MIB} MiB", "met": ok}))
    else:
        print(f"{files} files ({args.counties} counties × {args.townships} townships), --jobs {os.cpu_count()}")
        print(
            f"gcat validate TREE: {seconds:.1f} s, {files / seconds:.1f} files/s, {findings} findings, "
            f"peak RSS {rss:.0f} MiB"
        )
        print(
            f"a county table: {county_each:.2f} s; a township refinement: {town_each * 1000:.0f} ms (per job-second share)"
        )
        print(
            f"extrapolated: {COUNTIES} counties + {TOWNSHIPS} townships ≈ {national_seconds / 3600:.2f} h on this "
            f"machine; {national_cpu / 3600:.2f} CPU hours (divide by the cores of a machine or a cluster)"
        )
        print(
            f"CPU: {cpu:.1f} s for the tree; a county {county_cpu_each:.2f} CPU s, a township {town_cpu_each:.3f} CPU s"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
