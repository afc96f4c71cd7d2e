"""Response models: leniency, dumping, the validate-first parse path and loose construction (CONTRACT 4.1-4.3)."""

from __future__ import annotations

import json
import datetime
from typing import Any, Dict, List, Union, Generic, TypeVar, Optional, cast

import pytest
import pydantic
from typing_extensions import Literal, Annotated

from openai._models import (
    BaseModel,
    GenericModel,
    PropertyInfo,
    parse_data,
    parse_json,
    validate_type,
    construct_type,
)

_T = TypeVar("_T")


class Usage(BaseModel):
    prompt_tokens: int
    total_tokens: int


class Message(BaseModel):
    role: Literal["assistant", "user"]
    content: Optional[str] = None


class Choice(BaseModel):
    index: int
    message: Message
    logprob: Optional[float] = None


class Completion(BaseModel):
    id: str
    created: int
    choices: List[Choice]
    usage: Optional[Usage] = None
    metadata: Optional[Dict[str, str]] = None
    created_at: Optional[datetime.datetime] = None


class Aliased(BaseModel):
    schema_: Optional[str] = pydantic.Field(default=None, alias="schema")
    model_config_value: Optional[int] = None


class TextEvent(BaseModel):
    type: Literal["text"]
    text: str


class ImageEvent(BaseModel):
    type: Literal["image"]
    url: str


EventByPropertyInfo = Annotated[Union[TextEvent, ImageEvent], PropertyInfo(discriminator="type")]
EventByField = Annotated[Union[TextEvent, ImageEvent], pydantic.Field(discriminator="type")]
EventByDiscriminator = Annotated[Union[TextEvent, ImageEvent], pydantic.Discriminator("type")]


class Holder(BaseModel):
    event: EventByPropertyInfo
    events: List[EventByField] = []


class Page(GenericModel, Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None


class Node(BaseModel):
    name: str
    children: List[Node] = []


COMPLETION: Dict[str, Any] = {
    "id": "cmpl-1",
    "created": 1700000000,
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "logprob": None}],
    "usage": {"prompt_tokens": 1, "total_tokens": 2},
}


def _parse(data: object, cls: Any, *, strict: bool = False) -> Any:
    return parse_data(data, cls, strict=strict)


# --- the fast (validated) path --------------------------------------------------------------------------------


def test_valid_data_is_validated_into_models() -> None:
    completion = _parse(COMPLETION, Completion)
    assert isinstance(completion, Completion)
    assert isinstance(completion.choices[0], Choice)
    assert isinstance(completion.choices[0].message, Message)
    assert completion.choices[0].message.content == "hi"
    assert completion.usage == Usage(prompt_tokens=1, total_tokens=2)


def test_unknown_fields_are_kept() -> None:
    completion = _parse({**COMPLETION, "system_fingerprint": "fp_1", "new_object": {"a": [1]}}, Completion)
    assert completion.system_fingerprint == "fp_1"
    assert completion.new_object == {"a": [1]}
    assert completion.model_extra == {"system_fingerprint": "fp_1", "new_object": {"a": [1]}}
    assert completion.to_dict()["system_fingerprint"] == "fp_1"


def test_fields_set_distinguishes_missing_from_null() -> None:
    completion = _parse({**COMPLETION, "metadata": None}, Completion)
    assert "metadata" in completion.model_fields_set
    assert "created_at" not in completion.model_fields_set
    dumped = completion.to_dict()
    assert dumped["metadata"] is None
    assert "created_at" not in dumped


def test_ints_become_floats_and_iso_strings_become_datetimes() -> None:
    data = {**COMPLETION, "created_at": "2024-03-04T05:06:07Z"}
    data["choices"] = [{"index": 0, "message": {"role": "user"}, "logprob": -1}]
    completion = _parse(data, Completion)
    assert completion.created_at == datetime.datetime(2024, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc)
    assert isinstance(completion.choices[0].logprob, float)


