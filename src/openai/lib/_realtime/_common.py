"""What the sync and async realtime connections share: the URL, the handshake headers, event (de)serialisation.

Nothing here performs I/O or imports ``websockets``, so the decisions of CONTRACT section 10 (URL scheme and
query, header merging, how events are encoded and decoded) are made once for both connection flavours and can
be tested without a socket.
"""

from __future__ import annotations

import json
import inspect
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Optional,
    Awaitable,
    cast,
)

import httpx
from typing_extensions import Protocol

from ..._types import Omit
from ..._utils import clean_body, is_sentinel
from ..._exceptions import OpenAIError
from ...types.websocket_connection_options import WebsocketConnectionOptions

if TYPE_CHECKING:
    from ..._models import BaseModel

__all__ = [
    "REALTIME_INSTALL_HINT",
    "RealtimeClient",
    "WebsocketConnectionOptions",
    "build_realtime_url",
    "build_realtime_headers",
    "serialize_client_event",
    "parse_server_event",
    "missing_websockets_error",
    "sdk_headers_of",
    "EventHandlers",
    "close_code_of",
    "auth_headers_of",
    "async_auth_headers_of",
    "error_event_exception",
]

REALTIME_INSTALL_HINT = (
    "You need to install `openai[realtime]` to use realtime connections (pip install 'openai[realtime]')"
)


class RealtimeClient(Protocol):
    """The parts of `OpenAI` / `AsyncOpenAI` a realtime connection needs."""

    @property
    def base_url(self) -> httpx.URL: ...

    @property
    def user_agent(self) -> str: ...

    @property
    def auth_headers(self) -> dict[str, str]: ...


def missing_websockets_error(feature: str = "realtime connections") -> OpenAIError:
    """The error for a missing ``websockets`` package; ``feature`` names what needed it."""
    return OpenAIError(REALTIME_INSTALL_HINT.replace("realtime connections", feature))


def build_realtime_url(
    client: RealtimeClient,
    *,
    params: Mapping[str, object],
    extra_query: Mapping[str, object] | None,
    path: str = "realtime",
) -> httpx.URL:
    """The WebSocket URL: ``websocket_base_url`` or the base URL as ``ws``/``wss``, plus ``/<path>``.

    ``path`` is ``realtime`` for realtime sessions and ``responses`` for Responses WebSocket connections. The
    query is the base URL's own parameters, then ``params`` (``model``, ``call_id``; sentinel or ``None``
    values left out), then ``extra_query``; later sources win.
    """
    # Read defensively: every OpenAI client has `websocket_base_url`, but the resource only knows its base class.
    websocket_base_url: object = getattr(client, "websocket_base_url", None)
    if websocket_base_url is not None:
        url = httpx.URL(str(websocket_base_url))
    else:
        url = client.base_url
        # Plain-http bases (local servers, proxies) get plain `ws`; everything else is encrypted.
        url = url.copy_with(scheme="ws" if url.scheme in ("http", "ws") else "wss")
    query: Dict[str, Any] = dict(url.params)
    for key, value in params.items():
        if value is not None and not is_sentinel(value):
            query[key] = value
    for key, value in (extra_query or {}).items():
        if is_sentinel(value):
            query.pop(key, None)
        else:
            query[key] = _query_value(value)
    full_path = url.path.rstrip("/") + "/" + path
    return url.copy_with(path=full_path, query=None).copy_with(params=query)


def _query_value(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def build_realtime_headers(
    auth_headers: Mapping[str, str],
    *,
    beta: bool,
    extra_headers: Mapping[str, Union[str, Omit]] | None,
) -> dict[str, str]:
    """Handshake headers: the credentials, ``OpenAI-Beta`` on the beta protocol, then ``extra_headers``.

    An ``Omit()`` value in ``extra_headers`` removes that header; names compare case-insensitively.
    """
    headers: dict[str, str] = dict(auth_headers)
    if beta:
        headers["OpenAI-Beta"] = "realtime=v1"
    for name, value in (extra_headers or {}).items():
        for existing in [key for key in headers if key.lower() == name.lower()]:
            del headers[existing]
        if not isinstance(value, Omit) and not is_sentinel(value):
            headers[name] = value
    return headers


# Request-body headers and the credentials (sent separately, resolved per connection) are not handshake headers;
# the user agent goes through `websockets`' own `user_agent_header`.
_NOT_HANDSHAKE_HEADERS = frozenset({"accept", "content-type", "user-agent", "authorization", "api-key"})


def sdk_headers_of(client: object) -> dict[str, str]:
    """The client's default headers fit for a WebSocket handshake (SDK, organization, project, custom ones)."""
    defaults: object = getattr(client, "default_headers", None)
    if not isinstance(defaults, Mapping):
        return {}
    headers: dict[str, str] = {}
    for name, value in cast("Mapping[object, object]", defaults).items():
        if isinstance(name, str) and isinstance(value, str) and name.lower() not in _NOT_HANDSHAKE_HEADERS:
            headers[name] = value
    return headers


def serialize_client_event(event: object) -> str:
    """JSON text for a client event: a model (by API name, unset and default-valued fields left out) or a mapping."""
    from pydantic import BaseModel as PydanticModel

    if isinstance(event, PydanticModel):
        data: object = event.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_defaults=True)
    elif isinstance(event, Mapping):
        data = clean_body(cast("Mapping[str, object]", event))
    else:
        raise TypeError(f"Expected a WebSocket client event as a dict or a model instance, got {type(event).__name__}")
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):  # pyright: ignore[reportUnknownMemberType] -- JSON
        raise ValueError("A WebSocket client event needs a string `type`, e.g. {'type': 'response.create'}")
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


