"""The SDK's JSON request encoder: compact, UTF-8, strict about NaN, and aware of datetimes and models."""

from __future__ import annotations

import json
import math
import datetime
from typing import Any, Mapping, Iterable, cast

from ._transform import clean_body

__all__ = ["json_dumps"]


def _default(obj: Any) -> object:
    # Only reached for values the stdlib encoder cannot handle natively.
    if isinstance(obj, (datetime.datetime, datetime.date, datetime.time)):
        return obj.isoformat()
    if isinstance(obj, Mapping) or (isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, bytearray))):
        return clean_body(cast(object, obj))
    model_dump = getattr(obj, "model_dump", None)
    if callable(model_dump):
        return clean_body(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(
    separators=(",", ":"),
    ensure_ascii=False,
    allow_nan=False,
    default=_default,
)


def json_dumps(obj: object) -> bytes:
    """Encode ``obj`` as compact UTF-8 JSON bytes, the way request bodies are sent.

    ``datetime``/``date``/``time`` render with ``isoformat()``, pydantic models are dumped by alias with unset
    fields left out, and other iterables become arrays.

    Raises:
        ValueError: the data contains NaN or an infinity, which JSON cannot represent.
        TypeError: a value has no JSON representation.
    """
    try:
        return _ENCODER.encode(obj).encode("utf-8")
    except ValueError as exc:
        if "Out of range float values" in str(exc):
            raise ValueError(f"Out of range float values are not JSON compliant: {_find_non_finite(obj)!r}") from exc
        raise


def _find_non_finite(obj: object) -> object:
    if isinstance(obj, float) and not math.isfinite(obj):
        return obj
    if isinstance(obj, Mapping):
        items: Iterable[object] = cast("Mapping[object, object]", obj).values()
    elif isinstance(obj, (list, tuple)):
        items = cast("Iterable[object]", obj)
    else:
        return None
    for item in items:
        found = _find_non_finite(item)
        if found is not None:
            return found
    return None
