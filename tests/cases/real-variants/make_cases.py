"""Write the real-variants corpus: local tables that copy real national rows the ways published tables do.

Run ``python tests/cases/real-variants/make_cases.py`` from the repository root to (re)write the case files and
``expected.yaml``; ``tests/test_real_variants.py`` checks that the committed files equal what this script writes.

Every row of a case file is a real row of ``catalogs/national/*.yaml`` (the national data is partial: no national
row is invented), localised as a careful county or township does it (its own bureau as subject, the national
channel boxes kept), and then written in one of the ways published catalogues write it (see README.md). Rows that
plant a real weakening say so in a comment and in ``expected.yaml``, with the finding they must give.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
NATIONAL = ROOT / "catalogs" / "national"

FIELD_ORDER = ("content", "basis", "time_limit", "subject", "channels", "audience", "mode", "level", "note")
FLOW_LISTS = ("channels", "audience", "mode", "level")
DEFAULT_TIME_LIMIT = "信息形成或者变更之日起20个工作日内"
DEFAULT_BASIS = ("《中华人民共和国政府信息公开条例》",)


# ---------------------------------------------------------------- the national rows


def _national_rows() -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for path in sorted(NATIONAL.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for matter in document.get("matters") or []:
            rows[matter["id"]] = matter
    return rows


NATIONAL_ROWS = _national_rows()


def national_ids(area: str) -> list[str]:
    """The national rows of an area, in the order of the national file."""
    return [key for key, row in NATIONAL_ROWS.items() if row["area"] == area]


# ---------------------------------------------------------------- rows as a careful office writes them


@dataclass
class Expect:
    """A finding a row must give: its code and severity, and why (for README.md and expected.yaml)."""

    code: str
    severity: str
    why: str


@dataclass
class Case:
    """One written row: the national row it copies, what is written, and how it varies from the national text."""

    national: str | None
    written: dict[str, Any]
    variant: str = "faithful"
    note: str = ""
    expect: list[Expect] = field(default_factory=list)


@dataclass
class Omitted:
    """A national row a file leaves out, and what that must give (``at_most``: the highest severity allowed)."""

    national: str
    why: str
    expect: Expect | None = None
    at_most: str | None = None


@dataclass
class CaseFile:
    name: str
    header: str
    catalogue: dict[str, Any]
    cases: list[Case]
    omitted: list[Omitted] = field(default_factory=list)
    shown: str = "name"  # the field whose line README.md shows as the example of a variant


def localise(
    national: str,
    subject: str,
    *,
    tier: str = "县级",
    keep_id: bool = True,
    fills: Mapping[str, Any] | None = None,
    **changes: Any,
) -> dict[str, Any]:
    """The national row as a careful office copies it: same names and values, its own bureau as subject,
    the national boxes kept, and the cells the partial national data leaves blank filled in."""
    row = NATIONAL_ROWS[national]
    written: dict[str, Any] = {}
    if keep_id:
        written["id"] = national
    written["area"] = row["area"]
    written["name"] = {k: v for k, v in row["name"].items() if v is not None}
    fills = dict(fills or {})
    level = row.get("level") or []
    written["content"] = list(row.get("content") or fills.pop("content", []))
    written["basis"] = list(row.get("basis") or fills.pop("basis", DEFAULT_BASIS))
    written["time_limit"] = row.get("time_limit") or fills.pop("time_limit", DEFAULT_TIME_LIMIT)
    written["subject"] = subject
    written["channels"] = list(row.get("channels") or fills.pop("channels", ["政府网站"]))
    written["audience"] = list(row.get("audience") or fills.pop("audience", ["全社会"]))
    written["mode"] = list(row.get("mode") or fills.pop("mode", ["主动"]))
    if tier == "乡级":
        written["level"] = ["乡级"]
    else:
        written["level"] = list(level) if tier in level else [tier]
    if fills:
        raise ValueError(f"{national}: fills for fields the national row has: {sorted(fills)}")
    for key, value in changes.items():
        if value is None:
            written.pop(key, None)
        else:
            written[key] = value
    return written


def faithful(national: str, subject: str, **kwargs: Any) -> Case:
    return Case(national, localise(national, subject, **kwargs))


def renamed(national: str, local_id: str | None, name: Mapping[str, str]) -> Callable[..., dict[str, Any]]:
    """A row written under other names (and a local id or none): the rest localised as usual."""

    def build(subject: str, **kwargs: Any) -> dict[str, Any]:
        written = localise(national, subject, keep_id=False, **kwargs)
        written["name"] = dict(name)
        return {**({"id": local_id} if local_id is not None else {}), **written}

    return build


# ---------------------------------------------------------------- writing YAML the way the examples are written

_PLAIN_BAD = set(":#,[]{}&*!|>'\"%@`\n\t")


def scalar(value: Any, *, flow: bool = False) -> str:
    """A YAML scalar: plain when that reads back as the same text, double-quoted otherwise."""
    if isinstance(value, bool) or value is None:
        raise TypeError(value)
    text = str(value)
    plain_ok = (
        text
        and text == text.strip()
        and not (set(text) & _PLAIN_BAD)
        and text[0] not in "-?"
        and yaml.safe_load(text) == text
    )
    if plain_ok and flow:
        plain_ok = not (set(text) & set(",[]{}"))
    return text if plain_ok else json.dumps(text, ensure_ascii=False)


def flow_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


@dataclass
class Written:
    text: str
    rows: list[tuple[int, int]]  # (first line, last line) of each row, 1-based
    fields: list[dict[str, int]]  # the line of each field of each row
    matters_line: int


def render(case_file: CaseFile) -> Written:
    lines: list[str] = ["# yaml-language-server: $schema=../../../schemas/catalogue.schema.json"]
    lines += [f"# {text}" if text else "#" for text in case_file.header.strip().splitlines()]
    catalogue = case_file.catalogue
    for key in ("id", "title", "level"):
        lines.append(f"{key}: {scalar(catalogue[key])}")
    code = catalogue["code"]
    lines.append(f"jurisdiction: {{name: {scalar(catalogue['jurisdiction'], flow=True)}, code: '{code}'}}")
    lines += ["extends: national", "form: table", "scope: part", f"revised: {catalogue['revised']}"]
    lines += ["published:", f"  date: {catalogue['published']}", f"  url: {catalogue['url']}"]
    lines.append("matters:")
    matters_line = len(lines)
    rows: list[tuple[int, int]] = []
    fields: list[dict[str, int]] = []
    for case in case_file.cases:
        if case.variant != "faithful" or case.note:
            comment = case.variant + (f": {case.note}" if case.note else "")
            lines.append(f"  # {comment}")
        first = len(lines) + 1
        where: dict[str, int] = {}
        prefix = "  - "
        written = case.written
        for key in ("id", "area", "name", *FIELD_ORDER):
            if key not in written:
                continue
            value = written[key]
            where[key] = len(lines) + 1
            if key == "name":
                inner = ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in value.items())
                lines.append(f"{prefix}name: {{{inner}}}")
            elif key in FLOW_LISTS:
                lines.append(f"{prefix}{key}: {flow_list(value)}")
            elif isinstance(value, list):
                if not value:
                    lines.append(f"{prefix}{key}: []")
                else:
                    lines.append(f"{prefix}{key}:")
                    lines += [f"      - {scalar(item)}" for item in value]
            else:
                lines.append(f"{prefix}{key}: {scalar(value)}")
            prefix = "    "
        rows.append((first, len(lines)))
        fields.append(where)
    return Written("\n".join(lines) + "\n", rows, fields, matters_line)


# ---------------------------------------------------------------- the case files


def _catalogue(slug: str, name: str, code: str, level: str, title_area: str) -> dict[str, Any]:
    return {
        "id": slug,
        "title": f"{name}{title_area}领域基层政务公开标准目录",
        "level": level,
        "jurisdiction": f"{name}人民政府",
        "code": code,
        "revised": "2020-11-30",
        "published": "2020-12-15",
        "url": f"https://www.{slug}.gov.cn/zwgk/bzml/",
    }


def names_county() -> CaseFile:
    """Rows carrying a clerk's numbering as id, under names written the ways real tables write them."""
    police, poverty = "东岭县公安局", "东岭县扶贫开发办公室"
    plans: list[tuple[str, str, dict[str, str], str, str, dict[str, Any]]] = [
        (
            "poverty-alleviation.a20ff94b",
            "1",
            {"level1": "扶贫", "level2": "政策文件", "level3": "行政法规、规章"},
            "area-name-in-level1",
            "一级填领域名“扶贫”，国家版一级移作二级、二级移作三级；序号“1”作为id",
            {},
        ),
        (
            "poverty-alleviation.f6f13598",
            "2",
            {"level1": "政策法规", "level2": "规范性文件"},
            "reworded-level1",
            "一级“政策文件”改写为“政策法规”，二级不变",
            {},
        ),
        (
            "poverty-alleviation.245c36b8",
            "3",
            {"level1": "政策文件", "level2": "其他政策\n文件"},
            "line-break",
            "单元格内换行（其他政策/文件）",
            {},
        ),
        (
            "poverty-alleviation.2992ff39",
            "4-1",
            {"level1": "扶贫对象", "level2": "贫困人口识别情况"},
            "suffix",
            "二级加后缀“情况”；序号“4-1”作为id；渠道在国家版之外加勾政府网站",
            {},
        ),
        (
            "poverty-alleviation.f11def23",
            "4-2",
            {"level1": "扶贫对象", "level2": "本县贫困人口退出"},
            "prefix",
            "二级加前缀“本县”；渠道在国家版之外加勾政府网站",
            {},
        ),
        (
            "poverty-alleviation.c004a3fd",
            "5",
            {"level1": "资金信息", "level2": "财政专项扶贫资金分配结果"},
            "reworded-level1",
            "一级“扶贫资金”改写为“资金信息”，二级不变",
            {"mode": ["主动"], "audience": ["全社会"], "channels": ["政府网站", "社区/企事业单位/村公示栏（电子屏）"]},
        ),
        (
            "household-registration.0c9b71c5",
            "6",
            {"level1": "户籍管理", "level2": "出生登记", "level3": "出生登记"},
            "area-name-in-level1",
            "一级填领域名“户籍管理”，国家版一级、二级依次后移",
            {},
        ),
        (
            "household-registration.7659a749",
            "7",
            {"level1": "收养,入籍等登记", "level2": "收养登记"},
            "half-width",
            "半角逗号代替顿号",
            {},
        ),
        (
            "household-registration.f991b3f8",
            "8-1",
            {"level1": "注销\u3000登记", "level2": "死亡注销"},
            "full-width-space",
            "一级中间一个全角空格",
            {},
        ),
        (
            "household-registration.910a8103",
            "8-2",
            {"level1": "註銷登記", "level2": "服現役註銷"},
            "traditional",
            "繁体字（註銷登記 / 服現役註銷）",
            {},
        ),
        (
            "household-registration.59779c86",
            "9",
            {"level1": "迁移登记", "level2": "迁出 、迁入登记"},
            "stray-space",
            "顿号前多一个空格",
            {},
        ),
        (
            "household-registration.9c4453f9",
            "10",
            {"level1": "户口登记项目变更更正信息", "level2": "姓名变更（更正）"},
            "suffix",
            "一级加后缀“信息”，二级的“、更正”写作全角括号",
            HOUSEHOLD_9C44_FILLS,
        ),
    ]
    cases: list[Case] = []
    for national, local_id, name, variant, note, fills in plans:
        subject = police if national.startswith("household") else poverty
        written = renamed(national, local_id, name)(subject, fills=fills)
        if national in ("poverty-alleviation.2992ff39", "poverty-alleviation.f11def23"):
            written["channels"] = ["政府网站", *written["channels"]]
        cases.append(Case(national, written, variant, note))
    return CaseFile(
        "names-county.yaml",
        """
东岭县 (fictional): its 扶贫 and 户籍管理 tables. The rows carry the clerk's numbering (序号) as id, not the
national ids, and their names are written the ways published tables write them (README.md, names-county).
Every row is a faithful, localised copy of a national row: no error and no warning is expected.
""",
        _catalogue("dongling-county", "东岭县", "999101", "county", "扶贫、户籍管理"),
        cases,
    )


