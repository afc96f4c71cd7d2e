"""OpenTelemetry tracing for the clients: one span per call, built on the client hooks (extra `otel`).

    from openai import OpenAI
    from openai.lib.otel import tracing_hooks

    client = OpenAI(hooks=tracing_hooks())  # spans go to the global tracer provider

Each call (all of its attempts, retries and waits) becomes one `CLIENT` span following the OpenTelemetry GenAI
semantic conventions for model calls and the HTTP client conventions for the transport:

- GenAI calls (chat completions, responses, completions, embeddings) are named `"{operation} {model}"`
  (`"chat gpt-4o"`) and carry `gen_ai.operation.name`, `gen_ai.provider.name` (and the older `gen_ai.system`),
  `gen_ai.request.*` (model, temperature, top_p, max tokens, ...), `gen_ai.response.id` / `.model` /
  `.finish_reasons` and `gen_ai.usage.input_tokens` / `.output_tokens`;
- other calls are named after the HTTP method (`"GET"`), as the HTTP conventions prescribe without a URL template;
- every span has `http.request.method`, `url.full`, `server.address`, `server.port`,
  `http.response.status_code`, `http.request.resend_count` (retries made), an `openai.retry` event per retry
  (attempt, delay, reason), `openai.request.id`, the `openai.ratelimit.*` budget when the server reports one,
  and on failure `error.type` (the status code, or the exception's class) with status `ERROR`.

The response attributes are read from the body as it is read (the hooks fire at the response headers): a streamed
call's span stays open while the caller reads the stream and ends with it (or when it is closed), carrying the
response id, finish reasons and, when the stream reports it (`stream_options={"include_usage": True}`), the
token usage. Tracing never breaks a call: a failure inside it is logged and ignored.
"""

from __future__ import annotations

import sys
import json
import logging
import threading
import contextvars
from typing import Any, Dict, List, Union, Mapping, Callable, Iterator, Optional, Sequence, AsyncIterator, cast

import httpx

from .._hooks import Hooks, ErrorEvent, RetryEvent, RequestEvent, ResponseEvent
from .._ratelimits import RateLimits

try:
    from opentelemetry import trace
    from opentelemetry.trace import Span, Status, Tracer, SpanKind, StatusCode, TracerProvider
except ImportError as _err:  # pragma: no cover - exercised only without the extra installed
    raise ImportError(
        "openai.lib.otel needs OpenTelemetry; install the `otel` extra: pip install 'openai[otel]'"
    ) from _err

__all__ = ["tracing_hooks", "OpenTelemetryTracer"]

log = logging.getLogger("openai.lib.otel")

AttributeValue = Union[str, bool, int, float, Sequence[str], Sequence[int], Sequence[float]]

_INSTRUMENTATION_NAME = "openai"

# Endpoint (as the path ends) → `gen_ai.operation.name`. Suffix matching also covers Azure's
# `/deployments/{name}/chat/completions`.
_GENAI_OPERATIONS: tuple[tuple[str, str], ...] = (
    ("/chat/completions", "chat"),
    ("/responses", "chat"),
    ("/completions", "text_completion"),
    ("/embeddings", "embeddings"),
)

# Request body field → GenAI attribute, copied when the value has the expected JSON type.
_REQUEST_NUMBERS: tuple[tuple[str, str], ...] = (
    ("temperature", "gen_ai.request.temperature"),
    ("top_p", "gen_ai.request.top_p"),
    ("frequency_penalty", "gen_ai.request.frequency_penalty"),
    ("presence_penalty", "gen_ai.request.presence_penalty"),
    ("seed", "gen_ai.request.seed"),
    ("max_tokens", "gen_ai.request.max_tokens"),
    ("max_completion_tokens", "gen_ai.request.max_tokens"),
    ("max_output_tokens", "gen_ai.request.max_tokens"),
)

_MAX_TRACED_BODY = 16 * 1024 * 1024
"""Bodies larger than this are not parsed for attributes (tracing must not cost more than the call)."""


