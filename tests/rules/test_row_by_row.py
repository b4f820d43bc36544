"""Rules that judge row by row (``ROW_BY_ROW``), and the findings kept for the rows children share.

A module that declares ``ROW_BY_ROW`` promises that its findings on a row depend on that row, the
catalogue fields it names and the options, and that they come row after row under the row's place;
check/shared_rows.py relies on it to judge the rows a county's townships inherit once. The promise is
held here on generated catalogues, and the kept findings are held equal to judging afresh: the same
findings in the same order, for a folder of townships of one county and under threads.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from grassroots_catalog import Catalogue
from grassroots_catalog.check import chain
from grassroots_catalog.check.rules import MODULES, contract_problems, resolve_options, run
from grassroots_catalog.check.rules.contract import RuleContext, finding, row_by_row
from grassroots_catalog.check.shared_rows import SharedRows
from grassroots_catalog.check.validate import validate
from grassroots_catalog.domain.vocabularies import CatalogueLevel
from grassroots_catalog.merge.engine import fold
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.model.catalogue import Jurisdiction
from grassroots_catalog.results import Finding

from ..strategies import catalogue_data

ROW_RULES = [module for module in MODULES if row_by_row(module) is not None]
OTHER_FIELDS: dict[str, Any] = {
    "id": "other-id",
    "title": "另一个标题",
    "jurisdiction": Jurisdiction(name="另一县人民政府"),
    "level": CatalogueLevel.TOWNSHIP,
    "revised": dt.date(2021, 1, 1),
    "extends": "national",
    "form": "table",
}
"""Values other catalogues give the fields besides matters (set on a copy: only the rules read it)."""


def _found(module: Any, catalogue: Catalogue) -> list[Finding]:
    return list(module.check(RuleContext(catalogue, resolve_options(None))))


def _alone(module: Any, catalogue: Catalogue) -> list[Finding]:
    """The module's findings judged one row at a time, each put back at the row's place."""
    found = []
    for index, matter in enumerate(catalogue.matters):
        for item in _found(module, catalogue.model_copy(update={"matters": (matter,)})):
            found.append(replace(item, path=("matters", index, *item.path[2:])))
    return found


def test_the_row_rules_say_so_and_the_others_do_not() -> None:
    names = {module.__name__.rsplit(".", 1)[-1] for module in ROW_RULES}
    assert {"missing_fields", "time_limits", "privacy", "level_agreement"} <= names
    assert not names & {"duplicates", "coverage", "statutory_categories", "villages", "metadata"}  # across rows
    assert "generic_subject" not in names  # row by row, but its advice names each township's own place
    assert all(contract_problems(module) == [] for module in ROW_RULES)


def test_a_declaration_that_cannot_hold_is_refused() -> None:
    base = {"CODES": (), "SPECS": (), "OPTIONS": {}, "check": lambda context: iter(())}
    problem = "ROW_BY_ROW must be a tuple of the catalogue's fields other than matters, in a row rule"
    for declared, whole in ((["level"], False), (("matters",), False), (("no_such_field",), False), ((), True)):
        module = SimpleNamespace(**base, WHOLE_CATALOGUE=whole, ROW_BY_ROW=declared)
        assert contract_problems(module) == [problem]


@settings(max_examples=40, deadline=None)
@given(data=catalogue_data(max_matters=6), changed=st.sampled_from(sorted(OTHER_FIELDS)))
def test_a_row_rule_finds_on_each_row_what_it_finds_on_the_row_alone(data: dict[str, Any], changed: str) -> None:
    catalogue = Catalogue.model_validate(data)
    other = catalogue.model_copy(update={changed: OTHER_FIELDS[changed]})
    for module in ROW_RULES:
        found = _found(module, catalogue)
        assert found == _alone(module, catalogue), module.__name__
        assert all(item.path[:1] == ("matters",) for item in found)
        if changed not in row_by_row(module):  # type: ignore[operator]
            assert _found(module, other) == found, (module.__name__, changed)


def _county_and_towns(folder: Path, towns: int) -> list[Path]:
    rows = "".join(
        f"  - {{id: r{index}, area: social-assistance, name: {{level1: 事项{index}}}, content: [条件],"
        f" subject: {'县级民政部门' if index % 3 else '示例县民政局'}, channels: [政府网站],"
        f" audience: [全社会], mode: [主动], level: [{'乡级' if index % 4 else '县级'}]"
        f"{', time_limit: 按规定' if index % 5 == 0 else ''}}}\n"
        for index in range(12)
    )
    (folder / "county.yaml").write_text(
        "id: county\ntitle: 示例县\nlevel: county\njurisdiction: {name: 示例县人民政府}\nmatters:\n" + rows,
        encoding="utf-8",
    )
    paths = []
    for town in range(towns):
        refined = "".join(
            f"  - {{id: r{index}, subject: 镇级人民政府, level: [乡级]}}\n" for index in (town % 12, (town * 5) % 12)
        )
        added = f"  - {{id: t{town}, area: social-assistance, name: {{level1: 镇事项{town}}}, subject: 乡镇人民政府}}\n"
        path = folder / f"town-{town}.yaml"
        path.write_text(
            f"id: town-{town}\ntitle: 示例{town}镇\nlevel: township\njurisdiction: {{name: 示例{town}镇人民政府}}\n"
            f"extends: ./county.yaml\nform: refinement\nrefine:\n{refined}matters:\n{added}",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _key(reports: list[Any]) -> list[Any]:
    return [
        (report.file, [(f.code, f.severity, f.file, f.path, f.location, dict(f.ctx)) for f in report.findings])
        for report in reports
    ]


def test_townships_of_one_county_get_the_findings_judging_each_afresh_gives(tmp_path: Path, monkeypatch: Any) -> None:
    towns = _county_and_towns(tmp_path, 6)
    monkeypatch.setattr(chain, "COMPOSED", chain.CompositionCache())
    taken: list[int] = []
    original = SharedRows.check

    def counted(self: SharedRows, module: Any, fields: Any, context: RuleContext) -> Any:
        taken.append(len(context.catalogue.matters))
        return original(self, module, fields, context)

    monkeypatch.setattr(SharedRows, "check", counted)
    kept = validate(towns, config=None)
    assert taken and sum(len(report.findings) for report in kept) > 30
    monkeypatch.setattr(chain.CompositionCache, "shared_rows", lambda self, layers: None)
    chain.COMPOSED.clear()
    afresh = validate(towns, config=None)
    assert _key(kept) == _key(afresh)
    assert {f.code for report in kept for f in report.findings} >= {"R03", "R08", "R12"}


def _county_fold(folder: Path) -> Any:
    """The fold of the generated county alone, as the composition cache holds it for its townships."""
    _county_and_towns(folder, 1)
    county = chain.PARENTS.read(str(folder / "county.yaml"))
    assert county.catalogue is not None
    return fold([Layer(county.file, county.catalogue, county.file, county)])


def _township(rows: Any) -> Catalogue:
    base = Catalogue.model_validate({"id": "t", "title": "镇", "level": "township", "matters": []})
    return base.model_copy(update={"matters": tuple(rows)})


def test_the_rows_a_child_shares_are_judged_once_for_all_its_siblings(tmp_path: Path) -> None:
    parent = _county_fold(tmp_path)
    rows = tuple(parent.written.values())
    seen: list[int] = []

    def counting_check(context: RuleContext) -> Any:
        seen.append(len(context.catalogue.matters))
        for index, matter in enumerate(context.catalogue.matters):
            if matter.subject != "示例县民政局":
                yield finding("R12", ("matters", index, "time_limit"), reason="empty", matter=matter.id)

    module = SimpleNamespace(__name__="counting", check=counting_check, ROW_BY_ROW=())
    own = rows[0].model_copy(update={"subject": "镇民政办"})
    first = _township([*rows[1:], own])
    second = _township([rows[0], *rows[2:]])
    options = resolve_options(None)
    plain = [list(counting_check(RuleContext(c, options))) for c in (first, second)]
    seen.clear()
    shared = SharedRows(parent)
    kept = [list(shared.check(module, (), RuleContext(c, options))) for c in (first, second)]  # type: ignore[arg-type]
    assert kept == plain and len(plain[0]) > 3
    # The first child judged its rows and the fold's row it lacks; the second, all of whose rows are
    # the fold's, judged nothing.
    assert seen == [len(rows) + 1]


def test_a_module_whose_findings_leave_their_rows_is_judged_on_the_whole_catalogue(tmp_path: Path) -> None:
    parent = _county_fold(tmp_path)

    def whole(context: RuleContext) -> Any:
        yield finding("R12", ("matters",), reason="empty", matter=str(len(context.catalogue.matters)))

    module = SimpleNamespace(__name__="whole", check=whole, ROW_BY_ROW=())
    catalogue = _township(parent.written.values())
    options = resolve_options(None)
    expected = list(whole(RuleContext(catalogue, options)))
    assert list(SharedRows(parent).check(module, (), RuleContext(catalogue, options))) == expected  # type: ignore[arg-type]


def test_threads_checking_townships_of_one_county_agree_with_one_thread(tmp_path: Path, monkeypatch: Any) -> None:
    towns = _county_and_towns(tmp_path, 8)
    monkeypatch.setattr(chain, "COMPOSED", chain.CompositionCache())
    alone = _key(validate(towns, config=None))
    chain.COMPOSED.clear()
    with ThreadPoolExecutor(4) as pool:
        threaded = _key(validate(towns, config=None, executor=pool))
    assert threaded == alone


def test_run_with_shared_rows_keeps_select(tmp_path: Path) -> None:
    parent = _county_fold(tmp_path)
    catalogue = _township(parent.written.values())
    everything = list(run(catalogue))
    assert {f.code for f in everything} >= {"R03", "R08"}
    for shared in (SharedRows(parent), None):
        assert list(run(catalogue, shared=shared)) == everything
        assert list(run(catalogue, select=["R03"], shared=shared)) == [f for f in everything if f.code == "R03"]


def _title_rule(seen: list[int]) -> Any:
    """A rule whose findings name the catalogue's title: a scope for every child, shared by none."""

    def check(context: RuleContext) -> Any:
        seen.append(len(context.catalogue.matters))
        for index in range(len(context.catalogue.matters)):
            yield finding("R12", ("matters", index, "time_limit"), reason="empty", matter=context.catalogue.title)

    return SimpleNamespace(__name__="titled", check=check, ROW_BY_ROW=("title",))