def test_parse_json_matches_parse_data() -> None:
    raw = json.dumps({**COMPLETION, "extra": True}).encode()
    from_json = parse_json(raw, Completion, strict=False)
    from_data = _parse(json.loads(raw), Completion)
    assert from_json == from_data
    assert from_json.model_fields_set == from_data.model_fields_set
    assert parse_json(raw.decode(), Completion, strict=True) == from_data


def test_parse_generic_page() -> None:
    page = cast(
        "Page[Usage]", _parse({"data": [{"prompt_tokens": 1, "total_tokens": 1}], "has_more": False}, Page[Usage])
    )
    assert isinstance(page, Page)
    assert isinstance(page.data[0], Usage)
    assert page.has_more is False


def test_parse_containers_and_plain_types() -> None:
    items = _parse([{"prompt_tokens": 1, "total_tokens": 2}], List[Usage])
    assert items == [Usage(prompt_tokens=1, total_tokens=2)]
    mapping = _parse({"a": {"prompt_tokens": 1, "total_tokens": 2}}, Dict[str, Usage])
    assert isinstance(mapping["a"], Usage)
    assert _parse({"x": [1]}, object) == {"x": [1]}
    assert _parse(None, Optional[Usage]) is None


def test_recursive_models() -> None:
    data: Dict[str, Any] = {"name": "root", "children": [{"name": "leaf", "children": []}]}
    tree = _parse(data, Node)
    assert isinstance(tree.children[0], Node)
    loose = _parse({"name": 1, "children": [{"name": "leaf", "extra": 1}]}, Node)
    assert loose.name == 1
    assert isinstance(loose.children[0], Node)
    assert loose.children[0].extra == 1


# --- the lenient fallback -------------------------------------------------------------------------------------


def test_mistyped_values_are_kept_as_received() -> None:
    data = {**COMPLETION, "created": "not-a-number"}
    completion = _parse(data, Completion)
    assert isinstance(completion, Completion)
    assert completion.created == "not-a-number"
    # The rest is still built into models.
    assert isinstance(completion.choices[0].message, Message)
    assert isinstance(completion.usage, Usage)


def test_fallback_keeps_fields_set_and_extras() -> None:
    data = {**COMPLETION, "created": "x", "metadata": None, "brand_new": 1}
    completion = _parse(data, Completion)
    assert completion.model_fields_set == {"id", "created", "choices", "usage", "metadata", "brand_new"}
    assert completion.model_extra == {"brand_new": 1}
    assert completion.brand_new == 1
    assert "created_at" not in completion.to_dict(warnings=False)


def test_fallback_builds_nested_values() -> None:
    data: Dict[str, Any] = {
        "id": 5,
        "created": 1,
        "choices": [{"index": "zero", "message": {"role": "tool", "content": "x", "tool_call_id": "t"}, "logprob": 3}],
        "usage": {"prompt_tokens": 1, "total_tokens": 2, "details": {"cached": 0}},
        "metadata": {"k": "v"},
        "created_at": "2024-01-01T00:00:00+00:00",
    }
    completion = _parse(data, Completion)
    choice = completion.choices[0]
    assert isinstance(choice, Choice)
    assert choice.index == "zero"
    assert choice.logprob == 3.0 and isinstance(choice.logprob, float)
    assert isinstance(choice.message, Message)
    assert choice.message.role == "tool"  # unknown literal value kept
    assert choice.message.tool_call_id == "t"
    assert completion.usage.details == {"cached": 0}
    assert completion.created_at == datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


def test_missing_required_field_does_not_fail() -> None:
    completion = _parse({"id": "x", "choices": []}, Completion)
    assert completion.id == "x"
    assert completion.model_fields_set == {"id", "choices"}
    # an omitted field reads as None (its default, for an optional one) and stays unset
    assert completion.created is None
    assert "created" not in completion.to_dict()
    with pytest.raises(AttributeError):
        _ = completion.not_a_field  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]


