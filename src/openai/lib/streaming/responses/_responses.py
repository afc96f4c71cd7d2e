"""Responses stream helpers: ``client.responses.stream(...)``.

``ResponseStreamState`` is the I/O-free part: it keeps a snapshot of the response being generated (from
``response.created`` onwards) and turns the API's events into the richer events of ``_events``.
``ResponseStream`` / ``AsyncResponseStream`` drive it over the raw SSE stream, and the ``*StreamManager`` context
managers send the request on enter and close the connection on exit.
"""

from __future__ import annotations

import inspect
from types import TracebackType
from typing import TYPE_CHECKING, Any, List, Generic, Callable, Iterable, Iterator, Awaitable, AsyncIterator, cast

import httpx
import pydantic
from typing_extensions import Self

from ._events import (
    ResponseStreamEvent,
    ResponseTextDoneEvent,
    ResponseCompletedEvent,
    ResponseTextDeltaEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
)
from ...._types import Omit, NotGiven
from ..._parsing._models import rebuild_model
from ..._parsing._responses import parse_text, parse_response
from ..._parsing._completions import ResponseFormatT as TextFormatT
from ....types.responses.parsed_response import (
    ParsedResponse,
    ParsedResponseOutputText,
    ParsedResponseOutputMessage,
    ParsedResponseFunctionToolCall,
)

if TYPE_CHECKING:
    from ....types.responses.response import Response

__all__ = [
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "ResponseStream",
    "ResponseStreamManager",
    "ResponseStreamState",
]


class ResponseStreamState(Generic[TextFormatT]):
    """Accumulates Responses stream events into a snapshot and derives the enriched events.

    Usable on its own for streams obtained with ``responses.create(stream=True)``.
    """

    def __init__(
        self,
        *,
        input_tools: Iterable[ToolParam] | Omit | NotGiven,
        text_format: type[TextFormatT] | Omit | NotGiven,
    ) -> None:
        self._input_tools: List[ToolParam] = [] if isinstance(input_tools, (Omit, NotGiven)) else list(input_tools)
        self._text_format: object = text_format
        self._type_arg: type[Any] = text_format if isinstance(text_format, type) else type(None)
        self._snapshot: ParsedResponse[object] | None = None
        self._completed: ParsedResponse[TextFormatT] | None = None

    @property
    def current_snapshot(self) -> ParsedResponse[object]:
        """The response as accumulated so far.

        Raises:
            RuntimeError: ``response.created`` has not been received yet.
        """
        if self._snapshot is None:
            raise RuntimeError("No `response.created` event has been received yet, so there is no snapshot")
        return self._snapshot

    @property
    def completed_response(self) -> ParsedResponse[TextFormatT] | None:
        """The parsed response of the ``response.completed`` event, once received."""
        return self._completed

    def handle_event(self, event: RawResponseStreamEvent) -> List[ResponseStreamEvent[TextFormatT]]:
        """Fold ``event`` into the snapshot and return the event(s) to yield for it.

        Raises:
            RuntimeError: the first event is not ``response.created``.
        """
        snapshot = self._accumulate(event)
        if event.type == "response.output_text.delta":
            part = self._text_part(snapshot, event.output_index, event.content_index)
            return [rebuild_model(ResponseTextDeltaEvent, event, snapshot=part.text if part is not None else "")]
        if event.type == "response.output_text.done":
            return [
                rebuild_model(
                    ResponseTextDoneEvent[self._type_arg],  # type: ignore[name-defined] # runtime parametrisation with the caller's format class
                    event,
                    parsed=parse_text(event.text, self._text_format),
                )
            ]
        if event.type == "response.function_call_arguments.delta":
            item = _item_at(snapshot, event.output_index)
            arguments = item.arguments if isinstance(item, ParsedResponseFunctionToolCall) else event.delta
            return [rebuild_model(ResponseFunctionCallArgumentsDeltaEvent, event, snapshot=arguments)]
        if event.type == "response.completed":
            return [
                rebuild_model(
                    ResponseCompletedEvent[self._type_arg],  # type: ignore[name-defined] # same
                    event,
                    response=self._completed,
                )
            ]
        return [cast("ResponseStreamEvent[TextFormatT]", event)]

    def accumulate_event(self, event: RawResponseStreamEvent) -> ParsedResponse[object]:
        """Fold ``event`` into the snapshot and return it (`handle_event` does this, then builds its events).

        Raises:
            RuntimeError: the first event is not ``response.created``.
        """
        return self._accumulate(event)

    def _accumulate(self, event: RawResponseStreamEvent) -> ParsedResponse[object]:
        if event.type == "response.created":
            created = _as_response(event.response)
            self._snapshot = rebuild_model(
                ParsedResponse[object], created, output=[_snapshot_item(item) for item in created.output]
            )
            return self._snapshot
        snapshot = self._snapshot
        if snapshot is None:
            raise RuntimeError(
                f"A Responses stream must start with a `response.created` event, but the first event was `{event.type}`"
            )

        if event.type == "response.output_item.added":
            _put_item(snapshot, event.output_index, _snapshot_item(event.item))
        elif event.type == "response.output_item.done":
            _put_item(snapshot, event.output_index, _snapshot_item(event.item))
        elif event.type == "response.content_part.added":
            item = _item_at(snapshot, event.output_index)
            if isinstance(item, ParsedResponseOutputMessage):
                part: object = event.part
                if getattr(part, "type", None) == "output_text":
                    part = rebuild_model(ParsedResponseOutputText[object], cast(pydantic.BaseModel, part), parsed=None)
                message = cast("ParsedResponseOutputMessage[object]", item)
                message.content.append(cast(Any, part))
        elif event.type == "response.output_text.delta":
            text_part = self._text_part(snapshot, event.output_index, event.content_index)
            if text_part is not None:
                text_part.text = text_part.text + event.delta
        elif event.type == "response.function_call_arguments.delta":
            item = _item_at(snapshot, event.output_index)
            if isinstance(item, ParsedResponseFunctionToolCall):
                item.arguments = item.arguments + event.delta
        elif event.type == "response.completed":
            self._completed = cast(
                "ParsedResponse[TextFormatT]",
                parse_response(
                    text_format=self._text_format,
                    input_tools=self._input_tools,
                    response=_as_response(event.response),
                ),
            )
        return snapshot

    @staticmethod
    def _text_part(
        snapshot: ParsedResponse[object], output_index: int, content_index: int
    ) -> ParsedResponseOutputText[object] | None:
        item = _item_at(snapshot, output_index)
        if not isinstance(item, ParsedResponseOutputMessage):
            return None
        content: List[Any] = cast("ParsedResponseOutputMessage[object]", item).content
        if content_index >= len(content):
            return None
        part: object = content[content_index]
        if isinstance(part, ParsedResponseOutputText):
            return cast("ParsedResponseOutputText[object]", part)
        return None


