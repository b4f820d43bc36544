"""The merge output's YAML is written by the fast writer: the same text ruamel.yaml's emitter gave.

The reference below is how ``gcat merge`` wrote its output before (a ruamel document, a comment added
per key with ``yaml_add_eol_comment``, ruamel's emitter), so the column rules ruamel applies to those
comments (one space or two before ``#``, by the neighbouring comments) are held to here.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from grassroots_catalog.check.chain import resolve_file
from grassroots_catalog.merge.engine import EffectiveCatalogue
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.model.fields import COMPARED
from grassroots_catalog.read.national import national_catalogue
from grassroots_catalog.read.writer import canonical_data, dump_catalogue, dump_document, to_document
from grassroots_catalog.report import provenance
from grassroots_catalog.report.provenance import yaml_with_provenance

from ..conftest import EXAMPLES


def _reference(effective: EffectiveCatalogue, *, written: bool, comments: bool, lang: str) -> str:
    """The merge output's YAML (below its header comments) as ruamel.yaml wrote it."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    catalogue = effective.written if written else effective.catalogue
    document = to_document(canonical_data(catalogue, exclude_unset=False, exclude_defaults=True))
    document.pop("extends", None)
    document.pop("form", None)
    matters = document.get("matters")
    if comments and isinstance(matters, CommentedSeq):
        for node in matters:
            assert isinstance(node, CommentedMap)
            for name, comment in provenance._matter_comments(effective, dict(node), lang):
                node.yaml_add_eol_comment(comment, name)
    return dump_document(document)


def _body(text: str) -> str:
    """The text below the header comments."""
    lines = text.splitlines(keepends=True)
    return "".join(itertools.dropwhile(lambda line: line.startswith("# "), lines))


VALUES = {"basis": "《某省办法》", "content": "办理结果", "channels": "两微一端", "audience": "特定群体"}


def _chain(folder: Path) -> Path:
    """A province and county that change varied sets of fields of national matters, so that comments
    sit next to, before and after one another in every pattern."""
    national = [m for area in ("social-assistance", "health") for m in national_catalogue(area).matters]
    fields = ["basis", "subject", "channels", "time_limit", "content", "audience"]
    patterns = [c for r in (1, 2, 3) for c in itertools.combinations(fields, r)]
    province: dict[str, Any] = {
        "id": "p",
        "title": "省",
        "level": "provincial",
        "extends": "national",
        "form": "refinement",
        "refine": [],
    }
    rows: list[dict[str, Any]] = []
    for index, matter in enumerate(national):
        data = matter.model_dump(mode="json", exclude_defaults=True)
        changed = patterns[index % len(patterns)]
        refine: dict[str, Any] = {"id": matter.id}
        for name in changed[: len(changed) // 2 + 1]:
            if name in VALUES:
                refine[name] = [VALUES[name]]
        province["refine"].append(refine)
        for name in changed:
            if name == "subject":
                data["subject"] = "某县有关部门"
            elif name == "time_limit":
                data["time_limit"] = "信息形成之日起10个工作日内"
            else:
                data[name] = [*data.get(name, []), VALUES[name]]
        rows.append(data)
    county = {"id": "c", "title": "县", "level": "county", "extends": "./p.yaml", "form": "table", "matters": rows}
    for name, data in (("p", province), ("c", county)):
        (folder / f"{name}.yaml").write_text(dump_catalogue(Catalogue.model_validate(data)), encoding="utf-8")
    return folder / "c.yaml"


def _effectives(tmp_path: Path) -> list[EffectiveCatalogue]:
    found = []
    for path in (EXAMPLES / "township.yaml", _chain(tmp_path)):
        _, effective = resolve_file(path)
        assert effective is not None
        found.append(effective)
    return found


@pytest.mark.parametrize(
    ("lang", "written", "comments"), [("zh", False, True), ("en", True, True), ("zh", False, False)]
)
def test_merge_yaml_is_ruamels_text(tmp_path: Path, lang: str, written: bool, comments: bool) -> None:
    gaps_seen = set()
    for effective in _effectives(tmp_path):
        ours = yaml_with_provenance(effective, written=written, comments=comments, lang=lang)
        assert _body(ours) == _reference(effective, written=written, comments=comments, lang=lang)
        gaps_seen |= {" # " in line and "  # " not in line for line in _body(ours).splitlines() if "# " in line}
    if comments:
        assert gaps_seen == {True, False}  # both of ruamel's layouts occur, so both are held to


def test_the_generated_chain_changes_fields_in_every_layer(tmp_path: Path) -> None:
    _, effective = resolve_file(_chain(tmp_path))
    assert effective is not None
    text = yaml_with_provenance(effective)
    assert sum(line.count("#") for line in _body(text).splitlines()) > len(effective.catalogue.matters)
    assert set(COMPARED) >= {"basis", "subject", "channels"}
