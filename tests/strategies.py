"""Hypothesis strategies for catalogues, kept small so that properties run fast."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.vocabularies import Audience, CatalogueLevel, Channel, DisclosureLevel, Mode

# Text a county office might type: Chinese, ASCII, full-width punctuation, spaces inside.
_ALPHABET = st.sampled_from(list("社会救助最低生活保障县民政局申请条件办理流程示例《》（）、，：·0123456789abcXYZ -_/"))
cell = st.text(_ALPHABET, min_size=1, max_size=20).map(str.strip).filter(bool)
slug_part = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1, max_size=8)


@st.composite
def matter_ids(draw: st.DrawFn) -> str:
    return ".".join(draw(st.lists(slug_part, min_size=1, max_size=3)))


@st.composite
def channels(draw: st.DrawFn) -> list[str]:
    boxes = draw(st.lists(st.sampled_from([c for c in Channel if c is not Channel.OTHER]), unique=True, max_size=4))
    values = [b.zh for b in sorted(boxes, key=list(Channel).index)]
    carriers = draw(st.lists(st.sampled_from(["法律服务网", "信用中国网站", "县政务服务网"]), unique=True, max_size=2))
    return values + [f"其他：{c}" for c in carriers]


def _subset(kind: Any) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(list(kind)), unique=True, max_size=len(kind)).map(
        lambda values: [v.zh for v in sorted(values, key=list(kind).index)]
    )


@st.composite
def matter_data(draw: st.DrawFn, matter_id: str | None = None) -> dict[str, Any]:
    """A canonical matter mapping: every optional field present or absent."""
    data: dict[str, Any] = {
        "id": matter_id or draw(matter_ids()),
        "area": draw(st.sampled_from(sorted(AREAS))),
        "name": {"level1": draw(cell)},
    }
    if draw(st.booleans()):
        data["name"]["level2"] = draw(cell)
    optional = {
        "content": st.lists(cell, min_size=1, max_size=4),
        "basis": st.lists(cell.map(lambda t: f"《{t}》"), min_size=1, max_size=3),
        "time_limit": st.sampled_from(["信息形成（变更）20个工作日内", "实时公开", "每年1月31日前", "按规定"]),
        "subject": cell,
        "channels": channels(),
        "audience": _subset(Audience),
        "mode": _subset(Mode),
        "level": _subset(DisclosureLevel),
        "note": cell,
        "not_applicable": cell,
    }
    for name, strategy in optional.items():
        if draw(st.booleans()):
            data[name] = draw(strategy)
    return data


@st.composite
def catalogue_data(draw: st.DrawFn, max_matters: int = 5) -> dict[str, Any]:
    """A canonical catalogue mapping with unique matter ids."""
    ids = draw(st.lists(matter_ids(), unique=True, max_size=max_matters))
    data: dict[str, Any] = {
        "id": draw(slug_part),
        "title": draw(cell),
        "level": draw(st.sampled_from([level.value for level in CatalogueLevel])),
    }
    if draw(st.booleans()):
        # a township's code has 9 or 12 digits, every other level's 6 (domain/divisions.py)
        digits = r"[1-6][0-9]{8}(?:[0-9]{3})?" if data["level"] == "township" else r"[1-6][0-9]{5}"
        data["jurisdiction"] = {"name": draw(cell), "code": draw(st.from_regex(digits, fullmatch=True))}
    if draw(st.booleans()):
        data["revised"] = draw(st.dates()).isoformat()
    data["matters"] = [draw(matter_data(matter_id)) for matter_id in ids]
    return data
