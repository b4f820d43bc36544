"""The gap report a county office prints for its leadership: coverage, what to fix first, every finding.

:func:`build` gathers the facts from a validation (which composed the chain once); :func:`markdown`
and :func:`html` present them. Coverage compares the catalogue, for each of the 26 pilot areas, with
the national rows this tool knows, and says each time that those rows are only the first part of the
national table. A catalogue published in parts is reported on from all its parts together.
"""

from __future__ import annotations

import datetime as dt
import html as html_escape
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.check.validate import FileReport
from grassroots_catalog.domain.areas import AREAS, PILOT_AREAS
from grassroots_catalog.merge.engine import EffectiveCatalogue
from grassroots_catalog.messages import spec_for
from grassroots_catalog.read.national import completeness_statement, national_catalogue
from grassroots_catalog.read.paths import display_path
from grassroots_catalog.results import Finding, Severity, sorted_findings

STATUSES = ("present", "localised", "strengthened", "weakened", "missing", "not-applicable")
_STATUS_ZH = {
    "present": "照录",
    "localised": "本地化",
    "strengthened": "加强",
    "weakened": "弱化",
    "missing": "缺失",
    "not-applicable": "不适用",
}


@dataclass
class AreaCoverage:
    """How one area of the catalogue compares with the known national rows.

    ``absent`` marks an area the files given do not touch at all, when they are parts of a catalogue
    not given whole: nothing can be said of it.
    """

    area: str
    statuses: Counter[str] = field(default_factory=Counter)
    local_additions: int = 0
    statement_zh: str = ""
    statement_en: str = ""
    absent: bool = False


@dataclass
class GapReport:
    """The facts of one catalogue's report: its files (one, or its parts), findings and coverage."""

    files: list[str]
    title: str
    level: str
    as_of: dt.date
    chain: list[str]
    report: FileReport
    coverage: list[AreaCoverage]

    @property
    def file(self) -> str:
        return "、".join(display_path(file) for file in self.files)


def build(reports: Sequence[FileReport], as_of: dt.date, *, complete: bool = False) -> GapReport:
    """Gather the facts of the report from the validation of a catalogue: one file, or its parts.

    The validation already composed each file's chain (:attr:`FileReport.effective`); nothing is read
    or composed again. The catalogue is judged whole unless it is given as parts without ``complete``.
    """
    first = reports[0]
    catalogue = first.written
    merged = FileReport(
        "; ".join(r.file for r in reports),
        all(r.readable for r in reports),
        sorted_findings([f for r in reports for f in r.findings]),
        [s for r in reports for s in r.suppressed],
    )
    if catalogue is None:
        return GapReport([r.file for r in reports], str(first.file), "?", as_of, [], merged, [])
    whole = complete or not catalogue.is_part
    chain = [layer.catalogue.id for layer in first.effective.layers] if first.effective is not None else []
    coverage = _coverage(reports, whole) if any(r.effective is not None for r in reports) else []
    return GapReport([r.file for r in reports], catalogue.title, catalogue.level.value, as_of, chain, merged, coverage)


def _coverage(reports: Sequence[FileReport], whole: bool) -> list[AreaCoverage]:
    """Every pilot area: the known national rows by status, summed over the files given."""
    found: dict[str, AreaCoverage] = {}
    exempt: set[str] = set()
    for report in reports:
        if report.written is not None:
            exempt.update(exemption.area for exemption in report.written.not_applicable_areas)
        if report.effective is None:
            continue
        for part in _file_coverage(report.effective):
            total = found.setdefault(part.area, _area_coverage(part.area))
            total.statuses.update(part.statuses)
            total.local_additions += part.local_additions
    result = []
    for area in PILOT_AREAS:
        coverage = found.get(area.slug)
        if coverage is None:
            national = national_catalogue(area.slug)
            coverage = _area_coverage(area.slug)
            if area.slug in exempt:
                coverage.statuses["not-applicable"] = len(national.matters)
            elif whole:
                coverage.statuses["missing"] = len(national.matters)
            else:
                coverage.absent = True
        result.append(coverage)
    return result


