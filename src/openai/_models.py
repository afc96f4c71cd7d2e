"""Response models: the `BaseModel` every generated type derives from, and turning API data into them.

Two ways in:

* `parse_data` / `parse_json` (used for every response): validate with pydantic first, which runs in Rust and is
  fast; only when that fails, and strict validation is off, fall back to `construct_type`. Validation is lax, so
  data that passes may be coerced the way pydantic coerces (``"1"`` → ``1`` for an int field); data that fails is
  never rejected, only constructed without validation.
* `construct_type` (and `BaseModel.model_construct`): loose, recursive construction without validation.
  Unknown fields are kept, mistyped values are kept exactly as received, nested models, lists, dicts and
  unions (discriminated ones by their tag) are built recursively, ISO date-times become ``datetime`` and ints
  become floats for float fields. This is what makes responses survive API additions the SDK does not know yet.

Both paths leave ``model_fields_set`` equal to the keys present in the data (so ``to_dict()`` distinguishes a
missing key from an explicit ``null``) and keep unknown keys in ``model_extra`` and as attributes.
"""

from __future__ import annotations

import inspect
import datetime
import threading
import collections.abc
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Optional,
    Sequence,
    cast,
)

import jiter
import pydantic
import pydantic_core
from pydantic import ConfigDict
from pydantic.fields import FieldInfo
from typing_extensions import Self, Literal, Required, Annotated, TypeAliasType, get_args, override, get_origin

from ._types import NoneType
from ._utils import is_union, parse_date, literal_values, parse_datetime, is_literal_type

__all__ = [
    "BaseModel",
    "GenericModel",
    "PropertyInfo",
    "construct_type",
    "construct_type_unchecked",
    "add_request_id",
    "build",
    "FinalRequestOptions",
    "FinalRequestOptionsInput",
    "SecurityOptions",
    "is_basemodel",
    "is_basemodel_type",
    "parse_data",
    "parse_json",
    "validate_type",
]

_T = TypeVar("_T")