def test_a_fold_keeps_a_bounded_number_of_scopes_and_the_one_in_use_stays(tmp_path: Path) -> None:
    from grassroots_catalog.check.rules import missing_fields
    from grassroots_catalog.check.shared_rows import MAX_SCOPES

    parent = _county_fold(tmp_path)
    shared = SharedRows(parent)
    options = resolve_options(None)
    titled: list[int] = []
    module = _title_rule(titled)
    judged: list[int] = []
    original = missing_fields.check

    def counted(context: RuleContext) -> Any:
        judged.append(len(context.catalogue.matters))
        return original(context)

    hot = SimpleNamespace(__name__="hot", check=counted, ROW_BY_ROW=())
    for town in range(MAX_SCOPES + 8):  # each child a title of its own: a scope of its own
        catalogue = _township(parent.written.values()).model_copy(update={"title": f"第{town}镇"})
        kept = list(shared.check(module, ("title",), RuleContext(catalogue, options)))  # type: ignore[arg-type]
        assert kept == list(module.check(RuleContext(catalogue, options))) and kept[0].ctx["matter"] == f"第{town}镇"
        found = list(shared.check(hot, (), RuleContext(catalogue, options)))  # type: ignore[arg-type]
        assert found == list(original(RuleContext(catalogue, options)))
    assert len(shared._kept) == MAX_SCOPES
    # The rule used by every child kept its scope: its rows were judged once, by the first child.
    assert judged == [len(parent.written)] and len(titled) == 2 * (MAX_SCOPES + 8)  # here, and to compare


def test_a_module_that_yields_its_rows_out_of_order_gets_the_plain_answer_from_then_on(tmp_path: Path) -> None:
    parent = _county_fold(tmp_path)
    rows = tuple(parent.written.values())

    def backwards(context: RuleContext) -> Any:
        for index in reversed(range(len(context.catalogue.matters))):
            matter = context.catalogue.matters[index]
            yield finding("R12", ("matters", index, "time_limit"), reason="empty", matter=matter.id)

    module = SimpleNamespace(__name__="backwards", check=backwards, ROW_BY_ROW=())
    shared = SharedRows(parent)
    options = resolve_options(None)
    new = rows[0].model_copy(update={"id": "new-row"})
    for catalogue in (_township(rows), _township([*rows, new]), _township([new, *rows[1:]])):
        context = RuleContext(catalogue, options)
        assert list(shared.check(module, (), context)) == list(backwards(context))  # type: ignore[arg-type]
