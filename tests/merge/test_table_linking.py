"""A table's rows link to their parent rows by what they say, as real tables (with no ids) need."""

from __future__ import annotations

from typing import Any

from grassroots_catalog.domain.identity import matter_id
from grassroots_catalog.domain.linking import LinkKind
from grassroots_catalog.merge import compose
from grassroots_catalog.merge.engine import EffectiveCatalogue
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.model import Catalogue


def _row(level1: str, level2: str, **more: Any) -> dict[str, Any]:
    return {"area": "employment", "name": {"level1": level1, "level2": level2}, "mode": ["主动"], **more}


PARENT = [
    {"id": matter_id("employment", "政策文件", "与就业有关的法规文件"), **_row("政策文件", "与就业有关的法规文件")},
    {"id": matter_id("employment", "资金管理", "资金使用情况"), **_row("资金管理", "资金使用情况")},
    {"id": matter_id("employment", "就业服务", "办事指南"), **_row("就业服务", "办事指南")},
    {"id": matter_id("employment", "职业培训", "办事指南"), **_row("职业培训", "办事指南")},
]


def _compose(*rows: dict[str, Any]) -> EffectiveCatalogue:
    parent = Catalogue.model_validate({"id": "n", "title": "国家", "level": "national", "matters": PARENT})
    table = Catalogue.model_validate(
        {"id": "t", "title": "本县", "level": "county", "extends": "n", "form": "table", "matters": list(rows)}
    )
    return compose([Layer("n", parent), Layer("t", table)])


def test_rows_without_ids_or_with_a_clerks_numbering_link_to_their_parent_rows() -> None:
    effective = _compose(
        _row("政策文件", "与就业有关的法规文件"),  # no id: the names make the parent's id
        {"id": "2", **_row("资金管理 ", "资金使用\n情况")},  # a clerk's numbering, a space and a line break
        {"id": "3", **_row("就业服务", "办事指南")},
        {"id": "4", **_row("职业培训", "办事指南")},
    )
    assert {m.id for m in effective.written.matters} == {row["id"] for row in PARENT}
    assert [f.code for f in effective.findings] == []  # nothing dropped, nothing reported
    assert [(link.written_id, link.kind) for link in effective.links] == [
        ("2", LinkKind.NAMES),
        ("3", LinkKind.NAMES),
        ("4", LinkKind.NAMES),
    ]


def test_a_reworded_row_links_with_a_note_and_an_uncertain_one_links_to_none() -> None:
    effective = _compose(
        _row("政策文件", "与就业有关的法规文件"),
        {"id": "2", **_row("资金信息", "资金使用情况")},  # 资金管理 reworded
        {"id": "3", "area": "employment", "name": {"level1": "办事指南"}, "mode": ["主动"]},  # which 办事指南?
    )
    codes = {f.code: f for f in effective.findings}
    assert codes["M013"].ctx["matter"] == PARENT[1]["id"] and "资金信息" in codes["M013"].message("zh")
    assert all(row["id"] in codes["M014"].message("en") for row in PARENT[2:])
    assert "M012" in codes  # the two 办事指南 rows are missing: the uncertain row stood for neither
    assert "reworded" not in codes["M013"].message("zh")  # the reason is worded, not a slug


def test_a_refine_entry_naming_an_unknown_id_gets_the_nearest_rows() -> None:
    parent = Catalogue.model_validate({"id": "n", "title": "国家", "level": "national", "matters": PARENT})
    typo = PARENT[0]["id"][:-1] + "x"  # one hex digit mistyped
    county = Catalogue.model_validate(
        {"id": "t", "title": "本县", "level": "county", "extends": "n", "form": "refinement", "refine": [{"id": typo}]}
    )
    (found,) = compose([Layer("n", parent), Layer("t", county)]).findings
    assert found.code == "M006" and found.ctx["candidates"][0].startswith(PARENT[0]["id"])
    assert "是否应为" in found.message("zh") and "did you mean" in found.message("en")
