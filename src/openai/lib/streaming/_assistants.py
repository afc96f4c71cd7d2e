"""Assistants streaming: the event handlers and the stream managers returned by the ``*_stream`` run helpers.

A handler wraps one event stream of a run. Iterating it (or calling ``until_done()``) consumes the events,
keeps snapshots of the run, of every run step and of every message (deltas folded into the snapshot of the object
they belong to), and calls the ``on_*`` callbacks that a subclass overrides. The managers open the stream when the
``with`` block is entered, hand the handler over, and close the connection when the block is left.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Dict, List, Generic, TypeVar, Callable, Iterator, Optional, Awaitable, AsyncIterator, cast

import httpx
import pydantic

from ._deltas import accumulate_delta
from ..._models import construct_type
from ..._streaming import Stream, AsyncStream
from ..._exceptions import APITimeoutError
from ...types.beta.threads.run import Run
from ...types.beta.threads.text import Text
from ...types.beta.threads.message import Message
from ...types.beta.threads.image_file import ImageFile
from ...types.beta.threads.text_delta import TextDelta
from ...types.beta.threads.message_delta import MessageDelta
from ...types.beta.threads.runs.run_step import RunStep
from ...types.beta.assistant_stream_event import AssistantStreamEvent
from ...types.beta.threads.runs.tool_call import ToolCall
from ...types.beta.threads.message_content import MessageContent
from ...types.beta.threads.message_delta_event import MessageDeltaEvent
from ...types.beta.threads.runs.run_step_delta import RunStepDelta
from ...types.beta.threads.runs.tool_call_delta import ToolCallDelta
from ...types.beta.threads.runs.run_step_delta_event import RunStepDeltaEvent

__all__ = [
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "AssistantStreamManager",
    "AsyncAssistantStreamManager",
    "AssistantEventHandlerT",
    "AsyncAssistantEventHandlerT",
]

_RUN_STEP_DONE_EVENTS = frozenset(
    {"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled", "thread.run.step.expired"}
)
_MESSAGE_DONE_EVENTS = frozenset({"thread.message.completed", "thread.message.incomplete"})

# A dropped stream surfaces as `APIStreamInterruptedError`, which is also an instance of the httpx error class that
# caused it, so a read timeout mid-stream matches `httpx.TimeoutException` here.
_TIMEOUT_ERRORS = (httpx.TimeoutException, asyncio.TimeoutError, APITimeoutError)

_SHARED_HANDLER_MESSAGE = (
    "An event handler instance consumes exactly one stream; create a new handler for each stream "
    "(it is already attached to another one)"
)


def _dump(model: pydantic.BaseModel) -> Dict[str, object]:
    # Deltas and snapshots are folded as plain dicts; unset fields are left out so a delta never overwrites a
    # snapshot value with a default.
    return cast("Dict[str, object]", model.model_dump(exclude_unset=True))


class _Accumulator:
    """Snapshot bookkeeping and callback dispatch shared by the sync and async handlers.

    ``_process`` returns the callbacks to run (name, args) in order, so the sync handler can call them and the
    async one can await them without duplicating the state machine.
    """

    def __init__(self) -> None:
        self._current_event: Optional[AssistantStreamEvent] = None
        self._current_run: Optional[Run] = None
        self._run_step_snapshots: Dict[str, RunStep] = {}
        self._run_step_dicts: Dict[str, Dict[str, object]] = {}
        self._message_snapshots: Dict[str, Message] = {}
        self._message_dicts: Dict[str, Dict[str, object]] = {}
        self._current_run_step_id: Optional[str] = None
        self._current_message_id: Optional[str] = None
        self._current_content_index: Optional[int] = None
        self._current_content: Optional[MessageContent] = None
        self._current_tool_call_index: Optional[int] = None
        self._current_tool_call: Optional[ToolCall] = None

    # -- public state -----------------------------------------------------------------------------------------

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        """The event being handled (the last one received)."""
        return self._current_event

    @property
    def current_run(self) -> Optional[Run]:
        """The latest run object received."""
        return self._current_run

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        """The accumulated snapshot of the run step being streamed."""
        if self._current_run_step_id is None:
            return None
        return self._run_step_snapshots.get(self._current_run_step_id)

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        """The accumulated snapshot of the message being streamed."""
        if self._current_message_id is None:
            return None
        return self._message_snapshots.get(self._current_message_id)

    # -- state machine ----------------------------------------------------------------------------------------

    def _process(self, event: AssistantStreamEvent) -> List[tuple[str, tuple[object, ...]]]:
        self._current_event = event
        calls: List[tuple[str, tuple[object, ...]]] = [("on_event", (event,))]
        name = event.event
        data = event.data
        if isinstance(data, Run):
            self._current_run = data
            if name != "thread.run.created" and name != "thread.run.queued" and name != "thread.run.in_progress":
                # A run that stops (requires action, completes, fails...) ends the tool call it was streaming.
                calls.extend(self._close_tool_call(None))
        elif isinstance(data, RunStep):
            self._run_step_snapshots[data.id] = data
            self._run_step_dicts[data.id] = _dump(data)
            self._current_run_step_id = data.id
            if name == "thread.run.step.created":
                calls.append(("on_run_step_created", (data,)))
            elif name in _RUN_STEP_DONE_EVENTS:
                calls.extend(self._close_tool_call(data))
                calls.append(("on_run_step_done", (data,)))
        elif isinstance(data, RunStepDeltaEvent):
            calls.extend(self._run_step_delta(data))
        elif isinstance(data, Message):
            self._message_snapshots[data.id] = data
            self._message_dicts[data.id] = _dump(data)
            self._current_message_id = data.id
            if name == "thread.message.created":
                calls.append(("on_message_created", (data,)))
            elif name in _MESSAGE_DONE_EVENTS:
                calls.extend(self._close_content(data))
                calls.append(("on_message_done", (data,)))
        elif isinstance(data, MessageDeltaEvent):
            calls.extend(self._message_delta(data))
        return calls

    def _run_step_delta(self, event: RunStepDeltaEvent) -> List[tuple[str, tuple[object, ...]]]:
        calls: List[tuple[str, tuple[object, ...]]] = []
        snapshot_dict = self._run_step_dicts.get(event.id)
        if snapshot_dict is None:
            raise RuntimeError(f"Received a run step delta for {event.id!r} before the run step was created")
        accumulate_delta(snapshot_dict, _dump(event.delta))
        snapshot = cast(RunStep, construct_type(value=snapshot_dict, type_=RunStep))
        self._run_step_snapshots[event.id] = snapshot
        self._current_run_step_id = event.id
        delta: RunStepDelta = event.delta
        details = delta.step_details
        tool_call_deltas: List[ToolCallDelta] = list(getattr(details, "tool_calls", None) or [])
        snapshot_calls: List[ToolCall] = list(getattr(snapshot.step_details, "tool_calls", None) or [])
        for tool_call_delta in tool_call_deltas:
            index = tool_call_delta.index
            current = snapshot_calls[index] if index < len(snapshot_calls) else None
            if current is None:
                continue
            if index != self._current_tool_call_index:
                calls.extend(self._close_tool_call(None))
                self._current_tool_call_index = index
                calls.append(("on_tool_call_created", (current,)))
            self._current_tool_call = current
            calls.append(("on_tool_call_delta", (tool_call_delta, current)))
        calls.append(("on_run_step_delta", (delta, snapshot)))
        return calls

    def _close_tool_call(self, final_step: Optional[RunStep]) -> List[tuple[str, tuple[object, ...]]]:
        if self._current_tool_call is None:
            return []
        tool_call = self._current_tool_call
        if final_step is not None and self._current_tool_call_index is not None:
            final_calls: List[ToolCall] = list(getattr(final_step.step_details, "tool_calls", None) or [])
            if self._current_tool_call_index < len(final_calls):
                tool_call = final_calls[self._current_tool_call_index]
        self._current_tool_call = None
        self._current_tool_call_index = None
        return [("on_tool_call_done", (tool_call,))]

    def _message_delta(self, event: MessageDeltaEvent) -> List[tuple[str, tuple[object, ...]]]:
        calls: List[tuple[str, tuple[object, ...]]] = []
        snapshot_dict = self._message_dicts.get(event.id)
        if snapshot_dict is None:
            raise RuntimeError(f"Received a message delta for {event.id!r} before the message was created")
        accumulate_delta(snapshot_dict, _dump(event.delta))
        snapshot = cast(Message, construct_type(value=snapshot_dict, type_=Message))
        self._message_snapshots[event.id] = snapshot
        self._current_message_id = event.id
        delta: MessageDelta = event.delta
        for content_delta in delta.content or []:
            index = content_delta.index
            content = _content_at(snapshot.content, index)
            if content is None:
                continue
            if index != self._current_content_index:
                calls.extend(self._close_content(None))
                self._current_content_index = index
                if content.type == "text":
                    calls.append(("on_text_created", (content.text,)))
            self._current_content = content
            if content_delta.type == "text" and content.type == "text" and content_delta.text is not None:
                calls.append(("on_text_delta", (content_delta.text, content.text)))
        calls.append(("on_message_delta", (delta, snapshot)))
        return calls

    def _close_content(self, final_message: Optional[Message]) -> List[tuple[str, tuple[object, ...]]]:
        if self._current_content is None:
            return []
        content = self._current_content
        if final_message is not None and self._current_content_index is not None:
            content = _content_at(final_message.content, self._current_content_index) or content
        self._current_content = None
        self._current_content_index = None
        if content.type == "text":
            return [("on_text_done", (content.text,))]
        if content.type == "image_file":
            return [("on_image_file_done", (content.image_file,))]
        return []

    # -- final results ----------------------------------------------------------------------------------------

    def _final_run(self) -> Run:
        if self._current_run is None:
            raise RuntimeError("The stream ended without a run object; no final run is available")
        return self._current_run

    def _final_run_steps(self) -> List[RunStep]:
        if not self._run_step_snapshots:
            raise RuntimeError("The stream ended without any run step; no final run steps are available")
        return list(self._run_step_snapshots.values())

    def _final_messages(self) -> List[Message]:
        if not self._message_snapshots:
            raise RuntimeError("The stream ended without any message; no final messages are available")
        return list(self._message_snapshots.values())


def _content_at(contents: List[MessageContent], index: int) -> Optional[MessageContent]:
    # Content parts carry their position as ``index`` while streaming; the list position is the fallback.
    for content in contents:
        if getattr(content, "index", None) == index:
            return content
    return contents[index] if 0 <= index < len(contents) else None


class AssistantEventHandler(_Accumulator):
    """Consumes one Assistants event stream; override the ``on_*`` callbacks to react to events.

    Iterate the handler for the raw events, or call `until_done()`; the ``get_final_*`` methods consume what is
    left of the stream and return the accumulated objects.
    """

    def __init__(self) -> None:
        super().__init__()
        self._stream: Optional[Stream[AssistantStreamEvent]] = None
        self._iterator: Optional[Iterator[AssistantStreamEvent]] = None

    def _init(self, stream: Stream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError(_SHARED_HANDLER_MESSAGE)
        self._stream = stream
        self._iterator = self.__stream__()

    def _events(self) -> Iterator[AssistantStreamEvent]:
        if self._iterator is None:
            raise RuntimeError("This event handler is not attached to a stream; enter a stream manager first")
        return self._iterator

    def __next__(self) -> AssistantStreamEvent:
        return next(self._events())

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        yield from self._events()

    @property
    def text_deltas(self) -> Iterator[str]:
        """The text fragments of the message deltas, in order (consumes the stream)."""
        for event in self:
            if isinstance(event.data, MessageDeltaEvent):
                for content in event.data.delta.content or []:
                    if content.type == "text" and content.text is not None and content.text.value:
                        yield content.text.value

    def until_done(self) -> None:
        """Consume the stream to its end."""
        for _ in self:
            pass

    def get_final_run(self) -> Run:
        """Consume the stream and return the last run object received."""
        self.until_done()
        return self._final_run()

    def get_final_run_steps(self) -> List[RunStep]:
        """Consume the stream and return the snapshot of every run step."""
        self.until_done()
        return self._final_run_steps()

    def get_final_messages(self) -> List[Message]:
        """Consume the stream and return the snapshot of every message."""
        self.until_done()
        return self._final_messages()

    def close(self) -> None:
        """Close the underlying response."""
        if self._stream is not None:
            self._stream.close()

    def __stream__(self) -> Iterator[AssistantStreamEvent]:
        stream = self._stream
        if stream is None:  # pragma: no cover - _init sets it before building this iterator
            raise RuntimeError("This event handler is not attached to a stream")
        try:
            for event in stream:
                for name, args in self._process(event):
                    getattr(self, name)(*args)
                yield event
        except _TIMEOUT_ERRORS as exc:
            self.on_timeout()
            self.on_exception(exc)
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    # -- callbacks (no-ops by default) ------------------------------------------------------------------------

    def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the more specific callbacks."""

    def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step was created."""

    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A run step changed; ``snapshot`` has every delta so far."""

    def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step finished (completed, failed, cancelled or expired)."""

    def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call started streaming."""

    def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A tool call changed; ``snapshot`` has every delta so far."""

    def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """A tool call finished streaming."""

    def on_message_created(self, message: Message) -> None:
        """A message was created."""

    def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A message changed; ``snapshot`` has every delta so far."""

    def on_message_done(self, message: Message) -> None:
        """A message finished (completed or incomplete)."""

    def on_text_created(self, text: Text) -> None:
        """A text content part started."""

    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A text content part grew; ``snapshot`` is the text so far."""

    def on_text_done(self, text: Text) -> None:
        """A text content part finished."""

    def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image file content part finished."""

    def on_timeout(self) -> None:
        """The stream timed out (``on_exception`` follows)."""

    def on_exception(self, exception: Exception) -> None:
        """Iteration raised ``exception``; it is re-raised after this callback."""

    def on_end(self) -> None:
        """Iteration ended, successfully or not."""