class BaseModel(pydantic.BaseModel):
    """Base of every response model: lenient about what the API sends and convenient to inspect.

    Unknown fields are kept (attributes and ``model_extra``); fields can be populated by name or API alias;
    schemas are built lazily on first use, so importing thousands of generated models stays cheap.
    ``str(model)`` is its ``repr``. ``_request_id`` holds the ``x-request-id`` of the response the object came
    from (top-level objects only) and is excluded from ``repr``, dumps and JSON.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # ``_request_id`` is a property over ``__pydantic_private__`` rather than a pydantic private attribute:
    # declaring a private attribute makes pydantic run a Python ``model_post_init`` hook for every instance,
    # which would triple the cost of validating large lists.
    @property
    def _request_id(self) -> Optional[str]:
        private = self.__pydantic_private__
        if private is None:
            return None
        return cast(Optional[str], private.get("_request_id"))

    @_request_id.setter
    def _request_id(self, value: Optional[str]) -> None:
        # pydantic compares ``__pydantic_private__`` in ``==``; storing nothing for ``None`` keeps a model without a
        # request id equal to one that never had it set, as with a private attribute defaulting to ``None``.
        private = self.__pydantic_private__
        if value is None:
            if private is not None:
                private.pop("_request_id", None)
                if not private and not self.__private_attributes__:
                    object.__setattr__(self, "__pydantic_private__", None)
        elif private is None:
            object.__setattr__(self, "__pydantic_private__", {"_request_id": value})
        else:
            private["_request_id"] = value

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """Dump the model to a dict.

        By default only the keys the API sent are included (``exclude_unset=True``), under their API names;
        unknown keys are included too. ``mode="json"`` makes every value JSON-serialisable (e.g. datetimes to
        strings).
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """Serialise the model to a JSON string, with the same defaults as `to_dict` (indented by 2)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @override
    def __str__(self) -> str:
        return self.__repr__()

    if not TYPE_CHECKING:  # type checkers keep flagging unknown attributes

        def __getattr__(self, name: str) -> Any:
            # A declared field the data left out (a model built without validation): read it as its default, or
            # `None` for a required one, rather than failing; it stays unset, so dumps leave it out.
            try:
                return super().__getattr__(name)
            except AttributeError:
                info = type(self).__pydantic_fields__.get(name)
                if info is None:
                    raise
                if info.is_required():
                    return None
                return info.get_default(call_default_factory=True, validated_data={})

    @classmethod
    @override
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:  # type: ignore[override]  # the pydantic mypy plugin synthesises a per-model signature; ours is pydantic's own
        """Build an instance from API data without validation, constructing nested values loosely.

        Keys may be field names or API aliases; unknown keys are kept as extra fields, mistyped values as
        received.
        """
        return cls._loose_construct(_fields_set, values)

    @classmethod
    def construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:  # pyright: ignore[reportDeprecated, reportIncompatibleMethodOverride] -- pydantic deprecates construct; kept as the documented alias
        """Alias of `model_construct`, kept because the official SDK documents it."""
        return cls._loose_construct(_fields_set, values)

    @classmethod
    def _loose_construct(cls, fields_set: set[str] | None, values: Dict[str, Any]) -> Self:
        plan = _field_plan(cls)
        constructed: Dict[str, object] = {}
        for key, value in values.items():
            field = plan.get(key)
            constructed[key] = value if field is None else _construct_field(value, field)
        model = super().model_construct(fields_set, **constructed)
        extra = model.__pydantic_extra__
        if fields_set is None and extra:
            # Validation counts unknown keys as set; do the same so both paths dump identically.
            model.__pydantic_fields_set__.update(extra)
        return model


GenericModel = BaseModel
"""Base for generic models (``class Page(GenericModel, Generic[T])``); pydantic v2 needs nothing extra."""


# --- PropertyInfo ---------------------------------------------------------------------------------------------


class PropertyInfo:
    """Metadata for ``Annotated[...]`` types used by generated code.

    * ``discriminator``: on a union of models, the field whose literal value selects the variant. Validation
      becomes a tagged union (one variant tried instead of all) and loose construction picks the variant the
      same way. Pydantic's own ``Field(discriminator=...)`` is understood too.
    * ``alias``: the API name of a request parameter, when it differs from the Python name.
    * ``format``: ``"iso8601"``, ``"base64"`` or ``"custom"`` (with ``format_template``) for request values.
    """

    __slots__ = ("alias", "discriminator", "format", "format_template")

    alias: Optional[str]
    format: Optional[Literal["iso8601", "base64", "custom"]]
    format_template: Optional[str]
    discriminator: Optional[str]

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[Literal["iso8601", "base64", "custom"]] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    def _key(self) -> Tuple[Optional[str], ...]:
        return (self.alias, self.format, self.format_template, self.discriminator)

    @override
    def __eq__(self, other: object) -> bool:
        return isinstance(other, PropertyInfo) and self._key() == other._key()

    @override
    def __hash__(self) -> int:
        return hash(self._key())

    @override
    def __repr__(self) -> str:
        return (
            f"PropertyInfo(alias={self.alias!r}, format={self.format!r}, format_template={self.format_template!r}, "
            f"discriminator={self.discriminator!r})"
        )

    def __get_pydantic_core_schema__(self, source: Any, handler: pydantic.GetCoreSchemaHandler) -> CoreSchema:
        if self.discriminator is None:
            return handler(source)
        try:
            return handler(Annotated[source, pydantic.Field(discriminator=self.discriminator)])
        except (pydantic.PydanticUserError, TypeError):
            # Some variant lacks a literal tag: validate as a plain (smart-mode) union instead of failing.
            return handler(source)


# --- validation -----------------------------------------------------------------------------------------------


def is_basemodel_type(type_: object) -> bool:
    """Whether ``type_`` is a pydantic model class (ours or any other)."""
    return inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel)


def is_basemodel(value: object) -> bool:
    return isinstance(value, pydantic.BaseModel)


# Raised when pydantic cannot build a schema for a type (unresolvable forward reference, unsupported type, ...).
_SCHEMA_ERRORS: Tuple[type[Exception], ...] = (
    pydantic.PydanticUserError,
    pydantic.PydanticUndefinedAnnotation,
    pydantic_core.SchemaError,
)
_VALIDATION_OR_SCHEMA_ERRORS: Tuple[type[Exception], ...] = (pydantic.ValidationError, *_SCHEMA_ERRORS)

_adapters: Dict[object, pydantic.TypeAdapter[Any]] = {}
_adapters_lock = threading.Lock()
# Types whose schema cannot be built; they always go through loose construction.
_unvalidatable: set[object] = set()


def _adapter(type_: object) -> pydantic.TypeAdapter[Any]:
    # Any type expression is accepted at runtime; the TypeForm annotation cannot express "unknown type".
    form = cast(Any, type_)
    try:
        adapter = _adapters.get(type_)
    except TypeError:  # unhashable type expression: build an adapter every time
        return pydantic.TypeAdapter[Any](form)
    if adapter is None:
        adapter = pydantic.TypeAdapter[Any](form)
        with _adapters_lock:
            _adapters[type_] = adapter
    return adapter


def validate_type(*, type_: type[_T], value: object) -> _T:
    """Strictly validate ``value`` as ``type_`` with pydantic (lax coercions such as int → float allowed).

    Raises:
        pydantic.ValidationError: the value does not match.
    """
    if is_basemodel_type(type_):
        return cast(_T, cast("type[pydantic.BaseModel]", type_).model_validate(value))
    return cast(_T, _adapter(type_).validate_python(value))


def _validate_json(type_: object, content: str | bytes) -> object:
    if is_basemodel_type(type_):
        return cast("type[pydantic.BaseModel]", type_).model_validate_json(content)
    return _adapter(type_).validate_json(content)


def _can_validate(type_: object) -> bool:
    try:
        return type_ not in _unvalidatable
    except TypeError:
        return True


def _mark_unvalidatable(type_: object) -> None:
    try:
        _unvalidatable.add(type_)
    except TypeError:
        pass


def parse_data(data: object, cast_to: type[_T], *, strict: bool) -> _T:
    """Turn decoded JSON ``data`` into ``cast_to``.

    Validation runs first (fast, in Rust). If it fails: with ``strict`` the ``pydantic.ValidationError``
    propagates; otherwise the value is built with `construct_type`, which never rejects data.
    """
    if strict:
        return validate_type(type_=cast_to, value=data)
    if _can_validate(cast_to):
        try:
            return validate_type(type_=cast_to, value=data)
        except pydantic.ValidationError:
            pass
        except _SCHEMA_ERRORS:
            _mark_unvalidatable(cast_to)
    return cast(_T, construct_type(value=data, type_=cast_to))


def parse_json(content: str | bytes, cast_to: type[_T], *, strict: bool) -> _T:
    """Like `parse_data`, but from the raw JSON text, which pydantic can validate without building Python objects.

    Raises:
        ValueError: ``content`` is not valid JSON (only reached on the fallback path or in strict mode).
        pydantic.ValidationError: strict mode and the data does not match.
    """
    if _can_validate(cast_to):
        try:
            return cast(_T, _validate_json(cast_to, content))
        except pydantic.ValidationError:
            # Decoding separately makes a JSON syntax error surface as ValueError rather than a schema error.
            data = jiter.from_json(_as_bytes(content))
            if strict:
                return validate_type(type_=cast_to, value=data)
            return cast(_T, construct_type(value=data, type_=cast_to))
        except _SCHEMA_ERRORS:
            if strict:
                raise
            _mark_unvalidatable(cast_to)
    return parse_data(jiter.from_json(_as_bytes(content)), cast_to, strict=strict)


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


# --- loose construction ---------------------------------------------------------------------------------------


class _Field:
    """What loose construction needs to know about one model field."""

    __slots__ = ("annotation", "discriminator")

    def __init__(self, annotation: object, discriminator: Optional[str]) -> None:
        self.annotation = annotation
        self.discriminator = discriminator


_plans: Dict[type, Dict[str, _Field]] = {}


def _field_plan(cls: type[pydantic.BaseModel]) -> Dict[str, _Field]:
    """Map every accepted input key (field name and alias) of ``cls`` to its construction info, cached."""
    cached = _plans.get(cls)
    if cached is not None:
        return cached
    # pydantic < 2.10 has no separate "fields complete" flag; schema completeness implies it.
    if not getattr(cls, "__pydantic_fields_complete__", cls.__pydantic_complete__):
        # Forward references not resolved yet (e.g. recursive models): resolve them now, once.
        try:
            cls.model_rebuild()
        except _SCHEMA_ERRORS:
            pass
    plan: Dict[str, _Field] = {}
    for name, info in cls.model_fields.items():
        field = _Field(info.annotation, _discriminator_of(info))
        plan[name] = field
        if info.alias is not None:
            plan[info.alias] = field
    _plans[cls] = plan
    return plan


def _discriminator_of(info: FieldInfo) -> Optional[str]:
    discriminator = info.discriminator
    if isinstance(discriminator, str):
        return discriminator
    for item in info.metadata:
        if isinstance(item, PropertyInfo) and item.discriminator is not None:
            return item.discriminator
    return None


def _construct_field(value: object, field: _Field) -> object:
    if value is None:
        return None
    return _construct(value, field.annotation, field.discriminator)


def construct_type(*, value: object, type_: object, metadata: Sequence[object] = ()) -> object:
    """Build ``value`` into ``type_`` without validation; never raises for unexpected data.

    Values that do not fit are returned as received. ``metadata`` carries ``Annotated`` extras of the caller
    (e.g. a `PropertyInfo` with a discriminator).
    """
    discriminator: Optional[str] = None
    for item in metadata:
        discriminator = _metadata_discriminator(item) or discriminator
    return _construct(value, type_, discriminator)


def _metadata_discriminator(item: object) -> Optional[str]:
    if isinstance(item, PropertyInfo):
        return item.discriminator
    if isinstance(item, FieldInfo) and isinstance(item.discriminator, str):
        return item.discriminator
    if _DISCRIMINATOR_CLS is not None and isinstance(item, _DISCRIMINATOR_CLS):
        tag: object = getattr(item, "discriminator", None)
        return tag if isinstance(tag, str) else None
    return None


# ``pydantic.Discriminator`` exists from pydantic 2.5 on.
_DISCRIMINATOR_CLS: Optional[type] = getattr(pydantic, "Discriminator", None)


_LIST_ORIGINS: Tuple[object, ...] = (
    list,
    List,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Iterable,
    Sequence,
    Iterable,
)
_DICT_ORIGINS: Tuple[object, ...] = (dict, Dict, collections.abc.Mapping, collections.abc.MutableMapping, Mapping)


def _construct(value: object, type_: object, discriminator: Optional[str]) -> object:
    # Peel Annotated[...] and type aliases, collecting a discriminator on the way.
    while True:
        origin = get_origin(type_)
        if origin is Annotated:
            args = get_args(type_)
            for item in args[1:]:
                discriminator = _metadata_discriminator(item) or discriminator
            type_ = args[0]
            continue
        if isinstance(type_, TypeAliasType):
            type_ = type_.__value__
            continue
        break

    if type_ is Any or type_ is object:
        return value
    if is_union(origin):
        return _construct_union(value, get_args(type_), discriminator)
    if inspect.isclass(type_):
        if issubclass(type_, pydantic.BaseModel):
            return _construct_model(value, type_)
        if type_ is float:
            return float(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if type_ is datetime.datetime:
            return _try(parse_datetime, value) if isinstance(value, (str, int, float)) else value
        if type_ is datetime.date:
            return _try(parse_date, value) if isinstance(value, str) else value
        if type_ in (list, dict, tuple):
            return value
    if origin is None:
        return value
    args = get_args(type_)
    if origin in _LIST_ORIGINS:
        if not isinstance(value, list):
            return value
        item_type: object = args[0] if args else Any
        items_list = cast("list[object]", value)
        leaf = _leaf_kind(item_type)
        if leaf is _LEAF_AS_IS:
            return list(items_list)
        if leaf is _LEAF_FLOAT:
            return _construct_float_list(items_list)
        return [_construct(item, item_type, None) for item in items_list]
    if origin in _DICT_ORIGINS:
        if not isinstance(value, Mapping):
            return value
        value_type: object = args[1] if len(args) == 2 else Any
        mapping = cast("Mapping[object, object]", value)
        return {key: _construct(item, value_type, None) for key, item in mapping.items()}
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            return value
        items = cast("Sequence[object]", value)
        original: object = items
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_construct(item, args[0], None) for item in items)
        if len(args) == len(items):
            return tuple(_construct(item, arg, None) for item, arg in zip(items, args, strict=True))
        return original
    if inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel):
        return _construct_model(value, cast("type[pydantic.BaseModel]", type_))
    # Literal, TypeVar, Callable, ...: keep the value exactly as received.
    return value


# How `_construct` treats the items of a list, decided once per item type: `_LEAF_AS_IS` types keep every item
# exactly as received (str, int, bool, Literal, Any, enums, ...), `_LEAF_FLOAT` turns int items into floats and
# keeps the rest, `_LEAF_OTHER` needs the per-item construction (models, unions, dates, nested containers).
_LEAF_AS_IS = "as-is"
_LEAF_FLOAT = "float"
_LEAF_OTHER = "other"
_leaf_kinds: Dict[object, str] = {}


def _leaf_kind(type_: object) -> str:
    try:
        return _leaf_kinds[type_]
    except KeyError:
        kind = _classify_leaf(type_)
        _leaf_kinds[type_] = kind
        return kind
    except TypeError:  # an unhashable type expression: classify it every time
        return _classify_leaf(type_)


def _classify_leaf(type_: object) -> str:
    while True:
        origin = get_origin(type_)
        if origin is Annotated:
            type_ = get_args(type_)[0]
            continue
        if isinstance(type_, TypeAliasType):
            type_ = type_.__value__
            continue
        break
    if type_ is Any or type_ is object:
        return _LEAF_AS_IS
    if inspect.isclass(type_):
        if issubclass(type_, pydantic.BaseModel) or type_ in (datetime.datetime, datetime.date):
            return _LEAF_OTHER
        if type_ is float:
            return _LEAF_FLOAT
        if origin is None:
            return _LEAF_AS_IS
    if origin is not None and is_literal_type(type_):
        return _LEAF_AS_IS
    return _LEAF_OTHER


def _construct_float_list(items: List[object]) -> List[object]:
    """Items of a ``List[float]``: ints (not bools) become floats, everything else is kept as received."""
    kinds = set(map(type, items))
    if kinds <= {float}:
        return list(items)
    return [float(item) if isinstance(item, int) and not isinstance(item, bool) else item for item in items]


def _try(parse: Any, value: object) -> object:
    try:
        return cast(object, parse(value))
    except (ValueError, TypeError, OverflowError):
        return value


def _construct_model(value: object, model: type[pydantic.BaseModel]) -> object:
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        return value
    data = {str(key): item for key, item in cast("Mapping[object, object]", value).items()}
    if issubclass(model, BaseModel):
        return model.model_construct(None, **data)
    # A foreign pydantic model: validate if possible, else build it without validation.
    try:
        return model.model_validate(data)
    except _VALIDATION_OR_SCHEMA_ERRORS:
        return model.model_construct(None, **data)


_union_tags: Dict[Tuple[object, str], Tuple[Dict[object, object], Tuple[str, ...]]] = {}


def _discriminated_variants(
    variants: Tuple[object, ...], discriminator: str
) -> Tuple[Dict[object, object], Tuple[str, ...]]:
    """Map each tag value to its variant, and list the input keys the tag may come under (name, alias)."""
    key = (variants, discriminator)
    cached = _union_tags.get(key)
    if cached is not None:
        return cached
    mapping: Dict[object, object] = {}
    keys: List[str] = [discriminator]
    for variant in variants:
        model = _model_of(variant)
        if model is None:
            continue
        info = _find_field(model, discriminator)
        if info is None:
            continue
        name, field = info
        for candidate in (name, field.alias):
            if candidate is not None and candidate not in keys:
                keys.append(candidate)
        if is_literal_type(field.annotation) or is_literal_type(_strip_optional(field.annotation)):
            for tag in literal_values(_strip_optional(field.annotation)):
                mapping.setdefault(tag, variant)
    result = (mapping, tuple(keys))
    _union_tags[key] = result
    return result


def _strip_optional(tp: object) -> object:
    if is_union(get_origin(tp)):
        args = [arg for arg in get_args(tp) if arg is not NoneType]
        if len(args) == 1:
            return args[0]
    return tp


def _model_of(variant: object) -> Optional[type[pydantic.BaseModel]]:
    while get_origin(variant) is Annotated:
        variant = get_args(variant)[0]
    if inspect.isclass(variant) and issubclass(variant, pydantic.BaseModel):
        return variant
    origin = get_origin(variant)
    if inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel):
        return cast("type[pydantic.BaseModel]", variant)
    return None


def _find_field(model: type[pydantic.BaseModel], key: str) -> Optional[Tuple[str, FieldInfo]]:
    fields = model.model_fields
    if key in fields:
        return key, fields[key]
    for name, field in fields.items():
        if field.alias == key:
            return name, field
    return None


def _construct_union(received: object, variants: Tuple[object, ...], discriminator: Optional[str]) -> object:
    value = received
    if value is None:
        return None
    unknown_tag = False
    if discriminator is not None and isinstance(value, Mapping):
        mapping, keys = _discriminated_variants(variants, discriminator)
        data = cast("Mapping[str, object]", value)
        for key in keys:
            tag = data.get(key)
            if tag is not None:
                try:
                    variant = mapping.get(tag)
                except TypeError:  # unhashable tag value
                    variant = None
                if variant is not None:
                    return _construct(received, variant, None)
                unknown_tag = True
                break
    # Whatever validates as-is is the best answer (e.g. a primitive member of the union). A tag no variant
    # declares cannot validate, so that case goes straight to picking the closest variant.
    union = Union[variants]  # type: ignore[valid-type]  # runtime union of the given members
    if not unknown_tag and _can_validate(union):
        try:
            return _adapter(union).validate_python(value)
        except pydantic.ValidationError:
            pass
        except _SCHEMA_ERRORS:
            _mark_unvalidatable(union)
    if isinstance(value, Mapping):
        best = _best_model_variant(cast("Mapping[str, object]", value), variants)
        if best is not None:
            return _construct(received, best, None)
    elif isinstance(value, list):
        for variant in variants:
            if get_origin(_strip_annotated(variant)) in _LIST_ORIGINS:
                return _construct(received, variant, None)
    return received


def _strip_annotated(tp: object) -> object:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _best_model_variant(data: Mapping[str, object], variants: Tuple[object, ...]) -> Optional[object]:
    """Pick the model variant that fits ``data`` best: literal fields that match, then known keys."""
    best: Optional[object] = None
    best_score: Optional[Tuple[int, int]] = None
    for variant in variants:
        model = _model_of(variant)
        if model is None:
            continue
        literal_score = 0
        known = 0
        for name, field in model.model_fields.items():
            key = field.alias if field.alias is not None and field.alias in data else name
            if key not in data:
                continue
            known += 1
            annotation = _strip_optional(field.annotation)
            if is_literal_type(annotation):
                literal_score += 1 if data[key] in literal_values(annotation) else -1
        score = (literal_score, known)
        if best_score is None or score > best_score:
            best, best_score = variant, score
    return best


# --- names outside code imports from `openai._models` (official spellings) -------------------------------------

from functools import lru_cache as lru_cache  # noqa: E402

from typing_extensions import ParamSpec, TypedDict  # noqa: E402
from pydantic_core.core_schema import CoreSchema as CoreSchema  # noqa: E402

from ._types import (  # noqa: E402
    Body as Body,
    IncEx as IncEx,
    Query as Query,
    ModelT as ModelT,
    Headers as Headers,
    Timeout as Timeout,
    NotGiven as NotGiven,
    AnyMapping as AnyMapping,
    BinaryTypes,
    RequestFiles,
    HttpxRequestFiles as HttpxRequestFiles,
    is_given as is_given,
)
from ._utils import (  # noqa: E402
    is_list as is_list,
    json_safe as json_safe,
    is_mapping as is_mapping,
    coerce_boolean as coerce_boolean,
    strip_not_given as strip_not_given,
    extract_type_arg as extract_type_arg,
    is_annotated_type as is_annotated_type,
    is_type_alias_type as is_type_alias_type,
    strip_annotated_type as strip_annotated_type,
)
from ._compat import (  # noqa: E402
    PYDANTIC_V1 as PYDANTIC_V1,
    GenericModel as _CompatGenericModel,
    parse_obj as parse_obj,
    get_model_config as get_model_config,
    get_model_fields as get_model_fields,
    field_get_default as field_get_default,
)
from ._constants import RAW_RESPONSE_HEADER as RAW_RESPONSE_HEADER  # noqa: E402
from ._request_options import (  # noqa: E402
    Security,
    SecurityOptions as SecurityOptions,
)
from ._final_request_options import FinalRequestOptions as FinalRequestOptions  # noqa: E402

P = ParamSpec("P")

BaseGenericModel = _CompatGenericModel
"""The pydantic base of generic models (`pydantic.BaseModel` under pydantic 2)."""

ReprArgs = Sequence[Tuple[Optional[str], Any]]
"""What pydantic's ``__repr_args__`` returns."""

