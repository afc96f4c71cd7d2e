"""Chat completions stream helpers: ``client.chat.completions.stream(...)``.

``ChatCompletionStreamState`` is the I/O-free accumulator: it folds ``ChatCompletionChunk``s into a snapshot and
derives the higher-level events. ``ChatCompletionStream`` / ``AsyncChatCompletionStream`` drive it over the raw
SSE stream, and the ``*StreamManager`` context managers send the request on enter and close the connection on exit.

The snapshot is updated in place (attribute assignment on already-built models) rather than rebuilt from dicts
for every chunk, which keeps the per-chunk cost close to that of the raw stream.
"""

from __future__ import annotations

import inspect
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Generic,
    Callable,
    Iterable,
    Iterator,
    Awaitable,
    AsyncIterator,
    cast,
)

import httpx
import jiter
import pydantic
from typing_extensions import Self

from ._types import ParsedChatCompletionSnapshot
from ._events import (
    ChunkEvent,
    ContentDoneEvent,
    RefusalDoneEvent,
    ContentDeltaEvent,
    RefusalDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDoneEvent,
    ChatCompletionStreamEvent,
    LogprobsContentDeltaEvent,
    LogprobsRefusalDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
)
from ...._types import Omit, NotGiven, omit
from ...._exceptions import LengthFinishReasonError, ContentFilterFinishReasonError
from ..._parsing._models import rebuild_model, construct_model
from ..._parsing._completions import (
    ResponseFormatT,
    is_parseable_tool,
    parse_json_content,
    has_parseable_input,
    parse_chat_completion,
    get_input_tool_by_name,
    has_rich_response_format,
    parse_function_tool_arguments,
)
from ....types.chat.chat_completion import ChoiceLogprobs
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.parsed_chat_completion import ParsedChoice, ParsedChatCompletion, ParsedChatCompletionMessage
from ....types.chat.chat_completion_message import FunctionCall
from ....types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall

if TYPE_CHECKING:
    from ....types.chat.chat_completion_chunk import Choice as ChunkChoice, ChoiceDelta

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamManager",
    "ChatCompletionStreamState",
]

# Keys that name rather than hold content: a repeated value replaces the old one instead of being appended
# (some servers repeat the role or the tool-call id in every chunk).
_IDENTIFIER_KEYS = frozenset({"index", "type", "role", "id"})


def _set_keys(model: pydantic.BaseModel) -> List[str]:
    keys = list(model.model_fields_set)
    extra = model.__pydantic_extra__
    if extra:
        keys.extend(key for key in extra if key not in model.model_fields_set)
    return keys


