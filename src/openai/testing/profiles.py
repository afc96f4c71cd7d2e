"""Compatible-server profiles: the built-in server answering like the OpenAI-compatible servers found in the wild.

Servers that implement the OpenAI API (local inference servers, proxies, gateways) differ from it in small ways
the SDK must survive. Each profile reproduces one of them on top of the built-in server's answers:

| Profile | What the responses do |
| --- | --- |
| `extra_fields` | every JSON object (bodies and streamed events) carries fields the API does not define |
| `nulls` | values the API always sends (`created`, `finish_reason`, `usage`, `system_fingerprint`, ...) are `null` |
| `keepalive` | streams interleave SSE comments (`: keep-alive`, `:`, `: ping`) before and between events |
| `stream_error` | a 200 stream stops after its first event with `data: {"error": {...}}` |
| `detail_errors` | error responses have a `{"detail": "..."}` body (FastAPI style) instead of `{"error": {...}}` |

Use them through an in-process client of a `Server`, sync or async:

    from openai.testing import Server
    from openai.testing.profiles import client

    server = Server()
    compatible = client(server, "extra_fields", "nulls", "keepalive")

or wrap the server's transport yourself with `transport(server, *profiles)` / `async_transport(...)`, or give them
to the server itself (`Server(profiles=["detail_errors"])`) so that every client, over TCP too, sees them.
Profiles rewrite responses as they leave the in-process transport, so the server's state, scripting
(`server.reply`, `server.fail`) and request log work as usual underneath.
"""

from __future__ import annotations

import json
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Union,
    Mapping,
    TypeVar,
    Iterable,
    Iterator,
    Sequence,
    AsyncIterator,
    cast,
)
from dataclasses import field, replace, dataclass

import httpx

from ._wire import BodyPart, FakeResponse

if TYPE_CHECKING:
    from ._server import Server
    from .._client import OpenAI, AsyncOpenAI

__all__ = [
    "Profile",
    "PROFILES",
    "EXTRA_FIELDS",
    "NULLS",
    "KEEPALIVE",
    "STREAM_ERROR",
    "DETAIL_ERRORS",
    "resolve",
    "apply_to_fake_response",
    "transport",
    "async_transport",
    "client",
    "async_client",
]

JSON = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
_PartT = TypeVar("_PartT")


@dataclass(frozen=True)
class Profile:
    """One way a compatible server departs from the API; every field is a rewrite it applies.

    Args:
        name: how the profile is named in `PROFILES` and in `resolve()`.
        extra_fields: fields added to every JSON object of bodies and streamed events (existing keys win).
        null_fields: keys whose values become `null` wherever they appear in bodies and streamed events.
        keepalive: SSE comment lines sent before the first event and between events.
        stream_error_after: end streams with an error event after this many events (`None`: never).
        stream_error: the `error` object of that event.
        detail_errors: give error responses a `{"detail": <message>}` body.
    """

    name: str
    extra_fields: Mapping[str, object] = field(default_factory=lambda: {})
    null_fields: frozenset[str] = frozenset()
    keepalive: tuple[str, ...] = ()
    stream_error_after: int | None = None
    stream_error: Mapping[str, object] = field(default_factory=lambda: {})
    detail_errors: bool = False

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a Profile needs a name")
        if self.stream_error_after is not None and self.stream_error_after < 0:
            raise ValueError(f"Profile stream_error_after must be >= 0, got {self.stream_error_after!r}")
        for comment in self.keepalive:
            if not comment.startswith(":") or "\n" in comment:
                raise ValueError(
                    f"Profile keepalive lines must be single SSE comments starting with ':', got {comment!r}"
                )

    # -- rewrites ------------------------------------------------------------------------------------------

    def rewrite_json(self, value: JSON) -> JSON:
        """`value` with this profile's extra fields added to and null fields cleared in every object."""
        if not self.extra_fields and not self.null_fields:
            return value
        return self._walk(value)

    def _walk(self, value: JSON) -> JSON:
        if isinstance(value, dict):
            rewritten: dict[str, Any] = {}
            for key, item in value.items():
                rewritten[key] = None if key in self.null_fields else self._walk(cast(JSON, item))
            for key, extra in self.extra_fields.items():
                rewritten.setdefault(key, extra)
            return rewritten
        if isinstance(value, list):
            return [self._walk(cast(JSON, item)) for item in value]
        return value

    def rewrite_error(self, status: int, body: JSON) -> JSON:
        """The body of an error response as this profile's server would send it."""
        if not self.detail_errors:
            return self.rewrite_json(body)
        message: object = f"HTTP {status}"
        if isinstance(body, dict):
            error = body.get("error")
            if isinstance(error, dict):
                message = cast("Dict[str, object]", error).get("message") or message
        return {"detail": message}

    def rewrite_events(self, events: Iterable[_PartT]) -> Iterator[bytes | _PartT]:
        """SSE events (each a complete `...\\n\\n` block) rewritten: JSON data, keep-alives, injected error.

        Items that are not bytes (the server's pacing markers) are passed on unchanged and not counted.
        """
        comments = b"".join(f"{comment}\n\n".encode() for comment in self.keepalive)
        if comments:
            yield comments
        sent = 0
        for event in events:
            if not isinstance(event, bytes) or _is_comment(event):
                yield event  # another profile's keep-alive: passed on, and not counted as an event
                continue
            if self.stream_error_after is not None and sent >= self.stream_error_after:
                yield b"data: " + json.dumps({"error": dict(self.stream_error)}).encode() + b"\n\n"
                return
            if sent and comments:
                yield comments
            yield self._rewrite_event(event)
            sent += 1

    def _rewrite_event(self, event: bytes) -> bytes:
        lines = event.decode("utf-8").split("\n")
        for index, line in enumerate(lines):
            if line.startswith("data:"):
                data = line[5:].strip()
                if data and data != "[DONE]":
                    try:
                        payload = json.loads(data)
                    except ValueError:
                        continue
                    lines[index] = "data: " + json.dumps(self.rewrite_json(payload), separators=(",", ":"))
        return "\n".join(lines).encode("utf-8")


