"""Scripted behaviour of the built-in server: queued replies, injected faults and the request log.

A test queues `Reply` or `Fault` values per operation (by client path such as `"chat.completions.create"`,
by operation id, or `"*"` for any operation). Each matching request consumes the oldest queued value; when
the queue for an operation is empty the server falls back to its default behaviour (echo replies,
stateful resources).
"""

from __future__ import annotations

import threading
from typing import Any, Mapping, Sequence
from collections import deque
from dataclasses import field, dataclass

__all__ = ["ToolCall", "Reply", "Fault", "RecordedRequest", "Script"]


@dataclass(frozen=True)
class ToolCall:
    """A function call the model "decides" to make.

    `arguments` may be a mapping (sent as its JSON encoding) or an already-encoded JSON string.
    """

    name: str
    arguments: Mapping[str, object] | str = field(default_factory=lambda: {})
    id: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the next matching call answers.

    Args:
        text: the generated text for generation endpoints (default: an echo of the last user input).
        tool_calls: function calls to return instead of (chat) or as well as (Responses) text.
        json: a (partial) JSON payload laid over the generated response body; for list endpoints a list of
            (partial) items. Missing required fields are filled in from the response model.
        content: a raw body for binary endpoints (file content, speech).
        finish_reason: overrides the finish reason of chat and completion choices (e.g. `"length"`).
        refusal: a refusal message instead of content (chat and Responses).
        status: HTTP status of a successful reply.
        headers: extra response headers.
        delay: seconds to wait before sending the response headers.
        chunk_delay: seconds to wait between streamed events.
        keepalive: interleave SSE keep-alive comments (`: keep-alive`) between streamed events.
        chunk_size: characters per streamed text delta (default: one word per delta).
    """

    text: str | None = None
    tool_calls: Sequence[ToolCall] = ()
    json: object = None
    content: bytes | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=lambda: {})
    delay: float = 0.0
    chunk_delay: float = 0.0
    keepalive: bool = False
    chunk_size: int | None = None


@dataclass(frozen=True)
class Fault:
    """A failure injected into the next matching call.

    Exactly one failure mode applies, checked in this order:

    - `drop=True`: the connection is closed before any response is sent.
    - `body=b"..."`: a response with `status` (200 allowed) and exactly these bytes as its body, typed
      `content_type` (default `text/html; charset=utf-8`): a proxy's error page, a body that is not JSON.
    - `cut_after_bytes=n`: a normal response starts (headers sent), then its body, streamed or not, stops after
      `n` bytes (`0`: right after the headers; for a non-streamed body at most one byte short of the whole).
    - `break_after=n`: a normal response starts, then the connection is closed after `n` streamed events
      (for a non-streamed body: after that many bytes of it).
    - `error_after=n`: a streamed response sends `n` events, then an `error` event, then ends.
    - otherwise: an error response with `status` and an OpenAI-style error body.

    `close_delimited=True` sends the (possibly cut) body without `Content-Length` or chunked framing, ending it
    by closing the connection, as many proxies do: a cut then looks like a normal end of the body on the wire,
    which only an end marker in the content can reveal. Otherwise a cut resets the connection mid-body.

    Args:
        status: HTTP status of the error response.
        message, type, code, param: the fields of the error body.
        retry_after: seconds for the `retry-after` header.
        retry_after_ms: milliseconds for the `retry-after-ms` header.
        should_retry: value of the `x-should-retry` header (`true`/`false`), absent when None.
        headers: extra response headers.
        delay: seconds to wait before acting.
        body: the exact body of the response (with `status`, which may be 200).
        content_type: the content type of `body`.
        cut_after_bytes: end the body after this many bytes.
        close_delimited: frame the body by closing the connection (see above).
    """

    status: int = 500
    message: str | None = None
    type: str | None = None
    code: str | None = None
    param: str | None = None
    retry_after: float | None = None
    retry_after_ms: float | None = None
    should_retry: bool | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: {})
    delay: float = 0.0
    drop: bool = False
    break_after: int | None = None
    error_after: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    cut_after_bytes: int | None = None
    close_delimited: bool = False

    def __post_init__(self) -> None:
        if not 100 <= self.status <= 599:
            raise ValueError(f"Fault status must be an HTTP status between 100 and 599, got {self.status!r}")
        for name in ("break_after", "error_after", "cut_after_bytes"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"Fault {name} must be >= 0, got {value!r}")

    def alters_response(self) -> bool:
        """Whether the fault changes a normally produced response (rather than replacing it)."""
        return (
            self.break_after is not None
            or self.error_after is not None
            or self.cut_after_bytes is not None
            or self.close_delimited
        )

    def error_type(self) -> str:
        if self.type is not None:
            return self.type
        if self.status == 429:
            return "rate_limit_exceeded"
        if self.status >= 500:
            return "server_error"
        return "invalid_request_error"

    def error_message(self) -> str:
        if self.message is not None:
            return self.message
        if self.status == 429:
            return "Rate limit reached for requests (injected by openai.testing)."
        if self.status >= 500:
            return "The server had an error while processing your request (injected by openai.testing)."
        return f"Request failed with status {self.status} (injected by openai.testing)."


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received, for assertions.

    `body` is the decoded JSON body, the decoded form fields of a multipart or urlencoded body, or None.
    `files` maps multipart file field names to `(filename, content)` pairs. `operation` is the client path of
    the matched operation (None for unknown paths). Header names are lower-case.
    """

    method: str
    path: str
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    files: dict[str, list[tuple[str | None, bytes]]]
    operation: str | None
    raw_body: bytes


class Script:
    """Thread-safe queues of scripted replies and faults, keyed by canonical operation name or `"*"`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, deque[tuple[Reply | Fault, int | None]]] = {}

    def push(self, key: str, item: Reply | Fault, times: int | None) -> None:
        if times is not None and times < 1:
            raise ValueError(f"times must be a positive number of calls or None (forever), got {times!r}")
        with self._lock:
            self._queues.setdefault(key, deque()).append((item, times))

    def pop(self, key: str) -> Reply | Fault | None:
        with self._lock:
            for name in (key, "*"):
                queue = self._queues.get(name)
                if not queue:
                    continue
                item, times = queue[0]
                if times is not None:
                    if times <= 1:
                        queue.popleft()
                    else:
                        queue[0] = (item, times - 1)
                return item
        return None

    def pending(self) -> dict[str, int]:
        with self._lock:
            return {key: len(queue) for key, queue in self._queues.items() if queue}

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
