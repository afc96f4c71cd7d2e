"""`transform` / `maybe_transform`: shape a params dict by the TypedDict that describes it.

Generated methods hand their arguments to the core as plain dicts (the core strips sentinels and encodes), so
the SDK itself does not need these; outside code that builds requests by hand calls them the way the official
SDK's resources do: ``maybe_transform(params, completion_create_params.CompletionCreateParams)``.

What is applied, recursively along the type: sentinel values (`NotGiven`, `Omit`) are dropped, keys annotated
``Annotated[..., PropertyInfo(alias=...)]`` are renamed to their API name, values annotated with a
``PropertyInfo(format=...)`` are formatted (``iso8601``, ``base64``, ``custom`` with ``format_template``), and
pydantic models are dumped in JSON mode by alias with unset fields left out. Everything else is kept as is,
including keys the type does not declare.
"""

from __future__ import annotations

import io
import os
import base64
import pathlib
import datetime
import collections.abc
from typing import Any, Dict, List, Tuple, Mapping, TypeVar, Iterable, Optional, Sequence, cast

from typing_extensions import Required, Annotated, NotRequired, TypeAliasType, get_args, get_origin, is_typeddict

from ._typing import is_union
from ._transform import is_sentinel

__all__ = ["transform", "maybe_transform", "async_transform", "async_maybe_transform"]

_T = TypeVar("_T")

_hints_cache: Dict[type, Dict[str, Any]] = {}

_LIST_ORIGINS: Tuple[object, ...] = (
    list,
    List,
    Iterable,
    Sequence,
    collections.abc.Iterable,
    collections.abc.Sequence,
)
_DICT_ORIGINS: Tuple[object, ...] = (dict, Dict, Mapping, collections.abc.Mapping)


def maybe_transform(data: object, expected_type: object) -> Any:
    """`transform`, with ``None`` passed through."""
    if data is None:
        return None
    return transform(data, expected_type)


async def async_maybe_transform(data: object, expected_type: object) -> Any:
    """Async twin of `maybe_transform` (file contents for ``base64`` fields are read the same way)."""
    return maybe_transform(data, expected_type)


def transform(data: _T, expected_type: object) -> _T:
    """Return ``data`` shaped for the wire according to ``expected_type`` (see the module docstring)."""
    return cast(_T, _transform(data, expected_type, None))


async def async_transform(data: _T, expected_type: object) -> _T:
    """Async twin of `transform`."""
    return transform(data, expected_type)


def _property_info(metadata: Iterable[object]) -> Optional[Any]:
    from .._models import PropertyInfo

    found: Optional[Any] = None
    for item in metadata:
        if isinstance(item, PropertyInfo):
            found = item
    return found


def _unwrap(tp: object) -> tuple[object, Optional[Any]]:
    """Strip Annotated / Required / NotRequired / type aliases, keeping the last PropertyInfo seen."""
    info: Optional[Any] = None
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            args = get_args(tp)
            info = _property_info(args[1:]) or info
            tp = args[0]
        elif origin in (Required, NotRequired):
            tp = get_args(tp)[0]
        elif isinstance(tp, TypeAliasType):
            tp = tp.__value__
        else:
            return tp, info


def _type_hints(typed_dict: type) -> Dict[str, Any]:
    hints = _hints_cache.get(typed_dict)
    if hints is None:
        import typing

        hints = typing.get_type_hints(typed_dict, include_extras=True)
        _hints_cache[typed_dict] = hints
    return hints


def _transform(data: object, tp: object, info: Optional[Any]) -> object:
    tp, own_info = _unwrap(tp)
    info = own_info or info
    origin: object = get_origin(tp)
    is_mapping = _is_mapping(data)

    if is_mapping and is_typeddict(tp):
        return _transform_typeddict(cast("Mapping[str, object]", data), cast(type, tp))

    if is_union(origin):
        result = data
        for variant in get_args(tp):
            result = _transform(result, variant, info)
        return result

    if origin in _LIST_ORIGINS:
        if is_mapping or _is_text(data) or not _is_iterable(data):
            return data
        args = get_args(tp)
        item_type: object = args[0] if args else object
        items = cast("Iterable[object]", data)
        return [_transform(item, item_type, None) for item in items if not is_sentinel(item)]

    if origin in _DICT_ORIGINS and is_mapping:
        args = get_args(tp)
        value_type: object = args[1] if len(args) == 2 else object
        mapping = cast("Mapping[object, object]", data)
        return {key: _transform(value, value_type, None) for key, value in mapping.items() if not is_sentinel(value)}

    if _is_pydantic_model(data):
        return cast(Any, data).model_dump(mode="json", by_alias=True, exclude_unset=True)

    if info is not None and info.format is not None:
        return _format(data, info.format, info.format_template)
    return data


def _is_text(value: object) -> bool:
    return isinstance(value, (str, bytes, bytearray))


def _is_iterable(value: object) -> bool:
    return isinstance(value, Iterable)


def _is_mapping(value: object) -> bool:
    # A plain bool (not a type guard), so ``data`` keeps its declared type in every branch.
    return isinstance(value, Mapping)


def _is_pydantic_model(value: object) -> bool:
    import pydantic

    return isinstance(value, pydantic.BaseModel)


def _transform_typeddict(data: Mapping[str, object], typed_dict: type) -> Dict[str, object]:
    hints = _type_hints(typed_dict)
    result: Dict[str, object] = {}
    for key, value in data.items():
        if is_sentinel(value):
            continue
        annotation = hints.get(key)
        if annotation is None:
            result[key] = value
            continue
        _, info = _unwrap(annotation)
        name = info.alias if info is not None and info.alias else key
        result[name] = _transform(value, annotation, None)
    return result


def _format(data: object, format: str, template: Optional[str]) -> object:
    if format == "iso8601" and isinstance(data, (datetime.date, datetime.datetime)):
        return data.isoformat()
    if format == "custom" and template is not None and isinstance(data, (datetime.date, datetime.datetime)):
        return data.strftime(template)
    if format == "base64":
        raw = _read_binary(data)
        if raw is not None:
            return base64.b64encode(raw).decode("ascii")
    return data


def _read_binary(data: object) -> Optional[bytes]:
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, (os.PathLike, pathlib.Path)):
        return pathlib.Path(cast("os.PathLike[str]", data)).read_bytes()
    if isinstance(data, io.IOBase):
        content: object = data.read()
        if isinstance(content, str):
            return content.encode("utf-8")
        return cast(bytes, content)
    return None
