"""Responses API over a WebSocket: the connections of ``client.responses.connect()`` and the beta twin.

They reuse the realtime machinery (URL and handshake decisions in `_common`, the connection and manager bases
in `_sync` / `_async`, reconnection and the send queue in `_reconnect`, the close exceptions in `_errors`):
only the endpoint (``/responses``), the server-event union they parse into and their event senders differ.

The beta connection opens ``/responses?beta=true``, like every beta Responses operation, parses into
`BetaResponsesServerEvent` and can also send ``response.inject``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Mapping, Iterable, Optional, Awaitable

from typing_extensions import Unpack, Literal, Protocol, TypedDict

from ._sync import SyncReconnector, SyncWebSocketConnection, SyncWebSocketConnectionManager
from ._async import AsyncReconnector, AsyncWebSocketConnection, AsyncWebSocketConnectionManager

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection
    from websockets.asyncio.client import ClientConnection as AsyncClientConnection

    from ...types.input_param import InputParam
    from ...types.beta_input_param import BetaInputParam
    from ...types.beta.beta_tool_param import BetaToolParam
    from ...types.responses.tool_param import ToolParam
    from ...types.shared_params.metadata import Metadata
    from ...types.shared_params.reasoning import Reasoning
    from ...types.responses.response_includable import ResponseIncludable
    from ...types.shared_params.responses_model import ResponsesModel
    from ...types.beta_model_ids_responses_param import BetaModelIdsResponsesParam
    from ...types.beta.beta_response_prompt_param import BetaResponsePromptParam
    from ...types.responses.response_prompt_param import ResponsePromptParam
    from ...types.beta.beta_responses_server_event import BetaResponsesServerEvent  # noqa: F401

    # Referenced only inside the quoted type arguments of the connection base classes below.
    from ...types.responses.responses_server_event import ResponsesServerEvent  # noqa: F401
    from ...types.beta.beta_response_input_item_param import BetaResponseInputItemParam
    from ...types.beta.beta_response_text_config_param import BetaResponseTextConfigParam
    from ...types.responses.response_text_config_param import ResponseTextConfigParam
    from ...types.beta.beta_responses_client_event_param import (
        ResponseCreateReasoning,
        ResponseCreateModeration,
        ResponseCreateMultiAgent,
        ResponseCreateToolChoice,
        ResponseCreateConversation,
        ResponseCreateStreamOptions,
        ResponseCreateContextManagement,
        ResponseCreatePromptCacheOptions,
    )
    from ...types.responses.responses_client_event_param import (
        Moderation,
        ToolChoice,
        Conversation,
        StreamOptions,
        ContextManagement,
        PromptCacheOptions,
    )

__all__ = [
    "ResponseCreateFields",
    "BetaResponseCreateFields",
    "ResponsesConnection",
    "AsyncResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnectionManager",
    "BetaResponsesConnection",
    "AsyncBetaResponsesConnection",
    "BetaResponsesConnectionManager",
    "AsyncBetaResponsesConnectionManager",
]


class ResponseCreateFields(TypedDict, total=False):
    """The fields of a ``response.create`` client event besides ``type`` (`ResponsesClientEventParam`)."""

    stream_id: str
    metadata: Optional[Metadata]
    top_logprobs: int
    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    safety_identifier: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    prompt_cache_options: PromptCacheOptions
    previous_response_id: Optional[str]
    model: ResponsesModel
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: ResponseTextConfigParam
    tools: Iterable[ToolParam]
    tool_choice: ToolChoice
    prompt: Optional[ResponsePromptParam]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
    truncation: Optional[Literal["auto", "disabled"]]
    reasoning: Optional[Reasoning]
    input: InputParam
    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    moderation: Optional[Moderation]
    stream: Optional[bool]
    stream_options: Optional[StreamOptions]
    conversation: Optional[Conversation]
    context_management: Optional[Iterable[ContextManagement]]
    max_output_tokens: Optional[int]


class BetaResponseCreateFields(TypedDict, total=False):
    """The fields of a beta ``response.create`` client event besides ``type`` (`BetaResponsesClientEventParam`)."""

    stream_id: str
    metadata: Optional[Dict[str, str]]
    top_logprobs: int
    temperature: Optional[float]
    top_p: Optional[float]
    user: str
    safety_identifier: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    prompt_cache_options: ResponseCreatePromptCacheOptions
    previous_response_id: Optional[str]
    model: BetaModelIdsResponsesParam
    background: Optional[bool]
    max_tool_calls: Optional[int]
    text: BetaResponseTextConfigParam
    tools: Iterable[BetaToolParam]
    tool_choice: ResponseCreateToolChoice
    prompt: Optional[BetaResponsePromptParam]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
    truncation: Optional[Literal["auto", "disabled"]]
    reasoning: Optional[ResponseCreateReasoning]
    input: BetaInputParam
    include: Optional[Iterable[ResponseIncludable]]
    parallel_tool_calls: Optional[bool]
    store: Optional[bool]
    instructions: Optional[str]
    moderation: Optional[ResponseCreateModeration]
    stream: Optional[bool]
    stream_options: Optional[ResponseCreateStreamOptions]
    conversation: Optional[ResponseCreateConversation]
    context_management: Optional[Iterable[ResponseCreateContextManagement]]
    max_output_tokens: Optional[int]
    multi_agent: Optional[ResponseCreateMultiAgent]


# --- senders ----------------------------------------------------------------------------------------------


class _SyncSink(Protocol):
    def send(self, event: Mapping[str, Any], /) -> None: ...


class _AsyncSink(Protocol):
    def send(self, event: Mapping[str, Any], /) -> Awaitable[None]: ...


class ResponsesResponseSender:
    """``connection.response``: sends ``response.create`` events."""

    def __init__(self, connection: _SyncSink) -> None:
        self._connection = connection

    def create(self, **params: Unpack[ResponseCreateFields]) -> None:
        """Send ``response.create``: start a response with the fields of ``client.responses.create()``.

        Streaming is implicit over the WebSocket; the server answers with the response's stream events
        (``response.created`` … ``response.completed``), or an ``error`` event.
        """
        self._connection.send({"type": "response.create", **params})


class AsyncResponsesResponseSender:
    """``connection.response`` of an async connection: sends ``response.create`` events."""

    def __init__(self, connection: _AsyncSink) -> None:
        self._connection = connection

    async def create(self, **params: Unpack[ResponseCreateFields]) -> None:
        """Send ``response.create`` (see `ResponsesResponseSender.create`)."""
        await self._connection.send({"type": "response.create", **params})


class BetaResponsesResponseSender:
    """``connection.response`` of a beta connection: ``response.create`` and ``response.inject``."""

    def __init__(self, connection: _SyncSink) -> None:
        self._connection = connection

    def create(self, **params: Unpack[BetaResponseCreateFields]) -> None:
        """Send ``response.create`` with the fields of ``client.beta.responses.create()``."""
        self._connection.send({"type": "response.create", **params})

    def inject(self, *, response_id: str, input: Iterable[BetaResponseInputItemParam]) -> None:
        """Send ``response.inject``: add input items (such as tool outputs) to the active response ``response_id``.

        The server answers ``response.inject.created``, or ``response.inject.failed`` with the items back.
        """
        self._connection.send({"type": "response.inject", "response_id": response_id, "input": input})


class AsyncBetaResponsesResponseSender:
    """``connection.response`` of an async beta connection: ``response.create`` and ``response.inject``."""

    def __init__(self, connection: _AsyncSink) -> None:
        self._connection = connection

    async def create(self, **params: Unpack[BetaResponseCreateFields]) -> None:
        """Send ``response.create`` with the fields of ``client.beta.responses.create()``."""
        await self._connection.send({"type": "response.create", **params})

    async def inject(self, *, response_id: str, input: Iterable[BetaResponseInputItemParam]) -> None:
        """Send ``response.inject`` (see `BetaResponsesResponseSender.inject`)."""
        await self._connection.send({"type": "response.inject", "response_id": response_id, "input": input})


# --- connections ------------------------------------------------------------------------------------------


class ResponsesConnection(SyncWebSocketConnection["ResponsesServerEvent"]):
    """A Responses WebSocket connection (``client.responses.connect()``).

    ``send(event)`` takes a `ResponsesClientEventParam` dict or a `ResponsesClientEvent` model,
    ``connection.response.create(...)`` builds the event from keyword arguments, ``recv()`` and iteration
    give `ResponsesServerEvent` values (an unknown event type as a plain ``openai.BaseModel``).
    """

    _label = "Responses"

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[SyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.response = ResponsesResponseSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.responses.responses_server_event import ResponsesServerEvent

        return ResponsesServerEvent


class AsyncResponsesConnection(AsyncWebSocketConnection["ResponsesServerEvent"]):
    """An async Responses WebSocket connection (``AsyncOpenAI().responses.connect()``)."""

    _label = "Responses"

    def __init__(self, websocket: AsyncClientConnection, *, reconnector: Optional[AsyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.response = AsyncResponsesResponseSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.responses.responses_server_event import ResponsesServerEvent

        return ResponsesServerEvent


class BetaResponsesConnection(SyncWebSocketConnection["BetaResponsesServerEvent"]):
    """A beta Responses WebSocket connection (``client.beta.responses.connect()``)."""

    _label = "Responses"

    def __init__(self, websocket: ClientConnection, *, reconnector: Optional[SyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.response = BetaResponsesResponseSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.beta.beta_responses_server_event import BetaResponsesServerEvent

        return BetaResponsesServerEvent


class AsyncBetaResponsesConnection(AsyncWebSocketConnection["BetaResponsesServerEvent"]):
    """An async beta Responses WebSocket connection (``AsyncOpenAI().beta.responses.connect()``)."""

    _label = "Responses"

    def __init__(self, websocket: AsyncClientConnection, *, reconnector: Optional[AsyncReconnector] = None) -> None:
        super().__init__(websocket, reconnector=reconnector)
        self.response = AsyncBetaResponsesResponseSender(self)

    @staticmethod
    def _event_union() -> object:
        from ...types.beta.beta_responses_server_event import BetaResponsesServerEvent

        return BetaResponsesServerEvent


# --- managers ---------------------------------------------------------------------------------------------


class ResponsesConnectionManager(SyncWebSocketConnectionManager[ResponsesConnection]):
    """Returned by ``client.responses.connect(...)``: ``with`` opens a `ResponsesConnection`, exit closes it."""

    _beta = False
    _path = "responses"
    _feature = "Responses WebSocket connections"
    _sdk_headers = True


class AsyncResponsesConnectionManager(AsyncWebSocketConnectionManager[AsyncResponsesConnection]):
    """Returned by ``AsyncOpenAI().responses.connect(...)``: ``async with`` opens an `AsyncResponsesConnection`."""

    _beta = False
    _path = "responses"
    _feature = "Responses WebSocket connections"
    _sdk_headers = True


class BetaResponsesConnectionManager(SyncWebSocketConnectionManager[BetaResponsesConnection]):
    """Returned by ``client.beta.responses.connect(...)``: ``with`` opens a `BetaResponsesConnection`."""

    _beta = False
    _path = "responses"
    _feature = "Responses WebSocket connections"
    _sdk_headers = True


class AsyncBetaResponsesConnectionManager(AsyncWebSocketConnectionManager[AsyncBetaResponsesConnection]):
    """Returned by ``AsyncOpenAI().beta.responses.connect(...)``: ``async with`` opens an `AsyncBetaResponsesConnection`."""

    _beta = False
    _path = "responses"
    _feature = "Responses WebSocket connections"
    _sdk_headers = True
