"""Server-sent events: an incremental decoder and the `Stream` / `AsyncStream` iterators built on it.

The decoder follows the SSE rules: lines end with ``\\r\\n``, ``\\n`` or ``\\r`` (a ``\\r\\n`` split across two
chunks counts once), a blank line dispatches the event, ``data`` lines are joined with ``\\n``, ``:`` starts a
comment. Chunks may split anywhere, including inside a UTF-8 sequence, because lines are only decoded once
complete. There is no size limit on lines or events; partial lines are kept as a list of pieces so a huge event
arriving in many chunks costs linear, not quadratic, time.

A stream turns each event into the requested type through its client's ``_process_response_data``, stops at
``[DONE]``, raises `APIError` for error payloads, and always closes the HTTP response when iteration ends, fails,
or the consumer stops early.
"""

from __future__ import annotations

import re
import json
import inspect
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Generic,
    TypeVar,
    Iterable,
    Iterator,
    Optional,
    Protocol,
    Generator,
    AsyncIterable,
    AsyncIterator,
    AsyncGenerator,
    cast,
)

import httpx
from typing_extensions import Self, override, get_origin, runtime_checkable

from ._http import invalid_body, library_errors, content_type_of
from ._exceptions import APIError, APIStreamInterruptedError, APIResponseValidationError

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions

__all__ = [
    "AsyncStream",
    "SSEBytesDecoder",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "StreamClient",
    "extract_stream_chunk_type",
    "is_stream_class_type",
]

_T = TypeVar("_T")

_NEWLINE_BYTES = (b"\n", b"\r")


class StreamClient(Protocol):
    """What a stream needs from its client: turning one decoded event payload into the result type."""

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any: ...


class ServerSentEvent:
    """One dispatched event. ``event`` is ``None`` when no ``event:`` field was given; ``data`` may be ``""``."""

    __slots__ = ("_data", "_event", "_id", "_retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self._event = event or None
        self._data = data or ""
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def data(self) -> str:
        return self._data

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    def json(self) -> Any:
        """Decode ``data`` as JSON (``json.JSONDecodeError`` when it is not, including when it is empty)."""
        return json.loads(self._data)

    @override
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self._event, self._data, self._id, self._retry) == (other._event, other._data, other._id, other._retry)

    @override
    def __hash__(self) -> int:
        return hash((self._event, self._data, self._id, self._retry))

    @override
    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self._event!r}, data={self._data!r}, id={self._id!r}, retry={self._retry!r})"