def _area_coverage(area: str) -> AreaCoverage:
    """An area with nothing counted yet, and the sentences saying how many national rows are known."""
    national = national_catalogue(area)
    return AreaCoverage(
        area,
        statement_zh=completeness_statement(national, area, "zh"),
        statement_en=completeness_statement(national, area, "en"),
    )


def _file_coverage(effective: EffectiveCatalogue) -> list[AreaCoverage]:
    written = {m.id: m for m in effective.written.matters}
    allowed = {m.id: m for m in effective.catalogue.matters}
    changes: dict[str, set[str]] = {}
    for override in effective.overrides:
        if override.layer == len(effective.layers) - 1:
            changes.setdefault(override.matter, set()).add(override.change.value)
    areas = list(dict.fromkeys(m.area for m in effective.written.matters))
    result = []
    for area in areas:
        if area not in AREAS:
            continue
        national = national_catalogue(area)
        coverage = _area_coverage(area)
        national_ids = {m.id for m in national.matters}
        for matter in national.matters:
            mine = written.get(matter.id)
            if mine is None:
                kept = allowed.get(matter.id)
                status = "not-applicable" if kept is not None and kept.not_applicable else "missing"
            elif mine.not_applicable:
                status = "not-applicable"
            else:
                seen = changes.get(matter.id, set())
                if seen & {"weaker", "incomparable"}:
                    status = "weakened"
                elif "stricter" in seen:
                    status = "strengthened"
                elif "localised" in seen:
                    status = "localised"
                else:
                    status = "present"
            coverage.statuses[status] += 1
        coverage.local_additions = sum(
            1 for m in effective.written.matters if m.area == area and m.id not in national_ids
        )
        result.append(coverage)
    return result


