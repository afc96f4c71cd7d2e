"""Turning the argument dicts built by generated methods into plain JSON-ready data.

Generated code passes its parameters straight through, sentinels included; `clean_body` is the single place
that decides what reaches the wire.
"""

from __future__ import annotations

import io
import os
import sys
import datetime
from typing import Any, Dict, cast
from collections.abc import Mapping, Iterable

__all__ = ["clean_body", "is_sentinel", "strip_not_given"]


def is_sentinel(value: object) -> bool:
    """Whether ``value`` is one of the "not given" sentinels (`NotGiven` or `Omit`, any spelling)."""
    return isinstance(value, _sentinels_found or _load_sentinels())


def strip_not_given(obj: Mapping[str, object] | None) -> Dict[str, object] | None:
    """Shallow copy of ``obj`` without its sentinel-valued keys (``None`` passes through)."""
    if obj is None:
        return None
    return {key: value for key, value in obj.items() if not is_sentinel(value)}


# Values `_convert` returns unchanged; checked by exact type, so subclasses (enums, str subclasses) take the full path.
_SCALARS = frozenset((str, int, float, bool, type(None)))


def _is_pydantic_model(value: object) -> bool:
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, pydantic.BaseModel)


def clean_body(value: object) -> Any:
    """Return ``value`` converted to plain data ready for JSON or form encoding.

    Applied recursively: sentinel-valued keys (and sentinel list items) are dropped at every level, mappings become
    dicts, tuples/sets/generators and other iterables become lists, ``datetime``/``date`` values become ISO 8601
    strings, and pydantic models are dumped in JSON mode by alias with unset fields left out. ``None`` is kept
    (it means JSON ``null``). Strings, bytes, numbers, file objects and paths are returned unchanged.
    """
    return _convert(value, _sentinels_found or _load_sentinels())


_sentinels_found: tuple[type, ...] = ()


def _load_sentinels() -> tuple[type, ...]:
    # Imported on first use rather than at module level so this package stays importable on its own.
    global _sentinels_found
    from .._types import Omit, NotGiven

    _sentinels_found = (NotGiven, Omit)
    return _sentinels_found


def _convert(obj: object, sentinels: tuple[type, ...]) -> object:
    if obj is None or isinstance(obj, (str, int, float, bytes, bytearray)):
        return obj
    if isinstance(obj, Mapping):
        mapping = cast("Mapping[object, object]", obj)
        return {
            # Plain values (most of a body) are kept as they are without a call per value.
            key: item if type(item) in _SCALARS else _convert(item, sentinels)
            for key, item in mapping.items()
            if not isinstance(item, sentinels)
        }
    if isinstance(obj, (list, tuple)):
        sequence = cast("list[object] | tuple[object, ...]", obj)
        if _SCALARS.issuperset(map(type, sequence)):
            # Already plain data (lists of strings or token ids, as embeddings inputs are): checked and copied
            # without a Python-level step per item.
            return list(sequence)
        return [_convert(item, sentinels) for item in sequence if not isinstance(item, sentinels)]
    if isinstance(obj, (datetime.datetime, datetime.date)):
        return obj.isoformat()
    if _is_pydantic_model(obj):
        dump = cast(Any, obj).model_dump
        return _convert(dump(mode="json", by_alias=True, exclude_unset=True), sentinels)
    if isinstance(obj, (io.IOBase, os.PathLike)):
        # File values are moved out by the multipart extractor; never iterate them line by line.
        return cast(object, obj)
    if isinstance(obj, Iterable):
        iterable = cast("Iterable[object]", obj)
        return [_convert(item, sentinels) for item in iterable if not isinstance(item, sentinels)]
    return obj