def _is_comment(event: bytes) -> bool:
    """Whether an SSE block holds only comments (`:` lines), i.e. carries no event."""
    return all(not line or line.startswith(b":") for line in event.split(b"\n"))


EXTRA_FIELDS = Profile(
    "extra_fields",
    extra_fields={
        "x_backend": {"name": "compatible-server", "version": "0.0.1"},
        "prompt_logprobs": None,
        "stop_reason": None,
    },
)
NULLS = Profile(
    "nulls",
    null_fields=frozenset(
        # Optional values the API always sends, and two it requires (`created`, `finish_reason`).
        {
            "system_fingerprint",
            "service_tier",
            "usage",
            "logprobs",
            "refusal",
            "annotations",
            "created",
            "finish_reason",
        }
    ),
)
KEEPALIVE = Profile("keepalive", keepalive=(": keep-alive", ":", ": ping - 2024-01-01 00:00:00"))
STREAM_ERROR = Profile(
    "stream_error",
    stream_error_after=1,
    stream_error={"message": "The model backend went away", "type": "server_error", "code": "backend_error"},
)
DETAIL_ERRORS = Profile("detail_errors", detail_errors=True)

PROFILES: Mapping[str, Profile] = {
    profile.name: profile for profile in (EXTRA_FIELDS, NULLS, KEEPALIVE, STREAM_ERROR, DETAIL_ERRORS)
}
"""The built-in profiles by name."""


def resolve(profiles: Sequence[Profile | str]) -> tuple[Profile, ...]:
    """Profiles given by value or by name; an unknown name raises `KeyError` listing the known ones."""
    resolved: list[Profile] = []
    for profile in profiles:
        if isinstance(profile, Profile):
            resolved.append(profile)
            continue
        try:
            resolved.append(PROFILES[profile])
        except KeyError:
            raise KeyError(f"unknown compatible-server profile {profile!r}; known: {', '.join(PROFILES)}") from None
    return tuple(resolved)


# --------------------------------------------------------------------------------------------------------------
# Applying profiles to responses
# --------------------------------------------------------------------------------------------------------------


def _content_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", ""))


def _is_event_stream(response: httpx.Response) -> bool:
    return _content_type(response).startswith("text/event-stream")


def _is_json(response: httpx.Response) -> bool:
    return "json" in _content_type(response)