def test_strict_mode_raises_validation_error() -> None:
    with pytest.raises(pydantic.ValidationError):
        _parse({**COMPLETION, "created": "x"}, Completion, strict=True)
    with pytest.raises(pydantic.ValidationError):
        parse_json(json.dumps({**COMPLETION, "created": "x"}), Completion, strict=True)
    with pytest.raises(pydantic.ValidationError):
        validate_type(type_=List[Usage], value=[{"prompt_tokens": "x"}])


def test_invalid_json_raises_value_error() -> None:
    with pytest.raises(ValueError):
        parse_json(b"{not json", Completion, strict=False)
    with pytest.raises(ValueError):
        parse_json(b"{not json", Completion, strict=True)


def test_model_construct_is_loose_and_recursive() -> None:
    completion = Completion.model_construct(None, **{**COMPLETION, "created": "x", "other": 1})
    assert completion.created == "x"
    assert isinstance(completion.choices[0], Choice)
    assert isinstance(completion.choices[0].message, Message)
    assert completion.model_extra == {"other": 1}
    legacy = Completion.construct(**COMPLETION)
    assert isinstance(legacy.usage, Usage)


def test_construct_type_on_plain_types() -> None:
    assert construct_type(value=1, type_=float) == 1.0
    assert isinstance(construct_type(value=1, type_=float), float)
    assert construct_type(value=True, type_=float) is True
    assert construct_type(value="2024-01-02", type_=datetime.date) == datetime.date(2024, 1, 2)
    assert construct_type(value="garbage", type_=datetime.datetime) == "garbage"
    assert construct_type(value="x", type_=Literal["a"]) == "x"
    assert construct_type(value={"a": 1}, type_=Any) == {"a": 1}
    assert construct_type(value="scalar", type_=List[int]) == "scalar"
    assert construct_type(value=[1, 2], type_=tuple) == [1, 2]


# --- unions ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("union", [EventByPropertyInfo, EventByField, EventByDiscriminator])
def test_discriminated_unions_choose_the_variant_by_tag(union: Any) -> None:
    assert isinstance(construct_type(value={"type": "image", "url": 5}, type_=union), ImageEvent)
    assert isinstance(construct_type(value={"type": "text", "text": 5}, type_=union), TextEvent)
    parsed = _parse({"type": "image", "url": "u"}, union)
    assert isinstance(parsed, ImageEvent)


def test_discriminated_union_fields_in_models() -> None:
    holder = _parse(
        {
            "event": {"type": "image", "url": "u"},
            "events": [{"type": "text", "text": "t"}, {"type": "image", "url": 1}],
        },
        Holder,
    )
    assert isinstance(holder.event, ImageEvent)
    assert isinstance(holder.events[0], TextEvent)
    assert isinstance(holder.events[1], ImageEvent)
    assert holder.events[1].url == 1


def test_unknown_tag_falls_back_to_best_matching_variant() -> None:
    value = construct_type(value={"type": "video", "url": "u"}, type_=EventByPropertyInfo)
    assert isinstance(value, ImageEvent)
    assert value.type == "video"


def test_plain_union_prefers_the_variant_whose_literals_match() -> None:
    value = construct_type(value={"type": "image", "url": 3, "text": "t"}, type_=Union[TextEvent, ImageEvent])
    assert isinstance(value, ImageEvent)


def test_union_of_primitives_and_models() -> None:
    assert construct_type(value="plain", type_=Union[str, TextEvent]) == "plain"
    assert isinstance(construct_type(value={"type": "text", "text": "x"}, type_=Union[str, TextEvent]), TextEvent)
    assert construct_type(value=None, type_=Optional[TextEvent]) is None
    assert construct_type(value=[1], type_=Union[str, List[int]]) == [1]


def test_property_info_with_untagged_variant_still_validates() -> None:
    class Loose(BaseModel):
        text: str

    union = Annotated[Union[TextEvent, Loose], PropertyInfo(discriminator="type")]
    assert isinstance(_parse({"text": "x"}, union), Loose)
    assert isinstance(_parse({"type": "text", "text": "x"}, union), TextEvent)


