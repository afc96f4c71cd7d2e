"""Async realtime connections (over ``websockets.asyncio.client``) and their connection managers.

`AsyncRealtimeConnection` speaks the GA protocol (``client.realtime.connect``), `AsyncBetaRealtimeConnection` the beta
one (``client.beta.realtime.connect``, ``OpenAI-Beta: realtime=v1``). They differ only in the server-event
union they parse into and the parameter types of their senders.

`AsyncWebSocketConnection` and `AsyncWebSocketConnectionManager` are the bases shared with the Responses API
connections (`_responses`): a subclass picks the server-event union, the endpoint path and its senders.
"""

from __future__ import annotations

import asyncio
import inspect
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Callable,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
    overload,
)

from ._azure import as_azure_client, azure_realtime_url, async_azure_auth_headers
from ._common import (
    EventHandlers,
    RealtimeClient,
    WebsocketConnectionOptions,
    close_code_of,
    sdk_headers_of,
    build_realtime_url,
    parse_server_event,
    async_auth_headers_of,
    error_event_exception,
    build_realtime_headers,
    serialize_client_event,
    missing_websockets_error,
)
from ..._types import Omit
from ._senders import (
    AsyncSessionSender,
    AsyncResponseSender,
    AsyncConversationSender,
    AsyncInputAudioBufferSender,
    AsyncOutputAudioBufferSender,
    AsyncTranscriptionSessionSender,
)
from ._reconnect import (
    SendQueue,
    ReconnectSettings,
    AsyncOnReconnecting,
    UnsentMessagesError,
    ReconnectingOverrides,
    is_recoverable_close,
)

if TYPE_CHECKING:
    import pydantic
    from websockets.exceptions import ConnectionClosed
    from websockets.asyncio.client import ClientConnection

    # Referenced only inside the quoted type arguments of the connection base classes below.
    from ...types.realtime.realtime_server_event import RealtimeServerEvent as GAServerEvent  # noqa: F401
    from ...types.realtime.conversation_item_param import ConversationItemParam as GAItemParam
    from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent as BetaServerEvent  # noqa: F401
    from ...types.realtime.session_update_event_param import Session as GASessionParam
    from ...types.beta.realtime.conversation_item_param import ConversationItemParam as BetaItemParam
    from ...types.beta.realtime.session_update_event_param import Session as BetaSessionParam
    from ...types.beta.realtime.response_create_event_param import Response as BetaResponseParam
    from ...types.realtime.realtime_response_create_params_param import RealtimeResponseCreateParamsParam
    from ...types.beta.realtime.transcription_session_update_param import Session as BetaTranscriptionSessionParam

__all__ = [
    "AsyncWebSocketConnection",
    "AsyncWebSocketConnectionManager",
    "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager",
    "AsyncBetaRealtimeConnection",
    "AsyncBetaRealtimeConnectionManager",
    "AsyncReconnector",
]

_EventT = TypeVar("_EventT")
Handler = Callable[[_EventT], object]
"""An event handler for `on`/`once`: called with the event; a returned awaitable is awaited."""
ClientEvent = Union[Mapping[str, Any], "pydantic.BaseModel"]
"""A client event: a typed param dict (``RealtimeClientEventParam``), any mapping, or an event model instance."""