class SSEDecoder:
    """Incremental SSE decoder: `feed` it byte chunks and get back the events they complete."""

    __slots__ = ("_after_cr", "_at_start", "_data", "_event", "_has_fields", "_last_id", "_partial", "_retry")

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._partial: List[bytes] = []  # pieces of the current, not yet terminated line
        self._after_cr = False  # the previous chunk ended with "\r": a leading "\n" belongs to that line ending
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._retry: Optional[int] = None
        self._last_id: Optional[str] = None
        self._has_fields = False  # any of event/data/id/retry seen since the last dispatch
        self._at_start = True  # no line processed yet: a leading byte-order mark is to be ignored

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """Consume ``chunk`` and return the events completed by it, in order."""
        if self._after_cr:
            self._after_cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if not chunk:
            return []
        if b"\n" not in chunk and b"\r" not in chunk:
            self._partial.append(chunk)
            return []
        if self._partial:
            self._partial.append(chunk)
            chunk = b"".join(self._partial)
            self._partial = []
        lines = chunk.splitlines(keepends=True)
        last = lines[-1]
        if not last.endswith(_NEWLINE_BYTES):
            self._partial.append(last)
            lines.pop()
        elif last.endswith(b"\r"):
            self._after_cr = True
        events: List[ServerSentEvent] = []
        for raw in lines:
            event = self._line(raw.rstrip(b"\r\n").decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        return events

    def end(self) -> List[ServerSentEvent]:
        """Signal the end of the byte stream and reset the decoder.

        An unterminated final line is processed, and an event whose fields arrived but whose closing blank line
        did not is still returned rather than silently dropped: its data may be incomplete, so a consumer that
        cannot decode it should treat the stream as interrupted (`Stream` raises `APIStreamInterruptedError`).
        """
        events: List[ServerSentEvent] = []
        if self._partial:
            tail = b"".join(self._partial)
            self._partial = []
            event = self._line(tail.decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        if self._has_fields:
            event = self._line("")
            if event is not None:
                events.append(event)
        self._reset()
        return events

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if self._at_start:
            self._at_start = False
            if line[:1] == "\ufeff":
                line = line[1:]
        if not line:
            if not self._has_fields:
                return None
            event = ServerSentEvent(event=self._event, data="\n".join(self._data), id=self._last_id, retry=self._retry)
            self._event = None
            self._data = []
            self._retry = None
            self._has_fields = False
            return event
        if line[0] == ":":
            return None
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" in value:
                return None
            self._last_id = value
        elif name == "retry":
            try:
                self._retry = int(value)
            except ValueError:
                return None
        else:
            return None
        self._has_fields = True
        return None

    def iter_bytes(self, iterator: Iterable[bytes]) -> Generator[ServerSentEvent, None, None]:
        """Decode a whole byte stream, yielding events as they complete; the decoder is reset at the end."""
        for chunk in iterator:
            yield from self.feed(chunk)
        yield from self.end()

    async def aiter_bytes(self, iterator: AsyncIterable[bytes]) -> AsyncGenerator[ServerSentEvent, None]:
        """Async twin of `iter_bytes`."""
        async for chunk in iterator:
            for event in self.feed(chunk):
                yield event
        for event in self.end():
            yield event


# --- streams --------------------------------------------------------------------------------------------------

_STREAM_ERROR_MESSAGE = "An error occurred during streaming"

_DONE = "[DONE]"
_RESPONSES_TERMINAL = frozenset({"response.completed", "response.failed", "response.incomplete"})
_RUN_TERMINAL = frozenset(
    {
        "done",
        "thread.run.completed",
        "thread.run.failed",
        "thread.run.cancelled",
        "thread.run.expired",
        "thread.run.incomplete",
        "thread.run.requires_action",
    }
)

# Which streaming endpoints end with a marker, by the last segments of the request path (so Azure's
# `/openai/deployments/<name>/chat/completions` and `?beta=true` variants match too). `[DONE]` ends any stream.
_END_MARKERS: List["tuple[re.Pattern[str], frozenset[str], str]"] = [
    (re.compile(r"(^|/)(chat/)?completions$"), frozenset(), "`data: [DONE]`"),
    (
        re.compile(r"(^|/)responses(/[^/]+)?$"),
        _RESPONSES_TERMINAL,
        "a terminal `response.completed`, `response.failed` or `response.incomplete` event",
    ),
    (
        re.compile(r"(^|/)threads(/[^/]+)?/runs(/[^/]+/submit_tool_outputs)?$"),
        _RUN_TERMINAL,
        "a terminal `thread.run.*` event or the `done` event",
    ),
    (
        re.compile(r"(^|/)images/(generations|edits)$"),
        frozenset({"image_generation.completed", "image_edit.completed"}),
        "a terminal `image_generation.completed` or `image_edit.completed` event",
    ),
    (
        re.compile(r"(^|/)audio/transcriptions$"),
        frozenset({"transcript.text.done"}),
        "a terminal `transcript.text.done` event",
    ),
]


def end_marker_for(path: str) -> Optional["tuple[frozenset[str], str]"]:
    """The terminal event names and their description for a streaming request path, or `None` when the
    endpoint's stream has no end marker (then reaching the end of the body is a normal end)."""
    path = path.split("?", 1)[0].rstrip("/")
    for pattern, names, description in _END_MARKERS:
        if pattern.search(path):
            return names, description
    return None


def _error_from_payload(payload: object, request: httpx.Request) -> APIError:
    message = None
    body = payload
    if isinstance(payload, dict):
        candidate = cast("dict[str, object]", payload).get("message")
        if isinstance(candidate, str) and candidate:
            message = candidate
    return APIError(message or _STREAM_ERROR_MESSAGE, request, body=body)


def _as_dict(value: object) -> Optional[Dict[str, object]]:
    return cast("dict[str, object]", value) if isinstance(value, dict) else None


def _excerpt(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


class _EventProcessor(Generic[_T]):
    """The per-event decisions shared by `Stream` and `AsyncStream`, and whether the stream ended properly."""

    __slots__ = ("_cast_to", "_client", "_response", "_synthesize", "_marker", "_complete")

    def __init__(
        self,
        cast_to: type[_T],
        client: StreamClient,
        response: httpx.Response,
        synthesize: bool,
        options: Optional[FinalRequestOptions],
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._response = response
        self._synthesize = synthesize
        self._marker = end_marker_for(options.url) if options is not None else None
        self._complete = False

    def is_done(self, sse: ServerSentEvent) -> bool:
        if sse.data.startswith(_DONE):
            self._complete = True
            return True
        return False

    def process(self, sse: ServerSentEvent, *, tail: bool = False) -> Optional[_T]:
        """The value to yield for ``sse``; ``None`` for id/retry-only or empty events that carry nothing.

        ``tail`` marks an event cut off by the end of the body (no closing blank line): when its data does not
        decode, the stream was interrupted inside it.
        """
        name = sse.event
        if name is None and not sse.data:
            return None
        try:
            data: object = sse.json()
        except ValueError:
            if tail:
                raise self.interrupted("the stream ended inside an event") from None
            raise APIResponseValidationError(
                self._response,
                _excerpt(sse.data),
                message=f"Could not decode a streamed event as JSON: {_excerpt(sse.data, 80)!r}",
            ) from None
        mapping = _as_dict(data)
        marker = self._marker
        if marker is not None and not self._complete:
            kind = mapping.get("type") if mapping is not None else None
            if name in marker[0] or kind in marker[0]:
                self._complete = True
        if name is not None and name.startswith("thread."):
            # Assistants events: the variant is chosen by the event name, so hand both to the parser.
            return self._parse({"event": name, "data": data})
        if name == "error":
            raise _error_from_payload(
                mapping.get("error", data) if mapping is not None else data, self._response.request
            )
        if mapping is not None:
            error = mapping.get("error")
            if error:
                raise _error_from_payload(error, self._response.request)
        if self._synthesize and name is not None:
            return self._parse({"event": name, "data": data})
        return self._parse(data)

    def check_end(self) -> None:
        """Called at the end of the body: raise when the endpoint's end marker never arrived."""
        marker = self._marker
        if marker is not None and not self._complete:
            raise self.interrupted(f"the stream ended before {marker[1]}")

    def interrupted(self, reason: str) -> APIStreamInterruptedError:
        return APIStreamInterruptedError(
            message=f"Connection lost while reading the response stream: {reason}.", request=self._response.request
        )

    def _parse(self, data: object) -> _T:
        return cast(_T, self._client._process_response_data(data=data, cast_to=self._cast_to, response=self._response))


class Stream(Generic[_T]):
    """Iterator over the events of a streaming response, each parsed into ``T``.

    Iterate it (``for chunk in stream``) or call ``next()``; use it as a context manager or call `close` to
    release the connection early. The response is closed when iteration finishes, raises, or a ``for`` loop over
    the stream is left early.
    """

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: type[_T],
        response: httpx.Response,
        client: StreamClient,
        options: Optional[FinalRequestOptions] = None,
        synthesize_event_and_data: bool = False,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._options = options
        # The request options say whether the endpoint's events carry their type only in `event:` lines.
        synthesize = synthesize_event_and_data or bool(options is not None and options.synthesize_event_and_data)
        self._decoder = SSEDecoder()
        self._processor = _EventProcessor(cast_to, client, response, synthesize, options)
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        # A fresh generator per ``for`` loop: when the loop is left early it is dropped at once, and its
        # ``finally`` closes the response instead of leaving the connection checked out until garbage collection.
        try:
            yield from self._iterator
        finally:
            self.close()

    def _iter_events(self) -> Generator[ServerSentEvent, None, None]:
        return self._decoder.iter_bytes(self.response.iter_bytes())

    def _read_events(self) -> Generator["tuple[ServerSentEvent, bool]", None, None]:
        """``(event, tail)`` pairs: the decoded events, ``tail`` set for one the end of the body cut short."""
        decoder = self._decoder
        if content_type_of(self.response) == "text/html":
            # A proxy's error page with a success status: not an event stream at all.
            try:
                self.response.read()
            except library_errors("TransportError") as exc:
                raise APIStreamInterruptedError.from_cause(exc, self.response.request) from exc
            raise invalid_body(self.response, "Expected an event stream but received `text/html`")
        chunks = self.response.iter_bytes()
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except library_errors("TransportError") as exc:
                raise APIStreamInterruptedError.from_cause(exc, self.response.request) from exc
            for sse in decoder.feed(chunk):
                yield sse, False
        for sse in decoder.end():
            yield sse, True

    def __stream__(self) -> Generator[_T, None, None]:
        processor = self._processor
        events = self._read_events()
        try:
            for sse, tail in events:
                if processor.is_done(sse):
                    return
                item = processor.process(sse, tail=tail)
                if item is not None:
                    yield item
            processor.check_end()
        finally:
            events.close()
            self.response.close()

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
        """Close the response and release the connection; further iteration ends immediately."""
        self._iterator.close()
        self.response.close()


class AsyncStream(Generic[_T]):
    """Async twin of `Stream`: ``async for``, ``await anext(stream)``, ``async with``, ``await close()``."""

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: type[_T],
        response: httpx.Response,
        client: StreamClient,
        options: Optional[FinalRequestOptions] = None,
        synthesize_event_and_data: bool = False,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._options = options
        # The request options say whether the endpoint's events carry their type only in `event:` lines.
        synthesize = synthesize_event_and_data or bool(options is not None and options.synthesize_event_and_data)
        self._decoder = SSEDecoder()
        self._processor = _EventProcessor(cast_to, client, response, synthesize, options)
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        # See Stream.__iter__: leaving an ``async for`` early finalises this generator, which closes the response.
        try:
            async for item in self._iterator:
                yield item
        finally:
            await self.close()

    def _iter_events(self) -> AsyncGenerator[ServerSentEvent, None]:
        return self._decoder.aiter_bytes(self.response.aiter_bytes())

    async def _read_events(self) -> AsyncGenerator["tuple[ServerSentEvent, bool]", None]:
        """See `Stream._read_events`."""
        decoder = self._decoder
        if content_type_of(self.response) == "text/html":
            try:
                await self.response.aread()
            except library_errors("TransportError") as exc:
                raise APIStreamInterruptedError.from_cause(exc, self.response.request) from exc
            raise invalid_body(self.response, "Expected an event stream but received `text/html`")
        chunks = self.response.aiter_bytes()
        try:
            while True:
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    break
                except library_errors("TransportError") as exc:
                    raise APIStreamInterruptedError.from_cause(exc, self.response.request) from exc
                for sse in decoder.feed(chunk):
                    yield sse, False
        finally:
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:
                await aclose()
        for sse in decoder.end():
            yield sse, True

    async def __stream__(self) -> AsyncGenerator[_T, None]:
        processor = self._processor
        events = self._read_events()
        try:
            async for sse, tail in events:
                if processor.is_done(sse):
                    return
                item = processor.process(sse, tail=tail)
                if item is not None:
                    yield item
            processor.check_end()
        finally:
            await events.aclose()
            await self.response.aclose()

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
        """Close the response and release the connection; further iteration ends immediately."""
        await self._iterator.aclose()
        await self.response.aclose()


# --- names outside code imports from `openai._streaming` (official spellings) ----------------------------------

from ._utils import is_mapping as is_mapping  # noqa: E402

if TYPE_CHECKING:
    from ._utils import extract_type_var_from_base as extract_type_var_from_base


def __getattr__(name: str) -> Any:
    # `_utils._extras` is imported when a stream class is first inspected, not by `import openai`.
    if name == "extract_type_var_from_base":
        from ._utils._extras import extract_type_var_from_base

        return extract_type_var_from_base
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """A decoder that turns a byte stream into server-sent events (`SSEDecoder` is one)."""

    def iter_bytes(self, iterator: Iterable[bytes]) -> Iterator[ServerSentEvent]: ...


def is_stream_class_type(typ: type) -> bool:
    """Whether ``typ`` is `Stream` / `AsyncStream`, a subclass, or a parametrisation (``Stream[Chunk]``)."""
    origin = get_origin(typ) or typ
    return inspect.isclass(origin) and issubclass(origin, (Stream, AsyncStream))


def extract_stream_chunk_type(stream_cls: type, *, failure_message: Optional[str] = None) -> type:
    """The item type of a stream class: ``Stream[ChatCompletionChunk]`` → ``ChatCompletionChunk``.

    Raises:
        RuntimeError: the class does not fill in the item type.
    """
    from ._utils._extras import extract_type_var_from_base

    return cast(
        type,
        extract_type_var_from_base(
            stream_cls, generic_bases=(Stream, AsyncStream), index=0, failure_message=failure_message
        ),
    )