class AsyncAssistantEventHandler(_Accumulator):
    """Async twin of `AssistantEventHandler`: ``async for``, awaited methods and ``async def`` callbacks."""

    def __init__(self) -> None:
        super().__init__()
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self._iterator: Optional[AsyncIterator[AssistantStreamEvent]] = None

    def _init(self, stream: AsyncStream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError(_SHARED_HANDLER_MESSAGE)
        self._stream = stream
        self._iterator = self.__stream__()

    def _events(self) -> AsyncIterator[AssistantStreamEvent]:
        if self._iterator is None:
            raise RuntimeError("This event handler is not attached to a stream; enter a stream manager first")
        return self._iterator

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._events().__anext__()

    async def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        async for event in self._events():
            yield event

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The text fragments of the message deltas, in order (consumes the stream)."""
        async for event in self:
            if isinstance(event.data, MessageDeltaEvent):
                for content in event.data.delta.content or []:
                    if content.type == "text" and content.text is not None and content.text.value:
                        yield content.text.value

    async def until_done(self) -> None:
        """Consume the stream to its end."""
        async for _ in self:
            pass

    async def get_final_run(self) -> Run:
        """Consume the stream and return the last run object received."""
        await self.until_done()
        return self._final_run()

    async def get_final_run_steps(self) -> List[RunStep]:
        """Consume the stream and return the snapshot of every run step."""
        await self.until_done()
        return self._final_run_steps()

    async def get_final_messages(self) -> List[Message]:
        """Consume the stream and return the snapshot of every message."""
        await self.until_done()
        return self._final_messages()

    async def close(self) -> None:
        """Close the underlying response."""
        if self._stream is not None:
            await self._stream.close()

    async def __stream__(self) -> AsyncIterator[AssistantStreamEvent]:
        stream = self._stream
        if stream is None:  # pragma: no cover - _init sets it before building this iterator
            raise RuntimeError("This event handler is not attached to a stream")
        try:
            async for event in stream:
                for name, args in self._process(event):
                    await getattr(self, name)(*args)
                yield event
        except _TIMEOUT_ERRORS as exc:
            await self.on_timeout()
            await self.on_exception(exc)
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    # -- callbacks (no-ops by default) ------------------------------------------------------------------------

    async def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the more specific callbacks."""

    async def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step was created."""

    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A run step changed; ``snapshot`` has every delta so far."""

    async def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step finished (completed, failed, cancelled or expired)."""

    async def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call started streaming."""

    async def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A tool call changed; ``snapshot`` has every delta so far."""

    async def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """A tool call finished streaming."""

    async def on_message_created(self, message: Message) -> None:
        """A message was created."""

    async def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A message changed; ``snapshot`` has every delta so far."""

    async def on_message_done(self, message: Message) -> None:
        """A message finished (completed or incomplete)."""

    async def on_text_created(self, text: Text) -> None:
        """A text content part started."""

    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A text content part grew; ``snapshot`` is the text so far."""

    async def on_text_done(self, text: Text) -> None:
        """A text content part finished."""

    async def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image file content part finished."""

    async def on_timeout(self) -> None:
        """The stream timed out (``on_exception`` follows)."""

    async def on_exception(self, exception: Exception) -> None:
        """Iteration raised ``exception``; it is re-raised after this callback."""

    async def on_end(self) -> None:
        """Iteration ended, successfully or not."""


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)
AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """Context manager of an Assistants stream: entering sends the request and returns the event handler."""

    def __init__(
        self,
        api_request: Callable[[], Stream[AssistantStreamEvent]],
        *,
        event_handler: AssistantEventHandlerT,
    ) -> None:
        self._api_request = api_request
        self._event_handler = event_handler
        self._stream: Optional[Stream[AssistantStreamEvent]] = None

    def __enter__(self) -> AssistantEventHandlerT:
        if self._event_handler._stream is not None:
            # Checked before the request is sent so a reused handler never opens a connection.
            raise RuntimeError(_SHARED_HANDLER_MESSAGE)
        self._stream = self._api_request()
        self._event_handler._init(self._stream)
        return self._event_handler

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """Async context manager of an Assistants stream; ``async with`` sends the request."""

    def __init__(
        self,
        api_request: Callable[[], Awaitable[AsyncStream[AssistantStreamEvent]]],
        *,
        event_handler: AsyncAssistantEventHandlerT,
    ) -> None:
        self._api_request = api_request
        self._event_handler = event_handler
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        if self._event_handler._stream is not None:
            raise RuntimeError(_SHARED_HANDLER_MESSAGE)
        self._stream = await self._api_request()
        self._event_handler._init(self._stream)
        return self._event_handler

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