def _split_events(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Complete SSE events (`...\\n\\n`) from arbitrarily cut chunks."""
    buffer = b""
    for chunk in chunks:
        buffer += chunk.replace(b"\r\n", b"\n")
        while b"\n\n" in buffer:
            event, buffer = buffer.split(b"\n\n", 1)
            yield event + b"\n\n"
    if buffer.strip():
        yield buffer + b"\n\n"


def _rewritten_headers(response: httpx.Response) -> list[tuple[str, str]]:
    # The body changes length: drop the old framing headers and let httpx frame the new body.
    return [
        (key, value)
        for key, value in response.headers.multi_items()
        if key.lower() not in ("content-length", "transfer-encoding", "content-encoding")
    ]


def _rewrite_body(profiles: Sequence[Profile], response: httpx.Response, body: bytes) -> bytes:
    if not _is_json(response):
        return body
    return _rewrite_json_body(profiles, response.status_code, body)


def _rewrite_json_body(profiles: Sequence[Profile], status: int, body: bytes) -> bytes:
    if not body:
        return body
    try:
        value: JSON = json.loads(body)
    except ValueError:
        return body
    for profile in profiles:
        value = profile.rewrite_error(status, value) if status >= 400 else profile.rewrite_json(value)
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def _rewrite_stream(profiles: Sequence[Profile], chunks: Iterable[bytes]) -> Iterator[bytes]:
    return cast("Iterator[bytes]", _rewrite_parts(profiles, _split_events(chunks)))


def _rewrite_parts(profiles: Sequence[Profile], parts: Iterable[object]) -> Iterator[object]:
    rewritten: Iterable[object] = parts
    for profile in profiles:
        rewritten = profile.rewrite_events(rewritten)
    return iter(rewritten)


class _SyncEvents(httpx.SyncByteStream):
    def __init__(self, profiles: Sequence[Profile], response: httpx.Response) -> None:
        self._profiles = profiles
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from _rewrite_stream(self._profiles, self._response.iter_raw())

    def close(self) -> None:
        self._response.close()


class _AsyncEvents(httpx.AsyncByteStream):
    def __init__(self, profiles: Sequence[Profile], response: httpx.Response) -> None:
        self._profiles = profiles
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # The in-process server produces its whole event list up front, so reading it first loses no timing.
        chunks = [chunk async for chunk in self._response.aiter_raw()]
        for event in _rewrite_stream(self._profiles, chunks):
            yield event

    async def aclose(self) -> None:
        await self._response.aclose()


class _ProfileTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, profiles: Sequence[Profile]) -> None:
        self._inner = inner
        self._profiles = profiles

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if _is_event_stream(response) and response.status_code < 400:
            stream: httpx.SyncByteStream = _SyncEvents(self._profiles, response)
            return httpx.Response(response.status_code, headers=_rewritten_headers(response), stream=stream)
        body = _rewrite_body(self._profiles, response, response.read())
        return httpx.Response(response.status_code, headers=_rewritten_headers(response), content=body)

    def close(self) -> None:
        self._inner.close()


class _AsyncProfileTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, profiles: Sequence[Profile]) -> None:
        self._inner = inner
        self._profiles = profiles

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if _is_event_stream(response) and response.status_code < 400:
            stream: httpx.AsyncByteStream = _AsyncEvents(self._profiles, response)
            return httpx.Response(response.status_code, headers=_rewritten_headers(response), stream=stream)
        body = _rewrite_body(self._profiles, response, await response.aread())
        return httpx.Response(response.status_code, headers=_rewritten_headers(response), content=body)

    async def aclose(self) -> None:
        await self._inner.aclose()


def apply_to_fake_response(profiles: Sequence[Profile | str], response: FakeResponse) -> FakeResponse:
    """`response` (as the server's core produced it) rewritten by `profiles`, for use inside the server itself.

    This is the socket-level twin of `transport()`: a server that passes each response through it behaves as a
    compatible server for clients connecting over TCP too. Pacing markers in streamed bodies are kept.
    """
    resolved = resolve(profiles)
    content_type = next((value for key, value in response.headers if key.lower() == "content-type"), "")
    body = response.body
    if isinstance(body, bytes):
        if "json" not in content_type:
            return response
        new_body = _rewrite_json_body(resolved, response.status, body)
        return replace(response, body=new_body)
    if not content_type.startswith("text/event-stream") or response.status >= 400:
        return response
    return replace(response, body=cast("Iterator[BodyPart]", _rewrite_parts(resolved, body)))


def transport(server: Server, *profiles: Profile | str) -> httpx.BaseTransport:
    """A sync in-process transport to `server` whose responses follow `profiles` (applied in order)."""
    return _ProfileTransport(server.transport(), resolve(profiles))


def async_transport(server: Server, *profiles: Profile | str) -> httpx.AsyncBaseTransport:
    """An async in-process transport to `server` whose responses follow `profiles` (applied in order)."""
    return _AsyncProfileTransport(server.async_transport(), resolve(profiles))


def client(server: Server, *profiles: Profile | str, **options: Any) -> OpenAI:
    """An `OpenAI` client talking in-process to `server` as a compatible server following `profiles`."""
    http_client = httpx.Client(transport=transport(server, *profiles), base_url=server.url)
    return server.client(http_client=http_client, **options)


def async_client(server: Server, *profiles: Profile | str, **options: Any) -> AsyncOpenAI:
    """An `AsyncOpenAI` client talking in-process to `server` as a compatible server following `profiles`."""
    http_client = httpx.AsyncClient(transport=async_transport(server, *profiles), base_url=server.url)
    return server.async_client(http_client=http_client, **options)
