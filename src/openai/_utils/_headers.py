"""Case-insensitive header lookup over any of the shapes headers arrive in (mappings, pair lists, httpx)."""

from __future__ import annotations

from typing import Iterable, cast
from collections.abc import Mapping

__all__ = ["get_header", "get_required_header"]


def get_header(headers: object, name: str) -> str | None:
    """Return the value of header ``name`` (any case) or ``None``.

    Accepts ``httpx.Headers``, any mapping, or an iterable of ``(name, value)`` pairs; bytes are decoded as
    UTF-8. With duplicates the first occurrence wins.
    """
    get_list = getattr(headers, "get_list", None)
    if callable(get_list):
        values = cast("list[str]", get_list(name))
        return values[0] if values else None
    wanted = name.lower()
    if isinstance(headers, Mapping):
        mapping = cast("Mapping[object, object]", headers)
        exact = mapping.get(name)
        if exact is not None:
            return _text(exact)
        pairs: Iterable[object] = mapping.items()
    elif isinstance(headers, Iterable) and not isinstance(headers, (str, bytes)):
        pairs = cast("Iterable[object]", headers)
    else:
        raise TypeError(
            f"Expected headers as a mapping or a sequence of (name, value) pairs, got {type(headers).__name__}"
        )
    for pair in pairs:
        if not isinstance(pair, (tuple, list)):
            raise TypeError(f"Expected a (name, value) header pair, got {pair!r}")
        items = cast("tuple[object, ...] | list[object]", pair)
        if len(items) != 2:
            raise TypeError(f"Expected a (name, value) header pair, got {pair!r}")
        key, value = items
        if isinstance(key, (str, bytes)) and _text(key).lower() == wanted:
            return _text(value)
    return None


def get_required_header(headers: object, name: str) -> str:
    """Like `get_header`, but a missing header raises ``ValueError("Could not find <name> header")``."""
    value = get_header(headers, name)
    if value is None:
        raise ValueError(f"Could not find {name} header")
    return value


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return value if isinstance(value, str) else str(value)