HOUSEHOLD_9C44_FILLS: dict[str, Any] = {
    "content": ["办理条件", "申请材料", "办理流程", "办理时限", "收费标准", "办理地点和联系方式"],
    "basis": ["《户口登记条例》", "《政府信息公开条例》"],
    "time_limit": "形成或者变更之日起20个工作日内予以公开",
    "channels": ["政府网站", "入户/现场"],
    "audience": ["全社会"],
    "mode": ["主动"],
}

RURAL_FILLS: dict[str, dict[str, Any]] = {
    "rural-dilapidated-housing.d52d636d": {"mode": ["主动"], "audience": ["全社会"]},
    "rural-dilapidated-housing.db150c28": {
        "basis": [
            "《中华人民共和国政府信息公开条例》",
            "《住房城乡建设部 财政部关于印发农村危房改造脱贫攻坚三年行动方案的通知》",
        ],
        "time_limit": "信息形成之日起20个工作日内",
        "mode": ["主动"],
        "audience": ["全社会"],
    },
    "rural-dilapidated-housing.c6db3081": {
        "content": ["竣工验收标准", "验收结果"],
        "basis": [
            "《中华人民共和国政府信息公开条例》",
            "《住房城乡建设部 财政部关于印发农村危房改造脱贫攻坚三年行动方案的通知》",
        ],
        "time_limit": "信息形成之日起20个工作日内",
        "mode": ["主动"],
        "audience": ["全社会"],
    },
}


