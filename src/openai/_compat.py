"""Pydantic helpers under the names the official SDK's ``openai._compat`` gives them.

This package supports pydantic v2 only, so each helper is the direct v2 call (``PYDANTIC_V1`` is always
``False``). Outside code (plugins, instrumentation) imports these names; the SDK itself calls pydantic directly.
"""

from __future__ import annotations

from typing import Any, Dict, List, Type, Tuple, TypeVar, Optional, cast
from datetime import date, datetime
from functools import cached_property as typed_cached_property

import pydantic
from pydantic_core import PydanticUndefined
from pydantic.fields import FieldInfo

from ._types import IncEx as IncEx, StrBytesIntFloat as StrBytesIntFloat
from ._utils import (
    is_union as is_union,
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
    is_literal_type as is_literal_type,
)

__all__ = [
    "PYDANTIC_V1",
    "GenericModel",
    "IncEx",
    "StrBytesIntFloat",
    "field_get_default",
    "field_is_required",
    "field_outer_type",
    "get_model_config",
    "get_model_fields",
    "is_literal_type",
    "is_union",
    "model_copy",
    "model_dump",
    "model_json",
    "model_json_schema",
    "model_parse",
    "model_parse_json",
    "parse_date",
    "parse_datetime",
    "parse_obj",
    "typed_cached_property",
    "http_response_types",
    "timeout_exceptions",
    "status_exceptions",
    "stream_consumed_exceptions",
    "is_httpx2_sync_client",
    "is_httpx2_async_client",
    "is_legacy_httpx_sync_client",
    "is_legacy_httpx_async_client",
]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)

PYDANTIC_V1 = False
"""Always ``False``: this package requires pydantic 2."""

GenericModel = pydantic.BaseModel
"""Pydantic 2 models are generic without a special base class."""


def parse_date(value: date | StrBytesIntFloat) -> date:
    """Parse a ``date`` from a date, an ISO 8601 string/bytes or a Unix timestamp."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return _parse_date(value)


def parse_datetime(value: datetime | StrBytesIntFloat) -> datetime:
    """Parse a ``datetime`` from a datetime, an ISO 8601 string/bytes or a Unix timestamp."""
    if isinstance(value, datetime):
        return value
    return _parse_datetime(value)


def parse_obj(model: Type[_ModelT], value: object) -> _ModelT:
    """Validate ``value`` as ``model``."""
    return model.model_validate(value)


def model_parse(model: Type[_ModelT], data: object) -> _ModelT:
    """Validate ``data`` as ``model``."""
    return model.model_validate(data)


def model_parse_json(model: Type[_ModelT], data: str | bytes) -> _ModelT:
    """Validate the JSON text ``data`` as ``model``."""
    return model.model_validate_json(data)


def field_is_required(field: FieldInfo) -> bool:
    return field.is_required()


def field_get_default(field: FieldInfo) -> Any:
    """The field's default, or ``None`` when the field is required or has no default."""
    value = field.get_default()
    return None if value is PydanticUndefined else value


def field_outer_type(field: FieldInfo) -> Any:
    return field.annotation


def get_model_config(model: type[pydantic.BaseModel]) -> Any:
    return model.model_config


def get_model_fields(model: type[pydantic.BaseModel]) -> Dict[str, FieldInfo]:
    return model.model_fields


def model_copy(model: _ModelT, *, deep: bool = False) -> _ModelT:
    return model.model_copy(deep=deep)


def model_json(model: pydantic.BaseModel, *, indent: Optional[int] = None) -> str:
    return model.model_dump_json(indent=indent)


def model_json_schema(model: type[pydantic.BaseModel]) -> Dict[str, Any]:
    return model.model_json_schema()


def model_dump(
    model: pydantic.BaseModel,
    *,
    exclude: IncEx | None = None,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    warnings: bool = True,
    mode: str = "python",
    by_alias: Optional[bool] = None,
) -> Dict[str, Any]:
    """``model.model_dump(...)`` with the keyword set the official helper takes."""
    return model.model_dump(
        mode=cast(Any, mode),
        exclude=cast(Any, exclude),
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        warnings=warnings,
        by_alias=bool(by_alias),
    )


# --- httpx / httpx2 class lookups (the official SDK's bridging helpers) ---------------------------------------


def _library_classes(name: str) -> Tuple[type, ...]:
    """httpx's class ``name``, plus httpx2's when httpx2 is imported."""
    import sys

    import httpx

    classes: List[type] = [getattr(httpx, name)]
    httpx2 = sys.modules.get("httpx2")
    twin = getattr(httpx2, name, None) if httpx2 is not None else None
    if isinstance(twin, type) and twin not in classes:
        classes.append(twin)
    return tuple(classes)


def http_response_types() -> Tuple[type, ...]:
    """The response classes a ``cast_to`` may name to get the raw response (httpx's, and httpx2's if in use)."""
    return _library_classes("Response")


def timeout_exceptions() -> Tuple[type, ...]:
    """The timeout exception classes of the HTTP libraries in use."""
    return _library_classes("TimeoutException")


def status_exceptions() -> Tuple[type, ...]:
    """The ``HTTPStatusError`` classes of the HTTP libraries in use."""
    return _library_classes("HTTPStatusError")


def stream_consumed_exceptions() -> Tuple[type, ...]:
    """The ``StreamConsumed`` classes of the HTTP libraries in use."""
    return _library_classes("StreamConsumed")


def _is_client(client: object, library: str, name: str) -> bool:
    import sys

    module = sys.modules.get(library)
    cls = getattr(module, name, None) if module is not None else None
    return isinstance(cls, type) and isinstance(client, cls)


def is_httpx2_sync_client(client: object) -> bool:
    return _is_client(client, "httpx2", "Client")


def is_httpx2_async_client(client: object) -> bool:
    return _is_client(client, "httpx2", "AsyncClient")


def is_legacy_httpx_sync_client(client: object) -> bool:
    return _is_client(client, "httpx", "Client")


def is_legacy_httpx_async_client(client: object) -> bool:
    return _is_client(client, "httpx", "AsyncClient")
