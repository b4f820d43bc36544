"""Whole-process time of ``gcat compare`` on 300 generated county catalogues against their province,
beside ``gcat validate`` of the same files in the same run.

The province is the generated catalogue of ``validate_speed.py`` (220 matters over the 26 areas, every
field filled) as a provincial table; each county is its revision as ``diff_speed.py`` makes it (rows
weakened, localised, strengthened, dropped, added, renumbered, reordered), as a county table extending
the province, with its own name. Both commands run as fresh processes, interleaved, and the best of
each is reported.

Target: ``gcat compare`` of the 300 counties under 60 s on two cores (``--jobs`` all cores); the ratio
against validating the same files is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diff_speed import revised_text  # the revision shared with diff_speed.py
from interleaved import run  # one timed whole-process run, as every benchmark times it
from validate_speed import catalogue_text  # the generator shared with validate_speed.py

TARGET_SECONDS = 60.0


def province_text(matters: int) -> str:
    text = catalogue_text(matters)
    return (
        text.replace("id: bench-county", "id: bench-province")
        .replace("title: 基准县基层政务公开标准目录", "title: 基准省基层政务公开标准目录")
        .replace("level: county", "level: provincial")
        .replace(
            "jurisdiction: {name: 基准县人民政府, code: '339902'}",
            "jurisdiction: {name: 基准省人民政府, code: '330000'}",
        )
    )


def county_text(province: str, number: int) -> str:
    text = revised_text(catalogue_text(province.count("\n  - id:")))
    return text.replace("id: bench-county", f"id: county-{number:03d}").replace(
        "jurisdiction: {name: 基准县人民政府, code: '339902'}",
        f"jurisdiction: {{name: 第{number:03d}县人民政府, code: '33{number:04d}'}}\nextends: ./province.yaml\nform: table",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counties", type=int, default=300)
    parser.add_argument("--matters", type=int, default=220)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "catalogues"
        root.mkdir()
        province = province_text(args.matters)
        (root / "province.yaml").write_text(province, encoding="utf-8")
        county = county_text(province, 0)
        files = []
        for number in range(args.counties):  # beside the province: a parent stays in the catalogues' folder
            text = county.replace("id: county-000", f"id: county-{number:03d}").replace(
                "{name: 第000县人民政府, code: '330000'}", f"{{name: 第{number:03d}县人民政府, code: '33{number:04d}'}}"
            )
            files.append(root / f"county-{number:03d}.yaml")
            files[-1].write_text(text, encoding="utf-8")
        names = [str(path) for path in files]
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        gcat = [python, "-m", "grassroots_catalog"]
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        compare = [*gcat, "compare", *names, "--against", str(root / "province.yaml"), "--format", "csv", *jobs]
        validate = [*gcat, "validate", "--format", "json", *names]
        check = subprocess.run(compare, capture_output=True, check=False, env=env)
        if check.returncode != 0:
            raise SystemExit(f"gcat compare failed: {check.stderr.decode(errors='replace')[-800:]}")
        rows = check.stdout.decode().count("\n") - 1
        checked = subprocess.run(validate, capture_output=True, check=False, env=env)
        if checked.returncode == 2:
            raise SystemExit(f"gcat validate failed: {checked.stdout.decode(errors='replace')[-800:]}")
        best = {"compare": float("inf"), "validate": float("inf")}
        for _ in range(args.repeat):
            best["compare"] = min(best["compare"], run(compare, env))
            best["validate"] = min(best["validate"], run(validate, env))
        cores = os.cpu_count()
        print(f"{args.counties} counties of {args.matters} matters against their province, {cores} cores")
        print(f"  gcat compare:  {best['compare']:.2f} s  ({rows} matrix cells)")
        print(f"  gcat validate: {best['validate']:.2f} s  (the same files)")
        print(f"  compare / validate: {best['compare'] / best['validate']:.2f}x")
        if best["compare"] > TARGET_SECONDS:
            raise SystemExit(f"missed the target: {best['compare']:.2f} s > {TARGET_SECONDS:.0f} s")


if __name__ == "__main__":
    main()