def ids_county() -> CaseFile:
    """Rows written with no id at all, under the national names: linked by what they say."""
    housing, labour = "西川县住房和城乡建设局", "西川县人力资源和社会保障局"
    cases: list[Case] = []
    for national in national_ids("employment"):
        fills: dict[str, Any] = {}
        if national == "employment.4bb4b281":
            fills = {
                "time_limit": "公开事项信息形成或变更之日起20个工作日内公开",
                "mode": ["主动"],
                "audience": ["全社会"],
                "channels": ["政府网站", "政务服务中心", "其他：基层公共服务平台"],
            }
        keep = national == "employment.19eb4b1a"
        written = localise(national, labour, keep_id=keep, fills=fills)
        cases.append(_id_case(national, written, keep))
    for national in national_ids("rural-dilapidated-housing"):
        keep = national == "rural-dilapidated-housing.56815898"
        written = localise(national, housing, keep_id=keep, fills=RURAL_FILLS.get(national))
        cases.append(_id_case(national, written, keep))
    return CaseFile(
        "ids-county.yaml",
        """
西川县 (fictional): its 就业 and 农村危房改造 tables as published, most rows with no id at all (the published
table has none), two with the national id a clerk copied in. Names are the national ones. No error and no
warning is expected.
""",
        _catalogue("xichuan-county", "西川县", "999102", "county", "就业、农村危房改造"),
        cases,
        shown="id",
    )


def _id_case(national: str, written: dict[str, Any], kept: bool) -> Case:
    if kept:
        return Case(national, written, "national-id", "带国家版id（与无id的行混排）")
    return Case(national, written, "no-id", "无id，名称与国家版一致")


def bases_county() -> CaseFile:
    """The national legal bases written the ways local tables cite the same instruments."""
    planning, market = "南湖区自然资源和规划局", "南湖区市场监督管理局"
    variants: dict[str, tuple[str, str, list[str]]] = {
        "urban-rural-planning.fdfbbe06": (
            "full-title",
            "《城乡规划法》写作全称《中华人民共和国城乡规划法》",
            ["《中华人民共和国城乡规划法》", "《中华人民共和国政府信息公开条例》"],
        ),
        "urban-rural-planning.8f56905d": (
            "order-number",
            "依据后附令号（国令第711号）",
            ["《中华人民共和国政府信息公开条例》（国令第711号）"],
        ),
        "urban-rural-planning.808fd1be": (
            "order-number",
            "依据后附令号（中华人民共和国国务院令第711号）",
            ["《政府信息公开条例》（中华人民共和国国务院令第711号）"],
        ),
        "urban-rural-planning.cb9598de": (
            "year-note",
            "依据后附修正年份",
            ["《土地管理法》（2019年修正）", "《城乡规划法》（2019年修正）", "《政府信息公开条例》（2019年修订）"],
        ),
        "urban-rural-planning.d92a1105": (
            "stray-space",
            "书名号内多一个空格",
            ["《土地管理法 》", "《城乡规划法》", "《政府信息 公开条例》"],
        ),
        "urban-rural-planning.5ae8a87a": (
            "trailing-deng",
            "末尾加“等”",
            ["《城乡规划法》", "《政府信息公开条例》等"],
        ),
        "urban-rural-planning.b6da7666": (
            "and-related-rules",
            "末尾加“及相关规定”（大竹县的写法）",
            ["《土地管理法》", "《城乡规划法》", "《政府信息公开条例》及相关规定"],
        ),
        "urban-rural-planning.7ce86383": (
            "label",
            "前加标签“政策依据：”",
            ["政策依据：《城乡规划法》", "《政府信息公开条例》"],
        ),
        "urban-rural-planning.9320c9a8": (
            "full-title",
            "全称，并补上国家版空缺的《政府信息公开条例》",
            ["《中华人民共和国城乡规划法》", "《中华人民共和国政府信息公开条例》"],
        ),
        "urban-rural-planning.c70494bc": (
            "full-title",
            "前两项写作全称",
            [
                "《中华人民共和国城乡规划法》",
                "《中华人民共和国政府信息公开条例》",
                "《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》",
            ],
        ),
        "food-and-drug-regulation.e701c93c": (
            "short-title",
            "《中华人民共和国食品安全法》《中华人民共和国政府信息公开条例》写作简称",
            [
                "《食品安全法》",
                "《政府信息公开条例》",
                "《关于全面推进政务公开工作的意见》",
                "《食品药品安全监管信息公开管理办法》",
            ],
        ),
        "food-and-drug-regulation.a6dda4aa": (
            "document-number",
            "《关于全面推进政务公开工作的意见》后补文号（中办发〔2016〕8号）",
            [
                "《中华人民共和国食品安全法》",
                "《中华人民共和国政府信息公开条例》",
                "《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）",
                "《食品药品安全监管信息公开管理办法》",
            ],
        ),
        "food-and-drug-regulation.3f5bbd59": (
            "half-width-brackets",
            "文号用半角括号与方括号",
            [
                "《中华人民共和国食品安全法》",
                "《中华人民共和国政府信息公开条例》",
                "《关于全面推进政务公开工作的意见》(中办发[2016]8号)",
                "《食品生产经营日常监督检查管理办法》",
                "《食品药品安全监管信息公开管理办法》",
            ],
        ),
        "food-and-drug-regulation.0fb9ed9e": (
            "year-note",
            "《食品安全法》后附“（2018年修正）”",
            [
                "《中华人民共和国食品安全法》（2018年修正）",
                "《中华人民共和国政府信息公开条例》",
                "《关于全面推进政务公开工作的意见》",
                "《食品生产经营日常监督检查管理办法》",
                "《食品药品安全监管信息公开管理办法》",
            ],
        ),
        "food-and-drug-regulation.a29457fe": (
            "label",
            "前加标签“依据：”，末尾加“等”",
            [
                "依据：《中华人民共和国食品安全法》",
                "《政府信息公开条例》",
                "《关于全面推进政务公开工作的意见》",
                "《食品生产经营监督检查管理办法》",
                "《食品药品安全监管信息公开管理办法》等",
            ],
        ),
        "food-and-drug-regulation.83d1d5de": (
            "stray-space",
            "书名号外多一个空格，书名号内多一个空格",
            [
                "《中华人民共和国政府信息公开条例》 ",
                "《食品药品行政处罚案件信息公开实施细则》",
                "《市场监督管理行政处罚 程序暂行规定》",
            ],
        ),
    }
    fills: dict[str, dict[str, Any]] = {
        "urban-rural-planning.8f56905d": {"channels": ["政府网站"]},
        "urban-rural-planning.808fd1be": {"channels": ["政府网站", "政务服务中心"]},
        "urban-rural-planning.9320c9a8": {
            "time_limit": "信息形成或者变更之日起20个工作日内",
            "mode": ["主动"],
            "audience": ["全社会"],
        },
        "urban-rural-planning.c70494bc": {"mode": ["主动"], "audience": ["全社会"]},
        "food-and-drug-regulation.e5f2c058": {
            "basis": [
                "《中华人民共和国政府信息公开条例》",
                "《药品管理法》",
                "《医疗器械监督管理条例》",
            ],
            "time_limit": "信息形成或变更之日起20个工作日内",
        },
        "food-and-drug-regulation.83d1d5de": {"time_limit": "信息形成或变更之日起20个工作日内"},
    }
    cases: list[Case] = []
    for area, bureau in (("urban-rural-planning", planning), ("food-and-drug-regulation", market)):
        for national in national_ids(area):
            row = NATIONAL_ROWS[national]
            if row.get("level") and "县级" not in row["level"]:
                continue  # a township row (乡村建设规划许可证): not in a county table
            written = localise(national, bureau, fills=fills.get(national))
            if national in variants:
                variant, note, basis = variants[national]
                written["basis"] = basis
                cases.append(Case(national, written, variant, note))
            else:
                cases.append(Case(national, written))
    return CaseFile(
        "bases-county.yaml",
        """
南湖区 (a fictional county-level district): its 城乡规划 and 食品药品监管 tables, rows under their national ids and
names, with the same legal bases cited the ways local tables cite them (README.md, bases-county). The
township-only row 乡村建设规划许可证 is not in a county table. No error and no warning is expected.
""",
        _catalogue("nanhu-district", "南湖区", "999103", "county", "城乡规划、食品药品监管"),
        cases,
        shown="basis",
    )


