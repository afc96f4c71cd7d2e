"""``connect()`` for ``client.realtime`` (GA) and ``client.beta.realtime`` (beta), and the connection types.

The generated realtime resources derive from the mixins below (wired through ``codegen/config.yaml``):

- `RealtimeConnectMixin` / `AsyncRealtimeConnectMixin`: ``client.realtime.connect(model=... | call_id=...)``,
  GA protocol, no ``OpenAI-Beta`` header.
- `BetaRealtimeConnectMixin` / `AsyncBetaRealtimeConnectMixin`: ``client.beta.realtime.connect(model=...)``,
  beta protocol, ``OpenAI-Beta: realtime=v1``.

``connect()`` performs no I/O: it returns a connection manager that opens the WebSocket on ``with`` /
``async with`` (or ``.enter()``). The ``websockets`` package is needed then (extra ``openai[realtime]``).

A connection closed abnormally (dropped, or closed with an error code) raises `RealtimeConnectionClosedError`,
which is both `openai.WebSocketConnectionClosedError` and ``websockets.exceptions.ConnectionClosedError``.
GA connections given ``on_reconnecting=`` reconnect instead after recoverable closes (see `ReconnectingEvent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Mapping, Optional

from .._types import Omit, NotGiven, omit
from .._resource import SyncAPIResource, AsyncAPIResource
from ._realtime._sync import (
    RealtimeConnection,
    BetaRealtimeConnection,
    RealtimeConnectionManager,
    BetaRealtimeConnectionManager,
)
from ._realtime._async import (
    AsyncRealtimeConnection,
    AsyncBetaRealtimeConnection,
    AsyncRealtimeConnectionManager,
    AsyncBetaRealtimeConnectionManager,
)
from ._realtime._common import WebsocketConnectionOptions
from ._realtime._reconnect import (
    OnReconnecting,
    ReconnectingEvent,
    ReconnectSettings,
    AsyncOnReconnecting,
    UnsentMessagesError,
    ReconnectingOverrides,
    is_recoverable_close,
)

if TYPE_CHECKING:
    from ._realtime._errors import RealtimeConnectionClosedOK, RealtimeConnectionClosedError

__all__ = [
    "RealtimeConnectMixin",
    "AsyncRealtimeConnectMixin",
    "BetaRealtimeConnectMixin",
    "AsyncBetaRealtimeConnectMixin",
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
    "BetaRealtimeConnection",
    "AsyncBetaRealtimeConnection",
    "BetaRealtimeConnectionManager",
    "AsyncBetaRealtimeConnectionManager",
    "WebsocketConnectionOptions",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "OnReconnecting",
    "AsyncOnReconnecting",
    "UnsentMessagesError",
    "is_recoverable_close",
    "RealtimeConnectionClosedError",
    "RealtimeConnectionClosedOK",
]

ExtraQuery = Mapping[str, object]
ExtraHeaders = Mapping[str, Union[str, Omit]]


def __getattr__(name: str) -> object:
    # The close exceptions subclass `websockets` classes, so they are only importable when it is installed;
    # resolve them on first use instead of making `websockets` a requirement of this module.
    if name in ("RealtimeConnectionClosedError", "RealtimeConnectionClosedOK"):
        from ._realtime import _errors

        return getattr(_errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _ga_params(model: str | Omit | NotGiven, call_id: str | Omit | NotGiven) -> dict[str, object]:
    for name, value in (("model", model), ("call_id", call_id)):
        if not isinstance(value, (str, Omit, NotGiven)):
            raise TypeError(f"`{name}` must be a string, got {type(value).__name__}")
    return {"model": model, "call_id": call_id}


def _beta_params(model: str) -> dict[str, object]:
    if not isinstance(model, str) or not model:  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime check of user input
        raise ValueError("`model` is required for client.beta.realtime.connect(), e.g. model='gpt-realtime'")
    return {"model": model}


class RealtimeConnectMixin(SyncAPIResource):
    """Adds ``connect()`` to the sync ``client.realtime`` resource (GA protocol)."""

    def connect(
        self,
        *,
        model: str | Omit = omit,
        call_id: str | Omit = omit,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> RealtimeConnectionManager:
        """Prepare a realtime WebSocket connection; ``with`` opens it.

        Args:
            model: the realtime model (added to the query only when given).
            call_id: attach to an existing SIP/WebRTC call instead of starting a new session.
            extra_query: additional query parameters (win over ``model``/``call_id``; ``omit`` removes one).
            extra_headers: additional handshake headers (``Omit()`` removes a header).
            websocket_connection_options: keyword arguments for ``websockets``' ``connect()``.
            on_reconnecting: enables reconnection after an abnormal, recoverable close: called with a
                `ReconnectingEvent` before each attempt; may return `ReconnectingOverrides` (new
                ``extra_query``/``extra_headers``, or ``{"abort": True}``). Messages sent while the connection is
                down are queued and sent after reconnecting.
            max_retries: reconnection attempts after one close.
            initial_delay: delay before the first attempt, doubled per attempt (with jitter).
            max_delay: upper bound of the delay.
            max_queue_size: bytes of unsent messages kept while reconnecting (`WebSocketQueueFullError` beyond).
        """
        return RealtimeConnectionManager(
            client=self._client,
            connection_class=RealtimeConnection,
            params=_ga_params(model, call_id),
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=ReconnectSettings(
                max_retries=max_retries,
                initial_delay=initial_delay,
                max_delay=max_delay,
                max_queue_size=max_queue_size,
            ),
        )


class AsyncRealtimeConnectMixin(AsyncAPIResource):
    """Adds ``connect()`` to the async ``client.realtime`` resource (GA protocol)."""

    def connect(
        self,
        *,
        model: str | Omit = omit,
        call_id: str | Omit = omit,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[AsyncOnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> AsyncRealtimeConnectionManager:
        """Prepare a realtime WebSocket connection; ``async with`` opens it (see `RealtimeConnectMixin.connect`)."""
        return AsyncRealtimeConnectionManager(
            client=self._client,
            connection_class=AsyncRealtimeConnection,
            params=_ga_params(model, call_id),
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=ReconnectSettings(
                max_retries=max_retries,
                initial_delay=initial_delay,
                max_delay=max_delay,
                max_queue_size=max_queue_size,
            ),
        )


class BetaRealtimeConnectMixin(SyncAPIResource):
    """Adds ``connect()`` to the sync ``client.beta.realtime`` resource (beta protocol)."""

    def connect(
        self,
        *,
        model: str,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
    ) -> BetaRealtimeConnectionManager:
        """Prepare a beta realtime WebSocket connection (``OpenAI-Beta: realtime=v1``); ``with`` opens it.

        Args:
            model: the realtime model.
            extra_query: additional query parameters (win over ``model``; ``omit`` removes one).
            extra_headers: additional handshake headers (``Omit()`` removes a header).
            websocket_connection_options: keyword arguments for ``websockets``' ``connect()``.
        """
        return BetaRealtimeConnectionManager(
            client=self._client,
            connection_class=BetaRealtimeConnection,
            params=_beta_params(model),
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )


class AsyncBetaRealtimeConnectMixin(AsyncAPIResource):
    """Adds ``connect()`` to the async ``client.beta.realtime`` resource (beta protocol)."""

    def connect(
        self,
        *,
        model: str,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
    ) -> AsyncBetaRealtimeConnectionManager:
        """Prepare a beta realtime connection; ``async with`` opens it (see `BetaRealtimeConnectMixin.connect`)."""
        return AsyncBetaRealtimeConnectionManager(
            client=self._client,
            connection_class=AsyncBetaRealtimeConnection,
            params=_beta_params(model),
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )
