"""The gap report's facts laid out as a document in one language: what it says, and in which order.

Every heading, label and sentence comes from the REPORT table of the language (:mod:`.words`);
the names of areas and levels come from the domain's vocabularies, the findings' messages from the
code table, and the sentences on how much of each national table is known from the national data.
"""

from __future__ import annotations

from grassroots_catalog.check.rules import NOT_CHECKABLE
from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.messages import spec_for
from grassroots_catalog.read.paths import display_path
from grassroots_catalog.report.gap.document import (
    Badge,
    Bar,
    BarChart,
    Block,
    BulletList,
    Code,
    Document,
    Heading,
    NumberedList,
    Paragraph,
    Series,
    Strong,
    Table,
    Text,
    fill,
    plain,
)
from grassroots_catalog.report.gap.facts import STATUSES, AreaCoverage, GapReport
from grassroots_catalog.report.gap.words import template, word
from grassroots_catalog.results import Finding, Severity

LOCAL_ADDITIONS = "local-additions"
"""The chart's series key for the matters a catalogue adds beyond the national rows, drawn after the statuses."""

FIX_FIRST_SHOWN = 10
"""How many findings the fix-first list names; the rest are under the findings by requirement."""


def compose(report: GapReport, lang: str = "zh") -> Document:
    """The whole report as a document in ``lang`` ("zh" or "en")."""
    title = fill(template("gap.title", lang), title=report.title)
    blocks: list[Block] = [Heading(1, title), _header(report, lang)]
    blocks += _summary(report, lang)
    blocks += _fix_first(report, lang)
    blocks += _coverage(report, lang)
    blocks += _findings(report, lang)
    blocks += _suppressed(report, lang)
    blocks += _not_checkable(lang)
    return Document(plain(title), word("gap.language_tag", lang), tuple(blocks))


def _header(report: GapReport, lang: str) -> BulletList:
    files = word("gap.separator", lang).join(display_path(file) for file in report.files)
    items = [
        fill(template("gap.meta.file", lang), file=Code(files)),
        fill(template("gap.meta.level", lang), level=_level(report.level, lang)),
        fill(template("gap.meta.as_of", lang), date=report.as_of.isoformat()),
    ]
    if report.chain:
        chain = word("gap.meta.chain_separator", lang).join(report.chain)
        items.append(fill(template("gap.meta.chain", lang), chain=chain))
    if report.national(lang):
        items.append(fill(template("gap.meta.national", lang), national=report.national(lang)))
    return BulletList(tuple(items))


def _level(level: str, lang: str) -> str:
    """The catalogue's tier in ``lang``, or as written when it is not one the tool knows."""
    try:
        return CatalogueLevel(level).label(lang)
    except ValueError:
        return level


def _summary(report: GapReport, lang: str) -> list[Block]:
    counts = word(
        "gap.summary.counts",
        lang,
        errors=report.count(Severity.ERROR),
        warnings=report.count(Severity.WARNING),
        notes=report.count(Severity.INFO),
        suppressed=len(report.suppressed),
    )
    return [_heading("gap.summary.heading", lang), Paragraph((Text(counts),))]


def _fix_first(report: GapReport, lang: str) -> list[Block]:
    blocks: list[Block] = [_heading("gap.fix_first.heading", lang)]
    ranked = report.fix_first
    if not ranked:
        return [*blocks, Paragraph(fill(template("gap.fix_first.none", lang)))]
    item = template("gap.fix_first.item", lang)
    blocks.append(
        NumberedList(
            tuple(
                fill(
                    item,
                    code=Strong(finding.code),
                    severity=_badge(finding.severity, lang),
                    where=Code(_where(finding)),
                    message=finding.message(lang),
                )
                for finding in ranked[:FIX_FIRST_SHOWN]
            )
        )
    )
    if len(ranked) > FIX_FIRST_SHOWN:
        more = word("gap.fix_first.more", lang, count=len(ranked) - FIX_FIRST_SHOWN)
        blocks.append(Paragraph((Text(more),)))
    return blocks


