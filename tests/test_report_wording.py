"""The REPORT tables of every language say the same things: the same keys, the same fields to fill."""

from __future__ import annotations

import string

import pytest

from grassroots_catalog.messages import en, zh
from grassroots_catalog.report.gap import STATUSES


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_report_tables_have_the_same_keys() -> None:
    assert zh.REPORT, "the REPORT table holds the gap report's wording"
    assert sorted(zh.REPORT) == sorted(en.REPORT)


@pytest.mark.parametrize("key", sorted(zh.REPORT))
def test_each_report_template_has_the_same_fields_in_every_language(key: str) -> None:
    assert fields(zh.REPORT[key]) == fields(en.REPORT.get(key, "")), key
    assert zh.REPORT[key].strip() and en.REPORT[key].strip(), f"{key} is empty"


def test_the_gap_report_names_every_status_and_severity() -> None:
    statuses = {key.removeprefix("gap.status.") for key in zh.REPORT if key.startswith("gap.status.")}
    assert statuses == set(STATUSES)
    assert {"gap.severity.error", "gap.severity.warning", "gap.severity.info"} <= set(zh.REPORT)
