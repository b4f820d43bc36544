"""The requirements matrix the rules implement (docs/requirements.md), shipped with the package.

Findings cite it (``docs/requirements.md R38``, ``§3.7``) and ``gcat rule CODE`` quotes the passage
cited, so a clerk without the source tree can read what a rule rests on. In a wheel the file is
package data (``grassroots_catalog/_docs/requirements.md``, found with :mod:`importlib.resources`);
in a source checkout it is read from ``docs/``. The text is the project's reference as written: its
rows trace each requirement to the primary texts listed in its §6.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from grassroots_catalog.errors import CatalogError

DOCUMENT = "docs/requirements.md"
"""How findings and ``gcat rule`` name the document."""

_HEADING = re.compile(r"^(#{2,6}) (\d+(?:\.\d+)*)\.? ", re.MULTILINE)
_ROW = re.compile(r"^\| (R\d\d) \|")
_SECTION_SIGN = re.compile(r"§(\d+(?:\.\d+)*)")
_REQUIREMENT = re.compile(r"\b(R\d\d)\b")


@cache
def requirements_text() -> str:
    """The whole of docs/requirements.md: from the installed package, or from a source checkout."""
    packaged = resources.files("grassroots_catalog") / "_docs" / "requirements.md"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[3] / "docs" / "requirements.md"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    raise CatalogError("docs/requirements.md is missing from this installation; reinstall grassroots-catalog")


def section(number: str) -> str | None:
    """The text of section ``number`` (``"3.2"``): its heading down to the next heading of the same or a
    higher level; None if the document has no such section."""
    text = requirements_text()
    headings = list(_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        if heading.group(2) != number:
            continue
        depth = len(heading.group(1))
        end = next((h.start() for h in headings[index + 1 :] if len(h.group(1)) <= depth), len(text))
        return text[heading.start() : end].rstrip().removesuffix("---").rstrip()
    return None


def requirement(identifier: str) -> str | None:
    """Requirement ``identifier`` (``"R09"``) as its section gives it: the heading and the prose of the
    section, the table's header, and the requirement's own row; None if no row has that id."""
    text = requirements_text()
    headings = list(_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        lines = text[heading.start() : end].rstrip().splitlines()
        row = next((line for line in lines if (found := _ROW.match(line)) and found.group(1) == identifier), None)
        if row is None:
            continue
        table = next(i for i, line in enumerate(lines) if line.startswith("|"))
        return "\n".join([*lines[:table], *lines[table : table + 2], row])
    return None


class Passage(NamedTuple):
    """A passage of docs/requirements.md: what cited it (``R09``, ``§3.7``), the number of the section it
    is in (``3.2``), and its text (Markdown, in English as the document is written)."""

    reference: str
    section: str
    text: str


def cited_passages(code: str, *citations: str) -> list[Passage]:
    """The passages of docs/requirements.md that ``code`` and its ``citations`` point to, in order, once
    each: the requirement a rule is named after (R09 is requirement R09), and a requirement or section
    that a citation naming the document names."""
    references: list[str] = [code] if _REQUIREMENT.fullmatch(code) else []
    for citation in citations:
        if "requirements.md" not in citation:
            continue
        references += [f"§{number}" for number in _SECTION_SIGN.findall(citation)]
        references += _REQUIREMENT.findall(citation)
    passages: list[Passage] = []
    for reference in dict.fromkeys(references):
        found = section(reference[1:]) if reference.startswith("§") else requirement(reference)
        heading = _HEADING.match(found) if found is not None else None
        if found is not None and heading is not None and all(found not in p.text for p in passages):
            passages.append(Passage(reference, heading.group(2), found))
    return passages