def content_county() -> CaseFile:
    """The national content elements written with labels and numbering, split or joined differently."""
    labour, city = "北林县人力资源和社会保障局", "北林县住房和城乡建设局"
    insurance = national_ids("social-insurance")
    elements = list(NATIONAL_ROWS[insurance[0]]["content"])
    numbered = [f"{i}.{e}" for i, e in enumerate(elements, 1)]
    joined = [*elements[:3], "办理方式、办理时限", *elements[5:]]
    labelled = [f"公开要素：{e}" if i == 0 else e for i, e in enumerate(elements)]
    chinese_numbers = "一二三四五六七八九十"
    listed = [f"（{chinese_numbers[i]}）{e}" if i < 10 else f"（十一）{e}" for i, e in enumerate(elements)]
    spaced = [e.replace("及", " 及 ") if "及" in e else e for e in elements]
    circled = [f"{i}、{e}" for i, e in enumerate(elements, 1)]
    full_stop = [f"{e}；" for e in elements[:-1]] + [f"{elements[-1]}。"]
    shapes: dict[str, tuple[str, str, list[str]]] = {
        insurance[0]: ("numbering", "要素前加序号“1.”“2.”", numbered),
        insurance[1]: ("joined", "“办理方式”“办理时限”合在一格", joined),
        insurance[2]: ("label", "第一项前加标签“公开要素：”", labelled),
        insurance[3]: ("numbering", "要素前加序号“（一）”“（二）”", listed),
        insurance[4]: ("stray-space", "“及”两侧多空格", spaced),
        insurance[5]: ("numbering", "要素前加序号“1、”“2、”", circled),
        insurance[6]: ("punctuation", "每项末尾带“；”，最后一项带“。”", full_stop),
    }
    cases: list[Case] = []
    for national in insurance:
        written = localise(
            national,
            labour,
            fills={"channels": ["政府网站", "政务服务中心"]}
            if national in ("social-insurance.2ed76730", "social-insurance.99a65266", "social-insurance.26ce28c3")
            else None,
        )
        if national in shapes:
            variant, note, content = shapes[national]
            written["content"] = content
            cases.append(Case(national, written, variant, note))
        else:
            cases.append(Case(national, written))
    municipal_fills: dict[str, dict[str, Any]] = {
        "municipal-services.6f661750": {"channels": ["政府网站"]},
        "municipal-services.53380185": {"basis": ["《城市绿化条例》"], "channels": ["政府网站"]},
        "municipal-services.5bb958cf": {"channels": ["政府网站"]},
    }
    for national in national_ids("municipal-services"):
        fills = {"mode": ["主动"], "audience": ["全社会"], **municipal_fills.get(national, {})}
        written = localise(national, city, fills=fills)
        content = list(written["content"])
        if national == "municipal-services.c599d0b6":
            written["content"] = ["申请条件", "申请材料", "申请流程", "法定依据"]
            cases.append(Case(national, written, "split", "国家版一格“申请条件、申请材料、申请流程、法定依据”拆成四格"))
        elif national == "municipal-services.850f6dfc":
            written["content"] = ["申请条件，申请材料，申请流程，法定依据"]
            cases.append(Case(national, written, "joined", "一格，用逗号代替顿号"))
        elif national == "municipal-services.456beb87":
            written["content"] = ["1.申请条件", "2.申请材料", "3.申请流程", "4.法定依据"]
            cases.append(Case(national, written, "split", "拆成四格并编号"))
        elif national == "municipal-services.5bb958cf":
            written["content"] = ["申请条件、申请材料", "申请流程、法定依据"]
            cases.append(Case(national, written, "joined", "国家版四格两两合并"))
        elif national == "municipal-services.2c6451f2":
            written["content"] = ["办事指南：申请条件、申请材料、申请流程、法定依据"]
            cases.append(Case(national, written, "label", "前加标签“办事指南：”"))
        else:
            written["content"] = content
            cases.append(Case(national, written))
    return CaseFile(
        "content-county.yaml",
        """
北林县 (fictional): its 社会保险 and 市政服务 tables, rows under their national ids and names, with the same
content elements written with labels, numbering and punctuation, or split and joined differently (README.md,
content-county). No error and no warning is expected.
""",
        _catalogue("beilin-county", "北林县", "999104", "county", "社会保险、市政服务"),
        cases,
        shown="content",
    )


def _swap(channels: Sequence[str], replace: Mapping[str, Sequence[str]]) -> list[str]:
    out: list[str] = []
    for channel in channels:
        out.extend(replace.get(channel, [channel]))
    return out


