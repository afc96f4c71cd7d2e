"""Conversion of pydantic models into the strict JSON schemas that structured outputs accept.

The API's strict mode (``"strict": true`` on a ``json_schema`` response format or a function tool) only accepts a
subset of JSON Schema: every object must list all of its properties as required and forbid extra keys. Pydantic
generates ordinary JSON Schema, so this module rewrites it:

- objects get ``additionalProperties: false`` and ``required`` = every property (optional fields stay optional
  through their ``anyOf [..., {"type": "null"}]`` branch, so the model can still answer ``null``);
- ``allOf`` with a single entry is folded into its parent and ``"default": null`` is dropped;
- a ``$ref`` with sibling keys is inlined (siblings win), since strict mode does not allow keywords next to a
  reference; a bare ``$ref`` is kept, so recursive models still work through ``$defs``.

``to_strict_json_schema`` takes what the official helper takes (a model class or a ``TypeAdapter``); the
response-format helpers also accept dataclass types, through ``to_strict_json_schema_for_type``.

Schemas that can never be strict (a ``dict`` field or a model with ``extra="allow"`` accepts arbitrary keys) are
rejected with a :class:`ValueError` that names the offending field, instead of a 400 from the API later.
"""

from __future__ import annotations

import inspect
import dataclasses
from typing import Any, Dict, cast

import pydantic
from typing_extensions import TypeGuard

__all__ = [
    "is_basemodel_type",
    "is_dataclass_like_type",
    "model_json_schema",
    "to_strict_json_schema",
    "to_strict_json_schema_for_type",
]

JSONSchema = Dict[str, Any]


def is_basemodel_type(typ: object) -> TypeGuard[type[pydantic.BaseModel]]:
    """Return whether ``typ`` is a pydantic model class (not an instance)."""
    return inspect.isclass(typ) and issubclass(typ, pydantic.BaseModel)


def is_dataclass_like_type(typ: object) -> TypeGuard[type[Any]]:
    """Return whether ``typ`` is a dataclass type that pydantic can validate (plain or pydantic dataclass)."""
    return inspect.isclass(typ) and dataclasses.is_dataclass(typ)


def model_json_schema(model: object) -> JSONSchema:
    """Return pydantic's (non-strict) JSON schema for a model class or a ``TypeAdapter``.

    Raises:
        TypeError: ``model`` is neither (wrap other types, such as dataclasses, in a ``TypeAdapter``).
    """
    if isinstance(model, pydantic.TypeAdapter):
        adapter = cast("pydantic.TypeAdapter[object]", model)
        return adapter.json_schema()
    if is_basemodel_type(model):
        return model.model_json_schema()
    raise TypeError(
        f"Cannot build a JSON schema from {model!r}: expected a pydantic model class or a pydantic.TypeAdapter "
        "(wrap a dataclass as pydantic.TypeAdapter(MyDataclass))"
    )


def to_strict_json_schema(model: object, *, name: str | None = None) -> JSONSchema:
    """Return the strict JSON schema for ``model`` (a pydantic model class or a ``TypeAdapter``).

    ``name`` labels the root in error messages (defaults to the class name or the schema title).

    Raises:
        TypeError: ``model`` is not a pydantic model class or ``TypeAdapter``.
        ValueError: the schema uses a non-local ``$ref``, or a field cannot be expressed in strict mode
            (the message names the field).
    """
    schema = model_json_schema(model)
    root_label = name or _model_label(model, schema)
    return _make_strict(schema, root=schema, label=root_label)


def to_strict_json_schema_for_type(type_: type[Any]) -> JSONSchema:
    """Return the strict JSON schema of a response format class: a pydantic model or a (pydantic) dataclass.

    Raises:
        TypeError: ``type_`` is neither.
        ValueError: a field cannot be expressed in strict mode (the message names it).
    """
    if is_basemodel_type(type_):
        return to_strict_json_schema(type_)
    if is_dataclass_like_type(type_):
        return to_strict_json_schema(pydantic.TypeAdapter(type_), name=type_.__name__)
    raise TypeError(f"Cannot build a strict JSON schema from {type_!r}: expected a pydantic model or dataclass type")


def _model_label(model: object, schema: JSONSchema) -> str:
    name = getattr(model, "__name__", None)
    if isinstance(name, str):
        return name
    title = schema.get("title")
    return title if isinstance(title, str) else "<root>"


