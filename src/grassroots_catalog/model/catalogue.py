"""The catalogue data model: :class:`Catalogue`, :class:`Matter` and their parts (Pydantic v2).

The models *are* the file format: what a YAML catalogue holds is what these models validate, and
``model_dump(mode="json", exclude_unset=True)`` gives it back in canonical form. Values are
normalised on the way in (see :mod:`grassroots_catalog.model.normalise`), so variants such as 主动公开 or
行政服务中心 are accepted and stored as 主动 and 政务服务中心.

Every model is frozen: a catalogue, once read, is a value that merging and checking can share
without copying.

Only what makes a catalogue unreadable is enforced here (an id, an area, a 一级事项 name, known
vocabulary values). Whether a matter is *complete* (content, basis, time limit, …) is what the
requirement rules report, each citing its source, so the fields are optional.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from grassroots_catalog.domain.areas import AREAS
from grassroots_catalog.domain.divisions import CODE_LENGTHS, fits_level
from grassroots_catalog.domain.normalise import normalise_area
from grassroots_catalog.domain.vocabularies import (
    Audience,
    CatalogueLevel,
    ChannelChoice,
    DisclosureLevel,
    Mode,
    vocabulary_choices,
    vocabulary_variants,
)
from grassroots_catalog.model.fields import REMOVABLE, WEAKENABLE
from grassroots_catalog.model.normalise import normalise_document, normalise_matter
from grassroots_catalog.model.values import ChannelValues, CitedInstrument, Instrument, Text, TimeLimit

__all__ = [
    "AreaDeclaration",
    "AreaExemption",
    "Catalogue",
    "ChannelChoice",
    "Completeness",
    "Instrument",
    "Jurisdiction",
    "Justification",
    "Matter",
    "MatterName",
    "MatterRefinement",
    "Publication",
    "Source",
    "TimeLimit",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

MATTER_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"
CATALOGUE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
AREA_SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
DIVISION_CODE_PATTERN = r"^[1-9][0-9]{5}(?:[0-9]{3}(?:[0-9]{3})?)?$"
"""6 digits for a province, prefecture or county; 9 or 12 for a township (统计用区划代码). Which of them
a catalogue's level allows is checked with the level (:mod:`grassroots_catalog.domain.divisions`)."""
PARTIAL_DATE_PATTERN = r"^[12][0-9]{3}(?:-[01][0-9](?:-[0-3][0-9])?)?$"


def _also_text(items: dict[str, Any] | None = None) -> Any:
    """``json_schema_extra`` hook: the field also accepts one text (a table cell), as the loader does.

    ``items`` replaces the schema of the list items, e.g. to list accepted variants beside the
    canonical values.
    """

    def hook(schema: dict[str, Any]) -> None:
        listed = {key: schema.pop(key) for key in ("type", "items", "anyOf") if key in schema}
        if items is not None:
            listed["items"] = items
        schema["anyOf"] = [listed, {"type": "string", "minLength": 1, "maxLength": 10_000}]

    return hook


def _vocabulary_items(kind: type[Audience] | type[Mode] | type[DisclosureLevel]) -> dict[str, Any]:
    return {"enum": vocabulary_choices(kind) + vocabulary_variants(kind)}


# --------------------------------------------------------------------------- a matter


class MatterName(BaseModel):
    """公开事项's name: 一级事项, and 二级 and 三级事项 where the table has them.

    At least one level must be given. A missing 一级事项 is allowed here, because partial national
    data sometimes lacks it and must not be guessed; requirement R09 reports it.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"anyOf": [{"required": ["level1"]}, {"required": ["level2"]}, {"required": ["level3"]}]},
    )

    level1: Text | None = Field(default=None, description="一级事项")
    level2: Text | None = Field(default=None, description="二级事项")
    level3: Text | None = Field(default=None, description="三级事项 (rare)")

    @model_validator(mode="after")
    def _some_name(self) -> MatterName:
        if not (self.level1 or self.level2 or self.level3):
            raise PydanticCustomError("name_required", "a matter needs at least its 一级事项 name")
        return self

    def parts(self) -> tuple[str, ...]:
        """The levels given, in order (filtered in C: the rules ask for them on every row)."""
        return tuple(filter(None, (self.level1, self.level2, self.level3)))

    def __str__(self) -> str:
        return " / ".join(self.parts())


class Justification(BaseModel):
    """Why a refinement weakens what it inherits, and the document that allows it (if any)."""

    model_config = _FROZEN

    reason: Text
    document: Text | None = Field(default=None, description="e.g. the local regulation or notice, with its number")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"reason": value} if isinstance(value, str) else value


WEAKENABLE_FIELDS = WEAKENABLE
"""Fields a refinement may weaken when it records why (``because:``): see :mod:`.fields`."""

if TYPE_CHECKING:
    WeakenableField = str
else:
    # The keys allowed under ``because:``, built from the field table so that a new field cannot be
    # forgotten here; mypy cannot follow a Literal built at run time, so it sees plain text.
    WeakenableField = Literal[WEAKENABLE]

Because = Annotated[
    dict[WeakenableField, Justification],
    Field(description="Reasons for weakening inherited values, by field."),
]


NORMALISED = "normalised"
"""Validation-context key: the loader has normalised the data already (and kept the notes)."""


def _already_normalised(info: ValidationInfo) -> bool:
    context = info.context
    return isinstance(context, dict) and bool(context.get(NORMALISED))


def _normalised_input(value: Any, info: ValidationInfo, normaliser: Callable[[Any], tuple[Any, Any]]) -> Any:
    """The models' before-validators: canonical values from what users write, unless the loader did it."""
    if _already_normalised(info) or not isinstance(value, dict):
        return value
    return normaliser(value)[0]


