"""Sync realtime connections (over ``websockets.sync.client``) and their connection managers.

`RealtimeConnection` speaks the GA protocol (``client.realtime.connect``), `BetaRealtimeConnection` the beta
one (``client.beta.realtime.connect``, ``OpenAI-Beta: realtime=v1``). They differ only in the server-event
union they parse into and the parameter types of their senders.

`SyncWebSocketConnection` and `SyncWebSocketConnectionManager` are the bases shared with the Responses API
connections (`_responses`): a subclass picks the server-event union, the endpoint path and its senders.
"""

from __future__ import annotations

import time
import inspect
import functools
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
    Iterator,
    Optional,
    cast,
    overload,
)

from ._azure import as_azure_client, azure_auth_headers, azure_realtime_url
from ._common import (
    EventHandlers,
    RealtimeClient,
    WebsocketConnectionOptions,
    close_code_of,
    sdk_headers_of,
    auth_headers_of,
    build_realtime_url,
    parse_server_event,
    error_event_exception,
    build_realtime_headers,
    serialize_client_event,
    missing_websockets_error,
)
from ..._types import Omit
from ._senders import (
    SessionSender,
    ResponseSender,
    ConversationSender,
    InputAudioBufferSender,
    OutputAudioBufferSender,
    TranscriptionSessionSender,
)
from ._reconnect import (
    SendQueue,
    OnReconnecting,
    ReconnectSettings,
    UnsentMessagesError,
    ReconnectingOverrides,
    is_recoverable_close,
)

if TYPE_CHECKING:
    import pydantic
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import ClientConnection

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
    "SyncWebSocketConnection",
    "SyncWebSocketConnectionManager",
    "RealtimeConnection",
    "RealtimeConnectionManager",
    "BetaRealtimeConnection",
    "BetaRealtimeConnectionManager",
    "SyncReconnector",
]

_EventT = TypeVar("_EventT")
Handler = Callable[[_EventT], object]
"""An event handler for `on`/`once`: called with the event; its return value is ignored."""
ClientEvent = Union[Mapping[str, Any], "pydantic.BaseModel"]
"""A client event: a typed param dict (``RealtimeClientEventParam``), any mapping, or an event model instance."""