def test_property_info_value_semantics() -> None:
    info = PropertyInfo(alias="a", discriminator="type")
    assert info == PropertyInfo(alias="a", discriminator="type")
    assert hash(info) == hash(PropertyInfo(alias="a", discriminator="type"))
    assert info != PropertyInfo(alias="b")
    assert "discriminator='type'" in repr(info)


# --- BaseModel conveniences -----------------------------------------------------------------------------------


def test_to_dict_defaults() -> None:
    model = _parse({"schema": "s", "model_config_value": None, "extra": 1}, Aliased)
    assert model.schema_ == "s"
    assert model.to_dict() == {"schema": "s", "model_config_value": None, "extra": 1}
    assert model.to_dict(use_api_names=False) == {"schema_": "s", "model_config_value": None, "extra": 1}
    assert model.to_dict(exclude_none=True) == {"schema": "s", "extra": 1}
    assert Aliased.model_validate({"schema_": "by-name"}).to_dict() == {"schema": "by-name"}


def test_to_dict_exclude_unset_false_and_model_dump_defaults() -> None:
    model = _parse({"id": "x", "created": 1, "choices": []}, Completion)
    assert model.to_dict(exclude_unset=False)["usage"] is None
    assert model.model_dump()["metadata"] is None
    assert "usage" not in model.to_dict()


def test_to_dict_json_mode() -> None:
    model = _parse({**COMPLETION, "created_at": "2024-03-04T05:06:07Z"}, Completion)
    assert model.to_dict(mode="json")["created_at"] == "2024-03-04T05:06:07Z"
    assert isinstance(model.to_dict()["created_at"], datetime.datetime)


def test_to_json() -> None:
    model = _parse({"prompt_tokens": 1, "total_tokens": 2}, Usage)
    assert model.to_json() == '{\n  "prompt_tokens": 1,\n  "total_tokens": 2\n}'
    assert model.to_json(indent=None) == '{"prompt_tokens":1,"total_tokens":2}'


def test_str_equals_repr() -> None:
    model = _parse({"prompt_tokens": 1, "total_tokens": 2}, Usage)
    assert repr(model) == "Usage(prompt_tokens=1, total_tokens=2)"
    assert str(model) == repr(model)


def test_request_id_is_private() -> None:
    model = _parse({"prompt_tokens": 1, "total_tokens": 2}, Usage)
    assert model._request_id is None
    model._request_id = "req_abc"
    assert model._request_id == "req_abc"
    assert "req_abc" not in repr(model)
    assert "_request_id" not in model.to_dict() and "req_abc" not in model.to_json()
    assert "req_abc" not in model.model_dump_json()
    assert "_request_id" not in model.model_dump()
    assert model.model_copy()._request_id == "req_abc"
    constructed = Usage.model_construct(prompt_tokens=1)
    assert constructed._request_id is None
    constructed._request_id = "r"
    assert constructed._request_id == "r"


def test_validation_of_many_items_runs_no_python_hook_per_instance() -> None:
    # A pydantic private attribute would install a model_post_init hook on every model.
    assert Usage.__pydantic_post_init__ is None


def test_schemas_are_built_lazily() -> None:
    class Lazy(BaseModel):
        value: int

    assert Lazy.__pydantic_complete__ is False
    assert _parse({"value": 1}, Lazy).value == 1
    assert Lazy.__pydantic_complete__ is True


@pytest.mark.parametrize(
    "data",
    [
        COMPLETION,
        {**COMPLETION, "metadata": None, "unknown": [1, {"a": None}]},
        {"id": "x", "created": 2, "choices": [], "created_at": "2024-01-01T00:00:00Z"},
    ],
)
def test_fast_and_loose_paths_agree_on_valid_data(data: Dict[str, Any]) -> None:
    validated = _parse(data, Completion)
    constructed = Completion.model_construct(None, **data)
    assert validated.to_dict() == constructed.to_dict()
    assert validated.model_fields_set == constructed.model_fields_set
    assert validated.model_extra == constructed.model_extra