class _CallSpan:
    __slots__ = ("span", "genai")

    def __init__(self, span: Span, genai: bool) -> None:
        self.span = span
        self.genai = genai


def _genai_operation(path: str) -> str | None:
    path = path.split("?", 1)[0].rstrip("/")
    for suffix, name in _GENAI_OPERATIONS:
        if path.endswith(suffix):
            return name
    return None


def _json_object(content: bytes | None) -> dict[str, Any] | None:
    if not content or len(content) > _MAX_TRACED_BODY:
        return None
    try:
        value: object = json.loads(content)
    except ValueError:
        return None
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _body_of(message: httpx.Request | httpx.Response) -> bytes | None:
    """The body if it is already in memory and JSON; never reads a stream (that would consume the caller's)."""
    if "json" not in message.headers.get("content-type", ""):
        return None
    try:
        return message.content
    except Exception:  # a streamed body not read yet (httpx and httpx2 raise their own classes)
        return None


def _objects(value: object) -> list[object] | None:
    """`value` as a list of JSON values, or `None` when it is not a list."""
    return cast("List[object]", value) if isinstance(value, list) else None


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _request_attributes(body: Mapping[str, Any]) -> dict[str, AttributeValue]:
    attributes: dict[str, AttributeValue] = {}
    model = body.get("model")
    if isinstance(model, str):
        attributes["gen_ai.request.model"] = model
    for field, name in _REQUEST_NUMBERS:
        value = body.get(field)
        if _is_number(value):
            attributes[name] = cast("int | float", value)
    stop = body.get("stop")
    if isinstance(stop, str):
        attributes["gen_ai.request.stop_sequences"] = [stop]
    else:
        stops = _objects(stop)
        if stops and all(isinstance(item, str) for item in stops):
            attributes["gen_ai.request.stop_sequences"] = [str(item) for item in stops]
    count = body.get("n")
    if isinstance(count, int) and not isinstance(count, bool) and count != 1:
        attributes["gen_ai.request.choice.count"] = count
    if body.get("stream") is True:
        attributes["gen_ai.request.stream"] = True
    encoding = body.get("encoding_format")
    if isinstance(encoding, str):
        attributes["gen_ai.request.encoding_formats"] = [encoding]
    tier = body.get("service_tier")
    if isinstance(tier, str):
        attributes["openai.request.service_tier"] = tier
    return attributes


def _response_attributes(body: Mapping[str, Any]) -> dict[str, AttributeValue]:
    attributes: dict[str, AttributeValue] = {}
    for field, name in (
        ("id", "gen_ai.response.id"),
        ("model", "gen_ai.response.model"),
        ("service_tier", "openai.response.service_tier"),
        ("system_fingerprint", "openai.response.system_fingerprint"),
    ):
        value = body.get(field)
        if isinstance(value, str):
            attributes[name] = value
    choices = _objects(body.get("choices"))
    if choices:
        reasons = [
            cast("Dict[str, object]", choice).get("finish_reason") for choice in choices if isinstance(choice, dict)
        ]
        finish_reasons = [reason for reason in reasons if isinstance(reason, str)]
        if finish_reasons:
            attributes["gen_ai.response.finish_reasons"] = finish_reasons
    usage = body.get("usage")
    if isinstance(usage, dict):
        counts = cast("Dict[str, Any]", usage)
        # Chat completions, completions and embeddings say prompt/completion; the Responses API input/output.
        for names, attribute in (
            (("input_tokens", "prompt_tokens"), "gen_ai.usage.input_tokens"),
            (("output_tokens", "completion_tokens"), "gen_ai.usage.output_tokens"),
        ):
            for name in names:
                value = counts.get(name)
                if isinstance(value, int) and not isinstance(value, bool):
                    attributes[attribute] = value
                    break
    return attributes