class SyncWebSocketConnection(Generic[_EventT]):
    _label = "Realtime"
    """How `dispatch_events` names an unhandled ``error`` event."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[SyncReconnector] = None) -> None:
        self._websocket = websocket
        self._handlers: EventHandlers[Handler[_EventT]] = EventHandlers()
        self._reconnector = reconnector
        self._closing = False

    @staticmethod
    def _event_union() -> object:
        raise NotImplementedError

    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection."""
        return self._websocket

    def __iter__(self) -> Iterator[_EventT]:
        """Yield server events until the server closes the connection normally.

        An abnormal close (e.g. a dropped connection) raises `RealtimeConnectionClosedError`.
        """
        from ._errors import RealtimeConnectionClosedOK

        while True:
            try:
                yield self.recv()
            except RealtimeConnectionClosedOK:
                return

    def recv(self) -> _EventT:
        """Receive the next server event, typed; an ``error`` event is returned like any other."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """Receive the next raw message."""
        from websockets.exceptions import ConnectionClosed

        from ._errors import connection_closed_error

        while True:
            try:
                message = self._websocket.recv(decode=False)
            except ConnectionClosed as exc:
                if self._reopen(exc):
                    continue
                raise connection_closed_error(exc) from exc
            return message if isinstance(message, bytes) else message.encode("utf-8")

    def send(self, event: ClientEvent) -> None:
        """Send a client event given as a typed dict, a mapping or a model instance."""
        self.send_raw(serialize_client_event(event))

    def send_raw(self, data: Union[str, bytes]) -> None:
        """Send one message as is (``str`` as a text message, ``bytes`` as a binary one)."""
        from websockets.exceptions import ConnectionClosed

        from ._errors import connection_closed_error

        try:
            self._websocket.send(data)
        except ConnectionClosed as exc:
            reconnector = self._reconnector
            if reconnector is not None and not self._closing and reconnector.will_retry(exc):
                # Sent once the connection is reopened (by the next `recv()`).
                reconnector.queue.put(data)
                return
            raise connection_closed_error(exc) from exc

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection with the closing handshake (no-op when already closed).

        Raises:
            UnsentMessagesError: messages queued during a reconnection were never sent (see ``unsent_messages``).
        """
        self._closing = True
        self._websocket.close(code=code, reason=reason)
        if self._reconnector is not None and len(self._reconnector.queue):
            raise UnsentMessagesError(self._reconnector.queue.drain())

    def _reopen(self, cause: ConnectionClosed) -> bool:
        """Replace a lost connection when reconnection is enabled and the close is recoverable."""
        if self._reconnector is None or self._closing:
            return False
        websocket = self._reconnector.reconnect(cause)
        if websocket is None:
            return False
        self._websocket = websocket
        self._reconnector.flush(websocket)
        return True

    @overload
    def on(self, event_type: str, handler: Handler[_EventT]) -> Handler[_EventT]: ...

    @overload
    def on(self, event_type: str) -> Callable[[Handler[_EventT]], Handler[_EventT]]: ...

    def on(
        self, event_type: str, handler: Optional[Handler[_EventT]] = None
    ) -> Union[Handler[_EventT], Callable[[Handler[_EventT]], Handler[_EventT]]]:
        """Call ``handler(event)`` for every ``event_type`` event seen by `dispatch_events`; usable as a decorator."""
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

    def dispatch_events(self) -> None:
        """Receive events and call their handlers until the server closes the connection normally.

        An ``error`` event without an ``on("error", ...)`` handler raises `OpenAIError`. A handler may call
        ``close()`` to end the loop.
        """
        for event in self:
            event_type: object = getattr(event, "type", None)
            handlers = self._handlers.take(event_type) if isinstance(event_type, str) else []
            if event_type == "error" and not handlers:
                raise error_event_exception(event, label=self._label)
            for handler in handlers:
                handler(event)

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """Parse a raw server message into its typed event (unknown types give a generic model)."""
        return cast(_EventT, parse_server_event(data, self._event_union()))


