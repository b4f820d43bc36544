"""The value types of a matter's fields: :class:`TimeLimit`, :data:`ChannelValue`, :class:`Instrument`.

Each is a small frozen value parsed from the one text a table cell holds, and written back as that
text: what it derives (a time limit's class, a channel's carrier, a citation's article) is computed on
load and never stored, so it cannot drift from the text. The parsing itself is domain knowledge and
lives in :mod:`grassroots_catalog.domain`; here it is wired into pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    WrapValidator,
    model_serializer,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from grassroots_catalog.domain.caching import text_cache
from grassroots_catalog.domain.instruments import is_statute, split_citation
from grassroots_catalog.domain.timelimits import TimeLimitClass, parse_time_limit
from grassroots_catalog.domain.vocabularies import Channel, ChannelChoice, parse_channel, vocabulary_choices

__all__ = ["MAX_TEXT", "ChannelValue", "ChannelValues", "CitedInstrument", "Instrument", "Text", "TimeLimit"]

MAX_TEXT = 10_000
"""The longest value any field accepts (INPUT-SAFETY.md: Excel's cell limit is 32,767)."""
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """公开时限: the text as written and its parsed class and working days (requirements.md §4.5).

    In a file it is just the text; the class and the number are derived on load and are never
    written back, so they cannot drift apart from the text.
    """

    text: str
    kind: TimeLimitClass
    working_days: int | None = None

    @classmethod
    def parse(cls, text: str) -> TimeLimit:
        """Parse ``text`` (never raises)."""
        parsed = parse_time_limit(text)
        return cls(text=text, kind=parsed.kind, working_days=parsed.working_days)

    def __str__(self) -> str:
        return self.text

    @classmethod
    def _validate(cls, value: Any) -> TimeLimit:
        if isinstance(value, TimeLimit):
            return value
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                raise PydanticCustomError("string_too_long", "too long", {"max_length": MAX_TEXT})
            return _parsed_time_limit(value.strip())
        raise PydanticCustomError("string_type", "Input should be a valid string")

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "maxLength": 10_000,
            "description": "公开时限, as written, e.g. 信息形成（变更）20个工作日内",
            "examples": ["信息形成（变更）20个工作日内", "实时公开", "每年1月31日前"],
        }


@text_cache(maxsize=4096)
def _parsed_time_limit(text: str) -> TimeLimit:
    """A time limit's text parsed once per process: a table repeats a few dozen limits over its rows,
    and a value, being frozen, can be shared by all of them."""
    return TimeLimit.parse(text)


def _validate_channel(value: Any) -> ChannelChoice:
    if isinstance(value, ChannelChoice):
        return value
    if isinstance(value, str) and value.strip():
        if len(value) > MAX_TEXT:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": MAX_TEXT})
        return parse_channel(value)[0]
    raise PydanticCustomError("string_type", "Input should be a valid string")


ChannelValue = Annotated[
    ChannelChoice,
    PlainValidator(_validate_channel, json_schema_input_type=str),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "minLength": 1,
            "maxLength": 10_000,
            "description": "A ticked box of 公开渠道和载体; 其他 names its carrier as 其他：<carrier>.",
            "examples": [*vocabulary_choices(Channel)[:-1], "其他：法律服务网"],
        }
    ),
]


@text_cache(maxsize=4096)
def _channel_list(texts: tuple[str, ...]) -> tuple[ChannelChoice, ...]:
    return tuple(_validate_channel(text) for text in texts)


def _shared_channels(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A row's ticked channels, read once per process for each list of them: rows tick the same few
    combinations over and over. A list with a value the model refuses is validated by ``handler``,
    item by item, so each error keeps its item's place."""
    if type(value) is list and all(type(text) is str for text in value):
        try:
            return _channel_list(tuple(value))
        except PydanticCustomError:
            pass
    return handler(value)


ChannelValues = Annotated[tuple[ChannelValue, ...], WrapValidator(_shared_channels)]
"""The channels of a matter or refinement: a tuple of :data:`ChannelValue`, lists read through a cache."""


_INSTRUMENT_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {
            "type": "string",
            "minLength": 1,
            "maxLength": 10_000,
            "description": "【tag】《title》article, e.g. 《社会救助暂行办法》第十条",
        },
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["title"],
            "properties": {
                "title": {"type": "string", "minLength": 1, "maxLength": 10_000},
                "article": {"type": ["string", "null"], "maxLength": 1_000},
                "tag": {"type": ["string", "null"], "maxLength": 40},
            },
        },
    ],
    "title": "Instrument",
    "description": "An instrument cited in 公开依据: one string, or title/article/tag.",
}


class Instrument(BaseModel):
    """One legal or policy instrument cited in 公开依据, with its article where one is given.

    In a file it is usually one string, ``《社会救助暂行办法》第十条`` or ``【法律】《…》``; the
    mapping form ``{title, article, tag}`` is used only where the string would not read back the same.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra=lambda schema: _replace(schema, _INSTRUMENT_JSON_SCHEMA),
    )

    title: Text
    article: str | None = Field(default=None, max_length=1_000)
    tag: str | None = Field(
        default=None, max_length=40, description="The 【】 tag as written, e.g. 法律, 行政法规, 规章."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return cls.split_text(value)
        return value

    @staticmethod
    def split_text(text: str) -> dict[str, str | None]:
        """Split ``【tag】title article`` into its parts."""
        return dict(split_citation(text))

    def as_text(self) -> str:
        """The one-string form, as a table cell writes it."""
        return f"{'【' + self.tag + '】' if self.tag else ''}{self.title}{self.article or ''}"

    @model_serializer(mode="plain")
    def _serialise(self) -> str | dict[str, str]:
        text = self.as_text()
        if Instrument.split_text(text) == {"title": self.title, "article": self.article, "tag": self.tag}:
            return text
        return {k: v for k, v in (("title", self.title), ("article", self.article), ("tag", self.tag)) if v}

    @property
    def is_statute(self) -> bool:
        """Whether it is a law or a regulation (法律、法规), the only sources R19 accepts for a longer limit."""
        return is_statute(self.title, self.tag)


@text_cache(maxsize=8192)
def _instrument_from_text(text: str) -> Instrument:
    return Instrument.model_validate(text)


def _shared_instrument(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """An instrument cited as text, built once per process: a table cites the same few dozen
    instruments on row after row, and building each as a model cost a third of validating a table.
    A text the model refuses is validated again by ``handler``, so its error and location are the
    model's own."""
    if type(value) is str:
        try:
            return _instrument_from_text(value)
        except ValidationError:
            pass
    return handler(value)


CitedInstrument = Annotated[Instrument, WrapValidator(_shared_instrument)]
""":class:`Instrument` as a field's item type: its one-string form read through the shared cache."""


def _replace(schema: dict[str, Any], replacement: dict[str, Any]) -> None:
    schema.clear()
    schema.update(replacement)
