"""``gcat new --code``: a division code of the shape its level gives it (domain/divisions.py), or a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from grassroots_catalog.check.new import check_code
from grassroots_catalog.cli import cli


@pytest.mark.parametrize(
    ("level", "code", "accepted"),
    [
        ("county", "339902", True),
        ("county", "039902", False),  # no province code starts with 0
        ("county", "33990", False),
        ("county", "3399020", False),
        ("county", "123456\n", False),  # a pasted line break is no part of a code
        ("county", "１２３４５６", False),  # full-width digits, as an input method types them
        ("county", "33990a", False),
        ("township", "339902001", True),  # 9 digits: the county's six and the township's three
        ("township", "339902001001", True),  # 12, as the statistical division codes print them
        ("township", "339902", False),  # the county's code copied into a township's catalogue
        ("township", "3399020011", False),
    ],
)
def test_a_code_is_accepted_only_in_the_shape_of_its_level(level: str, code: str, accepted: bool) -> None:
    if accepted:
        check_code(level, code, "en")
        check_code(level, None, "en")
    else:
        with pytest.raises(ValueError, match=code.strip() or "code"):
            check_code(level, code, "en")


def test_only_a_county_or_a_township_starts_from_the_national_table() -> None:
    with pytest.raises(ValueError, match="province"):
        check_code("province", None, "en")


def test_the_command_refuses_a_code_in_chinese_by_default(tmp_path: Path) -> None:
    output = tmp_path / "township.yaml"
    result = CliRunner().invoke(
        cli, ["new", "--level", "township", "--code", "339902", "--jurisdiction", "示例镇人民政府", "-o", str(output)]
    )
    assert result.exit_code == 2, result.output
    assert "339902" in result.output and "Traceback" not in result.output
    assert any("\u4e00" <= char <= "\u9fff" for char in result.output)
    assert not output.exists()