def _parse_partial_json(text: str) -> object:
    """Decode as much of an incomplete JSON document as is known; ``None`` when it is not JSON at all."""
    if not text:
        return None
    try:
        return jiter.from_json(text.encode("utf-8"), partial_mode="trailing-strings")
    except ValueError:
        # Partial decoding is best effort (the done event validates the full text and reports real errors).
        return None


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates chat completion chunks into a ``ParsedChatCompletion`` and derives the stream events.

    Usable on its own for streams obtained with ``create(stream=True)``::

        state = ChatCompletionStreamState()
        for chunk in client.chat.completions.create(..., stream=True):
            state.handle_chunk(chunk)
        completion = state.get_final_completion()
    """

    def __init__(
        self,
        *,
        input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven = omit,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven = omit,
    ) -> None:
        self._input_tools: List[ChatCompletionToolUnionParam] = (
            [] if isinstance(input_tools, (Omit, NotGiven)) else list(input_tools)
        )
        self._response_format: object = response_format
        self._rich_format: type[Any] | None = (
            cast("type[Any]", response_format)
            if has_rich_response_format(response_format) and isinstance(response_format, type)
            else None
        )
        self._parseable = has_parseable_input(response_format=response_format, input_tools=self._input_tools)
        self._snapshot: ParsedChatCompletionSnapshot | None = None
        self._choice_states: Dict[int, _ChoiceEventState] = {}

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion accumulated so far.

        Raises:
            RuntimeError: no chunk has been received yet.
        """
        if self._snapshot is None:
            raise RuntimeError("No chat completion chunk has been received yet, so there is no snapshot")
        return self._snapshot

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Return the accumulated completion with content and tool-call arguments fully parsed.

        Raises:
            RuntimeError: no chunk has been received.
            LengthFinishReasonError: a choice stopped at the token limit.
            ContentFilterFinishReasonError: a choice was stopped by the content filter.
        """
        snapshot = self.current_completion_snapshot
        completion = parse_chat_completion(
            chat_completion=snapshot,
            response_format=self._response_format,
            input_tools=self._input_tools,
        )
        # The snapshot copies the chunks' object type; the finished result is a completion.
        object.__setattr__(completion, "__dict__", {**completion.__dict__, "object": "chat.completion"})
        return cast("ParsedChatCompletion[ResponseFormatT]", completion)

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        """Fold ``chunk`` into the snapshot and return the events it produces, the ``chunk`` event first."""
        snapshot = self._accumulate_chunk(chunk)
        events: List[ChatCompletionStreamEvent[ResponseFormatT]] = [
            construct_model(ChunkEvent, type="chunk", chunk=chunk, snapshot=snapshot)
        ]
        for choice in chunk.choices:
            choice_snapshot = _find_choice(snapshot, choice.index)
            if choice_snapshot is None:
                continue
            state = self._choice_states.get(choice.index)
            if state is None:
                state = self._choice_states[choice.index] = _ChoiceEventState(self._rich_format, self._input_tools)
            events.extend(state.events_for(choice, choice_snapshot))
        return events

    # -- accumulation -----------------------------------------------------------------------------------------

    def _accumulate_chunk(self, chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
        snapshot = self._snapshot
        if snapshot is None:
            snapshot = self._snapshot = rebuild_model(
                ParsedChatCompletionSnapshot, chunk, choices=[], object="chat.completion"
            )
        else:
            for key in _set_keys(chunk):
                if key in ("choices", "object"):
                    continue
                value = getattr(chunk, key, None)
                # Most chunks repeat id/model/created unchanged; only assign what actually changed.
                if value is not None and getattr(snapshot, key, None) != value:
                    setattr(snapshot, key, value)

        for choice in chunk.choices:
            choice_snapshot = _find_choice(snapshot, choice.index)
            if choice_snapshot is None:
                choice_snapshot = self._new_choice_snapshot(choice)
                snapshot.choices.append(choice_snapshot)
            else:
                self._accumulate_message(choice_snapshot.message, choice.delta)
                if choice.finish_reason is not None:
                    choice_snapshot.finish_reason = choice.finish_reason
                if choice.logprobs is not None:
                    _accumulate_logprobs(choice_snapshot, choice)

            self._update_parsed(choice_snapshot.message)
            if choice.finish_reason is not None and self._parseable:
                if choice.finish_reason == "length":
                    raise LengthFinishReasonError(completion=snapshot)
                if choice.finish_reason == "content_filter":
                    raise ContentFilterFinishReasonError()
        return snapshot

    def _new_choice_snapshot(self, choice: ChunkChoice) -> ParsedChoice[object]:
        message = construct_model(ParsedChatCompletionMessage[object], role="assistant", content=None, refusal=None)
        self._accumulate_message(message, choice.delta)
        # Built field by field: the chunk's `delta` has no place in a completion choice.
        choice_snapshot = construct_model(
            ParsedChoice[object],
            index=choice.index,
            finish_reason=choice.finish_reason,
            logprobs=None,
            message=message,
        )
        if choice.logprobs is not None:
            _accumulate_logprobs(choice_snapshot, choice)
        return choice_snapshot

    def _accumulate_message(self, message: ParsedChatCompletionMessage[object], delta: ChoiceDelta) -> None:
        for key in _set_keys(delta):
            value = getattr(delta, key, None)
            if value is None:
                continue
            if key == "tool_calls":
                self._accumulate_tool_calls(message, cast("List[Any]", value))
            elif key == "function_call":
                _accumulate_function_call(message, cast(pydantic.BaseModel, value))
            else:
                current = getattr(message, key, None)
                setattr(message, key, _combine(key, current, value))

    def _accumulate_tool_calls(self, message: ParsedChatCompletionMessage[object], deltas: List[Any]) -> None:
        tool_calls = message.tool_calls
        if tool_calls is None:
            tool_calls = []
            message.tool_calls = tool_calls
        for delta in deltas:
            index: int = delta.index
            existing = _find_tool_call(tool_calls, index)
            delta_function = getattr(delta, "function", None)
            if existing is None:
                function = construct_model(
                    ParsedFunction,
                    name=getattr(delta_function, "name", None) or "",
                    arguments=getattr(delta_function, "arguments", None) or "",
                    parsed_arguments=None,
                )
                existing = construct_model(
                    ParsedFunctionToolCall,
                    id=getattr(delta, "id", None) or "",
                    type=getattr(delta, "type", None) or "function",
                    function=function,
                    index=index,
                )
                tool_calls.append(existing)
            else:
                if getattr(delta, "id", None):
                    existing.id = delta.id
                if getattr(delta, "type", None):
                    existing.type = delta.type
                if delta_function is not None:
                    for key in _set_keys(delta_function):
                        value = getattr(delta_function, key, None)
                        if value is not None:
                            setattr(existing.function, key, _combine(key, getattr(existing.function, key, None), value))
            self._update_parsed_arguments(existing.function)

    def _update_parsed_arguments(self, function: ParsedFunction) -> None:
        input_tool = get_input_tool_by_name(input_tools=self._input_tools, name=function.name)
        if input_tool is not None and is_parseable_tool(input_tool):
            function.parsed_arguments = _parse_partial_json(function.arguments)

    def _update_parsed(self, message: ParsedChatCompletionMessage[object]) -> None:
        if self._rich_format is not None and message.content and not message.refusal:
            parsed = _parse_partial_json(message.content)
            if parsed is not None:
                message.parsed = parsed


class _ChoiceEventState:
    """Which done events one choice has already fired."""

    def __init__(self, rich_format: type[Any] | None, input_tools: List[ChatCompletionToolUnionParam]) -> None:
        self._rich_format = rich_format
        self._input_tools = input_tools
        self._content_done = False
        self._refusal_done = False
        self._logprobs_content_done = False
        self._logprobs_refusal_done = False
        self._done_tool_calls: set[int] = set()
        self._current_tool_call: int | None = None

    def events_for(self, choice: ChunkChoice, choice_snapshot: ParsedChoice[object]) -> List[Any]:
        events: List[Any] = []
        delta = choice.delta
        message = choice_snapshot.message
        # Typed as always set on a finished completion; a snapshot has None until the choice ends.
        finish_reason: str | None = getattr(choice_snapshot, "finish_reason", None)

        if delta.content is not None and message.content is not None:
            events.append(
                construct_model(
                    ContentDeltaEvent,
                    type="content.delta",
                    delta=delta.content,
                    snapshot=message.content,
                    parsed=message.parsed,
                )
            )
        if delta.refusal is not None and message.refusal is not None:
            events.append(
                construct_model(RefusalDeltaEvent, type="refusal.delta", delta=delta.refusal, snapshot=message.refusal)
            )
        for tool_call_delta in delta.tool_calls or []:
            tool_call = _find_tool_call(message.tool_calls or [], tool_call_delta.index)
            if tool_call is None or tool_call.type != "function":
                continue
            function_delta = tool_call_delta.function
            events.append(
                construct_model(
                    FunctionToolCallArgumentsDeltaEvent,
                    type="tool_calls.function.arguments.delta",
                    name=tool_call.function.name,
                    index=tool_call_delta.index,
                    arguments=tool_call.function.arguments,
                    parsed_arguments=tool_call.function.parsed_arguments,
                    arguments_delta=(function_delta.arguments if function_delta is not None else None) or "",
                )
            )
        if choice.logprobs is not None and choice_snapshot.logprobs is not None:
            if choice.logprobs.content and choice_snapshot.logprobs.content is not None:
                events.append(
                    construct_model(
                        LogprobsContentDeltaEvent,
                        type="logprobs.content.delta",
                        content=choice.logprobs.content,
                        snapshot=choice_snapshot.logprobs.content,
                    )
                )
            if choice.logprobs.refusal and choice_snapshot.logprobs.refusal is not None:
                events.append(
                    construct_model(
                        LogprobsRefusalDeltaEvent,
                        type="logprobs.refusal.delta",
                        refusal=choice.logprobs.refusal,
                        snapshot=choice_snapshot.logprobs.refusal,
                    )
                )

        # Done events: everything when the choice finishes; content and the previous tool call when a new tool
        # call starts (the model does not go back to them).
        if finish_reason is not None:
            events.extend(self._content_done_events(choice_snapshot))
            if self._current_tool_call is not None:
                events.extend(self._tool_call_done_events(choice_snapshot, self._current_tool_call))
        for tool_call_delta in delta.tool_calls or []:
            if tool_call_delta.index != self._current_tool_call:
                events.extend(self._content_done_events(choice_snapshot))
                if self._current_tool_call is not None:
                    events.extend(self._tool_call_done_events(choice_snapshot, self._current_tool_call))
                self._current_tool_call = tool_call_delta.index
                if finish_reason is not None:
                    events.extend(self._tool_call_done_events(choice_snapshot, tool_call_delta.index))
        return events

    def _content_done_events(self, choice_snapshot: ParsedChoice[object]) -> List[Any]:
        events: List[Any] = []
        message = choice_snapshot.message
        if message.content is not None and not self._content_done:
            self._content_done = True
            parsed: object = None
            if self._rich_format is not None and message.content and not message.refusal:
                parsed = parse_json_content(self._rich_format, message.content)
                message.parsed = parsed
            event_cls = ContentDoneEvent[self._rich_format] if self._rich_format is not None else ContentDoneEvent  # type: ignore[name-defined] # runtime parametrisation with the caller's format class
            events.append(construct_model(event_cls, type="content.done", content=message.content, parsed=parsed))
        if message.refusal is not None and not self._refusal_done:
            self._refusal_done = True
            events.append(construct_model(RefusalDoneEvent, type="refusal.done", refusal=message.refusal))
        logprobs = choice_snapshot.logprobs
        if logprobs is not None:
            if logprobs.content is not None and not self._logprobs_content_done:
                self._logprobs_content_done = True
                events.append(
                    construct_model(LogprobsContentDoneEvent, type="logprobs.content.done", content=logprobs.content)
                )
            if logprobs.refusal is not None and not self._logprobs_refusal_done:
                self._logprobs_refusal_done = True
                events.append(
                    construct_model(LogprobsRefusalDoneEvent, type="logprobs.refusal.done", refusal=logprobs.refusal)
                )
        return events

    def _tool_call_done_events(self, choice_snapshot: ParsedChoice[object], index: int) -> List[Any]:
        if index in self._done_tool_calls:
            return []
        tool_call = _find_tool_call(choice_snapshot.message.tool_calls or [], index)
        if tool_call is None or tool_call.type != "function":
            return []
        self._done_tool_calls.add(index)
        function = tool_call.function
        # The final value: a model instance for pydantic tools, the decoded JSON for other strict tools.
        function.parsed_arguments = parse_function_tool_arguments(
            input_tools=self._input_tools, name=function.name, arguments=function.arguments
        )
        return [
            construct_model(
                FunctionToolCallArgumentsDoneEvent,
                type="tool_calls.function.arguments.done",
                name=function.name,
                index=index,
                arguments=function.arguments,
                parsed_arguments=function.parsed_arguments,
            )
        ]


def _find_choice(snapshot: ParsedChatCompletion[object], index: int) -> ParsedChoice[object] | None:
    choices = snapshot.choices
    if index < len(choices) and choices[index].index == index:
        return choices[index]
    for choice in choices:
        if choice.index == index:
            return choice
    return None


def _find_tool_call(tool_calls: List[ParsedFunctionToolCall], index: int) -> ParsedFunctionToolCall | None:
    if index < len(tool_calls) and getattr(tool_calls[index], "index", None) == index:
        return tool_calls[index]
    for tool_call in tool_calls:
        if getattr(tool_call, "index", None) == index:
            return tool_call
    return None


def _combine(key: str, current: object, value: object) -> object:
    """Fold one delta value into the snapshot's value (see ``openai.lib.streaming._deltas`` for the rules)."""
    if current is None or key in _IDENTIFIER_KEYS:
        return value
    if isinstance(current, str) and isinstance(value, str):
        return current + value
    if isinstance(current, list) and isinstance(value, list):
        return [*cast("List[object]", current), *cast("List[object]", value)]
    return value


