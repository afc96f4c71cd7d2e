"""OpenTelemetry tracing built on the client hooks (needs the `otel` extra: `pip install openai[otel]`).

`tracing_hooks()` returns a `Hooks` value that opens one span per call (not per attempt) and closes it when the
call ends, following the OpenTelemetry HTTP and GenAI semantic conventions: method, URL, status, resend count
and error type for every call, plus provider, operation, requested and returned model, response id and token
usage for model calls whose response body is JSON. Pass it to a client:

    client = OpenAI(hooks=tracing_hooks())

Streamed responses end their span when the response headers arrive (the body is read later, by the caller).
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, cast

from ._hooks import Hooks, ErrorEvent, RetryEvent, RequestEvent, ResponseEvent

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["tracing_hooks"]

# Path (without query) → `gen_ai.operation.name`; other endpoints get plain HTTP spans.
_GENAI_OPERATIONS: Mapping[str, str] = {
    "/chat/completions": "chat",
    "/completions": "text_completion",
    "/embeddings": "embeddings",
    "/responses": "chat",
    "/images/generations": "image_generation",
    "/audio/speech": "speech",
    "/audio/transcriptions": "transcription",
    "/audio/translations": "translation",
    "/moderations": "moderation",
}

# Bodies larger than this are not parsed for the model name or usage: tracing must stay cheap.
_MAX_PARSED_BODY = 1 << 20


def _json_object(content: bytes) -> Optional[Mapping[str, Any]]:
    if not content or len(content) > _MAX_PARSED_BODY:
        return None
    try:
        value: object = json.loads(content)
    except ValueError:
        return None
    return cast("Mapping[str, Any]", value) if isinstance(value, dict) else None


class _Tracer:
    """The hook callbacks and the spans they keep open, one per call in flight."""

    def __init__(self, tracer_provider: Optional[TracerProvider]) -> None:
        from opentelemetry import trace

        from ._version import __version__

        self._trace = trace
        self._tracer = trace.get_tracer("openai", __version__, tracer_provider=tracer_provider)
        self._spans: Dict[int, Span] = {}
        self._model_calls: set[int] = set()  # calls of model endpoints, whose response body is worth reading
        self._lock = threading.Lock()

    def on_request(self, event: RequestEvent) -> None:
        if event.attempt > 0:
            span = self._spans.get(event.call_id)
            if span is not None:
                span.set_attribute("http.request.resend_count", event.attempt)
            return
        method, _, path = event.operation.partition(" ")
        path = path.split("?", 1)[0]
        operation = _GENAI_OPERATIONS.get(path)
        request = event.request
        attributes: Dict[str, Any] = {
            "http.request.method": method,
            "url.full": str(request.url),
            "server.address": request.url.host,
        }
        if request.url.port is not None:
            attributes["server.port"] = request.url.port
        name = event.operation
        if operation is not None:
            attributes["gen_ai.operation.name"] = operation
            attributes["gen_ai.system"] = "openai"
            attributes["gen_ai.provider.name"] = "openai"
            is_multipart = request.headers.get("content-type", "").startswith("multipart/")
            body = None if is_multipart else _json_object(request.content)
            model = body.get("model") if body is not None else None
            if isinstance(model, str):
                attributes["gen_ai.request.model"] = model
                name = f"{operation} {model}"
            else:
                name = operation
        span = self._tracer.start_span(name, kind=self._trace.SpanKind.CLIENT, attributes=attributes)
        with self._lock:
            self._spans[event.call_id] = span
            if operation is not None:
                self._model_calls.add(event.call_id)

    def on_response(self, event: ResponseEvent) -> None:
        span = self._spans.get(event.call_id)
        if span is None:
            return
        response = event.response
        span.set_attribute("http.response.status_code", response.status_code)
        if response.is_error:
            return  # a retry or the final error follows
        if event.call_id in self._model_calls:
            self._record_response_body(span, response)
        self._end(event.call_id)

    def on_retry(self, event: RetryEvent) -> None:
        span = self._spans.get(event.call_id)
        if span is not None:
            span.add_event("retry", {"retry.delay_seconds": event.delay, "retry.reason": event.reason})

    def on_error(self, event: ErrorEvent) -> None:
        span = self._spans.get(event.call_id)
        if span is None:
            return
        error = event.error
        status_code = getattr(error, "status_code", None)
        span.set_attribute("error.type", str(status_code) if isinstance(status_code, int) else type(error).__name__)
        span.record_exception(error)
        span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, str(error)))
        self._end(event.call_id)

    def _record_response_body(self, span: Span, response: Any) -> None:
        try:
            content = response.content  # only available when the body was read (not for streams)
        except Exception:  # a streamed body has not been read: nothing to add
            return
        body = _json_object(content) if response.headers.get("content-type", "").endswith("json") else None
        if body is None:
            return
        if isinstance(body.get("id"), str):
            span.set_attribute("gen_ai.response.id", body["id"])
        if isinstance(body.get("model"), str):
            span.set_attribute("gen_ai.response.model", body["model"])
        usage: object = body.get("usage")
        if isinstance(usage, Mapping):
            counts = cast("Mapping[str, Any]", usage)
            # Chat/completions report prompt/completion tokens; Responses and embeddings report input/output.
            input_tokens = counts.get("prompt_tokens", counts.get("input_tokens"))
            output_tokens = counts.get("completion_tokens", counts.get("output_tokens"))
            if isinstance(input_tokens, int):
                span.set_attribute("gen_ai.usage.input_tokens", input_tokens)
            if isinstance(output_tokens, int):
                span.set_attribute("gen_ai.usage.output_tokens", output_tokens)

    def _end(self, call_id: int) -> None:
        with self._lock:
            span = self._spans.pop(call_id, None)
            self._model_calls.discard(call_id)
        if span is not None:
            span.end()


def tracing_hooks(tracer_provider: Optional[TracerProvider] = None) -> Hooks:
    """Hooks that trace every call as an OpenTelemetry span (global tracer provider unless one is given).

    Raises:
        RuntimeError: the `opentelemetry-api` package (extra `otel`) is not installed.
    """
    try:
        tracer = _Tracer(tracer_provider)
    except ImportError as err:
        raise RuntimeError("Tracing needs the `otel` extra; install it with `pip install openai[otel]`") from err
    return Hooks(
        on_request=tracer.on_request,
        on_response=tracer.on_response,
        on_retry=tracer.on_retry,
        on_error=tracer.on_error,
    )
