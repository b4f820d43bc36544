"""The rules on a catalogue as a whole (R01, R23-R25, R31, R33): each fires and stays quiet, and for a
catalogue published in parts they run across the parts given together, never on one part alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from grassroots_catalog import Catalogue
from grassroots_catalog.check.rules import WHOLE_CATALOGUE_CODES, run
from grassroots_catalog.check.validate import validate
from grassroots_catalog.cli import cli
from grassroots_catalog.domain.areas import PILOT_AREAS

from .test_rules import GOOD

META: dict[str, Any] = {
    "revised": "2020-11-30",
    "published": {"date": "2020-12-15", "url": "https://www.example-county.gov.cn/bzml/"},
}

# Words that cover the statutory categories no pilot area carries (第二十条 and 第二十一条).
COVERING_CONTENT = [
    "规范性文件",
    "机构职能",
    "统计数据",
    "行政许可办理结果",
    "收费标准",
    "政府采购",
    "公务员招录",
    "公益慈善",
    "农田水利",
    "土地流转",
    "宅基地审核",
    "筹资筹劳",
]


def row(slug: str, **change: Any) -> dict[str, Any]:
    return {**GOOD, "id": f"{slug}.one", "area": slug, **change}


def every_area(**change: Any) -> list[dict[str, Any]]:
    return [row(area.slug, **change) for area in PILOT_AREAS]


def findings(matters: list[dict[str, Any]], level: str = "county", **extra: Any) -> dict[str, Any]:
    data = {"id": "c", "title": "t", "level": level, **META, **extra, "matters": matters}
    return {f.code: f for f in run(Catalogue.model_validate(data))}


def test_r01_lists_the_areas_with_neither_matters_nor_a_reason() -> None:
    found = findings([row("health")])
    assert found["R01"].severity.slug == "error"
    assert found["R01"].ctx["count"] == 25
    assert "social-assistance" in found["R01"].ctx["areas_en"] and "health" not in found["R01"].ctx["areas_en"]
    assert "社会救助" in found["R01"].message("zh")


def test_r01_is_quiet_when_every_area_has_a_matter_or_a_reason() -> None:
    assert "R01" not in findings(every_area())
    exempt = [{"area": area.slug, "reason": "由县级统一公开"} for area in PILOT_AREAS if area.slug != "health"]
    assert "R01" not in findings([row("health")], not_applicable_areas=exempt)


def test_r33_reading_point() -> None:
    assert findings(every_area())["R33"].severity.slug == "info"
    with_point = every_area()
    with_point[0] = {**with_point[0], "channels": ["政府网站", "公开查阅点"]}
    assert "R33" not in findings(with_point)


def test_r23_lists_the_statutory_categories_no_matter_covers() -> None:
    found = findings([row("health")])["R23"]
    assert found.severity.slug == "info"
    assert "statistics" in found.ctx["categories_en"]
    assert "poverty alleviation" not in found.ctx["categories_en"]  # the health area covers medical care
    assert "R23" not in findings(every_area(content=COVERING_CONTENT))


def test_r24_county_categories() -> None:
    found = findings([row("employment")])["R24"]
    assert found.severity.slug == "warning"
    assert found.ctx["count"] == 7 and "社会救助" in found.ctx["categories_zh"]
    assert "R24" not in findings(every_area(content=COVERING_CONTENT))
    assert "R24" not in findings([row("employment")], level="township")


def test_r24_accepts_a_category_whose_area_is_explained_as_not_applicable() -> None:
    exempt = [{"area": "social-assistance", "reason": "由县民政局统一办理"}]
    with_reason = findings([row("employment")], not_applicable_areas=exempt)["R24"]
    assert with_reason.ctx["count"] == 6 and "社会救助" not in with_reason.ctx["categories_zh"]


def test_r25_township_categories() -> None:
    township = {"level": ["乡级"]}
    found = findings([row("employment", **township)], level="township")["R25"]
    assert found.severity.slug == "warning" and "宅基地" in found.ctx["categories_zh"]
    assert "R25" not in findings(every_area(content=COVERING_CONTENT, **township), level="township")


def test_r31_villages() -> None:
    township = every_area(level=["乡级"])
    assert findings(township, level="township")["R31"].severity.slug == "info"
    township[3] = {**township[3], "level": ["乡级", "村级"]}
    assert "R31" not in findings(township, level="township")


def test_one_part_alone_is_not_judged_as_a_whole() -> None:
    found = findings([row("health")], scope="part")
    assert not set(found) & set(WHOLE_CATALOGUE_CODES)


def write_part(folder: Path, name: str, slugs: list[str], code: str = "990121") -> Path:
    path = folder / f"{name}.yaml"
    data = {
        "id": name,
        "title": "示例县基层政务公开标准目录",
        "level": "county",
        "jurisdiction": {"name": "示例县人民政府", "code": code},
        "scope": "part",
        **META,
        "matters": [row(slug, channels=["政府网站", "公开查阅点"]) for slug in slugs],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    return path


SLUGS = [area.slug for area in PILOT_AREAS]


def codes_by_file(reports: list[Any]) -> dict[str, list[str]]:
    return {Path(report.file).stem: sorted(f.code for f in report.findings) for report in reports}


def test_the_parts_given_together_are_judged_as_one_catalogue(tmp_path: Path) -> None:
    first = write_part(tmp_path, "a-first", SLUGS[:13])
    second = write_part(tmp_path, "b-second", SLUGS[13:])
    reports = validate([second, first], complete=True)
    assert "R01" not in codes_by_file(reports)["a-first"] + codes_by_file(reports)["b-second"]
    only_first = validate([first], complete=True)
    r01 = next(f for f in only_first[0].findings if f.code == "R01")
    assert r01.ctx["count"] == 13 and r01.location is not None and r01.path == ("scope",)


def test_each_jurisdiction_is_judged_on_its_own_parts(tmp_path: Path) -> None:
    county = write_part(tmp_path, "a-county", SLUGS)
    other = write_part(tmp_path, "b-other-county", SLUGS[:1], code="990122")
    by_file = codes_by_file(validate([county, other], complete=True))
    assert "R01" not in by_file["a-county"]
    assert "R01" in by_file["b-other-county"]


def test_parts_without_complete_say_what_was_not_checked(tmp_path: Path) -> None:
    first = write_part(tmp_path, "a-first", SLUGS[:13])
    second = write_part(tmp_path, "b-second", SLUGS[13:])
    by_file = codes_by_file(validate([first, second]))
    assert by_file["a-first"].count("S013") == 1 and "S013" not in by_file["b-second"]
    assert not {"R01", "R23", "R24", "R33"} & set(by_file["a-first"])


def test_cli_complete_flag(tmp_path: Path) -> None:
    part = write_part(tmp_path, "only-part", SLUGS[:2])
    runner = CliRunner()
    quiet = runner.invoke(cli, ["validate", "--lang", "en", str(part)])
    assert quiet.exit_code == 0 and "S013 [info]" in quiet.output and "R01 [" not in quiet.output
    judged = runner.invoke(cli, ["validate", "--lang", "en", "--complete", str(part)])
    assert judged.exit_code == 1 and "R01 [error] 24 of the 26 pilot areas" in judged.output
    assert f"{part}:" in judged.output


def test_an_unreadable_file_keeps_the_parts_from_being_judged_as_a_whole(tmp_path: Path) -> None:
    part = write_part(tmp_path, "a-part", SLUGS[:13])
    broken = tmp_path / "b-broken.yaml"
    broken.write_text("id: x\ntitle: [\n", encoding="utf-8")
    by_file = codes_by_file(validate([part, broken], complete=True))
    assert "R01" not in by_file["a-part"] and "S013" in by_file["a-part"]