def _id_optional(schema: dict[str, Any]) -> None:
    required = schema.get("required")
    if isinstance(required, list) and "id" in required:
        required.remove("id")


class Matter(BaseModel):
    """公开事项: one row of a standard catalogue (DOMAIN.md §2).

    Variants (主动公开, 行政服务中心, a bulleted content cell, …) are normalised once, by the
    matter-level validator below, before pydantic-core checks the canonical values natively.
    """

    # In a file the id may be left out: the catalogue gives such a row the id its area and names make
    # (model/normalise.py), so the model always has one but the schema does not ask for it.
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, json_schema_extra=lambda schema: _id_optional(schema)
    )

    id: Annotated[
        str,
        Field(
            pattern=MATTER_ID_PATTERN,
            description="Stable identifier, unique within a catalogue chain. May be left out in a file: a row "
            "without one gets the id its area and names make (the national rows' own scheme), and is linked "
            "to its parent row by its names; `gcat link` writes the ids in.",
        ),
    ]
    area: str = Field(pattern=AREA_SLUG_PATTERN, max_length=100, description="Pilot-area slug (or a declared area)")
    name: MatterName
    content: tuple[Text, ...] = Field(
        default=(), description="公开内容（要素）: one item per element", json_schema_extra=_also_text()
    )
    basis: tuple[CitedInstrument, ...] = Field(
        default=(), description="公开依据: the instruments cited", json_schema_extra=_also_text()
    )
    time_limit: TimeLimit | None = Field(default=None, description="公开时限, as written")
    subject: Text | None = Field(default=None, description="公开主体: the responsible body")
    channels: ChannelValues = Field(
        default=(), description="公开渠道和载体: the ticked boxes", json_schema_extra=_also_text()
    )
    audience: tuple[Audience, ...] = Field(
        default=(), description="公开对象", json_schema_extra=_also_text(_vocabulary_items(Audience))
    )
    mode: tuple[Mode, ...] = Field(
        default=(), description="公开方式", json_schema_extra=_also_text(_vocabulary_items(Mode))
    )
    level: tuple[DisclosureLevel, ...] = Field(
        default=(), description="公开层级", json_schema_extra=_also_text(_vocabulary_items(DisclosureLevel))
    )
    note: Annotated[str, Field(max_length=10_000)] | None = Field(default=None, description="备注")
    not_applicable: Text | None = Field(
        default=None, description="不适用: the reason this matter does not apply here (required to mark it)."
    )
    row: Annotated[int, Field(ge=1)] | None = Field(
        default=None, description="Position of the row in the published table it was taken from (序号)."
    )
    because: Because | None = None

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, value: Any, info: ValidationInfo) -> Any:
        return _normalised_input(value, info, normalise_matter)

    @field_validator("not_applicable", mode="before")
    @classmethod
    def _reason_required(cls, value: Any) -> Any:
        if value is True or (isinstance(value, str) and not value.strip()):
            raise PydanticCustomError("reason_required", "a not-applicable mark needs its reason as text")
        return value

    @property
    def is_applicable(self) -> bool:
        return self.not_applicable is None

    @property
    def key(self) -> tuple[str, str | None, str | None, str | None]:
        """(area, 一级, 二级, 三级): how published tables identify a matter (DOMAIN.md §2)."""
        return (self.area, self.name.level1, self.name.level2, self.name.level3)


# --------------------------------------------------------------------------- a catalogue


class Removal(BaseModel):
    """Inherited values a refinement takes away, by field: removing is always explicit."""

    model_config = _FROZEN

    content: tuple[Text, ...] = ()
    basis: tuple[CitedInstrument, ...] = ()
    channels: ChannelValues = ()
    audience: tuple[Audience, ...] = ()
    mode: tuple[Mode, ...] = ()
    level: tuple[DisclosureLevel, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, value: Any) -> Any:
        return normalise_matter(value)[0] if isinstance(value, dict) else value