def _rate_limit_attributes(headers: Mapping[str, str]) -> dict[str, AttributeValue]:
    limits = RateLimits.from_headers(headers)
    if limits is None:
        return {}
    attributes: dict[str, AttributeValue] = {}
    for name in ("limit_requests", "limit_tokens", "remaining_requests", "remaining_tokens"):
        value = getattr(limits, name)
        if value is not None:
            attributes[f"openai.ratelimit.{name}"] = cast(int, value)
    for name in ("reset_requests", "reset_tokens"):
        value = getattr(limits, name)
        if value is not None:
            attributes[f"openai.ratelimit.{name}"] = cast(float, value)
    return attributes


def _server_port(url: httpx.URL) -> int | None:
    if url.port is not None:
        return url.port
    return {"https": 443, "http": 80}.get(url.scheme)


def _error_type(error: BaseException) -> str:
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        return str(status)
    cls = type(error)
    return f"{cls.__module__}.{cls.__qualname__}"


class _BodyWatcher:
    """Collects a response body as it is read: a JSON body whole, an event stream event by event."""

    def __init__(self, *, event_stream: bool) -> None:
        self.event_stream = event_stream
        self._buffer = bytearray()
        self._too_large = False
        self._found: dict[str, AttributeValue] = {}
        self._finish_reasons: list[str] = []

    def feed(self, chunk: bytes) -> None:
        if self._too_large:
            return
        self._buffer += chunk
        if not self.event_stream:
            if len(self._buffer) > _MAX_TRACED_BODY:
                self._too_large = True
                self._buffer.clear()
            return
        normalized = bytes(self._buffer).replace(b"\r\n", b"\n")
        *events, rest = normalized.split(b"\n\n")
        self._buffer = bytearray(rest)
        for event in events:
            self._event(event)

    def _event(self, event: bytes) -> None:
        for line in event.split(b"\n"):
            if not line.startswith(b"data:"):
                continue
            payload = _json_object(line[5:].strip())
            if payload is None:
                continue
            # Responses API events carry the response object; chat and completion chunks are the object itself.
            nested = payload.get("response")
            source = cast("Dict[str, Any]", nested) if isinstance(nested, dict) else payload
            attributes = _response_attributes(source)
            reasons = attributes.pop("gen_ai.response.finish_reasons", None)
            if isinstance(reasons, (list, tuple)):
                self._finish_reasons.extend(str(reason) for reason in reasons)
            self._found.update(attributes)

    def attributes(self) -> dict[str, AttributeValue]:
        if not self.event_stream:
            parsed = None if self._too_large else _json_object(bytes(self._buffer))
            return _response_attributes(parsed) if parsed is not None else {}
        if self._buffer.strip():
            self._event(bytes(self._buffer))
            self._buffer.clear()
        found = dict(self._found)
        if self._finish_reasons:
            found["gen_ai.response.finish_reasons"] = list(self._finish_reasons)
        return found


def _watch_body(response: httpx.Response, watcher: _BodyWatcher, finish: Callable[[], None]) -> None:
    """Route the response's body through `watcher`; `finish` runs once, when the body ends or is closed.

    The response's stream is replaced by a pass-through of the same library (httpx or httpx2) that supports
    both iteration styles, so the SDK and the caller read it exactly as before.
    """
    library_name = type(response).__module__.split(".", 1)[0]
    watched = _WATCHED_STREAM_CLASSES.get(library_name)
    if watched is None:
        watched = _WATCHED_STREAM_CLASSES[library_name] = _watched_stream_class(sys.modules[library_name])
    response.stream = watched(response.stream, watcher, finish)


_WATCHED_STREAM_CLASSES: dict[str, Any] = {}