def channels_county() -> CaseFile:
    """The national channel boxes named the ways local tables name them (website after the place, 两微一端)."""
    education, housing, ecology = "北山县教育体育局", "北山县住房和城乡建设局", "北山市生态环境局北山县分局"
    shapes: dict[str, tuple[str, str, dict[str, list[str]]]] = {
        "compulsory-education.d2bdfbb0": (
            "website-named",
            "政府网站写作“北山县人民政府网站”，两微一端写作“政务微博”“微信公众号”",
            {"政府网站": ["北山县人民政府网站"], "两微一端": ["政务微博", "微信公众号"]},
        ),
        "compulsory-education.22cfa536": (
            "two-weibo-one-app",
            "两微一端写作“政务微信”“客户端”",
            {"两微一端": ["政务微信", "客户端"]},
        ),
        "compulsory-education.e5ce95fc": ("website-named", "政府网站写作“县政府网站”", {"政府网站": ["县政府网站"]}),
        "compulsory-education.f6f13598": ("website-named", "政府网站写作“区政府网站”", {"政府网站": ["区政府网站"]}),
        "affordable-housing.d2444a03": (
            "website-named",
            "政府网站写作“市政府门户网站”",
            {"政府网站": ["市政府门户网站"]},
        ),
        "affordable-housing.730f3ec2": (
            "website-named",
            "政府网站写作“北山经济开发区（北山区）政府网站”，两微一端写作“微信公众号”",
            {"政府网站": ["北山经济开发区（北山区）政府网站"], "两微一端": ["微信公众号"]},
        ),
        "affordable-housing.46dd2820": (
            "two-weibo-one-app",
            "两微一端写作“政务微博、政务微信、客户端”三项",
            {"两微一端": ["政务微博", "政务微信", "客户端"]},
        ),
        "ecological-environment.e857c5c0": (
            "website-named",
            "政府网站写作“北山县人民政府网站”，两微一端写作“政务微信”",
            {"政府网站": ["北山县人民政府网站"], "两微一端": ["政务微信"]},
        ),
        "ecological-environment.0a809fea": (
            "added-box",
            "在国家版各项之外加勾“公开查阅点”（本地加强）",
            {"便民服务站": ["便民服务站", "公开查阅点"]},
        ),
        "ecological-environment.1257b3fa": (
            "website-named",
            "政府网站写作“县政府门户网站”（已收的变体）",
            {"政府网站": ["县政府门户网站"]},
        ),
        "compulsory-education.ab873a94": (
            "website-named",
            "政府网站写作“北山县人民政府门户网站”，两微一端写作“微信公众号”",
            {"政府网站": ["北山县人民政府门户网站"], "两微一端": ["微信公众号"]},
        ),
    }
    fills: dict[str, dict[str, Any]] = {
        "compulsory-education.eda5a994": {"mode": ["主动"], "audience": ["全社会"]},
        "affordable-housing.45b4b266": {"content": ["文件名称", "文号", "发布日期", "正文"]},
        "affordable-housing.e5cc0d68": {"content": ["申请条件", "申请材料", "审核流程", "审核结果"]},
        "affordable-housing.e0ee8af6": {"content": ["选房或摇号时间、地点", "选房或摇号结果"]},
        "affordable-housing.eb221603": {"mode": ["主动"], "audience": ["全社会"]},
        "ecological-environment.6460f2fa": {"mode": ["主动"], "audience": ["全社会"]},
        "ecological-environment.9f025692": {"mode": ["依申请"], "audience": ["特定群体"], "channels": ["精准推送"]},
        "ecological-environment.63d60c39": {"channels": ["政府网站", "两微一端", "政务服务中心", "便民服务站"]},
    }
    cases: list[Case] = []
    for area, bureau in (
        ("compulsory-education", education),
        ("affordable-housing", housing),
        ("ecological-environment", ecology),
    ):
        for national in national_ids(area):
            level = NATIONAL_ROWS[national].get("level")
            if level and "县级" not in level:
                continue  # a township row (控辍保学): not in a county table
            extra = {k: v for k, v in fills.get(national, {}).items() if v is not None}
            written = localise(national, bureau, fills=extra)
            if national in shapes:
                variant, note, replace = shapes[national]
                written["channels"] = _swap(written["channels"], replace)
                cases.append(Case(national, written, variant, note))
            else:
                cases.append(Case(national, written))
    return CaseFile(
        "channels-county.yaml",
        """
北山县 (fictional): its 义务教育, 保障性住房 and 生态环境 tables, rows under their national ids and names,
with the national channel boxes named the ways local tables name them (README.md, channels-county). No error
and no warning is expected.
""",
        _catalogue("beishan-county", "北山县", "999105", "county", "义务教育、保障性住房、生态环境"),
        cases,
        shown="channels",
    )


def subjects_township() -> CaseFile:
    """A township table: only the rows whose national level includes 乡级, some with the generic township subject
    a real table copies (expected R08 notes), the others localised; rows of unknown level left out."""
    own = "青石镇人民政府"
    generic = {
        "rural-dilapidated-housing.c77a0b24": ("generic-township", "镇级人民政府"),
        "rural-dilapidated-housing.64574730": ("generic-township", "乡人民政府"),
        "rural-dilapidated-housing.877a6464": ("generic-street", "街道办事处"),
    }
    notes = {
        "generic-township": "公开主体照抄通用写法“{subject}”（未写出本镇名称）",
        "generic-street": "公开主体照抄通用写法“{subject}”（未写出哪个街道）",
    }
    cases: list[Case] = []
    omitted: list[Omitted] = []
    for area in ("rural-dilapidated-housing", "work-safety", "compulsory-education"):
        for national in national_ids(area):
            level = NATIONAL_ROWS[national].get("level")
            if not level:
                omitted.append(
                    Omitted(national, "国家版（不完整数据）未写公开层级：乡镇表未列，至多一条提示", at_most="info")
                )
                continue
            if "乡级" not in level:
                omitted.append(Omitted(national, "国家版公开层级只有县级：乡镇表不列，不应报告", at_most=None))
                continue
            if national in generic:
                variant, subject = generic[national]
                written = localise(national, subject, tier="乡级")
                cases.append(
                    Case(
                        national,
                        written,
                        variant,
                        notes[variant].format(subject=subject),
                        [Expect("R08", "info", f"通用主体“{subject}”未本地化：应为提示，不是错误或警告")],
                    )
                )
            else:
                cases.append(
                    Case(national, localise(national, own, tier="乡级"), "localised", "主体写作“青石镇人民政府”")
                )
    return CaseFile(
        "subjects-township.yaml",
        """
青石镇 (a fictional township of 东岭县): its 农村危房改造, 安全生产 and 义务教育 tables. A township keeps only the national
rows whose level includes 乡级: the county-only rows are not in it, and the rows whose national level the
partial data does not give are left out too (at most an info note each). Three rows copy the generic township
and street subjects real tables copy (镇级人民政府, 乡人民政府, 街道办事处): info notes (R08), not errors.
""",
        {**_catalogue("qingshi-town", "青石镇", "999101101", "township", "农村危房改造、安全生产、义务教育")},
        cases,
        omitted,
        shown="subject",
    )


