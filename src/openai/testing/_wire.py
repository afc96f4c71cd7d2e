"""Transport-neutral request and response values of the built-in server, and the wire codecs they need.

The request-handling core (`_app.App.handle`) takes a `FakeRequest` and returns a `FakeResponse`; the socket
server and the two httpx transports only translate between these values and their own I/O. A streaming body is
an iterator of *parts*: `bytes` chunks to send, `Delay` markers (pause before the next part) and a `Drop`
marker (close the connection without finishing the body). This module also owns the decoders for the request
side of the wire: bracket-style query strings and form fields (`a[]=1&b[c]=2`) and `multipart/form-data`.
"""

from __future__ import annotations

import json
from typing import Any, Union, Mapping, Iterator, Sequence
from dataclasses import field, dataclass
from urllib.parse import unquote_plus

__all__ = [
    "Delay",
    "Drop",
    "BodyPart",
    "UploadedFile",
    "FakeRequest",
    "FakeResponse",
    "parse_query",
    "parse_multipart",
    "json_bytes",
    "error_body",
]


@dataclass(frozen=True)
class Delay:
    """Pause for `seconds` before sending the next part of a body (or, first in a body, the headers)."""

    seconds: float


@dataclass(frozen=True)
class Drop:
    """Close the connection at this point without completing the response."""


BodyPart = Union[bytes, Delay, Drop]


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request."""

    filename: str | None
    content_type: str | None
    content: bytes


@dataclass
class FakeRequest:
    """An HTTP request as the core sees it. Header names are lower-cased."""

    method: str
    path: str
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=lambda: {})
    body: bytes = b""


@dataclass
class FakeResponse:
    """An HTTP response produced by the core.

    `body` is either the complete payload (sent with `Content-Length`) or an iterator of parts (sent chunked).
    `delay` is waited before the status line; `drop_before_headers` closes the connection instead of answering;
    `close_delimited` sends the body without framing and closes the connection after it.
    """

    status: int
    headers: list[tuple[str, str]]
    body: bytes | Iterator[BodyPart] = b""
    delay: float = 0.0
    drop_before_headers: bool = False
    close_delimited: bool = False


def json_bytes(value: object) -> bytes:
    """Compact JSON, UTF-8, non-ASCII kept as is (like the API)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def error_body(
    message: str, *, type: str = "invalid_request_error", param: str | None = None, code: str | None = None
) -> bytes:
    """The API's error envelope: `{"error": {"message", "type", "param", "code"}}`."""
    return json_bytes({"error": {"message": message, "type": type, "param": param, "code": code}})


def _assign(target: dict[str, Any], key: str, value: Any) -> None:
    # Keys use the SDK's bracket encoding: `a[]` appends to a list, `a[b][c]` nests mappings, `a[b][]` both.
    if "[" not in key or not key.endswith("]"):
        _put(target, key, value, is_list=False)
        return
    head, _, rest = key.partition("[")
    parts = [head, *rest[:-1].split("][")]
    node: dict[str, Any] = target
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        next_is_list = not last and parts[index + 1] == ""
        if last:
            _put(node, part, value, is_list=False)
            return
        if next_is_list and index + 1 == len(parts) - 1:
            _put(node, part, value, is_list=True)
            return
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child  # pyright: ignore[reportUnknownVariableType] -- nested decoded mapping is dict[str, Any]


def _put(node: dict[str, Any], key: str, value: Any, *, is_list: bool) -> None:
    if is_list:
        existing = node.get(key)
        if isinstance(existing, list):
            existing.append(value)  # pyright: ignore[reportUnknownMemberType] -- decoded list of strings
        else:
            node[key] = [value]
        return
    node[key] = value


def parse_query(query_string: str) -> dict[str, Any]:
    """Decode a bracket-style query string (or urlencoded form) into nested dicts and lists of strings."""
    result: dict[str, Any] = {}
    if not query_string:
        return result
    for pair in query_string.split("&"):
        if not pair:
            continue
        name, _, raw = pair.partition("=")
        _assign(result, unquote_plus(name), unquote_plus(raw))
    return result


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    main, *rest = value.split(";")
    params: dict[str, str] = {}
    for item in rest:
        name, sep, raw = item.strip().partition("=")
        if sep:
            params[name.strip().lower()] = raw.strip().strip('"')
    return main.strip().lower(), params


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, list[UploadedFile]]]:
    """Split a `multipart/form-data` body into decoded text fields and file parts.

    Text fields go through the same bracket decoding as query strings; a field sent with a JSON content type is
    its decoded value. File parts are grouped by field name with any `[]` suffix removed (`image[]` → `image`).

    Raises:
        ValueError: the content type has no boundary or the body is not valid multipart.
    """
    _, params = _header_params(content_type)
    boundary = params.get("boundary")
    if not boundary:
        raise ValueError("multipart/form-data request without a boundary parameter")
    delimiter = b"--" + boundary.encode("latin-1")
    sections = body.split(delimiter)
    if len(sections) < 2:
        raise ValueError("multipart body does not contain its boundary")
    fields: dict[str, Any] = {}
    files: dict[str, list[UploadedFile]] = {}
    for section in sections[1:]:
        if section.startswith(b"--"):
            break
        section = section[2:] if section.startswith(b"\r\n") else section
        head, sep, content = section.partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("multipart part without a header block")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        part_headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, colon, value = line.partition(":")
            if colon:
                part_headers[name.strip().lower()] = value.strip()
        _, disposition = _header_params(part_headers.get("content-disposition", ""))
        field_name = disposition.get("name")
        if field_name is None:
            raise ValueError("multipart part without a field name")
        if "filename" in disposition:
            key = field_name[:-2] if field_name.endswith("[]") else field_name
            files.setdefault(key, []).append(
                UploadedFile(disposition["filename"], part_headers.get("content-type"), content)
            )
        else:
            text = content.decode("utf-8", "replace")
            _assign(fields, field_name, _json_part(text) if _is_json(part_headers.get("content-type")) else text)
    return fields, files


def _is_json(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def _json_part(text: str) -> Any:
    """A text field sent as `application/json` (an object such as a realtime `session`) is that JSON value."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def header_value(headers: Mapping[str, str] | Sequence[tuple[str, str]], name: str) -> str | None:
    """Case-insensitive lookup in either a mapping or a list of pairs."""
    lowered = name.lower()
    items = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in items:
        if key.lower() == lowered:
            return value
    return None