# --- names outside code imports from `openai.lib.streaming._assistants` (official spellings) --------------------

from typing import TYPE_CHECKING as TYPE_CHECKING, Any as Any, Iterable as Iterable, AsyncIterable as AsyncIterable  # noqa: E402

from typing_extensions import assert_never as assert_never  # noqa: E402

from ..._utils import (  # noqa: E402
    is_dict as is_dict,
    is_list as is_list,
    consume_sync_iterator as consume_sync_iterator,
    consume_async_iterator as consume_async_iterator,
)
from ..._compat import model_dump as model_dump, timeout_exceptions as timeout_exceptions  # noqa: E402
from ...types.beta.threads.message_content_delta import MessageContentDelta as MessageContentDelta  # noqa: E402


def accumulate_run_step(*, event: AssistantStreamEvent, run_step_snapshots: Dict[str, RunStep]) -> None:
    """Fold a run-step event into ``run_step_snapshots`` (keyed by run step id), in place.

    ``thread.run.step.created`` stores the step; ``thread.run.step.delta`` merges the delta into the stored
    snapshot (raising ``KeyError`` for a step never created). Other events are ignored.
    """
    if event.event == "thread.run.step.created":
        step = event.data
        run_step_snapshots[step.id] = step
        return
    if event.event == "thread.run.step.delta":
        delta_event = event.data
        snapshot = run_step_snapshots[delta_event.id]
        merged = accumulate_delta(_dump(snapshot), _dump(delta_event.delta))
        run_step_snapshots[snapshot.id] = cast(RunStep, construct_type(value=merged, type_=RunStep))


