"""Real findings of every kind, from the suite's own cases: what the message tests judge.

The cases are those the other tests run (hostile YAML, structural errors, the rule fragments, the
example chain, broken chains, parts validated together), plus a few that reach the remaining reasons.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from grassroots_catalog import Catalogue, parse_catalogue, read_catalogue
from grassroots_catalog.check.chain import resolve_chain, resolve_file
from grassroots_catalog.check.rules import run
from grassroots_catalog.check.validate import validate, validate_file
from grassroots_catalog.domain.areas import PILOT_AREAS
from grassroots_catalog.errors import InputRejected
from grassroots_catalog.merge import compose
from grassroots_catalog.merge.graph import NATIONAL, Layer
from grassroots_catalog.read.limits import Limits
from grassroots_catalog.read.reader import read_yaml
from grassroots_catalog.read.tables import TableRejected, read_table
from grassroots_catalog.read.tables.csv_reader import parse_csv
from grassroots_catalog.read.tables.html import parse_html
from grassroots_catalog.read.tables.xlsx import read_xlsx
from grassroots_catalog.results import Finding

from .conftest import EXAMPLES
from .merge import test_division_codes, test_engine, test_graph
from .rules import test_rules, test_whole_catalogue
from .tables import test_readers as tables
from .test_loading import HEAD, MATTER, SCHEMA_CASES
from .test_reader import HOSTILE, INVISIBLE, POINTED

MORE_YAML = [
    # reasons and codes the shared cases do not reach
    "a: [\n",  # Y001
    "id: x\nmatters:\n  - id: a\n    name：最低\n  x: 1\n",  # Y001 full-width colon
    "a: 1\n---\nb: 2\n",  # Y011 several
    "\n",  # Y011 empty
    "- \u200bx\n",  # Y008 with no key around it
    "a: " + "x" * 20 + "\n",  # Y009 (with a small limit)
]
MORE_CATALOGUES = [
    HEAD + MATTER + "    chanels: [政府网站]\n",  # S002 suggested
    HEAD + MATTER + "    zzqqxxww: 1\n",  # S002 without a suggestion
    HEAD + MATTER + "    content: {a: 1}\n",  # S003 list
    HEAD + MATTER + "    not_applicable: [a]\n",  # S003 text
    "id: d\ntitle: t\nlevel: county\nrevised: soon\n",  # S003 date
    "id: d\ntitle: t\nlevel: county\npublished: {date: 2020-12-01, url: ftp://x}\n",  # S004 url
    "id: d\ntitle: t\nlevel: county\njurisdiction: 示例县\n",  # S003 mapping
    "id: d\ntitle: t\nlevel: county\njurisdiction: name：示例县\n",  # S003 mapping, full-width colon
    "id: d\ntitle: ''\nlevel: county\n",  # S004 empty
    HEAD + MATTER + "    basis: [{title: x, article: " + "a" * 1001 + "}]\n",  # S004 too long
    HEAD + "  - id: a\n    area: Health Care\n    name: {level1: x}\n",  # S004 area pattern
    "id: d\ntitle: t\nlevel: county\nareas: [{slug: Bad Slug, zh: 甲, en: a}]\n",  # S004 slug pattern
    "id: d\ntitle: t\nlevel: county\nform: refinement\nextends: national\n"
    "refine: [{id: a, content: [x], remove: {content: [x]}}]\n",  # S004 added and removed
    "id: d\ntitle: t\nlevel: county\nmatters:\n  - id: a\n    area: health-care\n    name: {level1: x}\n",  # S006
    HEAD + "  - id: a\n    area: zzzzqq\n    name: {level1: x}\n",  # S006 without a suggestion
    "id: d\ntitle: t\nlevel: county\nareas: [{slug: health, zh: 卫生, en: Health}]\n",  # S008
    HEAD + "  - id: a\n    area: 救灾生产\n    name: {level1: x}\n",  # N006
    HEAD + "  - id: a\n    area: 乡村振兴\n    name: {level1: x}\n",  # N006
    HEAD + "  - id: a\n    area: 涉农资金\n    name: {level1: x}\n",  # N006
    HEAD + "  - id: a\n    area: 就业和社会保险\n    name: {level1: x}\n",  # N006
    HEAD + MATTER + "    mode: [主动公开]\n    channels: [政府網站, 政府网占, 法律服务网, 政府网站, 政府网站]\n",
    HEAD + MATTER + "    channels: 政府网站\n",  # N005
    HEAD + MATTER + "    channels: [abcxyzq]\n",  # N003 without a suggestion
    "id: d\ntitle: t\nlevel: county\nrefine: [{id: a}]\n",  # S011
]


def produce(folder: Path) -> list[Finding]:
    """Findings of every code the package defines, each as the code that reports it made it."""
    found: list[Finding] = []
    for _, text, *_ in HOSTILE:
        found += _rejected(text)
    for text in MORE_YAML:
        found += _rejected(text, Limits(max_value_chars=10))
    for _, text, *_ in POINTED:
        found += _rejected(text)
    found += _rejected(INVISIBLE)
    found += _rejected("a: " + "\u200b" * 101 + "\n")  # Y008 more
    found += parse_catalogue(b"a: 1\n" * 10, limits=Limits(max_file_bytes=8)).findings  # Y006
    found += parse_catalogue("id: \u4e2d\n".encode("gb18030")).findings  # Y007 guessed
    found += parse_catalogue(b"a: \xff\xfe\xfd\xfc\x80\xff\n" * 3).findings  # Y007 without a guess
    found += parse_catalogue(HEAD + MATTER + MATTER.replace("id: a", "id: b"), limits=Limits(max_matters=1)).findings
    found += read_catalogue(folder / "missing.yaml").findings  # Y013
    found += parse_catalogue("".join(f"k{i:04d}: v\n" for i in range(260))).findings  # S010
    for _, text, *_ in SCHEMA_CASES:
        found += parse_catalogue(text).findings
    for text in MORE_CATALOGUES:
        found += parse_catalogue(text).findings
    found += _rule_findings()
    found += _chain_findings(folder)
    found += _together_findings(folder)
    found += _table_findings(folder)
    found += _interpretation_findings()
    return found


def _interpretation_findings() -> list[Finding]:
    """A sheet holding every cell the interpretation of tables cannot read (T020–T039)."""
    from grassroots_catalog.read.tables.interpret import interpret

    from .tables.grids import grid, sheet

    rows: list[list[str | tuple[str, str]]] = [
        ["随便写的"],  # a title
        ["甲", "乙"],  # T028 before-header
        ["序号", "一级事项", "二级事项", "公开对象", "公开对象", "公开方式", "公开时限", "公开时限", "怪列", ""],
        ["", "", "", "全社会", "特定群体", "", "", "", "", ""],
        ["一", "低保", "名单", "对", "低保户", "偶尔", "x", "y", "z", "w"],  # T029 T022 T023 T024 T021s
        [("一", "S!A5"), ("低保", "S!B5"), ("名单", "S!C5"), "", "", "", "", "", "", ""],  # T030
        ["", "", "", "", "", "", "", "", "续", ""],  # T030 blank: no number and no name of its own
        [],
        ["只有一格"] * 10,  # T028 section
        ["二十七、自然资源领域"] * 10,  # T026
        ["", "", "", "", "", "主动"],  # T028 no-name
    ]
    found = list(interpret(grid(sheet("S", rows)), area="社会救助").findings)
    found += interpret(grid(sheet("A", [["领域", "一级事项"], ["社保", "某事"]]))).findings  # T025
    found += interpret(grid(sheet("N", [["一级事项", "公开内容"], ["某事", "x"]]))).findings  # T027
    found += interpret(grid(sheet("E", [["什么都不是", "x"]]))).findings  # T020
    from grassroots_catalog.read.tables.national import as_national

    found += as_national({"matters": [{"area": "health"}, {"area": "employment"}]}, file="n.xlsx")[1]  # T040
    return found


def _rejected(text: str, limits: Limits | None = None) -> list[Finding]:
    try:
        read_yaml(text, limits=limits or Limits())
    except InputRejected as rejected:
        return list(rejected.findings)
    return []


def _rule_findings() -> list[Finding]:
    found: list[Finding] = []

    def check(*matters: dict[str, Any], level: str = "county", meta: Any = None, **options: Any) -> None:
        data = {"id": "c", "title": "t", "level": level, **(test_rules.META if meta is None else meta)}
        found.extend(run(Catalogue.model_validate({**data, "matters": list(matters)}), options=options))

    for _, change, _ in test_rules.FIRES:
        check({**test_rules.GOOD, **change})
    check({**test_rules.GOOD, "level": ["县级"]}, level="township")
    check({**test_rules.GOOD, "basis": [], "time_limit": "信息形成之日起30个工作日内"})
    check(test_rules.GOOD, meta={"revised": "2020-11-30"})
    check(test_rules.GOOD, meta={"published": test_rules.META["published"]})
    late = {**test_rules.META, "published": {"date": "2021-03-01", "url": "https://x.gov.cn/"}}
    check(test_rules.GOOD, meta=late)
    check(test_rules.GOOD, as_of=dt.date(2022, 6, 30))
    twin = {**test_rules.GOOD, "id": "a.two"}
    check(test_rules.GOOD, twin)
    whole = test_whole_catalogue
    for level, rows in (("county", [whole.row("health")]), ("township", whole.every_area(level=["乡级"]))):
        found += whole.findings(rows, level=level).values()
    found += whole.findings(whole.every_area()).values()
    return found


def _chain_findings(folder: Path) -> list[Finding]:
    found: list[Finding] = []
    for name in ("county", "township"):
        found += validate_file(EXAMPLES / f"{name}.yaml").findings
        _, effective = resolve_file(EXAMPLES / f"{name}.yaml")
        found += effective.findings if effective is not None else []
    engine = test_engine
    weaker = {"id": "a.one", "time_limit": "信息形成之日起30个工作日内"}
    for because in (None, {"reason": "省条例另有规定"}, {"reason": "省条例另有规定", "document": "《示例省条例》"}):
        refine = {**weaker, "because": {"time_limit": because}} if because else weaker
        found += compose(engine.layers({"form": "refinement", "refine": [refine]})).findings
    found += compose(
        engine.layers(
            {
                "form": "refinement",
                "refine": [{"id": "a.nope", "note": "x"}],
                "matters": [{"id": "a.two", "area": "health", "name": {"level1": "乙"}}],
            }
        )
    ).findings
    found += compose(engine.layers({"form": "table", "matters": [engine.BASE["matters"][0]]})).findings
    from .merge import test_table_linking as linking

    empty = Catalogue.model_validate({"id": "e", "title": "t", "level": "national"})
    lone = {"id": "c", "title": "t", "level": "county", "extends": "e", "form": "refinement", "refine": [{"id": "x.y"}]}
    found += compose([Layer("e", empty), Layer("c", Catalogue.model_validate(lone))]).findings  # M006, nothing near

    found += linking._compose(
        {"id": "2", **linking._row("资金信息", "资金使用情况")},
        {"id": "3", "area": "employment", "name": {"level1": "办事指南"}, "mode": ["主动"]},
    ).findings
    unknown_level = {**engine.BASE["matters"][1], "id": "a.three", "level": []}
    with_unknown = [
        Layer("base", Catalogue.model_validate({**engine.BASE, "matters": [*engine.BASE["matters"], unknown_level]}))
    ]
    table = {
        "id": "t",
        "title": "t",
        "level": "county",
        "extends": "base",
        "form": "table",
        "matters": engine.BASE["matters"],
    }
    found += compose([*with_unknown, Layer("t", Catalogue.model_validate(table))]).findings
    make = test_graph.catalogue
    for index, (extends, level) in enumerate(
        [("./missing.yaml", "county"), ("../outside.yaml", "county"), ("./town.yaml", "county")]
    ):
        sub = folder / f"chain{index}"
        sub.mkdir()
        make(sub, "town", "township", NATIONAL)
        found += resolve_chain(make(sub, "leaf", level, extends)).findings
    codes = folder / "codes"
    codes.mkdir()
    found += parse_catalogue(test_division_codes.text("township", "990121")).findings  # S004 code-level
    (codes / "parent.yaml").write_text(test_division_codes.text("county", "990121"), encoding="utf-8")
    (codes / "child.yaml").write_text(test_division_codes.text("township", "990122100", "./parent.yaml"), "utf-8")
    found += resolve_chain(codes / "child.yaml").findings  # M016
    control = folder / "control"
    control.mkdir()
    found += test_graph.chain_of_data(control, test_graph.CONTROL_REFERENCES[0]).findings  # M015 control-character
    found += _rejected('extends: "./a\\0b.yaml"\n')  # Y008 escaped
    for index, (extends, _, _) in enumerate(test_graph.HOSTILE_REFERENCES):
        sub = folder / f"hostile{index}"
        sub.mkdir()
        found += resolve_chain(make(sub, "leaf", "county", extends)).findings
    cycle = folder / "cycle"
    cycle.mkdir()
    make(cycle, "a", "county", "./b.yaml")
    make(cycle, "b", "municipal", "./a.yaml")
    found += resolve_chain(cycle / "a.yaml").findings
    twins = folder / "twins"
    twins.mkdir()
    make(twins, "p1", "provincial", NATIONAL, identifier="the-province")
    make(twins, "p2", "provincial", NATIONAL, identifier="the-province")
    found += resolve_chain(make(twins, "county", "county", "the-province")).findings
    found += resolve_chain(make(twins, "p3", "provincial", NATIONAL, form=None)).findings
    return found


def _together_findings(folder: Path) -> list[Finding]:
    parts = folder / "parts"
    parts.mkdir()
    slugs = [area.slug for area in PILOT_AREAS]
    first = test_whole_catalogue.write_part(parts, "a-first", slugs[:3])
    second = test_whole_catalogue.write_part(parts, "b-second", slugs[3:6])
    found = [f for report in validate([first, second], complete=True) for f in report.findings]
    found += [f for report in validate([first, second]) for f in report.findings]
    lines = [
        "id: c",
        "title: t",
        "level: county",
        "matters:",
        "  - id: a  # gcat: ignore[R05]",
        "    area: health",
        "    name: {level1: x}",
    ]
    comment = parts / "comment.yaml"
    comment.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found += validate_file(comment).findings
    return found


def _table_findings(folder: Path) -> list[Finding]:
    """Every T code of reading a table, from files made as the table tests make them."""
    found: list[Finding] = []
    sub = folder / "tables"
    sub.mkdir()

    def attempt(call: Any, *args: Any, **kwargs: Any) -> None:
        try:
            found.extend(call(*args, **kwargs).findings)
        except TableRejected as rejected:
            found.append(rejected.finding)

    def write(name: str, data: bytes) -> Path:
        path = sub / name
        path.write_bytes(data)
        return path

    book = tables.workbook(sub)  # T006 formula
    attempt(read_xlsx, book, limits=Limits(max_cell_chars=4))  # T005
    attempt(read_xlsx, book, limits=Limits(max_cells=4))  # T004
    attempt(read_xlsx, book, limits=Limits(max_file_bytes=10))  # T015
    attempt(read_xlsx, book, limits=Limits(max_zip_entries=2))  # T002 entries
    attempt(read_xlsx, book, limits=Limits(max_zip_bytes=10))  # T002 inflated
    bomb = tables.workbook(sub, "bomb.xlsx")
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (4 * 1024 * 1024))
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * 100 + b"</sst>")
    attempt(read_xlsx, bomb)  # T002 ratio
    attempt(read_xlsx, bomb, limits=Limits(max_zip_ratio=10**6, max_shared_strings_bytes=10))  # T003
    attempt(read_table, write("renamed.xlsx", b"a,b\n1,2\n"))  # T001 text
    attempt(read_table, write("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100))  # T001 xls
    attempt(read_table, write("image.xlsx", b"\x89PNG\r\n\x1a\n\0\0\0"))  # T001
    attempt(read_table, write("cut.xlsx", book.read_bytes()[:300]))  # T008 truncated
    sheet = "<worksheet><sheetData><row"
    broken = sub / "broken.xlsx"
    with zipfile.ZipFile(book) as old, zipfile.ZipFile(broken, "w") as new:
        for item in old.infolist():
            new.writestr(item, sheet if item.filename.endswith("sheet1.xml") else old.read(item))
    attempt(read_xlsx, broken)  # T008
    macros = tables.workbook(sub, "macros.xlsm")
    with zipfile.ZipFile(macros, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"x")
    attempt(read_table, macros)  # T019
    attempt(read_table, write("book.csv", book.read_bytes()))  # T018
    attempt(read_table, write("a.pdf", b"%PDF"))  # T014
    attempt(read_table, sub / "missing.csv")  # T016
    for data in (
        "a,b\n甲,乙\n".encode("gb18030"),  # T009
        b"a,b\n\x81\x30\xff\xff\xfe\n" * 3,  # T010
        b"a,b\n\x81\x30\x81\x30\xff\n",  # T010 guessed
        b"a,b,c\n1,2,3,4\n1,2\nx\x00,y,z\n",  # T011 more, fewer; T007
        b'a,b\n"open,x\n',  # T012 unclosed quote
        b'a,b\n"x"y,z\n',  # T012
        b"\n\n",  # T013
    ):
        attempt(parse_csv, data, file="t.csv")
    attempt(parse_html, tables.PAGE.encode(), file="page.html")  # T017
    attempt(parse_html, b"<p>none</p>", file="page.html")  # T013 html
    return found