def _coverage(report: GapReport, lang: str) -> list[Block]:
    blocks: list[Block] = [_heading("gap.coverage.heading", lang)]
    if not report.coverage:
        return [*blocks, Paragraph(fill(template("gap.coverage.none", lang)))]
    unknown = word("gap.coverage.unknown", lang)
    header = (
        word("gap.coverage.area", lang),
        *(_status(status, lang) for status in STATUSES),
        word("gap.coverage.local_additions", lang),
    )
    rows = tuple(
        (
            _area(area.area, lang),
            *(
                [unknown] * (len(STATUSES) + 1)
                if area.absent
                else [*(str(area.statuses[s]) for s in STATUSES), str(area.local_additions)]
            ),
        )
        for area in report.coverage
    )
    blocks.append(Table(header, rows, numeric=tuple(range(1, len(header)))))
    if report.absent_areas:
        areas = word("gap.separator", lang).join(_area(area, lang) for area in report.absent_areas)
        blocks.append(Paragraph(fill(template("gap.coverage.absent", lang), areas=areas, option=Code("--complete"))))
    covered = [area for area in report.coverage if not area.absent]
    if covered:
        blocks.append(_chart(covered, lang))
        statement = template("gap.coverage.statement", lang)
        blocks.append(
            BulletList(tuple(fill(statement, area=_area(a.area, lang), statement=a.statement(lang)) for a in covered))
        )
    return blocks


def _chart(covered: list[AreaCoverage], lang: str) -> BarChart:
    """One stacked bar per area the report can speak of, its numbers read out in a sentence: the
    national rows by status, then the local additions, as the table counts them."""
    separator = word("gap.chart.count_separator", lang)
    bars = []
    series = tuple(Series(status, _status(status, lang)) for status in STATUSES)
    local = Series(LOCAL_ADDITIONS, word("gap.coverage.local_additions", lang))
    for area in covered:
        counts = separator.join(
            word("gap.chart.count", lang, status=_status(s, lang), count=area.statuses[s]) for s in STATUSES
        )
        name = _area(area.area, lang)
        added = word("gap.chart.count", lang, status=local.label, count=area.local_additions)
        bars.append(
            Bar(
                name,
                area.statuses.counts,
                word("gap.chart.bar", lang, area=name, counts=counts),
                (area.local_additions,),
                added,
            )
        )
    return BarChart(word("gap.chart.caption", lang), series, tuple(bars), (local,))


def _findings(report: GapReport, lang: str) -> list[Block]:
    blocks: list[Block] = [_heading("gap.findings.heading", lang)]
    item = template("gap.findings.item", lang)
    for code, findings in report.by_requirement:
        spec = spec_for(code)
        name = spec.title(lang) if spec else ""
        if spec and spec.citation:
            group = fill(template("gap.findings.group_cited", lang), code=code, name=name, citation=spec.citation)
        else:
            group = fill(template("gap.findings.group", lang), code=code, name=name)
        blocks.append(Heading(3, group))
        blocks.append(
            BulletList(
                tuple(
                    fill(
                        item,
                        where=Code(_where(f)),
                        severity=_badge(f.severity, lang),
                        message=f.message(lang),
                    )
                    for f in findings
                )
            )
        )
    return blocks


def _suppressed(report: GapReport, lang: str) -> list[Block]:
    if not report.suppressed:
        return []
    item = template("gap.suppressed.item", lang)
    return [
        _heading("gap.suppressed.heading", lang),
        BulletList(
            tuple(
                fill(item, code=Strong(s.finding.code), where=Code(_where(s.finding)), reason=s.reason)
                for s in report.suppressed
            )
        ),
    ]


def _not_checkable(lang: str) -> list[Block]:
    item = template("gap.not_checkable.item", lang)
    return [
        _heading("gap.not_checkable.heading", lang),
        BulletList(
            tuple(
                fill(item, code=code, text=zh_text if lang == "zh" else en_text, source=source)
                for code, (zh_text, en_text, source) in NOT_CHECKABLE.items()
            )
        ),
    ]


def _heading(key: str, lang: str, level: int = 2) -> Heading:
    return Heading(level, fill(template(key, lang)))


def _badge(severity: Severity, lang: str) -> Badge:
    return Badge(severity.slug, word(f"gap.severity.{severity.slug}", lang))


def _status(status: str, lang: str) -> str:
    return word(f"gap.status.{status}", lang)


def _area(slug: str, lang: str) -> str:
    return AREAS[slug].name(lang)


def _where(finding: Finding) -> str:
    return display_path(finding.file) + (f":{finding.location.line}" if finding.location else "")