class RealtimeConnection(SyncWebSocketConnection["GAServerEvent"]):
    """A GA realtime connection (``client.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[SyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.session: SessionSender[GASessionParam] = SessionSender(self)
        self.response: ResponseSender[RealtimeResponseCreateParamsParam] = ResponseSender(self)
        self.input_audio_buffer = InputAudioBufferSender(self)
        self.output_audio_buffer = OutputAudioBufferSender(self)
        self.conversation: ConversationSender[GAItemParam] = ConversationSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.realtime.realtime_server_event import RealtimeServerEvent

        return RealtimeServerEvent


class BetaRealtimeConnection(SyncWebSocketConnection["BetaServerEvent"]):
    """A beta realtime connection (``client.beta.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[SyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.session: SessionSender[BetaSessionParam] = SessionSender(self)
        self.response: ResponseSender[BetaResponseParam] = ResponseSender(self)
        self.input_audio_buffer = InputAudioBufferSender(self)
        self.output_audio_buffer = OutputAudioBufferSender(self)
        self.conversation: ConversationSender[BetaItemParam] = ConversationSender(self)
        self.transcription_session: TranscriptionSessionSender[BetaTranscriptionSessionParam] = (
            TranscriptionSessionSender(self)
        )

    @staticmethod
    def _event_union() -> object:
        from ...types.beta.realtime.realtime_server_event import RealtimeServerEvent

        return RealtimeServerEvent


_ConnectionT = TypeVar("_ConnectionT", bound=SyncWebSocketConnection[Any])


@functools.cache
def _connect_has_legacy_flag(connect: Callable[..., object]) -> bool:
    return "legacy" in inspect.signature(connect).parameters


class SyncReconnector:
    """Reopens a sync GA connection after a recoverable close and holds what was sent meanwhile."""

    def __init__(
        self,
        *,
        opener: Callable[[Mapping[str, object], Mapping[str, Union[str, Omit]]], ClientConnection],
        on_reconnecting: OnReconnecting,
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

    def reconnect(self, cause: ConnectionClosed) -> Optional[ClientConnection]:
        """A new connection, or ``None`` when the close is final, the callback aborts or every attempt fails."""
        from websockets.exceptions import WebSocketException

        code = close_code_of(cause)
        if not is_recoverable_close(code):
            return None
        for attempt in range(1, self._settings.max_retries + 1):
            event = self._settings.event(attempt, code, self.extra_query, self.extra_headers)
            overrides = self._on_reconnecting(event) or {}
            if overrides.get("abort"):
                return None
            self._apply(overrides)
            time.sleep(event.delay)
            try:
                return self._opener(self.extra_query, self.extra_headers)
            except (OSError, TimeoutError, WebSocketException):
                continue
        return None

    def flush(self, websocket: ClientConnection) -> None:
        """Send the queued messages; on a new failure the rest stay queued for the next reconnection."""
        from websockets.exceptions import ConnectionClosed

        pending = self.queue.drain()
        for index, message in enumerate(pending):
            try:
                websocket.send(message)
            except ConnectionClosed:
                self.queue.put_front(pending[index:])
                return

    def _apply(self, overrides: ReconnectingOverrides) -> None:
        if "extra_query" in overrides:
            self.extra_query = dict(overrides["extra_query"])
        if "extra_headers" in overrides:
            self.extra_headers = dict(overrides["extra_headers"])


class SyncWebSocketConnectionManager(Generic[_ConnectionT]):
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
        on_reconnecting: Optional[OnReconnecting] = None,
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

    def _open(
        self, extra_query: Mapping[str, object], extra_headers: Mapping[str, Union[str, Omit]]
    ) -> ClientConnection:
        from websockets.sync.client import connect

        azure = as_azure_client(self._client)
        if azure is not None:
            url = (
                azure_realtime_url(azure, params=self._params, extra_query=extra_query)
                if self._path == "realtime"
                else build_realtime_url(self._client, params=self._params, extra_query=extra_query, path=self._path)
            )
            auth_headers = azure_auth_headers(azure)
        else:
            url = build_realtime_url(self._client, params=self._params, extra_query=extra_query, path=self._path)
            auth_headers = auth_headers_of(self._client)
        if self._sdk_headers:
            auth_headers = {**sdk_headers_of(self._client), **auth_headers}
        headers = build_realtime_headers(auth_headers, beta=self._beta, extra_headers=extra_headers)
        options = dict(self._options)
        if _connect_has_legacy_flag(connect):
            # websockets 16+ wants `with connect(...)` and warns when the returned connection is used
            # directly; the manager here owns the connection's lifetime, which is what `legacy=True` declares.
            options.setdefault("legacy", True)
        # Cast: the options mapping is untyped, which hides the overload of `connect` that applies.
        return cast(
            "ClientConnection",
            connect(str(url), user_agent_header=self._client.user_agent, additional_headers=headers, **options),
        )

    def enter(self) -> _ConnectionT:
        """Open the connection without a ``with`` block; the caller must ``close()`` it."""
        try:
            from websockets.sync.client import connect
        except ImportError:
            raise missing_websockets_error(self._feature) from None
        del connect  # imported only to report a missing dependency before anything else happens
        reconnector = None
        if self._on_reconnecting is not None:
            reconnector = SyncReconnector(
                opener=self._open,
                on_reconnecting=self._on_reconnecting,
                settings=self._reconnect_settings,
                extra_query=self._extra_query,
                extra_headers=self._extra_headers,
            )
        self._connection = self._connection_class(
            self._open(self._extra_query, self._extra_headers), reconnector=reconnector
        )
        return self._connection

    def __enter__(self) -> _ConnectionT:
        return self.enter()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.close()
        except UnsentMessagesError:
            # The block already failed: its exception says more than the messages it could not send.
            if exc is None:
                raise


class RealtimeConnectionManager(SyncWebSocketConnectionManager[RealtimeConnection]):
    """Returned by ``client.realtime.connect(...)``: ``with`` opens a `RealtimeConnection`, exit closes it."""

    _beta = False


class BetaRealtimeConnectionManager(SyncWebSocketConnectionManager[BetaRealtimeConnection]):
    """Returned by ``client.beta.realtime.connect(...)``: ``with`` opens a `BetaRealtimeConnection`."""

    _beta = True
