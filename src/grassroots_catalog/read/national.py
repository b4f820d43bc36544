"""The national guidelines as catalogues: one per pilot area, shipped with the package.

Every one of them is partial (only the first rows of each national table could be recovered), and
says so in its ``completeness``. Whatever is checked or compared against them should say so too:
:func:`completeness_statement` gives the sentence, in Chinese or English.

To check against a full official table, import it (``gcat import TABLE --level national --area AREA
-o DIR/AREA.yaml``) and name the folder (``--national DIR``, or ``national = "DIR"`` in the project
config): :class:`~grassroots_catalog.read.national_data.NationalData` is that choice, handed to
whatever compares with the national guidelines. The extract format of ``sources/guidelines/``
(``gcat import-guideline``) is how the bundled rows themselves are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from grassroots_catalog.domain.areas import AREAS, PILOT_AREAS
from grassroots_catalog.errors import CatalogError
from grassroots_catalog.messages.words import report_text
from grassroots_catalog.model.catalogue import Catalogue
from grassroots_catalog.model.fields import FIELDS

if TYPE_CHECKING:
    from grassroots_catalog.read.national_data import NationalData


def national_directory() -> Path:
    """Where the national catalogues are: inside the installed package, or in a source checkout."""
    packaged = resources.files("grassroots_catalog") / "_national"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "catalogs" / "national"
    if checkout.is_dir():
        return checkout
    raise CatalogError("the national catalogues are missing from this installation; reinstall grassroots-catalog")


@cache
def national_catalogue(area: str) -> Catalogue:
    """The national catalogue of pilot area ``area`` (a slug, e.g. ``"social-assistance"``)."""
    from grassroots_catalog.read.load import load_catalogue

    if area not in AREAS:
        raise CatalogError(f"unknown pilot area {area!r}; `gcat areas` lists the 26 slugs")
    return load_catalogue(national_directory() / f"{area}.yaml")


def national_catalogues() -> Mapping[str, Catalogue]:
    """All 26 national catalogues by area slug, in the order of requirements.md §5.2."""
    return MappingProxyType({area.slug: national_catalogue(area.slug) for area in PILOT_AREAS})


def known_rows(catalogue: Catalogue) -> int:
    """How many rows of the national table the catalogue holds."""
    if catalogue.completeness and catalogue.completeness.known_rows is not None:
        return catalogue.completeness.known_rows
    return len(catalogue.matters)


def is_partial(catalogue: Catalogue) -> bool:
    """True unless the catalogue states that it is complete."""
    return catalogue.completeness is None or catalogue.completeness.status != "complete"


def area_rows(national: NationalData | None = None) -> list[dict[str, Any]]:
    """The 26 pilot areas with what is known of their national tables: what ``gcat areas --format json``
    prints (docs/cli.md), in the order of requirements.md §5.2. With ``national`` (a folder brought
    in), an area it replaces shows that table, and ``national_file`` names its file (None: bundled)."""
    rows = []
    for area in PILOT_AREAS:
        catalogue = national.catalogue(area.slug) if national is not None else national_catalogue(area.slug)
        rows.append(
            {
                "number": area.number,
                "slug": area.slug,
                "zh": area.zh,
                "en": area.en,
                "guideline_zh": area.guideline_zh,
                "issuer_zh": area.issuer_zh,
                "document_no": area.document_no,
                "issuer_certainty": area.issuer_certainty.value,
                "known_rows": known_rows(catalogue),
                "completeness": "partial" if is_partial(catalogue) else "complete",
                "fidelity": catalogue.completeness.fidelity if catalogue.completeness is not None else None,
                "national_file": national.source_of(area.slug) if national is not None else None,
            }
        )
    return rows


def completeness_statement(catalogue: Catalogue, area: str, lang: str = "zh", *, source: str | None = None) -> str:
    """What a check against ``catalogue`` can vouch for, e.g.
    "checked against 6 known national rows of 扶贫 (Poverty alleviation); the national table is longer".

    ``source`` names the file of a national table brought in (``--national DIR``), which the sentence
    then names; without it the rows are the bundled ones.
    """
    pilot = AREAS.get(area)
    name = report_text("national.area", lang, zh=pilot.zh, en=pilot.en) if pilot else area
    text = report_text("national.statement", lang, rows=known_rows(catalogue), area=name)
    if source is not None:
        text += report_text("national.statement.from", lang, file=source)
    return text + report_text(
        "national.statement.partial" if is_partial(catalogue) else "national.statement.whole", lang
    )


def national_table_markdown(catalogues: Iterable[Catalogue], lang: str = "en") -> str:
    """docs/national-guidelines.md (in English, the language of the docs): the areas, issuers, row
    counts and known gaps; ``lang="zh"`` words the same page in Chinese."""
    by_area = {
        catalogue.matters[0].area if catalogue.matters else catalogue.id.removeprefix("national."): catalogue
        for catalogue in catalogues
    }
    total = sum(known_rows(c) for c in by_area.values())
    lines = [
        f"# {report_text('national.doc.title', lang)}",
        "",
        report_text("national.doc.generated", lang),
        "",
        report_text("national.doc.body", lang, rows=total),
        "",
        report_text("national.doc.ids", lang),
        "",
        report_text("national.doc.columns", lang),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    # A gap is a column of the table that a requirement wants filled (so not the note).
    fields = tuple(spec.name for spec in FIELDS if spec.row and spec.requirement is not None)
    for pilot in PILOT_AREAS:
        catalogue = by_area.get(pilot.slug)
        if catalogue is None:
            lines.append(
                f"| {pilot.number} | {pilot.zh} | `{pilot.slug}` | {pilot.issuer_zh} | "
                f"{pilot.document_no or '—'} | — | 0 | — | — |"
            )
            continue
        gaps = sum(1 for m in catalogue.matters if any(not getattr(m, f) for f in fields))
        fidelity = catalogue.completeness.fidelity if catalogue.completeness else None
        lines.append(
            f"| {pilot.number} | {pilot.zh} | `{pilot.slug}` | {catalogue.issuer or pilot.issuer_zh} | "
            f"{pilot.document_no or '—'} | {catalogue.issued or '—'} | {known_rows(catalogue)} | "
            f"{fidelity or '—'} | {gaps} |"
        )
    lines += ["", report_text("national.doc.total", lang, total=total), ""]
    return "\n".join(lines)
