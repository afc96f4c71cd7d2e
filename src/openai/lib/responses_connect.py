"""``connect()`` for ``client.responses`` and ``client.beta.responses``: the Responses API over a WebSocket.

The generated resources get ``connect()`` from the mixins below (``client.responses`` through
`openai.lib.responses_helpers.ResponsesHelpers`, ``client.beta.responses`` directly; both wired in
``codegen/config.yaml``). ``connect()`` performs no I/O: it returns a connection manager that opens the
WebSocket on ``with`` / ``async with`` (or ``.enter()``), which needs the ``websockets`` package (extra
``openai[realtime]``).

```python
with client.responses.connect() as connection:
    connection.response.create(model="gpt-5.5", input="Say hello.")
    for event in connection:
        if event.type == "response.output_text.delta":
            print(event.delta, end="")
        elif event.type == "response.completed":
            break
```

The URL is the client's ``websocket_base_url``, else its ``base_url`` with ``ws``/``wss`` for ``http``/``https``,
plus ``/responses`` (``/responses?beta=true`` for the beta resource) and the base URL's query; the handshake
carries the client's credentials and SDK headers plus ``extra_headers``. Given ``on_reconnecting=``, a connection
reopens itself after an abnormal, recoverable close, with the events sent meanwhile queued (up to
``max_queue_size`` bytes) and sent once it is back; the machinery is the realtime one (`openai.lib._realtime`).
"""

from __future__ import annotations

from typing import Union, Mapping, Optional

from .._types import Omit
from .._resource import SyncAPIResource, AsyncAPIResource
from ._realtime._common import WebsocketConnectionOptions
from ._realtime._reconnect import OnReconnecting, ReconnectSettings, AsyncOnReconnecting
from ._realtime._responses import (
    ResponsesConnection,
    ResponseCreateFields,
    BetaResponsesConnection,
    AsyncResponsesConnection,
    BetaResponseCreateFields,
    ResponsesConnectionManager,
    AsyncBetaResponsesConnection,
    BetaResponsesConnectionManager,
    AsyncResponsesConnectionManager,
    AsyncBetaResponsesConnectionManager,
)

__all__ = [
    "ResponsesConnectMixin",
    "AsyncResponsesConnectMixin",
    "BetaResponsesConnectMixin",
    "AsyncBetaResponsesConnectMixin",
    "ResponsesConnection",
    "AsyncResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnectionManager",
    "BetaResponsesConnection",
    "AsyncBetaResponsesConnection",
    "BetaResponsesConnectionManager",
    "AsyncBetaResponsesConnectionManager",
    "ResponseCreateFields",
    "BetaResponseCreateFields",
]

ExtraQuery = Mapping[str, object]
ExtraHeaders = Mapping[str, Union[str, Omit]]

_BETA_PARAMS: Mapping[str, object] = {"beta": "true"}


def _settings(max_retries: int, initial_delay: float, max_delay: float, max_queue_size: int) -> ReconnectSettings:
    return ReconnectSettings(
        max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay, max_queue_size=max_queue_size
    )


class ResponsesConnectMixin(SyncAPIResource):
    """Adds ``connect()`` to the sync ``client.responses`` resource."""

    def connect(
        self,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> ResponsesConnectionManager:
        """Prepare a Responses WebSocket connection (``wss://…/v1/responses``); ``with`` opens it.

        Args:
            extra_query: additional query parameters (``omit`` removes one of the base URL's).
            extra_headers: additional handshake headers (``Omit()`` removes a header).
            websocket_connection_options: keyword arguments for ``websockets``' ``connect()``.
            on_reconnecting: enables reconnection after an abnormal, recoverable close: called with a
                `ReconnectingEvent` before each attempt; may return `ReconnectingOverrides` (new
                ``extra_query``/``extra_headers``, or ``{"abort": True}``). Events sent while the connection is
                down are queued and sent after reconnecting.
            max_retries: reconnection attempts after one close.
            initial_delay: delay before the first attempt, doubled per attempt (with jitter).
            max_delay: upper bound of the delay.
            max_queue_size: bytes of unsent events kept while reconnecting (`WebSocketQueueFullError` beyond).
        """
        return ResponsesConnectionManager(
            client=self._client,
            connection_class=ResponsesConnection,
            params={},
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=_settings(max_retries, initial_delay, max_delay, max_queue_size),
        )


class AsyncResponsesConnectMixin(AsyncAPIResource):
    """Adds ``connect()`` to the async ``client.responses`` resource."""

    def connect(
        self,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[AsyncOnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> AsyncResponsesConnectionManager:
        """Prepare a Responses WebSocket connection; ``async with`` opens it (see `ResponsesConnectMixin.connect`).

        ``on_reconnecting`` may also be a coroutine function.
        """
        return AsyncResponsesConnectionManager(
            client=self._client,
            connection_class=AsyncResponsesConnection,
            params={},
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=_settings(max_retries, initial_delay, max_delay, max_queue_size),
        )


class BetaResponsesConnectMixin(SyncAPIResource):
    """Adds ``connect()`` to the sync ``client.beta.responses`` resource (``/responses?beta=true``)."""

    def connect(
        self,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> BetaResponsesConnectionManager:
        """Prepare a beta Responses WebSocket connection; ``with`` opens it (see `ResponsesConnectMixin.connect`).

        The connection parses `BetaResponsesServerEvent` values and can send ``response.inject``.
        """
        return BetaResponsesConnectionManager(
            client=self._client,
            connection_class=BetaResponsesConnection,
            params=_BETA_PARAMS,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=_settings(max_retries, initial_delay, max_delay, max_queue_size),
        )


class AsyncBetaResponsesConnectMixin(AsyncAPIResource):
    """Adds ``connect()`` to the async ``client.beta.responses`` resource (``/responses?beta=true``)."""

    def connect(
        self,
        extra_query: Optional[ExtraQuery] = None,
        extra_headers: Optional[ExtraHeaders] = None,
        websocket_connection_options: Optional[WebsocketConnectionOptions] = None,
        on_reconnecting: Optional[AsyncOnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> AsyncBetaResponsesConnectionManager:
        """Prepare a beta Responses WebSocket connection; ``async with`` opens it."""
        return AsyncBetaResponsesConnectionManager(
            client=self._client,
            connection_class=AsyncBetaResponsesConnection,
            params=_BETA_PARAMS,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            on_reconnecting=on_reconnecting,
            reconnect_settings=_settings(max_retries, initial_delay, max_delay, max_queue_size),
        )