_BaseModelT = TypeVar("_BaseModelT", bound=pydantic.BaseModel)


def add_request_id(obj: BaseModel, request_id: str | None) -> None:
    """Record the ``x-request-id`` of the response ``obj`` came from (read back as ``obj._request_id``)."""
    obj._request_id = request_id


def construct_type_unchecked(*, value: object, type_: type[_T]) -> _T:
    """`construct_type`, typed as returning ``type_`` (the value is not guaranteed to match it)."""
    return cast(_T, construct_type(value=value, type_=type_))


def build(base_model_cls: Callable[P, _BaseModelT], *args: P.args, **kwargs: P.kwargs) -> _BaseModelT:
    """Construct a model from keyword arguments without validation, nested values built loosely.

    ``build(Completion, id="cmpl-1", choices=[...])``; positional arguments are not accepted.
    """
    if args:
        raise TypeError("build() takes keyword arguments only (the model's fields)")
    return cast(_BaseModelT, construct_type(value=kwargs, type_=base_model_cls))


def set_pydantic_config(typ: Any, config: pydantic.ConfigDict) -> None:
    """Attach a pydantic config to a type pydantic does not own (e.g. a TypedDict) for later validation."""
    setattr(typ, "__pydantic_config__", config)  # noqa: B010


class FinalRequestOptionsInput(TypedDict, total=False):
    """The keyword arguments of `FinalRequestOptions`."""

    method: Required[str]
    url: Required[str]
    params: Query
    headers: Headers
    max_retries: int
    timeout: float | Timeout | None
    files: RequestFiles | None
    idempotency_key: str
    content: BinaryTypes | None
    json_data: Body
    extra_json: AnyMapping
    follow_redirects: bool
    security: SecurityOptions | Security
    synthesize_event_and_data: bool