_event_classes: Dict[int, Dict[object, type[BaseModel]]] = {}


def _discriminated_members(union: object) -> Dict[object, type[BaseModel]]:
    """``type`` value → model for a union of event models (cached per union)."""
    cached = _event_classes.get(id(union))
    if cached is not None:
        return cached
    from typing import get_args

    from ..._utils import is_union_type, literal_values, strip_annotated_type
    from ..._models import BaseModel

    stripped = strip_annotated_type(union)
    members = get_args(stripped) if is_union_type(stripped) else (stripped,)
    classes: Dict[object, type[BaseModel]] = {}
    for member in members:
        member = strip_annotated_type(member)
        if isinstance(member, type) and issubclass(member, BaseModel) and "type" in member.model_fields:
            for value in literal_values(member.model_fields["type"].annotation):
                classes.setdefault(value, member)
    _event_classes[id(union)] = classes
    return classes


def parse_server_event(data: str | bytes, union: object) -> Any:
    """Build the typed server event for ``data`` from ``union`` (loosely, never validating).

    An event whose ``type`` is not in the union (a newer server) becomes a generic ``openai.BaseModel`` with
    every field kept, so a client never crashes on an event it does not know.
    """
    from ..._models import BaseModel, construct_type

    try:
        decoded: object = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ValueError(f"The WebSocket server sent a message that is not valid JSON: {exc.msg}") from None
    if not isinstance(decoded, dict):
        raise ValueError(f"The WebSocket server sent a JSON {type(decoded).__name__}, expected an event object")
    event: Dict[str, object] = cast("Dict[str, object]", decoded)
    event_class = _discriminated_members(union).get(event.get("type"))
    # An unknown type (a newer server) is built as a plain `BaseModel` that keeps every field.
    return construct_type(value=event, type_=event_class if event_class is not None else BaseModel)


_HandlerT = TypeVar("_HandlerT")


class EventHandlers(Generic[_HandlerT]):
    """Handlers registered with ``connection.on/once/off``, by event type, in registration order."""

    def __init__(self) -> None:
        self._handlers: Dict[str, List[Tuple[_HandlerT, bool]]] = {}

    def add(self, event_type: str, handler: _HandlerT, *, once: bool) -> None:
        if not isinstance(event_type, str) or not event_type:  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime check of user input
            raise TypeError(f"Expected an event type string such as 'response.done', got {event_type!r}")
        if not callable(handler):
            raise TypeError(f"Expected a callable event handler, got {handler!r}")
        self._handlers.setdefault(event_type, []).append((handler, once))

    def remove(self, event_type: str, handler: Optional[_HandlerT]) -> None:
        """Drop ``handler`` (every registration of it) for ``event_type``, or all handlers when ``None``."""
        if handler is None:
            self._handlers.pop(event_type, None)
            return
        # Equality, not identity: `obj.method` builds a new bound method each time, yet equal ones match.
        remaining = [entry for entry in self._handlers.get(event_type, []) if entry[0] != handler]
        if remaining:
            self._handlers[event_type] = remaining
        else:
            self._handlers.pop(event_type, None)

    def has(self, event_type: str) -> bool:
        return bool(self._handlers.get(event_type))

    def take(self, event_type: str) -> List[_HandlerT]:
        """The handlers to call for one event; ``once`` registrations are consumed."""
        entries = self._handlers.get(event_type)
        if not entries:
            return []
        remaining = [entry for entry in entries if not entry[1]]
        if len(remaining) != len(entries):
            if remaining:
                self._handlers[event_type] = remaining
            else:
                del self._handlers[event_type]
        return [handler for handler, _ in entries]


def error_event_exception(event: object, *, label: str = "Realtime") -> OpenAIError:
    """The exception `dispatch_events()` raises for an ``error`` event nobody handles."""
    error: object = getattr(event, "error", None)
    message: object = getattr(error, "message", None)
    code: object = getattr(error, "code", None)
    text = message if isinstance(message, str) and message else "the server reported an error"
    suffix = f" (code: {code})" if isinstance(code, str) and code else ""
    return OpenAIError(f"{label} error event: {text}{suffix}")


def close_code_of(exc: object) -> Optional[int]:
    """The close code a ``websockets`` close exception received, ``None`` when no close frame arrived (dropped)."""
    received: object = getattr(exc, "rcvd", None)
    code: object = getattr(received, "code", None)
    return code if isinstance(code, int) else None


def _bearer(value: object) -> dict[str, str]:
    if not isinstance(value, str):
        raise TypeError(f"Expected the `api_key` callable to return a string, got {type(value).__name__}")
    return {"Authorization": f"Bearer {value}"} if value else {}


def auth_headers_of(client: RealtimeClient) -> dict[str, str]:
    """The handshake credentials of a sync client; a callable ``api_key`` is called for each connection."""
    provider: object = getattr(client, "_api_key_provider", None)
    if not callable(provider):
        return dict(client.auth_headers)
    value: object = provider()
    if inspect.isawaitable(value):
        raise TypeError("The sync client's `api_key` callable returned an awaitable; use AsyncOpenAI for async keys")
    return _bearer(value)


async def async_auth_headers_of(client: RealtimeClient) -> dict[str, str]:
    """The handshake credentials of an async client; a callable ``api_key`` is called (and awaited)."""
    provider: object = getattr(client, "_api_key_provider", None)
    if not callable(provider):
        return dict(client.auth_headers)
    value: object = provider()
    if inspect.isawaitable(value):
        value = await cast("Awaitable[object]", value)
    return _bearer(value)