def _as_response(value: object) -> Response:
    # The completed/created events carry a plain Response on the wire; their generated annotation may name a
    # richer type, so the value is taken for what the API sends.
    return cast("Response", value)


def _snapshot_item(item: Any) -> Any:
    """Convert an output item into its parsed variant so that deltas can be folded into it."""
    if item.type == "message":
        content = [
            rebuild_model(ParsedResponseOutputText[object], part, parsed=None) if part.type == "output_text" else part
            for part in item.content
        ]
        return rebuild_model(ParsedResponseOutputMessage[object], item, content=content)
    if item.type == "function_call":
        return rebuild_model(ParsedResponseFunctionToolCall, item, parsed_arguments=None)
    return item


def _item_at(snapshot: ParsedResponse[object], output_index: int) -> object:
    output: List[Any] = snapshot.output
    if output_index >= len(output):
        raise RuntimeError(
            f"Responses stream referred to output item {output_index}, but only {len(output)} item(s) were announced"
        )
    return output[output_index]


def _put_item(snapshot: ParsedResponse[object], output_index: int, item: Any) -> None:
    output: List[Any] = snapshot.output
    if output_index < len(output):
        output[output_index] = item
    else:
        output.append(item)


class ResponseStream(Generic[TextFormatT]):
    """Iterator over the events of a streamed response (see ``ResponseStreamEvent``).

    Obtained by entering ``client.responses.stream(...)``; closing it closes the HTTP response.
    """

    def __init__(
        self,
        *,
        raw_stream: Stream[RawResponseStreamEvent],
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[ToolParam] | Omit | NotGiven,
        starting_after: int | None,
    ) -> None:
        self._raw_stream = raw_stream
        self._starting_after = starting_after
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            input_tools=input_tools, text_format=text_format
        )
        self._iterator = self._events()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._raw_stream.response

    def __next__(self) -> ResponseStreamEvent[TextFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        yield from self._iterator

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP response; iteration stops."""
        self._raw_stream.close()

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read the rest of the stream and return the parsed response of its ``response.completed`` event.

        Raises:
            RuntimeError: the stream ended without a ``response.completed`` event.
        """
        self.until_done()
        completed = self._state.completed_response
        if completed is None:
            raise RuntimeError("The Responses stream ended without a `response.completed` event")
        return completed

    def until_done(self) -> Self:
        """Read the stream to its end, discarding the events."""
        for _ in self._iterator:
            pass
        return self

    @property
    def current_snapshot(self) -> ParsedResponse[object]:
        """The response accumulated from the events read so far."""
        return self._state.current_snapshot

    def _events(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        try:
            for raw_event in self._raw_stream:
                for event in self._state.handle_event(raw_event):
                    if self._starting_after is None or event.sequence_number > self._starting_after:
                        yield event
        finally:
            self._raw_stream.close()


class ResponseStreamManager(Generic[TextFormatT]):
    """Context manager returned by ``client.responses.stream(...)``: sends the request on enter, closes on exit."""

    def __init__(
        self,
        api_request: Callable[[], Stream[RawResponseStreamEvent]],
        *,
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[ToolParam] | Omit | NotGiven,
        starting_after: int | None,
    ) -> None:
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools
        self._starting_after = starting_after
        self._stream: ResponseStream[TextFormatT] | None = None

    def __enter__(self) -> ResponseStream[TextFormatT]:
        self._stream = ResponseStream(
            raw_stream=self._api_request(),
            text_format=self._text_format,
            input_tools=self._input_tools,
            starting_after=self._starting_after,
        )
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream(Generic[TextFormatT]):
    """Async iterator over the events of a streamed response (see ``ResponseStreamEvent``)."""

    def __init__(
        self,
        *,
        raw_stream: AsyncStream[RawResponseStreamEvent],
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[ToolParam] | Omit | NotGiven,
        starting_after: int | None,
    ) -> None:
        self._raw_stream = raw_stream
        self._starting_after = starting_after
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            input_tools=input_tools, text_format=text_format
        )
        self._iterator = self._events()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._raw_stream.response

    async def __anext__(self) -> ResponseStreamEvent[TextFormatT]:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        async for event in self._iterator:
            yield event

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP response; iteration stops."""
        await self._raw_stream.close()

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read the rest of the stream and return the parsed response of its ``response.completed`` event.

        Raises:
            RuntimeError: the stream ended without a ``response.completed`` event.
        """
        await self.until_done()
        completed = self._state.completed_response
        if completed is None:
            raise RuntimeError("The Responses stream ended without a `response.completed` event")
        return completed

    async def until_done(self) -> Self:
        """Read the stream to its end, discarding the events."""
        async for _ in self._iterator:
            pass
        return self

    @property
    def current_snapshot(self) -> ParsedResponse[object]:
        """The response accumulated from the events read so far."""
        return self._state.current_snapshot

    async def _events(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        try:
            async for raw_event in self._raw_stream:
                for event in self._state.handle_event(raw_event):
                    if self._starting_after is None or event.sequence_number > self._starting_after:
                        yield event
        finally:
            await self._raw_stream.close()


class AsyncResponseStreamManager(Generic[TextFormatT]):
    """Async context manager returned by ``AsyncOpenAI().responses.stream(...)``."""

    def __init__(
        self,
        api_request: Awaitable[AsyncStream[RawResponseStreamEvent]],
        *,
        text_format: type[TextFormatT] | Omit | NotGiven,
        input_tools: Iterable[ToolParam] | Omit | NotGiven,
        starting_after: int | None,
    ) -> None:
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools
        self._starting_after = starting_after
        self._stream: AsyncResponseStream[TextFormatT] | None = None

    async def __aenter__(self) -> AsyncResponseStream[TextFormatT]:
        self._stream = AsyncResponseStream(
            raw_stream=await self._api_request,
            text_format=self._text_format,
            input_tools=self._input_tools,
            starting_after=self._starting_after,
        )
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
        elif inspect.iscoroutine(self._api_request):
            # Entering failed before the request was awaited; close the coroutine so it is not reported as
            # never awaited.
            self._api_request.close()


# --- names outside code imports from `openai.lib.streaming.responses._responses` (official spellings) -----------

from ._types import ParsedResponseSnapshot as ParsedResponseSnapshot  # noqa: E402
from ...._types import omit as omit, is_given as is_given  # noqa: E402
from ...._utils import consume_sync_iterator as consume_sync_iterator, consume_async_iterator as consume_async_iterator  # noqa: E402
from ...._models import build as build, construct_type_unchecked as construct_type_unchecked  # noqa: E402
from ...._streaming import Stream as Stream, AsyncStream as AsyncStream  # noqa: E402
from ....types.responses.tool_param import ToolParam as ToolParam  # noqa: E402
from ....types.responses.parsed_response import ParsedContent as ParsedContent  # noqa: E402
from ....types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent  # noqa: E402
