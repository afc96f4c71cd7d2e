"""Sync realtime connections (over ``websockets.sync.client``) and their connection managers.

`RealtimeConnection` speaks the GA protocol (``client.realtime.connect``), `BetaRealtimeConnection` the beta
one (``client.beta.realtime.connect``, ``OpenAI-Beta: realtime=v1``). They differ only in the server-event
union they parse into and the parameter types of their senders.
"""

from __future__ import annotations

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

if TYPE_CHECKING:
    import pydantic
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
    "RealtimeConnection",
    "RealtimeConnectionManager",
    "BetaRealtimeConnection",
    "BetaRealtimeConnectionManager",
]

_EventT = TypeVar("_EventT")
Handler = Callable[[_EventT], object]
"""An event handler for `on`/`once`: called with the event; its return value is ignored."""
ClientEvent = Union[Mapping[str, Any], "pydantic.BaseModel"]
"""A client event: a typed param dict (``RealtimeClientEventParam``), any mapping, or an event model instance."""


class _SyncRealtimeConnection(Generic[_EventT]):
    def __init__(self, websocket: ClientConnection) -> None:
        self._websocket = websocket
        self._handlers: EventHandlers[Handler[_EventT]] = EventHandlers()

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

        try:
            message = self._websocket.recv(decode=False)
        except ConnectionClosed as exc:
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
            raise connection_closed_error(exc) from exc

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection with the closing handshake (no-op when already closed)."""
        self._websocket.close(code=code, reason=reason)

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
                raise error_event_exception(event)
            for handler in handlers:
                handler(event)

    def parse_event(self, data: Union[str, bytes]) -> _EventT:
        """Parse a raw server message into its typed event (unknown types give a generic model)."""
        return cast(_EventT, parse_server_event(data, self._event_union()))


class RealtimeConnection(_SyncRealtimeConnection["GAServerEvent"]):
    """A GA realtime connection (``client.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection) -> None:
        super().__init__(websocket)
        self.session: SessionSender[GASessionParam] = SessionSender(self)
        self.response: ResponseSender[RealtimeResponseCreateParamsParam] = ResponseSender(self)
        self.input_audio_buffer = InputAudioBufferSender(self)
        self.output_audio_buffer = OutputAudioBufferSender(self)
        self.conversation: ConversationSender[GAItemParam] = ConversationSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.realtime.realtime_server_event import RealtimeServerEvent

        return RealtimeServerEvent


class BetaRealtimeConnection(_SyncRealtimeConnection["BetaServerEvent"]):
    """A beta realtime connection (``client.beta.realtime.connect(...)``)."""

    def __init__(self, websocket: ClientConnection) -> None:
        super().__init__(websocket)
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


_ConnectionT = TypeVar("_ConnectionT", bound=_SyncRealtimeConnection[Any])


@functools.cache
def _connect_has_legacy_flag(connect: Callable[..., object]) -> bool:
    return "legacy" in inspect.signature(connect).parameters


class _SyncRealtimeConnectionManager(Generic[_ConnectionT]):
    _beta: bool

    def __init__(
        self,
        *,
        client: RealtimeClient,
        connection_class: type[_ConnectionT],
        params: Mapping[str, object],
        extra_query: Optional[Mapping[str, object]],
        extra_headers: Optional[Mapping[str, Union[str, Omit]]],
        websocket_connection_options: Optional[WebsocketConnectionOptions],
    ) -> None:
        self._client = client
        self._connection_class = connection_class
        self._params = dict(params)
        self._extra_query = dict(extra_query or {})
        self._extra_headers = dict(extra_headers or {})
        self._options: Dict[str, Any] = dict(websocket_connection_options or {})
        self._connection: Optional[_ConnectionT] = None

    def enter(self) -> _ConnectionT:
        """Open the connection without a ``with`` block; the caller must ``close()`` it."""
        try:
            from websockets.sync.client import connect
        except ImportError:
            raise missing_websockets_error() from None
        azure = as_azure_client(self._client)
        if azure is not None:
            url = azure_realtime_url(azure, params=self._params, extra_query=self._extra_query)
            auth_headers = azure_auth_headers(azure)
        else:
            url = build_realtime_url(self._client, params=self._params, extra_query=self._extra_query)
            auth_headers = self._client.auth_headers
        headers = build_realtime_headers(auth_headers, beta=self._beta, extra_headers=self._extra_headers)
        options = dict(self._options)
        if _connect_has_legacy_flag(connect):
            # websockets 16+ wants `with connect(...)` and warns when the returned connection is used
            # directly; the manager here owns the connection's lifetime, which is what `legacy=True` declares.
            options.setdefault("legacy", True)
        # Cast: the options mapping is untyped, which hides the overload of `connect` that applies.
        websocket = cast(
            "ClientConnection",
            connect(str(url), user_agent_header=self._client.user_agent, additional_headers=headers, **options),
        )
        self._connection = self._connection_class(websocket)
        return self._connection

    def __enter__(self) -> _ConnectionT:
        return self.enter()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class RealtimeConnectionManager(_SyncRealtimeConnectionManager[RealtimeConnection]):
    """Returned by ``client.realtime.connect(...)``: ``with`` opens a `RealtimeConnection`, exit closes it."""

    _beta = False


class BetaRealtimeConnectionManager(_SyncRealtimeConnectionManager[BetaRealtimeConnection]):
    """Returned by ``client.beta.realtime.connect(...)``: ``with`` opens a `BetaRealtimeConnection`."""

    _beta = True
