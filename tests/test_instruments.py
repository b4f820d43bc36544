"""Reading a citation of 公开依据, and telling a statute from other instruments (domain/instruments.py)."""

from __future__ import annotations

import pytest

from grassroots_catalog.domain.instruments import is_statute, split_citation
from grassroots_catalog.model import Instrument


def test_a_citation_splits_into_tag_title_and_article() -> None:
    parts = dict(split_citation("【行政法规】《社会救助暂行办法》第十条第二款"))
    assert parts == {"tag": "行政法规", "title": "《社会救助暂行办法》", "article": "第十条第二款"}


def test_a_citation_without_article_or_tag_keeps_its_title() -> None:
    assert dict(split_citation("《中华人民共和国政府信息公开条例》")) == {
        "title": "《中华人民共和国政府信息公开条例》",
        "article": None,
        "tag": None,
    }


def test_a_long_citation_is_split_the_same_without_the_cache() -> None:
    title = "《" + "长" * 600 + "条例》"
    assert dict(split_citation(title + "第三条"))["article"] == "第三条"


@pytest.mark.parametrize(
    ("title", "tag", "statute"),
    [
        ("《中华人民共和国行政许可法》", None, True),
        ("《政府信息公开条例》", None, True),
        ("《社会救助暂行办法》", None, False),  # 办法 ends with 法 but is not a law
        ("《某某实施办法》", None, False),
        ("《社会救助暂行办法》", "行政法规", True),  # the tag decides when there is one
        ("《中华人民共和国行政许可法》", "规章", False),
    ],
)
def test_a_statute_is_a_law_or_a_regulation(title: str, tag: str | None, statute: bool) -> None:
    assert is_statute(title, tag) is statute
    assert Instrument(title=title, tag=tag).is_statute is statute  # the model asks the domain