def test_generic_page_fallback_builds_items() -> None:
    page = cast(
        "Page[Usage]", _parse({"data": [{"prompt_tokens": "x", "total_tokens": 1}], "has_more": "maybe"}, Page[Usage])
    )
    assert isinstance(page, Page)
    assert isinstance(page.data[0], Usage)
    assert page.data[0].prompt_tokens == "x"
    assert page.has_more == "maybe"


def test_foreign_pydantic_models_in_loose_construction() -> None:
    class Foreign(pydantic.BaseModel):
        count: int

    built = construct_type(value={"count": "3"}, type_=Foreign)
    assert isinstance(built, Foreign) and built.count == 3
    unvalidated = construct_type(value={"count": "many"}, type_=Foreign)
    assert isinstance(unvalidated, Foreign) and unvalidated.count == "many"


def test_nested_containers_in_loose_construction() -> None:
    value = construct_type(
        value={"a": [{"prompt_tokens": 1, "total_tokens": "x"}], "b": []},
        type_=Dict[str, List[Usage]],
    )
    assert isinstance(value, dict)
    built = cast("Dict[str, List[Usage]]", value)
    assert isinstance(built["a"][0], Usage)
    assert built["b"] == []


def test_validate_type_on_unions_and_plain_types() -> None:
    assert validate_type(type_=cast("type[object]", Union[int, str]), value="x") == "x"
    assert validate_type(type_=float, value=1) == 1.0
    assert isinstance(validate_type(type_=Usage, value={"prompt_tokens": 1, "total_tokens": 2}), Usage)


def test_unresolvable_annotations_fall_back_to_loose_construction() -> None:
    class Dangling(BaseModel):
        ok: int
        broken: Optional[DoesNotExist] = None  # type: ignore[name-defined]  # noqa: F821  # pyright: ignore[reportUndefinedVariable] -- unresolvable on purpose

    value = _parse({"ok": 1, "broken": {"x": 1}}, Dangling)
    assert value.ok == 1
    assert value.broken == {"x": 1}
    assert parse_json(b'{"ok": 2}', Dangling, strict=False).ok == 2


def test_request_id_takes_part_in_equality_like_a_private_attribute() -> None:
    first = Usage(prompt_tokens=1, total_tokens=2)
    second = Usage(prompt_tokens=1, total_tokens=2)
    first._request_id = None
    assert first == second
    first._request_id = "req_1"
    assert first != second
    second._request_id = "req_1"
    assert first == second
    first._request_id = None
    second._request_id = None
    assert first == second == Usage(prompt_tokens=1, total_tokens=2)


def test_request_id_coexists_with_declared_private_attributes() -> None:
    class WithPrivate(BaseModel):
        value: int
        _cache: Optional[str] = pydantic.PrivateAttr(default=None)

    model = WithPrivate(value=1)
    model._request_id = "req"
    model._cache = "c"
    assert (model._request_id, model._cache) == ("req", "c")
    model._request_id = None
    assert model._request_id is None and model._cache == "c"


class _Lists(BaseModel):
    floats: List[float]
    ints: List[int]
    names: List[str]
    maybe: Optional[List[float]] = None


def test_scalar_lists_construct_loosely_as_before() -> None:
    floats: List[object] = [1, 2.5, True, "x", None]
    names: List[object] = ["a", 1, None]
    built = _Lists.construct(floats=floats, ints=[1, "2", 3.5], names=names)
    # Ints (not bools) become floats; every other element is kept exactly as received.
    assert built.floats == [1.0, 2.5, True, "x", None]
    assert [type(v) for v in built.floats] == [float, float, bool, str, type(None)]
    assert built.ints == [1, "2", 3.5]
    assert built.names == ["a", 1, None]
    # The lists are the model's own copies, not the caller's objects.
    assert built.floats is not floats and built.names is not names
    exact = [0.5, -1.0]
    constructed = _Lists.construct(floats=exact, ints=[], names=[], maybe=[3, 4.0])
    assert constructed.floats == exact and constructed.floats is not exact
    assert constructed.maybe is not None
    assert constructed.maybe == [3.0, 4.0] and type(constructed.maybe[0]) is float
