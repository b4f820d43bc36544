"""Channels in a composed catalogue keep the printed order of the 13 boxes, however they were added.

A published table ticks its boxes in a fixed order; the merge appends a refinement's channels to the
inherited ones and must put them back in that order (several 其他 carriers keep their written order).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from grassroots_catalog.domain.vocabularies import CHANNEL_ORDER, Channel
from grassroots_catalog.merge import compose
from grassroots_catalog.merge.graph import Layer
from grassroots_catalog.model import Catalogue

BOXES = [box.zh for box in Channel if box is not Channel.OTHER]
CARRIERS = ["其他：法律服务网", "其他：村务公开栏"]


def _position(channel: str) -> int:
    return CHANNEL_ORDER.get(channel.split("：", 1)[0], len(CHANNEL_ORDER))


def _layers(inherited: list[str], added: list[str]) -> list[Layer]:
    base = Catalogue.model_validate(
        {
            "id": "base",
            "title": "上级",
            "level": "provincial",
            "matters": [{"id": "m", "area": "health", "name": {"level1": "甲"}, "channels": inherited}],
        }
    )
    county = Catalogue.model_validate(
        {
            "id": "county",
            "title": "本县",
            "level": "county",
            "extends": "base",
            "form": "refinement",
            "refine": [{"id": "m", "channels": added}],
        }
    )
    return [Layer("base", base), Layer("county", county)]


@given(
    inherited=st.lists(st.sampled_from(BOXES + CARRIERS), unique=True, min_size=1, max_size=5),
    added=st.lists(st.sampled_from(BOXES + CARRIERS), unique=True, min_size=1, max_size=5),
)
def test_composed_channels_are_in_printed_order(inherited: list[str], added: list[str]) -> None:
    effective = compose(_layers(inherited, added))
    for view in (effective.catalogue, effective.written):
        channels = [str(channel) for channel in view.matters[0].channels]
        assert sorted(channels) == sorted(set(inherited) | set(added))
        assert [_position(c) for c in channels] == sorted(_position(c) for c in channels)
        carriers = [c for c in channels if c in CARRIERS]
        written_order = [c for c in [*inherited, *added] if c in CARRIERS]
        assert carriers == list(dict.fromkeys(written_order))


def test_a_box_added_below_the_inherited_ones_moves_up_to_its_place() -> None:
    effective = compose(_layers(["政务服务中心"], ["政府网站"]))
    assert [str(c) for c in effective.catalogue.matters[0].channels] == ["政府网站", "政务服务中心"]