def weakened_county() -> CaseFile:
    """Faithful variant rows mixed with real weakenings, each with the finding it must give."""
    police, farm, labour = "中和县公安局", "中和县农业农村局", "中和县人力资源和社会保障局"
    cases: list[Case] = []
    omitted: list[Omitted] = []

    def row(national: str, subject: str, **kwargs: Any) -> dict[str, Any]:
        return localise(national, subject, **kwargs)

    # 户籍管理
    written = row("household-registration.0c9b71c5", police)
    written["content"] = [e for e in written["content"] if e != "收费依据及标准"]
    cases.append(
        Case(
            "household-registration.0c9b71c5",
            written,
            "weakened-content",
            "公开内容删去“收费依据及标准”",
            [Expect("M010", "error", "公开内容少了国家版的要素“收费依据及标准”，未说明理由")],
        )
    )
    written = row("household-registration.7659a749", police)
    written["basis"] = [b for b in written["basis"] if b != "《国籍法》"]
    cases.append(
        Case(
            "household-registration.7659a749",
            written,
            "weakened-basis",
            "公开依据删去《国籍法》",
            [
                Expect(
                    "M010",
                    "warning",
                    "公开依据少了国家版的《国籍法》，未说明理由（删去一项依据为警告：它可能已被废止）",
                )
            ],
        )
    )
    written = row("household-registration.f991b3f8", police)
    written["channels"] = ["政府网站"]
    cases.append(
        Case(
            "household-registration.f991b3f8",
            written,
            "dropped-box",
            "公开渠道少勾“入户/现场”",
            [Expect("M010", "info", "少勾一个渠道框（入户/现场），政府网站仍在：提示")],
        )
    )
    omitted.append(
        Omitted(
            "household-registration.910a8103",
            "国家版的“注销登记 / 服现役注销”（县级、乡级）在本表中缺失，也无不适用理由",
            Expect("M012", "error", "县级表中悄悄删去国家版事项"),
        )
    )
    written = row("household-registration.59779c86", police)
    written.pop("subject")
    cases.append(
        Case(
            "household-registration.59779c86",
            written,
            "blank-subject",
            "公开主体一格空白",
            [Expect("R13", "error", "空白的公开主体只报一次（缺主体），不再另报弱化（M010）")],
        )
    )
    written = row("household-registration.9c4453f9", police, fills=HOUSEHOLD_9C44_FILLS)
    written["content"] = [f"{i}.{e}" for i, e in enumerate(written["content"], 1)]
    written["basis"] = ["《中华人民共和国户口登记条例》", "《中华人民共和国政府信息公开条例》（国令第711号）"]
    cases.append(
        Case(
            "household-registration.9c4453f9",
            written,
            "faithful-variants",
            "内容编号、依据写全称并附令号：照录，不应报告",
        )
    )
    # 农业补贴
    written = row("agricultural-subsidies.3bcb8df1", farm)
    written["mode"] = ["依申请"]
    cases.append(
        Case(
            "agricultural-subsidies.3bcb8df1",
            written,
            "weakened-mode",
            "公开方式“主动”改为“依申请”",
            [Expect("M010", "error", "国家版主动公开，本表只依申请")],
        )
    )
    written = row("agricultural-subsidies.fdb13684", farm)
    written["audience"] = ["特定群体"]
    cases.append(
        Case(
            "agricultural-subsidies.fdb13684",
            written,
            "weakened-audience",
            "公开对象“全社会”改为只对“特定群体”",
            [Expect("M010", "error", "国家版面向全社会，本表只对特定群体")],
        )
    )
    written = row("agricultural-subsidies.9e6f50a6", farm)
    written["time_limit"] = "信息形成或者变更之日起30个工作日内"
    cases.append(
        Case(
            "agricultural-subsidies.9e6f50a6",
            written,
            "weakened-time-limit",
            "公开时限由20个工作日放宽为30个工作日",
            [
                Expect("M010", "error", "时限比国家版长（20 → 30个工作日），未说明理由"),
                Expect("R19", "warning", "主动公开超过20个工作日，依据只有规范性文件（REG第26条）"),
            ],
        )
    )
    written = row("agricultural-subsidies.70798e2c", farm)
    written["basis"] = ["政策依据：《农业生产发展资金管理办法》"]
    written["channels"] = ["中和县人民政府网站"]
    cases.append(
        Case(
            "agricultural-subsidies.70798e2c",
            written,
            "faithful-variants",
            "依据前加标签、网站以县名命名：照录，不应报告",
        )
    )
    written = row("agricultural-subsidies.19a19510", farm, fills={"mode": ["主动"], "audience": ["全社会"]})
    written["content"] = []
    cases.append(
        Case(
            "agricultural-subsidies.19a19510",
            written,
            "blank-content",
            "公开内容一格空白",
            [Expect("R10", "error", "空白的公开内容只报一次（缺内容），不再另报弱化（M010）")],
        )
    )
    # 就业
    written = row("employment.85d86339", labour)
    written["basis"] = [
        "《政府信息公开条例》（国务院令第711号）",
        "《就业促进法》",
        "《人力资源市场暂行条例》（国务院令第700号）",
    ]
    cases.append(Case("employment.85d86339", written, "faithful-variants", "依据写简称、令号简写：照录，不应报告"))
    written = row("employment.19eb4b1a", labour)
    written["channels"] = ["县政府网站", "政务服务中心", "其他：基层公共服务平台", "微信公众号"]
    cases.append(
        Case(
            "employment.19eb4b1a",
            written,
            "faithful-variants",
            "网站写作“县政府网站”，另加微信公众号：照录加强，不应报告",
        )
    )
    written = row(
        "employment.4bb4b281",
        labour,
        fills={
            "time_limit": "公开事项信息形成或变更之日起20个工作日内公开",
            "mode": ["主动"],
            "audience": ["全社会"],
            "channels": ["政府网站", "政务服务中心", "其他：基层公共服务平台"],
        },
    )
    written["content"] = [f"公开内容：{written['content'][0]}", *written["content"][1:]]
    cases.append(Case("employment.4bb4b281", written, "faithful-variants", "第一项要素前加标签：照录，不应报告"))
    return CaseFile(
        "weakened-county.yaml",
        """
中和县 (fictional): its 户籍管理, 农业补贴 and 就业 tables. Faithful rows written in the variants of the other
files, mixed with real weakenings planted on purpose: each says so in a comment above it, and expected.yaml
gives the finding it must give. Nothing else may be reported as an error or a warning.
""",
        _catalogue("zhonghe-county", "中和县", "999106", "county", "户籍管理、农业补贴、就业"),
        cases,
        omitted,
    )


CASE_FILES: tuple[Callable[[], CaseFile], ...] = (
    names_county,
    ids_county,
    bases_county,
    content_county,
    channels_county,
    subjects_township,
    weakened_county,
)


# ---------------------------------------------------------------- expected.yaml


def _row_name(written: Mapping[str, Any]) -> str:
    """The row's names on one line (a line break inside a cell shown as \\n)."""
    return " / ".join(str(v) for v in written["name"].values()).replace("\n", "\\n")


def expectations(case_file: CaseFile, out: Written) -> dict[str, Any]:
    findings: list[dict[str, Any]] = []
    for index, case in enumerate(case_file.cases):
        for expect in case.expect:
            first, last = out.rows[index]
            findings.append(
                {
                    "code": expect.code,
                    "severity": expect.severity,
                    "row": index,
                    "lines": [first, last],
                    "national": case.national,
                    "name": _row_name(case.written),
                    "why": expect.why,
                }
            )
    for omitted in case_file.omitted:
        if omitted.expect is not None:
            findings.append(
                {
                    "code": omitted.expect.code,
                    "severity": omitted.expect.severity,
                    "lines": [out.matters_line, out.matters_line],
                    "national": omitted.national,
                    "name": " / ".join(v for v in NATIONAL_ROWS[omitted.national]["name"].values() if v),
                    "why": omitted.expect.why,
                }
            )
    quiet = [
        {
            "national": o.national,
            "name": " / ".join(v for v in NATIONAL_ROWS[o.national]["name"].values() if v),
            "at_most": o.at_most or "nothing",
            "why": o.why,
        }
        for o in case_file.omitted
        if o.expect is None
    ]
    links = [
        {
            "row": index,
            "lines": list(out.rows[index]),
            "national": case.national,
            "name": _row_name(case.written),
            "variant": case.variant,
        }
        for index, case in enumerate(case_file.cases)
    ]
    return {"findings": findings, "omitted": quiet, "rows": links}


# ---------------------------------------------------------------- README.md