def accumulate_event(
    *, event: AssistantStreamEvent, current_message_snapshot: Optional[Message]
) -> tuple[Optional[Message], List[MessageContentDelta]]:
    """Fold a message event into the current message snapshot.

    Returns the (new) snapshot and the content deltas that started a new content part. A
    ``thread.message.created`` event starts a new snapshot; ``thread.message.delta`` merges into the current one
    (``RuntimeError`` if there is none); other events leave it unchanged.
    """
    if event.event == "thread.message.created":
        return event.data, []
    if event.event != "thread.message.delta":
        return current_message_snapshot, []
    if current_message_snapshot is None:
        raise RuntimeError("Encountered a message delta with no previous snapshot")
    new_content: List[MessageContentDelta] = []
    for content_delta in event.data.delta.content or []:
        index = content_delta.index
        if index < len(current_message_snapshot.content):
            merged = accumulate_delta(_dump(current_message_snapshot.content[index]), _dump(content_delta))
            current_message_snapshot.content[index] = cast(
                MessageContent, construct_type(value=merged, type_=MessageContent)
            )
        else:
            current_message_snapshot.content.insert(
                index, cast(MessageContent, construct_type(value=_dump(content_delta), type_=MessageContent))
            )
            new_content.append(content_delta)
    return current_message_snapshot, new_content
