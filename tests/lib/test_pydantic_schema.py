"""Strict JSON-schema conversion (``to_strict_json_schema``) and ``pydantic_function_tool``."""

from __future__ import annotations

import enum
import datetime
from typing import Any, Dict, List, Union, Optional

import pytest
import pydantic
from typing_extensions import Literal, Annotated

from openai.lib._tools import PydanticFunctionTool, pydantic_function_tool
from openai.lib._pydantic import to_strict_json_schema, to_strict_json_schema_for_type


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Address(pydantic.BaseModel):
    street: str
    city: str = pydantic.Field(description="City name")


class Person(pydantic.BaseModel):
    """A person."""

    name: str
    age: Optional[int] = None
    nickname: Union[str, None] = pydantic.Field(default=None, description="What friends say")
    favourite: Color
    kind: Literal["human", "robot"]
    id: Union[int, str]
    tags: List[str]
    home: Address
    work: Optional[Address] = None
    born: datetime.date
    seen: datetime.datetime


class TreeNode(pydantic.BaseModel):
    value: int
    children: List[TreeNode]


class Forest(pydantic.BaseModel):
    root: TreeNode
    spare: Optional[TreeNode] = None


def _resolve(schema: Dict[str, Any], ref: str) -> Dict[str, Any]:
    node: Any = schema
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def test_every_object_is_closed_and_requires_all_properties() -> None:
    schema = to_strict_json_schema(Person)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert schema["required"] == list(Person.model_fields)
    address = schema["$defs"]["Address"]
    assert address["additionalProperties"] is False
    assert address["required"] == ["street", "city"]


def test_optional_fields_stay_nullable_and_lose_null_default() -> None:
    schema = to_strict_json_schema(Person)
    age = schema["properties"]["age"]
    assert age["anyOf"] == [{"type": "integer"}, {"type": "null"}]
    assert "default" not in age
    nickname = schema["properties"]["nickname"]
    assert nickname["description"] == "What friends say"
    assert "default" not in nickname


def test_enums_literals_unions_lists_dates_and_descriptions() -> None:
    schema = to_strict_json_schema(Person)
    props = schema["properties"]
    assert _resolve(schema, props["favourite"]["$ref"])["enum"] == ["red", "blue"]
    assert props["kind"]["enum"] == ["human", "robot"]
    assert props["id"]["anyOf"] == [{"type": "integer"}, {"type": "string"}]
    assert props["tags"] == {"items": {"type": "string"}, "title": "Tags", "type": "array"}
    assert props["born"]["format"] == "date"
    assert props["seen"]["format"] == "date-time"
    assert schema["description"] == "A person."
    assert schema["$defs"]["Address"]["properties"]["city"]["description"] == "City name"


def test_recursive_model_keeps_bare_refs_into_defs() -> None:
    schema = to_strict_json_schema(Forest)
    node = schema["$defs"]["TreeNode"]
    assert node["additionalProperties"] is False
    assert node["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}
    assert schema["properties"]["root"] == {"$ref": "#/$defs/TreeNode"}


def test_recursive_root_model_is_inlined_at_the_root() -> None:
    # pydantic describes a self-referencing root as {"$ref": ..., "$defs": ...}; the $ref has a sibling, so it is
    # inlined and the root becomes the object itself.
    schema = to_strict_json_schema(TreeNode)
    assert "$ref" not in schema
    assert schema["type"] == "object"
    assert schema["required"] == ["value", "children"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}


def test_ref_with_description_is_inlined_and_siblings_win() -> None:
    class Outer(pydantic.BaseModel):
        where: Annotated[Address, pydantic.Field(description="Where they live")]

    schema = to_strict_json_schema(Outer)
    where = schema["properties"]["where"]
    assert "$ref" not in where and "allOf" not in where
    assert where["description"] == "Where they live"
    assert where["required"] == ["street", "city"]
    assert where["additionalProperties"] is False


def test_dict_field_is_rejected_with_the_field_name() -> None:
    class Bag(pydantic.BaseModel):
        labels: Dict[str, int]

    with pytest.raises(ValueError, match=r"`Bag\.labels`.*additionalProperties"):
        to_strict_json_schema(Bag)


def test_nested_dict_field_names_the_nested_model() -> None:
    class Inner(pydantic.BaseModel):
        extra: Dict[str, Any]

    class Wrapper(pydantic.BaseModel):
        inner: Inner

    with pytest.raises(ValueError, match=r"`Inner\.extra`"):
        to_strict_json_schema(Wrapper)


def test_model_allowing_extra_keys_is_rejected() -> None:
    class Loose(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="allow")
        a: int

    with pytest.raises(ValueError, match="`Loose`"):
        to_strict_json_schema(Loose)


def test_type_adapter_is_accepted() -> None:
    @pydantic.dataclasses.dataclass
    class Point:
        x: float
        y: float

    from_dataclass = to_strict_json_schema(pydantic.TypeAdapter(Point))
    assert from_dataclass["required"] == ["x", "y"]
    assert from_dataclass["additionalProperties"] is False

    from_adapter = to_strict_json_schema(pydantic.TypeAdapter(Address))
    assert from_adapter["required"] == ["street", "city"]


def test_bare_dataclass_needs_a_type_adapter_but_response_formats_accept_it() -> None:
    @pydantic.dataclasses.dataclass
    class Point:
        x: float
        y: float

    with pytest.raises(TypeError, match="TypeAdapter"):
        to_strict_json_schema(Point)
    schema = to_strict_json_schema_for_type(Point)
    assert schema["required"] == ["x", "y"]
    assert schema["additionalProperties"] is False


def test_dict_field_in_a_dataclass_names_the_dataclass() -> None:
    @pydantic.dataclasses.dataclass
    class Labels:
        values: Dict[str, str]

    with pytest.raises(ValueError, match=r"`Labels\.values`"):
        to_strict_json_schema_for_type(Labels)


@pytest.mark.parametrize("value", [int, "Person", {"type": "object"}, Person(name="x", age=1, favourite=Color.RED, kind="human", id=1, tags=[], home=Address(street="s", city="c"), born=datetime.date(2000, 1, 1), seen=datetime.datetime(2000, 1, 1)), List[int]])  # fmt: skip
def test_non_model_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="pydantic model class"):
        to_strict_json_schema(value)


def test_pydantic_function_tool_shape() -> None:
    tool = pydantic_function_tool(Person)
    assert tool == {
        "type": "function",
        "function": {
            "name": "Person",
            "strict": True,
            "parameters": to_strict_json_schema(Person),
            "description": "A person.",
        },
    }
    function = tool["function"]
    assert isinstance(function, PydanticFunctionTool)
    assert function.model is Person


def test_pydantic_function_tool_name_and_description_overrides() -> None:
    tool = pydantic_function_tool(Address, name="lookup_address", description="Find an address")
    assert tool["function"]["name"] == "lookup_address"
    assert tool["function"].get("description") == "Find an address"


def test_pydantic_function_tool_without_docstring_omits_description() -> None:
    tool = pydantic_function_tool(Address)
    assert "description" not in tool["function"]


def test_pydantic_function_tool_rejects_non_models() -> None:
    with pytest.raises(TypeError, match="pydantic model class"):
        pydantic_function_tool(dict)  # type: ignore[arg-type] # pyright: ignore[reportArgumentType] - exercising the runtime check