class AsyncWebSocketConnection(Generic[_EventT]):
    _label = "Realtime"
    """How `dispatch_events` names an unhandled ``error`` event."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[AsyncReconnector] = None) -> None:
        self._websocket = websocket
        self._handlers: EventHandlers[Handler[_EventT]] = EventHandlers()
        self._reconnector = reconnector
        self._closing = False
        self._reconnecting = False

    @staticmethod
    def _event_union() -> object:
        raise NotImplementedError

    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection."""
        return self._websocket

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        """Yield server events until the server closes the connection normally.

        An abnormal close (e.g. a dropped connection) raises `RealtimeConnectionClosedError`.
        """
        from ._errors import RealtimeConnectionClosedOK

        while True:
            try:
                yield await self.recv()
            except RealtimeConnectionClosedOK:
                return

    async def recv(self) -> _EventT:
        """Receive the next server event, typed; an ``error`` event is returned like any other."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """Receive the next raw message."""
        from websockets.exceptions import ConnectionClosed

        from ._errors import connection_closed_error

        while True:
            try:
                message = await self._websocket.recv(decode=False)
            except ConnectionClosed as exc:
                if await self._reopen(exc):
                    continue
                raise connection_closed_error(exc) from exc
            return message if isinstance(message, bytes) else message.encode("utf-8")

    async def send(self, event: ClientEvent) -> None:
        """Send a client event given as a typed dict, a mapping or a model instance."""
        await self.send_raw(serialize_client_event(event))

    async def send_raw(self, data: Union[str, bytes]) -> None:
        """Send one message as is (``str`` as a text message, ``bytes`` as a binary one)."""
        from websockets.exceptions import ConnectionClosed

        from ._errors import connection_closed_error

        reconnector = self._reconnector
        if reconnector is not None and self._reconnecting:
            # Keep the order: everything sent during a reconnection goes out after the backlog.
            reconnector.queue.put(data)
            return
        try:
            await self._websocket.send(data)
        except ConnectionClosed as exc:
            if reconnector is not None and not self._closing and reconnector.will_retry(exc):
                # Sent once the connection is reopened (by the task receiving events).
                reconnector.queue.put(data)
                return
            raise connection_closed_error(exc) from exc

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection with the closing handshake (no-op when already closed).

        Raises:
            UnsentMessagesError: messages queued during a reconnection were never sent (see ``unsent_messages``).
        """
        self._closing = True
        await self._websocket.close(code=code, reason=reason)
        if self._reconnector is not None and len(self._reconnector.queue):
            raise UnsentMessagesError(self._reconnector.queue.drain())

    async def _reopen(self, cause: ConnectionClosed) -> bool:
        """Replace a lost connection when reconnection is enabled and the close is recoverable."""
        if self._reconnector is None or self._closing:
            return False
        self._reconnecting = True
        try:
            websocket = await self._reconnector.reconnect(cause)
            if websocket is None:
                return False
            self._websocket = websocket
            await self._reconnector.flush(websocket)
            return True
        finally:
            self._reconnecting = False

    @overload
    def on(self, event_type: str, handler: Handler[_EventT]) -> Handler[_EventT]: ...

    @overload
    def on(self, event_type: str) -> Callable[[Handler[_EventT]], Handler[_EventT]]: ...

    def on(
        self, event_type: str, handler: Optional[Handler[_EventT]] = None
    ) -> Union[Handler[_EventT], Callable[[Handler[_EventT]], Handler[_EventT]]]:
        """Call ``handler(event)`` for every ``event_type`` event seen by `dispatch_events`; usable as a decorator.

        Handlers may be plain functions or coroutine functions (awaited in turn).
        """
        if handler is None:

            def register(decorated: Handler[_EventT]) -> Handler[_EventT]:
                self._handlers.add(event_type, decorated, once=False)
                return decorated

            return register
        self._handlers.add(event_type, handler, once=False)
        return handler

    def once(self, event_type: str, handler: Handler[_EventT]) -> Handler[_EventT]:
        """Like `on`, for the next ``event_type`` event only."""
        self._handlers.add(event_type, handler, once=True)
        return handler

    def off(self, event_type: str, handler: Optional[Handler[_EventT]] = None) -> None:
        """Remove ``handler`` for ``event_type`` (every handler of that type when omitted)."""
        self._handlers.remove(event_type, handler)

    async def dispatch_events(self) -> None:
        """Receive events and call their handlers until the server closes the connection normally.

        An ``error`` event without an ``on("error", ...)`` handler raises `OpenAIError`. A handler may
        ``await connection.close()`` to end the loop.
        """
        async for event in self:
            event_type: object = getattr(event, "type", None)
            handlers = self._handlers.take(event_type) if isinstance(event_type, str) else []
            if event_type == "error" and not handlers:
                raise error_event_exception(event, label=self._label)
            for handler in handlers:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """Parse a raw server message into its typed event (unknown types give a generic model)."""
        return cast(_EventT, parse_server_event(data, self._event_union()))