# What each variant is, and where it comes from: the issue's list of what published catalogues do ("the
# issue") and the `sources:` notes of catalogs/national/*.yaml, which describe real local copies.
VARIANTS: dict[str, tuple[str, str]] = {
    "local-number-id": (
        "the row's id is the clerk's own numbering (序号 “1”, “4-1”), not a national id",
        "published tables number their rows and carry no national id; compulsory-education.yaml: “the published "
        "tables number each 一级事项 once (1 政策文件, 2 教育概况 …)”",
    ),
    "area-name-in-level1": (
        "the area's name typed in the 一级 column, the national 一级 moved to 二级 and the 二级 to 三级",
        "the issue (what real tables do); compulsory-education.yaml: 宿迁市湖滨新区 “adds its own 一级/二级指标 columns”",
    ),
    "reworded-level1": (
        "一级 reworded with the same 二级 (政策文件 → 政策法规, 扶贫资金 → 资金信息)",
        "the issue (政策文件 / 政策法规, 资金管理 / 资金信息; the partial national data has no 资金管理 row, so the "
        "资金 rewording is shown on 扶贫资金); agricultural-subsidies.yaml: 奉新县 “改称…”",
    ),
    "suffix": (
        "a suffix added to a name (…信息, …情况)",
        "the issue (…信息, …情况); social-assistance.yaml: 天津市宝坻区 “二级事项名称有简写（政策、监督、审核）” "
        "(the same names, shortened)",
    ),
    "prefix": ("a prefix added to a name (本县…)", "the issue (本镇…)"),
    "line-break": (
        "a line break inside a name cell",
        "the issue; affordable-housing.yaml: “multi-line cells are truncated to their first line”",
    ),
    "traditional": (
        "traditional characters (註銷登記)",
        "the issue; social-assistance.yaml and agricultural-subsidies.yaml: several copies are mirrors in "
        "traditional characters (某县政府网站镜像（繁体）, 丰林县目录镜像（繁体）)",
    ),
    "half-width": (
        "half-width punctuation for full-width (收养,入籍等登记)",
        "the issue; social-assistance.yaml: “punctuation written full-width (the search corpus normalises it "
        "to half-width)”",
    ),
    "full-width-space": ("a full-width space inside a cell", "the issue (spaces inside cells)"),
    "stray-space": ("one stray space", "the issue (spaces inside cells; one stray space in a basis)"),
    "no-id": (
        "no id at all: the row is the published row as it stands",
        "the issue: a clerk had to copy 8-hex ids out of the national files by hand to link a row",
    ),
    "national-id": (
        "the national id a clerk copied in, mixed with rows without one",
        "the issue (rows that carry national ids or only their published names)",
    ),
    "full-title": (
        "an instrument cited by its full title (《中华人民共和国城乡规划法》 for 《城乡规划法》)",
        "the issue; agricultural-subsidies.yaml: 铁力市等作《中华人民共和国农业机械化促进法》",
    ),
    "short-title": (
        "an instrument cited by its short title (《食品安全法》), or with its number dropped",
        "the issue; budgets-and-final-accounts.yaml: 大涌镇/三角镇 “cite the same four instruments by short title”",
    ),
    "order-number": (
        "a 令号 appended (（国令第711号）, （中华人民共和国国务院令第711号）)",
        "the issue (（国令第711号）, 国务院令第649号); land-expropriation-compensation.yaml cites "
        "《中华人民共和国政府信息公开条例》（国令第711号）",
    ),
    "document-number": (
        "a 文号 appended where the national row gives none (中办发〔2016〕8号, GB/T 32939—2016)",
        "the issue; agricultural-subsidies.yaml: “sdsshdjx镜像带文号（主席令第十六号、财农〔2017〕41号…）”; "
        "budgets-and-final-accounts.yaml: 永修县江上乡 “full basis (document numbers)”",
    ),
    "year-note": (
        "a year or 修订/修正 note appended (（2019年修正）)",
        "the issue; health.yaml cites 《中华人民共和国母婴保健法》（…2017年11月4日修正）",
    ),
    "trailing-deng": (
        "a trailing 等",
        "the issue; budgets-and-final-accounts.yaml: sources close with “等法律法规和文件规定”",
    ),
    "and-related-rules": (
        "a trailing 及相关规定",
        "the issue; social-assistance.yaml: 大竹县 “依据作《信息公开条例》及相关规定”",
    ),
    "label": (
        "a label in front of the cell (政策依据：…, 依据：…, 公开要素：…, 办事指南：…)",
        "the issue (政策依据：…, 政策文件：…); the national rows themselves label elements (办事指南：…, 受理环节：…)",
    ),
    "half-width-brackets": (
        "half-width brackets around a 文号 ((中办发[2016]8号))",
        "the issue (full-width/half-width punctuation)",
    ),
    "numbering": (
        "content elements numbered (1.事项名称, （一）…, 1、…)",
        "the issue (1.受理部门); affordable-housing.yaml: 扬子洲镇 shows “1.文件名称”, jmsqyfw “●文件名称 ●文号”",
    ),
    "joined": (
        "several elements in one cell (办理方式、办理时限), or two cells where the national row has four",
        "the issue (办理流程、办理时限 as one cell or two); municipal-services.yaml itself writes the same four "
        "elements as one cell in one row and as four in another",
    ),
    "split": (
        "one national cell split into one element per cell",
        "the issue; municipal-services.yaml (申请条件、申请材料、申请流程、法定依据 as one cell, and split)",
    ),
    "punctuation": (
        "each element ending with ； and the last with 。",
        "affordable-housing.yaml: 东城街道 “separates the elements with ‘；’”",
    ),
    "website-named": (
        "the website box named after the place (北山县人民政府网站, 县政府网站, 区政府网站, 市政府门户网站, "
        "北山经济开发区（北山区）政府网站)",
        "the issue (县人民政府网站, 区政府网站, 市政府门户网站, 经济开发区（某某区）政府网站); affordable-housing.yaml: "
        "扬子洲镇 “ticks 政府门户网站”",
    ),
    "two-weibo-one-app": (
        "两微一端 written as its parts (政务微博, 政务微信, 微信公众号, 客户端)",
        "the issue (微信公众号 / 政务微博 / 政务微信 / 客户端 for 两微一端)",
    ),
    "added-box": (
        "a box ticked beyond the national ones (stricter, allowed)",
        "DOMAIN.md §3 (boxes added are stricter); budgets-and-final-accounts.yaml: 宜就镇 “also ■其他（部门网站）”",
    ),
    "generic-township": (
        "the generic township subject copied from a template (镇级人民政府, 乡人民政府) instead of the town's name",
        "the issue (generic subjects the tool misses); social-assistance.yaml: the rqxrmzf mirror copies "
        "“县级人民政府民政部门、乡镇人民政府（街道办事处）” word for word",
    ),
    "generic-street": (
        "the generic street subject (街道办事处: which one?)",
        "the issue (街道办事处 (which one?))",
    ),
    "localised": (
        "the subject localised properly (青石镇人民政府)",
        "budgets-and-final-accounts.yaml: 宜就镇, 城关乡 “name their own government”",
    ),
    "faithful-variants": (
        "a faithful row written in variants of the other files (numbering, full titles, labels, named website)",
        "as the other files",
    ),
    "weakened-content": ("a national content element dropped", "DOMAIN.md §3 (content: an element dropped is weaker)"),
    "weakened-basis": ("an instrument dropped from the basis", "DOMAIN.md §3 (basis: an instrument dropped, warning)"),
    "dropped-box": ("a national channel box dropped", "DOMAIN.md §3 (channels: a box dropped, information level)"),
    "blank-subject": ("the subject cell left blank", "the issue, item 4 (one cell, one finding)"),
    "blank-content": ("the content cell left blank", "the issue, item 4 (one cell, one finding)"),
    "weakened-mode": (
        "主动 switched to 依申请",
        "DOMAIN.md §3 (mode: 主动 dropped); catalogs/examples/README.md defect 3",
    ),
    "weakened-audience": ("全社会 narrowed to 特定群体 only", "DOMAIN.md §3 (audience: 全社会 dropped)"),
    "weakened-time-limit": (
        "a 20-working-day limit relaxed to 30",
        "DOMAIN.md §3 (time limit: longer is weaker); REG 第26条; catalogs/examples/README.md defect 2",
    ),
}

