"""Generated catalogues with known differences, for the tests of ``compare``: a provincial reference
with every field filled, and counties extending it (``form: table``), each changed by rules whose
effect on every row is known in advance."""

from __future__ import annotations

from pathlib import Path

AREAS = ("social-assistance", "employment", "elderly-care")


def reference_text(rows: int) -> str:
    """The reference: ``rows`` matters over three areas, every field filled."""
    lines = [
        "id: ref-province",
        "title: 基准省基层政务公开标准目录",
        "level: provincial",
        "jurisdiction: {name: 基准省人民政府, code: '330000'}",
        "extends: national",
        "form: table",
        "matters:",
    ]
    for i in range(rows):
        lines += _row(i, f"{AREAS[i % len(AREAS)]}.m{i:04d}", "基准县民政局")
    return "\n".join(lines) + "\n"


def _row(i: int, row_id: str, subject: str, *, mode: str = "主动", extra_channel: bool = False) -> list[str]:
    channels = "政府网站, 广播电视, 政务服务中心" if extra_channel else "政府网站, 政务服务中心"
    return [
        f"  - id: {row_id}",
        f"    area: {AREAS[i % len(AREAS)]}",
        f"    name: {{level1: 事项类别{i // 10}, level2: 具体事项{i}}}",
        "    content: [申请条件, 办理流程]",
        "    basis: ['《社会救助暂行办法》']",
        "    time_limit: 信息形成（变更）20个工作日内",
        f"    subject: {subject}",
        f"    channels: [{channels}]",
        "    audience: [全社会]",
        f"    mode: [{mode}]",
        "    level: [县级, 乡级]",
    ]


def expected_status(i: int, k: int) -> str:
    """What county ``k`` does to reference row ``i``: the rules :func:`county_text` applies."""
    if i % 17 == k % 17:
        return "missing"
    if i % 10 == k % 10:
        return "weakened"
    if i % 13 == 0:
        return "strengthened"
    if i % 7 == k % 7:
        return "localised"
    return "copied"


ADDED = 2
"""Rows every county adds."""


def county_text(rows: int, k: int) -> str:
    """County ``k``: drops, weakens (依申请), strengthens (a channel more) and localises (another
    bureau) rows by :func:`expected_status`, and adds :data:`ADDED` rows."""
    lines = [
        f"id: county-{k:03d}",
        f"title: 第{k}县基层政务公开标准目录",
        "level: county",
        f"jurisdiction: {{name: 第{k:03d}县人民政府, code: '33{k:04d}'}}",
        "extends: ./province.yaml",
        "form: table",
        "matters:",
    ]
    for i in range(rows):
        status = expected_status(i, k)
        if status == "missing":
            continue
        lines += _row(
            i,
            f"{AREAS[i % len(AREAS)]}.m{i:04d}",
            f"第{k}县民政局" if status == "localised" else "基准县民政局",
            mode="依申请" if status == "weakened" else "主动",
            extra_channel=status == "strengthened",
        )
    for extra in range(ADDED):
        lines += _row(extra, f"{AREAS[extra]}.local{k:03d}x{extra}", "基准县民政局")
        lines[-9] = f"    name: {{level1: 本地事项, level2: 第{k}县新增事项{extra}}}"
    return "\n".join(lines) + "\n"


def write_counties(folder: Path, counties: int, rows: int) -> list[Path]:
    """The reference (``province.yaml``) and ``counties`` counties in ``folder/counties/``."""
    (folder / "province.yaml").write_text(reference_text(rows), encoding="utf-8")
    paths = []
    for k in range(counties):
        path = folder / f"county-{k:03d}.yaml"
        path.write_text(county_text(rows, k).replace("./province.yaml", "./province.yaml"), encoding="utf-8")
        paths.append(path)
    return paths