def _watched_stream_class(library: Any) -> Any:
    """The pass-through stream class for one HTTP library (its stream base classes differ between httpx forks)."""

    class _Watched(library.SyncByteStream, library.AsyncByteStream):  # type: ignore[misc,name-defined] # chosen at run time
        def __init__(self, inner: Any, watcher: _BodyWatcher, finish: Callable[[], None]) -> None:
            self._inner = inner
            self._watcher = watcher
            self._finish: Optional[Callable[[], None]] = finish

        def _end(self) -> None:
            finish, self._finish = self._finish, None
            if finish is not None:
                finish()

        def __iter__(self) -> Iterator[bytes]:
            try:
                for chunk in self._inner:
                    self._watcher.feed(chunk)
                    yield chunk
            finally:
                self._end()

        async def __aiter__(self) -> AsyncIterator[bytes]:
            try:
                async for chunk in self._inner:
                    self._watcher.feed(chunk)
                    yield chunk
            finally:
                self._end()

        def close(self) -> None:
            try:
                self._inner.close()
            finally:
                self._end()

        async def aclose(self) -> None:
            try:
                await self._inner.aclose()
            finally:
                self._end()

    return _Watched


class OpenTelemetryTracer:
    """Turns the client's hook events into one span per call; `hooks()` gives the `Hooks` to pass to a client.

    Spans are kept by the call id of the hook events, so concurrent calls (threads, tasks) never mix them.
    """

    def __init__(self, tracer_provider: TracerProvider | None = None, *, chain: Hooks | None = None) -> None:
        from .._version import __version__

        self._tracer: Tracer = trace.get_tracer(_INSTRUMENTATION_NAME, __version__, tracer_provider=tracer_provider)
        self._chain = chain
        # Spans of the calls in flight, by the call id every hook event carries.
        self._calls: dict[int, _CallSpan] = {}
        self._lock = threading.Lock()
        # The call last started in this thread/task: a new call finding it unfinished knows it was abandoned.
        self._last_call: contextvars.ContextVar[Optional[int]] = contextvars.ContextVar(
            f"openai_otel_last_call_{id(self)}", default=None
        )

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=self.on_request,
            on_response=self.on_response,
            on_retry=self.on_retry,
            on_error=self.on_error,
        )

    # -- hook callbacks: trace (never failing the call), then the chained hooks ------------------------------

    def on_request(self, event: RequestEvent) -> None:
        self._guard(self._trace_request, event)
        if self._chain is not None and self._chain.on_request is not None:
            self._chain.on_request(event)

    def on_response(self, event: ResponseEvent) -> None:
        self._guard(self._trace_response, event)
        if self._chain is not None and self._chain.on_response is not None:
            self._chain.on_response(event)

    def on_retry(self, event: RetryEvent) -> None:
        self._guard(self._trace_retry, event)
        if self._chain is not None and self._chain.on_retry is not None:
            self._chain.on_retry(event)

    def on_error(self, event: ErrorEvent) -> None:
        self._guard(self._trace_error, event)
        if self._chain is not None and self._chain.on_error is not None:
            self._chain.on_error(event)

    def _guard(self, trace_event: Any, event: RequestEvent) -> None:
        try:
            trace_event(event)
        except Exception:
            log.debug("OpenTelemetry tracing failed for %s; the call is unaffected", event.operation, exc_info=True)

    # -- tracing ---------------------------------------------------------------------------------------------

    def _trace_request(self, event: RequestEvent) -> None:
        if event.attempt > 0:
            current = self._calls.get(event.call_id)
            if current is not None:
                current.span.set_attribute("http.request.resend_count", event.attempt)
            return
        # A call cancelled mid-flight reports no final event. The next call started in the same context (or one
        # reusing its id) closes the abandoned span as an error rather than leaking it.
        for stale_id in {self._last_call.get(), event.call_id}:
            if stale_id is not None and stale_id in self._calls:
                stale = self._pop(stale_id)
                if stale is not None:
                    stale.span.set_attribute("error.type", "cancelled")
                    stale.span.set_status(Status(StatusCode.ERROR, "call ended without a result"))
                    stale.span.end()
        request = event.request
        method = request.method.upper()
        url = request.url
        path = event.operation.split(" ", 1)[-1]
        operation = _genai_operation(path)
        attributes: dict[str, AttributeValue] = {
            "http.request.method": method,
            "url.full": str(url),
            "server.address": url.host,
        }
        port = _server_port(url)
        if port is not None:
            attributes["server.port"] = port
        name = method
        if operation is not None:
            attributes["gen_ai.operation.name"] = operation
            attributes["gen_ai.provider.name"] = "openai"
            attributes["gen_ai.system"] = "openai"
            body = _json_object(_body_of(request))
            if body is not None:
                attributes.update(_request_attributes(body))
            model = attributes.get("gen_ai.request.model")
            name = f"{operation} {model}" if isinstance(model, str) else operation
        span = self._tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)
        with self._lock:
            self._calls[event.call_id] = _CallSpan(span, operation is not None)
        self._last_call.set(event.call_id)

    def _trace_response(self, event: ResponseEvent) -> None:
        current = self._calls.get(event.call_id)
        if current is None:
            return
        span = current.span
        response = event.response
        span.set_attribute("http.response.status_code", response.status_code)
        request_id = response.headers.get("x-request-id")
        if request_id:
            span.set_attribute("openai.request.id", request_id)
        if response.status_code >= 400:
            return  # a retry or the final error follows; the span stays open until then
        span.set_attributes(_rate_limit_attributes(response.headers))
        if not current.genai:
            self._finish(event.call_id, current)
            return
        content_type = str(response.headers.get("content-type", ""))
        body = _body_of(response)
        if body is not None or not ("json" in content_type or content_type.startswith("text/event-stream")):
            parsed = _json_object(body)
            if parsed is not None:
                span.set_attributes(_response_attributes(parsed))
            self._finish(event.call_id, current)
            return
        # The body has not been read yet (it is read after the hooks, or streamed to the caller): watch it go by
        # and end the span once it is complete, with what it reported (usage arrives last in a stream).
        call_id = event.call_id
        watcher = _BodyWatcher(event_stream=content_type.startswith("text/event-stream"))

        def finish() -> None:
            self._guard_finish(call_id, current, watcher)

        _watch_body(response, watcher, finish)

    def _trace_retry(self, event: RetryEvent) -> None:
        current = self._calls.get(event.call_id)
        if current is None:
            return
        current.span.add_event(
            "openai.retry",
            {
                "openai.retry.attempt": event.attempt + 1,
                "openai.retry.delay": event.delay,
                "openai.retry.reason": event.reason,
            },
        )

    def _trace_error(self, event: ErrorEvent) -> None:
        current = self._calls.get(event.call_id)
        if current is None:
            return
        span = current.span
        error = event.error
        # Status errors carry the response (an httpx or httpx2 one): its rate-limit budget explains many failures.
        headers: object = getattr(getattr(error, "response", None), "headers", None)
        if isinstance(headers, Mapping):
            span.set_attributes(_rate_limit_attributes(cast("Mapping[str, str]", headers)))
        span.set_attribute("error.type", _error_type(error))
        span.record_exception(error)
        span.set_status(Status(StatusCode.ERROR, str(error)))
        self._finish(event.call_id, current)

    def _guard_finish(self, call_id: int, current: _CallSpan, watcher: _BodyWatcher) -> None:
        try:
            current.span.set_attributes(watcher.attributes())
        except Exception:
            log.debug("OpenTelemetry tracing could not read the response body; the call is unaffected", exc_info=True)
        self._finish(call_id, current)

    def _finish(self, call_id: int, current: _CallSpan) -> None:
        self._pop(call_id)
        current.span.end()

    def _pop(self, call_id: int) -> _CallSpan | None:
        with self._lock:
            return self._calls.pop(call_id, None)


def tracing_hooks(tracer_provider: TracerProvider | None = None, *, chain: Hooks | None = None) -> Hooks:
    """Client hooks that trace every call with OpenTelemetry (see the module docstring for the span contents).

    Args:
        tracer_provider: where spans go; the global provider (`opentelemetry.trace.set_tracer_provider`) when
            omitted.
        chain: hooks of your own, called after the tracing ones for every event.
    """
    return OpenTelemetryTracer(tracer_provider, chain=chain).hooks()