def _accumulate_function_call(message: ParsedChatCompletionMessage[object], delta: pydantic.BaseModel) -> None:
    current = message.function_call
    name = getattr(delta, "name", None)
    arguments = getattr(delta, "arguments", None)
    if current is None:
        message.function_call = construct_model(FunctionCall, name=name or "", arguments=arguments or "")
        return
    if name:
        current.name = current.name + name
    if arguments:
        current.arguments = current.arguments + arguments


def _accumulate_logprobs(choice_snapshot: ParsedChoice[object], choice: ChunkChoice) -> None:
    delta = choice.logprobs
    if delta is None:
        return
    snapshot = choice_snapshot.logprobs
    if snapshot is None:
        choice_snapshot.logprobs = construct_model(
            ChoiceLogprobs,
            content=list(delta.content) if delta.content is not None else None,
            refusal=list(delta.refusal) if delta.refusal is not None else None,
        )
        return
    if delta.content:
        if snapshot.content is None:
            snapshot.content = []
        snapshot.content.extend(delta.content)
    if delta.refusal:
        if snapshot.refusal is None:
            snapshot.refusal = []
        snapshot.refusal.extend(delta.refusal)


class ChatCompletionStream(Generic[ResponseFormatT]):
    """Iterator over the events of a streamed chat completion (see ``ChatCompletionStreamEvent``).

    Obtained by entering ``client.chat.completions.stream(...)``; closing it closes the HTTP response.
    """

    def __init__(
        self,
        *,
        raw_stream: Stream[ChatCompletionChunk],
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    ) -> None:
        self._raw_stream = raw_stream
        self._response = raw_stream.response
        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            input_tools=input_tools, response_format=response_format
        )
        self._iterator = self._events()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._response

    def __next__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
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

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed as ``chat.completions.parse()`` would."""
        self.until_done()
        return self._state.get_final_completion()

    def until_done(self) -> Self:
        """Read the stream to its end, discarding the events."""
        for _ in self._iterator:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion accumulated from the chunks read so far."""
        return self._state.current_completion_snapshot

    def _events(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        try:
            for chunk in self._raw_stream:
                yield from self._state.handle_chunk(chunk)
        finally:
            self._raw_stream.close()


class ChatCompletionStreamManager(Generic[ResponseFormatT]):
    """Context manager returned by ``client.chat.completions.stream(...)``.

    The request is sent when the ``with`` block is entered, and the connection is closed when it exits::

        with client.chat.completions.stream(model="gpt-4o", messages=[...]) as stream:
            for event in stream:
                if event.type == "content.delta":
                    print(event.delta, end="")
    """

    def __init__(
        self,
        api_request: Callable[[], Stream[ChatCompletionChunk]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    ) -> None:
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools
        self._stream: ChatCompletionStream[ResponseFormatT] | None = None

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        raw_stream = self._api_request()
        self._stream = ChatCompletionStream(
            raw_stream=raw_stream, response_format=self._response_format, input_tools=self._input_tools
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


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """Async iterator over the events of a streamed chat completion (see ``ChatCompletionStreamEvent``)."""

    def __init__(
        self,
        *,
        raw_stream: AsyncStream[ChatCompletionChunk],
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    ) -> None:
        self._raw_stream = raw_stream
        self._response = raw_stream.response
        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            input_tools=input_tools, response_format=response_format
        )
        self._iterator = self._events()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._response

    async def __anext__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
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

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed as ``chat.completions.parse()`` would."""
        await self.until_done()
        return self._state.get_final_completion()

    async def until_done(self) -> Self:
        """Read the stream to its end, discarding the events."""
        async for _ in self._iterator:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion accumulated from the chunks read so far."""
        return self._state.current_completion_snapshot

    async def _events(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        try:
            async for chunk in self._raw_stream:
                for event in self._state.handle_chunk(chunk):
                    yield event
        finally:
            await self._raw_stream.close()


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    """Async context manager returned by ``client.chat.completions.stream(...)`` on ``AsyncOpenAI``.

    The request is sent when the ``async with`` block is entered, and the connection closed when it exits.
    """

    def __init__(
        self,
        api_request: Awaitable[AsyncStream[ChatCompletionChunk]],
        *,
        response_format: type[ResponseFormatT] | Any | Omit | NotGiven,
        input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    ) -> None:
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools
        self._stream: AsyncChatCompletionStream[ResponseFormatT] | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        raw_stream = await self._api_request
        self._stream = AsyncChatCompletionStream(
            raw_stream=raw_stream, response_format=self._response_format, input_tools=self._input_tools
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


# --- names outside code imports from `openai.lib.streaming.chat._completions` (official spellings) --------------

from jiter import from_json as from_json  # noqa: E402
from typing_extensions import assert_never as assert_never  # noqa: E402

from ._types import (  # noqa: E402
    ParsedChoiceSnapshot as ParsedChoiceSnapshot,
    ParsedChatCompletionMessageSnapshot as ParsedChatCompletionMessageSnapshot,
)
from .._deltas import accumulate_delta as accumulate_delta  # noqa: E402
from ...._types import IncEx as IncEx, is_given as is_given  # noqa: E402
from ...._utils import consume_sync_iterator as consume_sync_iterator, consume_async_iterator as consume_async_iterator  # noqa: E402
from ...._compat import model_dump as model_dump  # noqa: E402
from ...._models import build as build, construct_type as construct_type  # noqa: E402
from ...._streaming import Stream as Stream, AsyncStream as AsyncStream  # noqa: E402
from ..._parsing._completions import (  # noqa: E402
    ResponseFormatParam as ResponseFormatParam,
    ChatCompletionToolUnionParam as ChatCompletionToolUnionParam,
    maybe_parse_content as maybe_parse_content,
)
from ....types.chat.chat_completion_chunk import Choice as _ChunkChoiceModel  # noqa: E402

ChoiceChunk = _ChunkChoiceModel
"""One choice of a chat completion chunk."""


class ChoiceEventState(_ChoiceEventState):
    """Which done events one choice of a chat completion stream has fired, driven chunk by chunk.

    `get_done_events` returns the ``*.done`` events a chunk completes (content, refusal, logprobs, function tool
    call arguments), each at most once; `ChatCompletionStreamState` uses the same bookkeeping for its events.
    """

    def __init__(self, *, input_tools: List[ChatCompletionToolUnionParam]) -> None:
        super().__init__(None, list(input_tools))

    def get_done_events(
        self,
        *,
        choice_chunk: ChoiceChunk,
        choice_snapshot: ParsedChoiceSnapshot,
        response_format: object,
    ) -> List[ChatCompletionStreamEvent[Any]]:
        rich = has_rich_response_format(response_format) and isinstance(response_format, type)
        self._rich_format = cast("type[Any]", response_format) if rich else None
        events = self.events_for(choice_chunk, choice_snapshot)
        return [event for event in events if str(getattr(event, "type", "")).endswith(".done")]