class MatterRefinement(BaseModel):
    """A change to an inherited matter, by id, giving only what changes (``refine:`` in a refinement file).

    Lists and sets given here are *added* to the inherited ones, by value, keeping order; ``remove``
    takes values away; single values (time limit, subject, note, name) replace the inherited ones.
    A change that weakens the matter (DOMAIN.md §3) must say why under ``because``.
    """

    model_config = _FROZEN

    id: Annotated[str, Field(pattern=MATTER_ID_PATTERN)]
    name: MatterName | None = None
    content: tuple[Text, ...] = Field(default=(), json_schema_extra=_also_text())
    basis: tuple[CitedInstrument, ...] = Field(default=(), json_schema_extra=_also_text())
    time_limit: TimeLimit | None = None
    subject: Text | None = None
    channels: ChannelValues = Field(default=(), json_schema_extra=_also_text())
    audience: tuple[Audience, ...] = Field(default=(), json_schema_extra=_also_text(_vocabulary_items(Audience)))
    mode: tuple[Mode, ...] = Field(default=(), json_schema_extra=_also_text(_vocabulary_items(Mode)))
    level: tuple[DisclosureLevel, ...] = Field(
        default=(), json_schema_extra=_also_text(_vocabulary_items(DisclosureLevel))
    )
    note: Annotated[str, Field(max_length=10_000)] | None = None
    not_applicable: Text | None = None
    remove: Removal | None = None
    because: Because | None = None

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, value: Any, info: ValidationInfo) -> Any:
        return _normalised_input(value, info, normalise_matter)

    @model_validator(mode="after")
    def _not_added_and_removed(self) -> MatterRefinement:
        if self.remove is None:
            return self
        for name in REMOVABLE:
            both = set(getattr(self, name)) & set(getattr(self.remove, name))
            if both:
                raise PydanticCustomError(
                    "added_and_removed",
                    "{field}: {values} both added and removed",
                    {"field": name, "values": "、".join(sorted(map(str, both)))},
                )
        return self


class Jurisdiction(BaseModel):
    """The government that owns the catalogue."""

    model_config = _FROZEN

    name: Text = Field(description="e.g. 示例县人民政府 or 示例县")
    code: (
        Annotated[
            str,
            Field(
                pattern=DIVISION_CODE_PATTERN,
                description="Administrative-division code (行政区划代码): 6 digits, or 9 or 12 for a township",
            ),
        ]
        | None
    ) = None

    @field_validator("code", mode="before")
    @classmethod
    def _code_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Publication(BaseModel):
    """Where and when the catalogue was made public (requirement R04)."""

    model_config = _FROZEN

    date: dt.date | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=2_000)] | None = None


SourceKind = Literal[
    "national-guideline", "provincial", "municipal", "county-catalogue", "township-catalogue", "policy", "other"
]


class Source(BaseModel):
    """A document the catalogue was compiled from."""

    model_config = _FROZEN

    title: Text | None = None
    url: Annotated[str, Field(max_length=2_000)] | None = None
    kind: SourceKind | None = None
    publisher: Text | None = None
    note: Annotated[str, Field(max_length=10_000)] | None = None


class Completeness(BaseModel):
    """How much of the official table this catalogue holds; partial data must say so."""

    model_config = _FROZEN

    status: Literal["complete", "partial", "unknown"]
    known_rows: Annotated[int, Field(ge=0)] | None = None
    fidelity: Literal["national-text", "reconstructed"] | None = Field(
        default=None,
        description="national-text: rows read from the official table; reconstructed: rows "
        "read from local catalogues that copy it.",
    )
    note: Annotated[str, Field(max_length=10_000)] | None = None


class AreaDeclaration(BaseModel):
    """A further area beyond the 26 pilot areas (requirement R36): accepted, never required."""

    model_config = _FROZEN

    slug: Annotated[str, Field(pattern=AREA_SLUG_PATTERN)]
    zh: Text
    en: Text
    guideline_zh: Text | None = None
    issuer_zh: Text | None = None


class AreaExemption(BaseModel):
    """A whole area that does not apply to this government, with the reason (requirement R02)."""

    model_config = _FROZEN

    area: str = Field(pattern=AREA_SLUG_PATTERN, max_length=100)
    reason: Text

    @model_validator(mode="before")
    @classmethod
    def _area_name(cls, value: Any) -> Any:
        if isinstance(value, dict) and isinstance(value.get("area"), str):
            return {**value, "area": normalise_area(value["area"])[0]}
        return value