def _make_strict(schema: JSONSchema, *, root: JSONSchema, label: str) -> JSONSchema:
    """Rewrite ``schema`` in place (it is always a fresh dict from pydantic) and return it.

    ``label`` is a human-readable location (``Model.field``) used in error messages.
    """
    for defs_key in ("$defs", "definitions"):
        defs = schema.get(defs_key)
        if isinstance(defs, dict):
            for def_name, def_schema in cast("dict[str, object]", defs).items():
                if isinstance(def_schema, dict):
                    _make_strict(cast(JSONSchema, def_schema), root=root, label=def_name)

    if schema.get("type") == "object":
        if "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        elif schema["additionalProperties"] is not False:
            raise ValueError(
                f"Cannot make a strict JSON schema for `{label}`: it accepts arbitrary keys (a dict/Mapping type or "
                "a model configured with extra='allow'), but strict structured outputs require every object to "
                "declare its properties and set `additionalProperties: false`. Use a model with fixed fields, or a "
                "list of key/value models, instead."
            )

    owner = schema.get("title") if isinstance(schema.get("title"), str) else label
    properties = schema.get("properties")
    if isinstance(properties, dict):
        props = cast("dict[str, object]", properties)
        schema["required"] = list(props)
        for prop_name, prop_schema in props.items():
            if isinstance(prop_schema, dict):
                _make_strict(cast(JSONSchema, prop_schema), root=root, label=f"{owner}.{prop_name}")

    items = schema.get("items")
    if isinstance(items, dict):
        _make_strict(cast(JSONSchema, items), root=root, label=f"{label}[]")

    prefix_items = schema.get("prefixItems")
    if isinstance(prefix_items, list):
        for position, entry in enumerate(cast("list[object]", prefix_items)):
            if isinstance(entry, dict):
                _make_strict(cast(JSONSchema, entry), root=root, label=f"{label}[{position}]")

    for union_key in ("anyOf", "oneOf"):
        variants = schema.get(union_key)
        if isinstance(variants, list):
            for variant in cast("list[object]", variants):
                if isinstance(variant, dict):
                    _make_strict(cast(JSONSchema, variant), root=root, label=label)

    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        entries = cast("list[object]", all_of)
        if len(entries) == 1 and isinstance(entries[0], dict):
            # A single-entry allOf is how pydantic attaches keywords (a description) to a reference; strict mode
            # does not accept allOf, so the entry is merged into its parent.
            only = _make_strict(cast(JSONSchema, entries[0]), root=root, label=label)
            del schema["allOf"]
            schema.update(only)
        else:
            for entry in entries:
                if isinstance(entry, dict):
                    _make_strict(cast(JSONSchema, entry), root=root, label=label)

    if "default" in schema and schema["default"] is None:
        del schema["default"]

    ref = schema.get("$ref")
    if isinstance(ref, str) and len(schema) > 1:
        # Strict mode does not allow keywords next to a $ref: inline the target, letting the siblings win, and
        # process the merged result again (the target itself may need rewriting in this new position).
        target = _resolve_ref(root=root, ref=ref)
        merged: JSONSchema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
        schema.clear()
        schema.update(merged)
        return _make_strict(schema, root=root, label=label)

    return schema


def _resolve_ref(*, root: JSONSchema, ref: str) -> JSONSchema:
    if not ref.startswith("#/"):
        raise ValueError(f"Unsupported $ref {ref!r}: only local references starting with '#/' can be resolved")
    node: object = root
    for raw_part in ref[2:].split("/"):
        part = raw_part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise ValueError(f"Cannot resolve $ref {ref!r}: no {part!r} in the schema")
        node = cast("dict[str, object]", node)[part]
    if not isinstance(node, dict):
        raise ValueError(f"$ref {ref!r} points to a {type(node).__name__}, expected a schema object")
    # Copy so that inlining does not alias the shared definition.
    return dict(cast(JSONSchema, node))


# --- names outside code imports from `openai.lib._pydantic` (official spellings) -------------------------------

from .._types import NOT_GIVEN as NOT_GIVEN  # noqa: E402
from .._utils import is_dict as _is_dict, is_list as is_list  # noqa: E402
from .._compat import PYDANTIC_V1 as PYDANTIC_V1  # noqa: E402


def is_dict(obj: object) -> TypeGuard[Dict[str, object]]:
    """Whether ``obj`` is a ``dict`` (a JSON schema object node)."""
    return _is_dict(obj)


def has_more_than_n_keys(obj: Dict[str, object], n: int) -> bool:
    """Whether ``obj`` has more than ``n`` keys (stops counting at ``n + 1``)."""
    for index, _key in enumerate(obj):
        if index >= n:
            return True
    return False


def resolve_ref(*, root: JSONSchema, ref: str) -> JSONSchema:
    """The schema a local ``$ref`` (``#/$defs/Name``) points to inside ``root`` (a copy).

    Raises:
        ValueError: the reference is not local, or does not resolve to a schema object.
    """
    return _resolve_ref(root=root, ref=ref)
