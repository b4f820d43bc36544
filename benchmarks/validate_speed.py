"""Whole-process time of ``gcat validate`` on a 1,000-matter catalogue, against baselines in the same run.

Baselines, each a fresh Python process on the same file:
- ``python -c pass``: interpreter start-up, the floor for any command;
- libyaml's own loader (``yaml.load(..., CSafeLoader)``): parsing only, no checks, no positions;
- ruamel.yaml's round-trip loader: what reading with positions would cost without the checked reader.

Target: ``gcat validate`` under 0.5 s for 1,000 matters, with the optional accelerator installed
(``pip install '.[fast]'``); the run with it switched off shows the pure-Python fallback.

Every run may cache bytecode (in a temporary ``PYTHONPYCACHEPREFIX``), because an installed package has
its ``.pyc`` files written by pip: a shell that sets ``PYTHONDONTWRITEBYTECODE`` would otherwise make
each run recompile the package from source, which no user pays. The best of several runs is reported,
so the first run's compilation never counts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grassroots_catalog.domain.areas import PILOT_AREAS

TARGET_SECONDS = 0.5

AREAS = [area.slug for area in PILOT_AREAS]
# One more content element per row, in rotation, so that the statutory categories (R23, R24) are covered.
EXTRA_CONTENT = [
    "规范性文件目录",
    "机构职能和联系方式",
    "统计数据",
    "行政许可办理结果",
    "收费标准",
    "政府采购情况",
    "公务员招录",
    "公益慈善项目",
    "市政设施维护",
    "土地征收公告",
    "房屋征收决定",
    "治安管理措施",
]


def catalogue_text(matters: int) -> str:
    """A clean county catalogue shaped like real ones: all 26 areas, every field filled, Chinese text,
    flow lists."""
    lines = [
        "id: bench-county",
        "title: 基准县基层政务公开标准目录",
        "level: county",
        "jurisdiction: {name: 基准县人民政府, code: '339902'}",
        "revised: 2020-11-30",
        "published: {date: 2020-12-15, url: 'https://www.bench-county.gov.cn/bzml/'}",
        "matters:",
    ]
    for i in range(matters):
        lines += [
            f"  - id: {AREAS[i % len(AREAS)]}.m{i:05d}",
            f"    area: {AREAS[i % len(AREAS)]}",
            f"    name: {{level1: 事项类别{i // 10}, level2: 具体事项{i}}}",
            "    content:",
            "      - 申请条件",
            "      - 办理流程、办理时限",
            "      - 补助标准和发放情况",
            "      - 监督投诉电话",
            f"      - {EXTRA_CONTENT[i % len(EXTRA_CONTENT)]}",
            "    basis:",
            "      - 《社会救助暂行办法》第十条",
            "      - 《中华人民共和国政府信息公开条例》",
            "    time_limit: 信息形成（变更）20个工作日内",
            "    subject: 基准县民政局",
            "    channels: [政府网站, 两微一端, 公开查阅点, 政务服务中心, 社区/企事业单位/村公示栏（电子屏）]",
            "    audience: [全社会]",
            "    mode: [主动]",
            "    level: [县级, 乡级]",
            "    note: 本事项由县民政局统一发布",
        ]
    return "\n".join(lines) + "\n"


def best_of(command: list[str], repeat: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, check=False, env=env)
        elapsed = time.perf_counter() - start
        if completed.returncode not in (0, 1):
            raise SystemExit(f"{command[:3]} failed: {completed.stderr.decode(errors='replace')[-500:]}")
        best = min(best, elapsed)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--matters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(catalogue_text(args.matters), encoding="utf-8")
        check = subprocess.run(
            [python, "-m", "grassroots_catalog", "validate", "--fail-on", "info", str(path)],
            capture_output=True,
            check=False,
        )
        if check.returncode != 0:
            raise SystemExit("the benchmark catalogue is meant to be clean:\n" + check.stdout.decode()[-2000:])
        size_kb = path.stat().st_size / 1024
        runs = {
            "python start-up": [python, "-c", "pass"],
            "libyaml CSafeLoader (parse only)": [
                python,
                "-c",
                f"import yaml; yaml.load(open({str(path)!r}, encoding='utf-8'), Loader=yaml.CSafeLoader)",
            ],
            "gcat validate": [python, "-m", "grassroots_catalog", "validate", str(path)],
            "gcat validate, accelerator off": [python, "-m", "grassroots_catalog", "validate", str(path)],
            "ruamel round-trip load (parse only)": [
                python,
                "-c",
                f"from ruamel.yaml import YAML; YAML().load(open({str(path)!r}, encoding='utf-8'))",
            ],
        }
        repeats = {name: (max(1, args.repeat // 3) if name.startswith("ruamel") else args.repeat) for name in runs}
        cached = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        pure = {**cached, "GCAT_NO_ACCELERATOR": "1"}
        times = {
            name: best_of(command, repeats[name], pure if "accelerator off" in name else cached)
            for name, command in runs.items()
        }
    ours = times["gcat validate"]
    print(f"catalogue: {args.matters} matters, {size_kb:.0f} KiB; best of {args.repeat} runs, whole process")
    print(f"{'run':40s} {'seconds':>8s} {'vs gcat validate':>18s}")
    for name, seconds in times.items():
        print(f"{name:40s} {seconds:8.3f} {seconds / ours:17.2f}x")
    verdict = "meets" if ours < TARGET_SECONDS else "MISSES"
    print(
        f"gcat validate: {ours:.3f} s, {verdict} the {TARGET_SECONDS} s target "
        f"({args.matters / ours:.0f} matters/s including start-up)"
    )
    sys.exit(0 if ours < TARGET_SECONDS else 1)


if __name__ == "__main__":
    main()