def _fix_first(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings; within each, the order of the file."""
    return sorted((f for f in findings if f.severity >= Severity.WARNING), key=lambda f: (-f.severity, f.sort_key()))


def _where(finding: Finding) -> str:
    return display_path(finding.file) + (f":{finding.location.line}" if finding.location else "")


def markdown(gap: GapReport, lang: str = "zh") -> str:
    """The report as Markdown."""
    zh = lang == "zh"
    counts = {s: gap.report.count(s) for s in Severity}
    out = [f"# {'标准目录检查报告' if zh else 'Gap report'}：{gap.title}" if zh else f"# Gap report: {gap.title}", ""]
    out += [
        f"- {'文件' if zh else 'File'}: `{gap.file}`",
        f"- {'目录层级' if zh else 'Level'}: {gap.level}",
        f"- {'检查基准日' if zh else 'As of'}: {gap.as_of.isoformat()}",
    ]
    if gap.chain:
        out.append(f"- {'目录链' if zh else 'Chain'}: {' → '.join(gap.chain)}")
    out += [
        "",
        f"## {'概况' if zh else 'Summary'}",
        "",
        (
            f"错误 {counts[Severity.ERROR]} 条，警告 {counts[Severity.WARNING]} 条，提示 {counts[Severity.INFO]} 条，"
            f"已忽略 {len(gap.report.suppressed)} 条。"
        )
        if zh
        else (
            f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), "
            f"{counts[Severity.INFO]} note(s); {len(gap.report.suppressed)} suppressed."
        ),
        "",
    ]
    first = _fix_first(gap.report.findings)[:10]
    out += [f"## {'优先整改' if zh else 'Fix first'}", ""]
    out += [f"{n}. **{f.code}** `{_where(f)}` — {f.message(lang)}" for n, f in enumerate(first, 1)] or [
        "无。" if zh else "Nothing."
    ]
    out += ["", f"## {'各领域覆盖情况' if zh else 'Coverage by area'}", ""]
    if gap.coverage:
        labels = [_STATUS_ZH[s] if zh else s for s in STATUSES]
        head = "领域" if zh else "area"
        extra = "本地新增" if zh else "local additions"
        out += [f"| {head} | {' | '.join(labels)} | {extra} |", "|---" * (len(STATUSES) + 2) + "|"]
        for area in gap.coverage:
            name = AREAS[area.area].name(lang)
            cells = (
                ["—"] * (len(STATUSES) + 1)
                if area.absent
                else [*(str(area.statuses[s]) for s in STATUSES), str(area.local_additions)]
            )
            out.append(f"| {name} | {' | '.join(cells)} |")
        out.append("")
        absent = [AREAS[a.area].name(lang) for a in gap.coverage if a.absent]
        if absent:
            out += [
                (
                    f"“—”：给出的文件（scope: part）不含这些领域：{'、'.join(absent)}。若已给出全部文件，"
                    "请加 --complete，未涉及的领域即按缺失统计。"
                )
                if zh
                else (
                    f"“—”: the files given (scope: part) do not touch these areas: {', '.join(absent)}. If they "
                    "are all the parts, add --complete, and the areas no part touches count as missing."
                ),
                "",
            ]
        out += [
            f"- {AREAS[a.area].name(lang)}: {a.statement_zh if zh else a.statement_en}"
            for a in gap.coverage
            if not a.absent
        ]
    else:
        out.append("本目录未扩展国家标准指引，无法比较。" if zh else "This catalogue extends no national guideline.")
    out += ["", f"## {'按要求分组的问题' if zh else 'Findings by requirement'}", ""]
    by_code: dict[str, list[Finding]] = {}
    for finding in gap.report.findings:
        by_code.setdefault(finding.code, []).append(finding)
    for code in sorted(by_code, key=lambda c: (-max(f.severity for f in by_code[c]), c)):
        spec = spec_for(code)
        title = spec.name if spec else code
        cite = f" — {spec.citation}" if spec and spec.citation else ""
        out += [f"### {code} {title}{cite}", ""]
        out += [f"- `{_where(f)}` [{f.severity.label(lang)}] {f.message(lang)}" for f in by_code[code]]
        out.append("")
    if gap.report.suppressed:
        out += [f"## {'已忽略（附理由）' if zh else 'Suppressed, with reasons'}", ""]
        out += [f"- **{s.finding.code}** `{_where(s.finding)}` — {s.reason}" for s in gap.report.suppressed]
        out.append("")
    out += [f"## {'无法从目录本身检查的要求' if zh else 'Not checkable from a catalogue'}", ""]
    out += [
        f"- {code}: {(zh_text if zh else en_text)} ({source})"
        for code, (zh_text, en_text, source) in NOT_CHECKABLE.items()
    ]
    return "\n".join(out).rstrip() + "\n"


_STYLE = """body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;line-height:1.6;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;
padding:.3rem .6rem;text-align:left}th{background:#f2f2f2}code{background:#f6f6f6;padding:0 .2rem}
.error{color:#b00020}.warning{color:#8a6d00}.info{color:#2b5c8a}h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd}"""


def html(gap: GapReport, lang: str = "zh") -> str:
    """The report as one self-contained HTML page (no scripts, no external resources)."""
    body: list[str] = []
    table_rows: list[str] = []
    in_table = False
    for line in markdown(gap, lang).splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if set("".join(cells)) <= set("-"):
                continue
            tag = "th" if not in_table else "td"
            table_rows.append("<tr>" + "".join(f"<{tag}>{html_escape.escape(c)}</{tag}>" for c in cells) + "</tr>")
            in_table = True
            continue
        if in_table:
            body.append("<table>" + "".join(table_rows) + "</table>")
            table_rows, in_table = [], False
        body.append(_html_line(line))
    if in_table:
        body.append("<table>" + "".join(table_rows) + "</table>")
    return (
        f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
        f"<title>{html_escape.escape(gap.title)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(b for b in body if b)
        + "\n</body></html>\n"
    )


def _html_line(line: str) -> str:
    text = html_escape.escape(line)
    for level in ("错误", "警告", "提示", "error", "warning", "info"):
        css = {"错误": "error", "警告": "warning", "提示": "info"}.get(level, level)
        text = text.replace(f"[{level}]", f'<span class="{css}">[{level}]</span>')
    text = _inline_code(text)
    if line.startswith("### "):
        return f"<h3>{text[4:]}</h3>"
    if line.startswith("## "):
        return f"<h2>{text[3:]}</h2>"
    if line.startswith("# "):
        return f"<h1>{text[2:]}</h1>"
    if line.startswith("- "):
        return f"<p>• {text[2:]}</p>"
    return f"<p>{text}</p>" if line.strip() else ""


def _inline_code(text: str) -> str:
    parts = text.split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts)).replace("**", "")