class AsyncRealtimeConnection(AsyncWebSocketConnection["GAServerEvent"]):
    """An async GA realtime connection (``async with client.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[AsyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.session: AsyncSessionSender[GASessionParam] = AsyncSessionSender(self)
        self.response: AsyncResponseSender[RealtimeResponseCreateParamsParam] = AsyncResponseSender(self)
        self.input_audio_buffer = AsyncInputAudioBufferSender(self)
        self.output_audio_buffer = AsyncOutputAudioBufferSender(self)
        self.conversation: AsyncConversationSender[GAItemParam] = AsyncConversationSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.realtime.realtime_server_event import RealtimeServerEvent

        return RealtimeServerEvent


class AsyncBetaRealtimeConnection(AsyncWebSocketConnection["BetaServerEvent"]):
    """An async beta realtime connection (``async with client.beta.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[AsyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.session: AsyncSessionSender[BetaSessionParam] = AsyncSessionSender(self)
        self.response: AsyncResponseSender[BetaResponseParam] = AsyncResponseSender(self)
        self.input_audio_buffer = AsyncInputAudioBufferSender(self)
        self.output_audio_buffer = AsyncOutputAudioBufferSender(self)
        self.conversation: AsyncConversationSender[BetaItemParam] = AsyncConversationSender(self)
        self.transcription_session: AsyncTranscriptionSessionSender[BetaTranscriptionSessionParam] = (
            AsyncTranscriptionSessionSender(self)
        )

    @staticmethod
    def _event_union() -> object:
        from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent

        return RealtimeServerEvent


_ConnectionT = TypeVar("_ConnectionT", bound=AsyncWebSocketConnection[Any])


class AsyncReconnector:
    """Reopens an async GA connection after a recoverable close and holds what was sent meanwhile."""

    def __init__(
        self,
        *,
        opener: Callable[[Mapping[str, object], Mapping[str, Union[str, Omit]]], Awaitable[ClientConnection]],
        on_reconnecting: AsyncOnReconnecting,
        settings: ReconnectSettings,
        extra_query: Mapping[str, object],
        extra_headers: Mapping[str, Union[str, Omit]],
    ) -> None:
        self._opener = opener
        self._on_reconnecting = on_reconnecting
        self._settings = settings
        self.extra_query: Dict[str, object] = dict(extra_query)
        self.extra_headers: Dict[str, Union[str, Omit]] = dict(extra_headers)
        self.queue = SendQueue(settings.max_queue_size)

    def will_retry(self, cause: ConnectionClosed) -> bool:
        return self._settings.max_retries > 0 and is_recoverable_close(close_code_of(cause))

    async def reconnect(self, cause: ConnectionClosed) -> Optional[ClientConnection]:
        """A new connection, or ``None`` when the close is final, the callback aborts or every attempt fails."""
        from websockets.exceptions import WebSocketException

        code = close_code_of(cause)
        if not is_recoverable_close(code):
            return None
        for attempt in range(1, self._settings.max_retries + 1):
            event = self._settings.event(attempt, code, self.extra_query, self.extra_headers)
            result = self._on_reconnecting(event)
            if inspect.isawaitable(result):
                result = await result
            overrides: ReconnectingOverrides = result or {}
            if overrides.get("abort"):
                return None
            if "extra_query" in overrides:
                self.extra_query = dict(overrides["extra_query"])
            if "extra_headers" in overrides:
                self.extra_headers = dict(overrides["extra_headers"])
            await asyncio.sleep(event.delay)
            try:
                return await self._opener(self.extra_query, self.extra_headers)
            except (OSError, TimeoutError, asyncio.TimeoutError, WebSocketException):
                continue
        return None

    async def flush(self, websocket: ClientConnection) -> None:
        """Send the queued messages (also those queued meanwhile); on a failure the rest stay queued."""
        from websockets.exceptions import ConnectionClosed

        while len(self.queue):
            pending = self.queue.drain()
            for index, message in enumerate(pending):
                try:
                    await websocket.send(message)
                except ConnectionClosed:
                    self.queue.put_front(pending[index:])
                    return


class AsyncWebSocketConnectionManager(Generic[_ConnectionT]):
    _beta: bool
    """Whether the handshake carries ``OpenAI-Beta: realtime=v1``."""
    _path = "realtime"
    """The endpoint, appended to the (WebSocket) base URL."""
    _feature = "realtime connections"
    """What the connection is, for the missing-``websockets`` error."""
    _sdk_headers = False
    """Whether the handshake also carries the client's default headers (SDK, organization, project, custom)."""

    def __init__(
        self,
        *,
        client: RealtimeClient,
        connection_class: type[_ConnectionT],
        params: Mapping[str, object],
        extra_query: Optional[Mapping[str, object]],
        extra_headers: Optional[Mapping[str, Union[str, Omit]]],
        websocket_connection_options: Optional[WebsocketConnectionOptions],
        on_reconnecting: Optional[AsyncOnReconnecting] = None,
        reconnect_settings: Optional[ReconnectSettings] = None,
    ) -> None:
        self._client = client
        self._connection_class = connection_class
        self._params = dict(params)
        self._extra_query = dict(extra_query or {})
        self._extra_headers = dict(extra_headers or {})
        self._options: Dict[str, Any] = dict(websocket_connection_options or {})
        self._on_reconnecting = on_reconnecting
        self._reconnect_settings = reconnect_settings or ReconnectSettings()
        self._connection: Optional[_ConnectionT] = None

    async def _open(
        self, extra_query: Mapping[str, object], extra_headers: Mapping[str, Union[str, Omit]]
    ) -> ClientConnection:
        from websockets.asyncio.client import connect

        azure = as_azure_client(self._client)
        if azure is not None:
            url = (
                azure_realtime_url(azure, params=self._params, extra_query=extra_query)
                if self._path == "realtime"
                else build_realtime_url(self._client, params=self._params, extra_query=extra_query, path=self._path)
            )
            auth_headers = await async_azure_auth_headers(azure)
        else:
            url = build_realtime_url(self._client, params=self._params, extra_query=extra_query, path=self._path)
            auth_headers = await async_auth_headers_of(self._client)
        if self._sdk_headers:
            auth_headers = {**sdk_headers_of(self._client), **auth_headers}
        headers = build_realtime_headers(auth_headers, beta=self._beta, extra_headers=extra_headers)
        return await connect(
            str(url), user_agent_header=self._client.user_agent, additional_headers=headers, **self._options
        )

    async def enter(self) -> _ConnectionT:
        """Open the connection without an ``async with`` block; the caller must ``await close()`` it."""
        try:
            from websockets.asyncio.client import connect
        except ImportError:
            raise missing_websockets_error(self._feature) from None
        del connect  # imported only to report a missing dependency before anything else happens
        reconnector = None
        if self._on_reconnecting is not None:
            reconnector = AsyncReconnector(
                opener=self._open,
                on_reconnecting=self._on_reconnecting,
                settings=self._reconnect_settings,
                extra_query=self._extra_query,
                extra_headers=self._extra_headers,
            )
        self._connection = self._connection_class(
            await self._open(self._extra_query, self._extra_headers), reconnector=reconnector
        )
        return self._connection

    async def __aenter__(self) -> _ConnectionT:
        return await self.enter()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await connection.close()
        except UnsentMessagesError:
            # The block already failed: its exception says more than the messages it could not send.
            if exc is None:
                raise


class AsyncRealtimeConnectionManager(AsyncWebSocketConnectionManager[AsyncRealtimeConnection]):
    """Returned by ``client.realtime.connect(...)``: ``async with`` opens an `AsyncRealtimeConnection`."""

    _beta = False


class AsyncBetaRealtimeConnectionManager(AsyncWebSocketConnectionManager[AsyncBetaRealtimeConnection]):
    """Returned by ``client.beta.realtime.connect(...)``: ``async with`` opens an `AsyncBetaRealtimeConnection`."""

    _beta = True