FIELD_OF_VARIANT = {
    "weakened-content": "content",
    "blank-content": "content",
    "weakened-basis": "basis",
    "dropped-box": "channels",
    "weakened-mode": "mode",
    "weakened-audience": "audience",
    "weakened-time-limit": "time_limit",
    "faithful-variants": "basis",
}

README_INTRO = """\
# Real variants: local copies of national rows, written the ways published tables write them

Each file here is a county or township table (`form: table`, `extends: national`, `scope: part`) of a
fictional jurisdiction under the unused 99 prefix. Every row copies a real row of
`catalogs/national/*.yaml` (the national data is partial: no national row is invented, only real ones are
varied) and is localised as a careful office does it: its own bureau as subject, the national channel boxes
kept (some added), and the cells the partial national data leaves blank filled in. Then each row is written
in one of the ways published catalogues write it. A comment above each varied row names its variant.

What is expected (`expected.yaml`, checked by `tests/test_real_variants.py`):

- a faithful copy, however written, gives no error and no warning (info notes are allowed);
- every weakening planted among them is found, with its code, at its row;
- nothing else is reported as an error or a warning;
- a national row a file leaves out on purpose gives at most what `expected.yaml` allows (a township is not
  asked for county-only rows; a row whose national level the partial data does not give: info at most).

The files, `expected.yaml` and this README are written by `make_cases.py` (run it from the repository root
after changing it: `python tests/cases/real-variants/make_cases.py`); the suite checks they are up to date.
"""


def _example(out: Written, index: int, field_name: str, text: str) -> tuple[int, str]:
    line = out.fields[index].get(field_name, out.rows[index][0])
    row = text.splitlines()[line - 1].strip().removeprefix("- ")
    if row.endswith(":"):  # a block list: show its items on one line
        items = []
        for item in text.splitlines()[line : out.rows[index][1]]:
            if not item.startswith("      - "):
                break
            items.append(item.removeprefix("      - "))
        row += " [" + ", ".join(items) + "]"
    if len(row) > 100:
        row = row[:98] + "…"
    return line, row.replace("|", "\\|")


def readme(built: Sequence[tuple[CaseFile, Written]]) -> str:
    parts = [README_INTRO]
    parts.append("\n## Files\n\n| file | jurisdiction | rows | variants | expected |\n|---|---|---|---|---|\n")
    for case_file, _ in built:
        variants = sorted({c.variant for c in case_file.cases} - {"faithful"})
        planted = sum(len(c.expect) for c in case_file.cases) + sum(1 for o in case_file.omitted if o.expect)
        expected = f"{planted} expected findings" if planted else "no error, no warning"
        parts.append(
            f"| `{case_file.name}` | {case_file.catalogue['jurisdiction']} ({case_file.catalogue['code']}) | "
            f"{len(case_file.cases)} | {', '.join(variants)} | {expected} |\n"
        )
    for case_file, out in built:
        parts.append(f"\n## `{case_file.name}`\n\n{' '.join(case_file.header.split())}\n\n")
        parts.append("| variant | what it is | example | where it comes from |\n|---|---|---|---|\n")
        seen: set[str] = set()
        for index, case in enumerate(case_file.cases):
            if case.variant in seen or case.variant not in VARIANTS:
                continue
            seen.add(case.variant)
            what, source = VARIANTS[case.variant]
            field_name = FIELD_OF_VARIANT.get(case.variant, case_file.shown)
            line, shown = _example(out, index, field_name, out.text)
            parts.append(f"| {case.variant} | {what} | `{case_file.name}:{line}` `{shown}` | {source} |\n")
        planted = [(i, c, e) for i, c in enumerate(case_file.cases) for e in c.expect]
        dropped = [o for o in case_file.omitted if o.expect]
        if planted or dropped:
            parts.append("\nExpected findings:\n\n| where | row | code | severity | why |\n|---|---|---|---|---|\n")
            for index, case, expect in planted:
                first = out.rows[index][0]
                parts.append(
                    f"| `{case_file.name}:{first}` | `{case.national}` ({_row_name(case.written)}) | {expect.code} "
                    f"| {expect.severity} | {expect.why} |\n"
                )
            for omitted in dropped:
                assert omitted.expect is not None
                name = " / ".join(v for v in NATIONAL_ROWS[omitted.national]["name"].values() if v)
                parts.append(
                    f"| `{case_file.name}:{out.matters_line}` | `{omitted.national}` ({name}), not in the table "
                    f"| {omitted.expect.code} | {omitted.expect.severity} | {omitted.expect.why} |\n"
                )
        quiet = [o for o in case_file.omitted if o.expect is None]
        if quiet:
            parts.append("\nLeft out on purpose:\n\n| national row | at most | why |\n|---|---|---|\n")
            for omitted in quiet:
                name = " / ".join(v for v in NATIONAL_ROWS[omitted.national]["name"].values() if v)
                parts.append(f"| `{omitted.national}` ({name}) | {omitted.at_most or 'nothing'} | {omitted.why} |\n")
    return "".join(parts)


EXPECTED_HEADER = """\
# Generated by make_cases.py; do not edit by hand.
# For each case file: the findings it must give (code, severity, the row by its index, lines and national
# row), the national rows it leaves out on purpose and the most they may give, and the national row each
# written row copies. Everything else: no error and no warning (info notes are allowed).
"""


def build() -> dict[str, str]:
    """Every file this script writes, by name, with its text."""
    files: dict[str, str] = {}
    expected: dict[str, Any] = {"rule": "no other error or warning", "files": {}}
    built: list[tuple[CaseFile, Written]] = []
    for make in CASE_FILES:
        case_file = make()
        out = render(case_file)
        built.append((case_file, out))
        files[case_file.name] = out.text
        expected["files"][case_file.name] = expectations(case_file, out)
    body = yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    files["expected.yaml"] = EXPECTED_HEADER + body
    files["README.md"] = readme(built)
    return files


def main(argv: Iterable[str] = ()) -> int:
    for name, text in build().items():
        (HERE / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