class Catalogue(BaseModel):
    """A standard catalogue (标准目录): who owns it, where it comes from, and its matters."""

    model_config = _FROZEN

    id: Annotated[str, Field(pattern=CATALOGUE_ID_PATTERN, description="Identifier of this catalogue.")]
    title: Text
    level: CatalogueLevel = Field(description="national, provincial, municipal, county or township")
    jurisdiction: Jurisdiction | None = None
    extends: Annotated[str, Field(max_length=1_000)] | None = Field(
        default=None, description="The catalogue this one refines: `national`, an id or a relative path."
    )
    form: Literal["table", "refinement"] | None = Field(
        default=None,
        description="How this file relates to the one it extends. table: the published table, in full for "
        "the areas it covers, so a parent matter of those areas it does not list has been dropped. "
        "refinement: only what changes; every parent matter it does not mention is inherited.",
    )
    scope: Literal["whole", "part"] | None = Field(
        default=None,
        description="whole (the default): this file is the jurisdiction's entire catalogue. part: one of "
        "several files that together make it, as when a county publishes one table per area; "
        "area coverage (R01, R23-R25, R33) is then checked across the parts validated together.",
    )
    issuer: Text | None = Field(default=None, description="The body that issued it (for a guideline: 发文单位).")
    issued: Annotated[str, Field(pattern=PARTIAL_DATE_PATTERN)] | None = Field(
        default=None, description="When it was issued: YYYY, YYYY-MM or YYYY-MM-DD."
    )
    revised: dt.date | None = Field(default=None, description="Date of the last revision (R06).")
    published: Publication | None = None
    sources: tuple[Source, ...] = ()
    completeness: Completeness | None = None
    areas: tuple[AreaDeclaration, ...] = Field(
        default=(), description="Further areas used by this catalogue beyond the 26 pilot areas."
    )
    not_applicable_areas: tuple[AreaExemption, ...] = Field(
        default=(), description="Areas that do not apply here, each with its reason (e.g. handled by the county)."
    )
    refine: tuple[MatterRefinement, ...] = Field(
        default=(), description="Changes to inherited matters, by id (only with form: refinement)."
    )
    matters: tuple[Matter, ...] = Field(
        default=(), description="The matters: the whole table (form: table) or the matters added (refinement)."
    )

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, value: Any, info: ValidationInfo) -> Any:
        return _normalised_input(value, info, normalise_document)

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        declared = {area.slug for area in self.areas}
        clash = sorted(declared & set(AREAS))
        if clash:
            raise PydanticCustomError(
                "area_redeclared", "areas {slugs} are pilot areas already", {"slugs": ", ".join(clash)}
            )
        problems: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        for index, exemption in enumerate(self.not_applicable_areas):
            if exemption.area not in AREAS and exemption.area not in declared:
                problems.append(
                    {"kind": "unknown_area", "index": index, "value": exemption.area, "where": "not_applicable_areas"}
                )
        for index, matter in enumerate(self.matters):
            if matter.area not in AREAS and matter.area not in declared:
                problems.append({"kind": "unknown_area", "index": index, "value": matter.area})
            if matter.id in seen:
                problems.append({"kind": "duplicate_id", "index": index, "value": matter.id, "first": seen[matter.id]})
            else:
                seen[matter.id] = index
        if self.refine and self.form != "refinement":
            problems.append({"kind": "refine_outside_refinement", "index": 0, "value": self.form or ""})
        code = self.jurisdiction.code if self.jurisdiction is not None else None
        if code is not None and not fits_level(code, self.level):
            lengths = "/".join(str(n) for n in CODE_LENGTHS[self.level])
            problems.append(
                {
                    "kind": "division_code_level",
                    "index": 0,
                    "value": code,
                    "level": self.level.value,
                    "lengths": lengths,
                }
            )
        if problems:
            raise PydanticCustomError(
                "matter_problems", "{count} matter problems", {"count": len(problems), "problems": problems}
            )
        return self

    @property
    def is_part(self) -> bool:
        """Whether this file is one part of its jurisdiction's catalogue (``scope: part``)."""
        return self.scope == "part"

    def areas_used(self) -> list[str]:
        """Slugs of the areas this catalogue's matters belong to, in first-seen order."""
        return list(dict.fromkeys(matter.area for matter in self.matters))

    def areas_covered(self) -> set[str]:
        """Slugs of the areas this catalogue speaks for: those with matters and those declared not applicable."""
        return set(self.areas_used()) | {exemption.area for exemption in self.not_applicable_areas}

    def matter(self, matter_id: str) -> Matter | None:
        """The matter with ``matter_id``, or None."""
        return next((m for m in self.matters if m.id == matter_id), None)
