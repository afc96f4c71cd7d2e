"""Validation and RFC 3986 encoding of path parameters interpolated into request URLs."""

from __future__ import annotations

import enum
from urllib.parse import quote, unquote

__all__ = ["path_param"]

# sub-delims plus ":" and "@": the characters RFC 3986 allows verbatim inside a path segment.
_SEGMENT_SAFE = "!$&'()*+,;=:@"


def _to_text(value: object) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        # A str-valued Enum member formats as "Class.MEMBER"; the wire wants its value.
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return _to_text(value.value)
    return str(value)


def path_param(name: str, value: object) -> str:
    """Validate ``value`` for the path parameter ``name`` and return it encoded as one URL path segment.

    ``None`` becomes ``null`` and booleans ``true``/``false``; ``/``, ``?``, ``#``, ``%``, spaces and non-ASCII
    characters are percent-encoded, so a value can never escape its segment.

    Raises:
        ValueError: the value is empty (checked before any I/O, like the official SDK), or it would form a
            ``.``/``..`` dot segment, literally or percent-encoded, which servers and proxies may resolve
            to a different path.
    """
    text = _to_text(value)
    if text == "":
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    decoded = unquote(text)
    if decoded in (".", "..") or text in (".", ".."):
        raise ValueError(
            f"Invalid value for path parameter `{name}`: dot segments are not allowed, but received {value!r}"
        )
    return quote(text, safe=_SEGMENT_SAFE)
