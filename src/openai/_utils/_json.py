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


# Exact types the compiled serializer writes byte for byte as `_ENCODER` does (checked over every code point and
# integer sizes in the tests). Floats are not among them: both write the shortest round-tripping digits, but with
# different exponent forms (``1e-05`` against ``1e-5``), and the body on the wire must not depend on the path.
_PLAIN_SCALARS = frozenset((str, int, bool, type(None)))


def _is_plain(obj: object) -> bool:
    """Whether ``obj`` is made of dicts with string keys, lists and `_PLAIN_SCALARS` values only."""
    kind = type(obj)
    if kind is dict:
        for key, value in cast("dict[object, object]", obj).items():
            if type(key) is not str or (type(value) not in _PLAIN_SCALARS and not _is_plain(value)):
                return False
        return True
    if kind is list:
        items = cast("list[object]", obj)
        return _PLAIN_SCALARS.issuperset(map(type, items)) or all(map(_is_plain, items))
    return kind in _PLAIN_SCALARS


def json_dumps(obj: object) -> bytes:
    """Encode ``obj`` as compact UTF-8 JSON bytes, the way request bodies are sent.

    ``datetime``/``date``/``time`` render with ``isoformat()``, pydantic models are dumped by alias with unset
    fields left out, and other iterables become arrays.

    Raises:
        ValueError: the data contains NaN or an infinity, which JSON cannot represent.
        TypeError: a value has no JSON representation.
    """
    try:
        plain = _is_plain(obj)
    except RecursionError:
        plain = False  # nested too deep for the check: the encoder reports it as it always does
    if plain:
        # Plain data (what request bodies usually are once cleaned): the compiled serializer writes the same bytes
        # three to four times faster. Anything it refuses (a lone surrogate) gets the encoder's own error below.
        # Imported on first use: constructing a client does not load pydantic.
        from pydantic_core import to_json

        try:
            return to_json(obj)
        except Exception:
            pass
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
