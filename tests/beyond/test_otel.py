"""OpenTelemetry tracing (`openai.lib.otel`): one span per call with the GenAI and HTTP attributes, sync and async.

Spans are collected with the OpenTelemetry SDK's in-memory exporter; the calls go to a mock transport through the
runtime harness (sleeps between retries are recorded, not performed).
"""

from __future__ import annotations

import json
import asyncio
from typing import Any, List, Iterator, AsyncIterator
from functools import partial
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from opentelemetry.trace import SpanKind, StatusCode
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import openai
from openai import Hooks, ErrorEvent, RetryEvent, RequestEvent, ResponseEvent
from openai.lib.otel import OpenTelemetryTracer, tracing_hooks
from tests.runtime.conftest import Harness, make_handler, json_response

CHAT_COMPLETION = {
    "id": "chatcmpl-123",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o-mini-2024-07-18",
    "system_fingerprint": "fp_1",
    "service_tier": "default",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi", "refusal": None},
            "finish_reason": "stop",
            "logprobs": None,
        },
        {
            "index": 1,
            "message": {"role": "assistant", "content": "Hello", "refusal": None},
            "finish_reason": "length",
            "logprobs": None,
        },
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
}

RATE_LIMIT_HEADERS = {
    "x-request-id": "req_abc",
    "x-ratelimit-limit-requests": "10000",
    "x-ratelimit-remaining-requests": "9999",
    "x-ratelimit-reset-requests": "6ms",
    "x-ratelimit-limit-tokens": "2000000",
    "x-ratelimit-remaining-tokens": "1999980",
    "x-ratelimit-reset-tokens": "1m2.5s",
}


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [span.name for span in spans]
    return spans[0]


MESSAGES: List[Any] = [{"role": "user", "content": "Hi"}]


async def create_chat(harness: Harness, client: Any, **params: Any) -> Any:
    return await harness.call(client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, **params))


async def test_chat_completion_span_has_genai_and_http_attributes(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    client = harness.client(
        make_handler(json_response(CHAT_COMPLETION, headers=RATE_LIMIT_HEADERS)),
        hooks=tracing_hooks(provider),
        base_url="https://api.example.com:8443/v1",
    )
    completion = await create_chat(harness, client, temperature=0.2, top_p=0.9, max_tokens=50, n=2, stop=["\n"], seed=7)
    assert completion.id == "chatcmpl-123"

    span = only_span(exporter)
    assert span.name == "chat gpt-4o-mini"
    assert span.kind == SpanKind.CLIENT
    assert span.status.status_code == StatusCode.UNSET
    assert dict(span.attributes or {}) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.system": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.max_tokens": 50,
        "gen_ai.request.choice.count": 2,
        "gen_ai.request.stop_sequences": ("\n",),
        "gen_ai.request.seed": 7,
        "gen_ai.response.id": "chatcmpl-123",
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.finish_reasons": ("stop", "length"),
        "gen_ai.usage.input_tokens": 12,
        "gen_ai.usage.output_tokens": 7,
        "openai.response.service_tier": "default",
        "openai.response.system_fingerprint": "fp_1",
        "openai.request.id": "req_abc",
        "openai.ratelimit.limit_requests": 10000,
        "openai.ratelimit.remaining_requests": 9999,
        "openai.ratelimit.reset_requests": 0.006,
        "openai.ratelimit.limit_tokens": 2000000,
        "openai.ratelimit.remaining_tokens": 1999980,
        "openai.ratelimit.reset_tokens": 62.5,
        "http.request.method": "POST",
        "http.response.status_code": 200,
        "url.full": "https://api.example.com:8443/v1/chat/completions",
        "server.address": "api.example.com",
        "server.port": 8443,
    }
    assert span.events == ()


async def test_retried_call_is_one_span_with_resend_count_and_retry_events(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    handler = make_handler(
        json_response({"error": {"message": "busy"}}, status=503),
        json_response({"error": {"message": "slow down"}}, status=429, headers={"retry-after-ms": "250"}),
        json_response(CHAT_COMPLETION),
    )
    client = harness.client(handler, hooks=tracing_hooks(provider))
    await create_chat(harness, client)

    span = only_span(exporter)
    assert span.attributes is not None
    assert span.attributes["http.request.resend_count"] == 2
    assert span.attributes["http.response.status_code"] == 200
    assert span.attributes["gen_ai.usage.output_tokens"] == 7
    assert span.status.status_code == StatusCode.UNSET
    events = [(event.name, dict(event.attributes or {})) for event in span.events]
    assert events == [
        ("openai.retry", {"openai.retry.attempt": 1, "openai.retry.delay": 0.5, "openai.retry.reason": "503"}),
        ("openai.retry", {"openai.retry.attempt": 2, "openai.retry.delay": 0.25, "openai.retry.reason": "429"}),
    ]
    assert harness.sleeps == [0.5, 0.25]


async def test_status_error_ends_the_span_with_error_type_and_exception(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    error = json_response({"error": {"message": "bad model", "type": "invalid_request_error"}}, status=400)
    client = harness.client(make_handler(error), hooks=tracing_hooks(provider))
    with pytest.raises(openai.BadRequestError):
        await create_chat(harness, client)

    span = only_span(exporter)
    assert span.attributes is not None
    assert span.attributes["error.type"] == "400"
    assert span.attributes["http.response.status_code"] == 400
    assert span.status.status_code == StatusCode.ERROR
    assert "bad model" in (span.status.description or "")
    assert [event.name for event in span.events] == ["exception"]
    exception_event = span.events[0].attributes or {}
    assert exception_event["exception.type"] == "openai.BadRequestError"


async def test_connection_failure_after_retries_records_the_error_class(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    refused = httpx.ConnectError("refused")
    client = harness.client(make_handler(refused, refused), hooks=tracing_hooks(provider), max_retries=1)
    with pytest.raises(openai.APIConnectionError):
        await create_chat(harness, client)

    span = only_span(exporter)
    assert span.attributes is not None
    assert span.attributes["error.type"] == "openai.APIConnectionError"
    assert span.attributes["http.request.resend_count"] == 1
    assert "http.response.status_code" not in span.attributes
    assert [event.name for event in span.events] == ["openai.retry", "exception"]
    assert span.status.status_code == StatusCode.ERROR


async def test_embeddings_and_responses_operations(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    embedding = {
        "object": "list",
        "model": "text-embedding-3-small",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        "usage": {"prompt_tokens": 3, "total_tokens": 3},
    }
    response: dict[str, object] = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4.1",
        "status": "completed",
        "output": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 5,
            "output_tokens": 9,
            "total_tokens": 14,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }
    client = harness.client(
        make_handler(json_response(embedding), json_response(response)), hooks=tracing_hooks(provider)
    )
    await harness.call(client.embeddings.create(model="text-embedding-3-small", input="abc", encoding_format="float"))
    await harness.call(client.responses.create(model="gpt-4.1", input="Hi", max_output_tokens=100))

    first, second = exporter.get_finished_spans()
    assert first.name == "embeddings text-embedding-3-small"
    assert first.attributes is not None
    assert first.attributes["gen_ai.operation.name"] == "embeddings"
    assert first.attributes["gen_ai.request.encoding_formats"] == ("float",)
    assert first.attributes["gen_ai.usage.input_tokens"] == 3
    assert "gen_ai.usage.output_tokens" not in first.attributes

    assert second.name == "chat gpt-4.1"
    assert second.attributes is not None
    assert second.attributes["gen_ai.request.max_tokens"] == 100
    assert second.attributes["gen_ai.response.id"] == "resp_1"
    assert second.attributes["gen_ai.usage.input_tokens"] == 5
    assert second.attributes["gen_ai.usage.output_tokens"] == 9


async def test_other_calls_are_named_after_the_http_method(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    model = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
    client = harness.client(make_handler(json_response(model)), hooks=tracing_hooks(provider))
    await harness.call(client.models.retrieve("gpt-4o"))

    span = only_span(exporter)
    assert span.name == "GET"
    assert span.attributes is not None
    assert not any(name.startswith("gen_ai.") for name in span.attributes)
    assert span.attributes["url.full"] == "http://testserver/v1/models/gpt-4o"
    assert span.attributes["server.port"] == 80


def chunk(payload: dict[str, object]) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


async def test_streamed_call_span_ends_with_the_stream_and_records_its_usage(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    base = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini-2024"}
    body = b": keep-alive\n\n".join(
        [
            chunk({**base, "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}]}),
            chunk({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
            chunk({**base, "choices": [], "usage": {"prompt_tokens": 4, "completion_tokens": 1, "total_tokens": 5}}),
            b"data: [DONE]\n\n",
        ]
    )
    # Cut the body at awkward places: events are reassembled across chunks.
    pieces = [body[index : index + 7] for index in range(0, len(body), 7)]
    sse = httpx.Response(200, stream=Pieces(pieces), headers={"content-type": "text/event-stream"})
    client = harness.client(make_handler(sse), hooks=tracing_hooks(provider))
    stream = await create_chat(harness, client, stream=True, stream_options={"include_usage": True})
    assert exporter.get_finished_spans() == ()  # still open while the caller reads the stream

    chunks = await harness.collect(stream)
    assert len(chunks) == 3
    span = only_span(exporter)
    assert span.attributes is not None
    assert span.attributes["gen_ai.request.stream"] is True
    assert span.attributes["gen_ai.response.id"] == "chatcmpl-s"
    assert span.attributes["gen_ai.response.model"] == "gpt-4o-mini-2024"
    assert span.attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert span.attributes["gen_ai.usage.input_tokens"] == 4
    assert span.attributes["gen_ai.usage.output_tokens"] == 1


async def test_stream_closed_early_still_ends_the_span(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    body = chunk({"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}) * 3
    sse = httpx.Response(200, stream=Pieces([body]), headers={"content-type": "text/event-stream"})
    client = harness.client(make_handler(sse), hooks=tracing_hooks(provider))
    stream = await create_chat(harness, client, stream=True)
    result = stream.close()
    if harness.is_async:
        await result
    span = only_span(exporter)
    assert span.attributes is not None and span.attributes["http.response.status_code"] == 200


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body delivered in the given pieces (sync or async)."""

    def __init__(self, pieces: List[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


async def test_chained_hooks_still_see_every_event(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    seen: List[str] = []

    def on_request(event: RequestEvent) -> None:
        seen.append(f"request {event.attempt}")

    def on_response(event: ResponseEvent) -> None:
        seen.append(f"response {event.response.status_code}")

    def on_retry(event: RetryEvent) -> None:
        seen.append(f"retry {event.reason}")

    chain = Hooks(on_request=on_request, on_response=on_response, on_retry=on_retry)
    handler = make_handler(json_response({}, status=500), json_response(CHAT_COMPLETION))
    client = harness.client(handler, hooks=tracing_hooks(provider, chain=chain))
    await create_chat(harness, client)
    assert seen == ["request 0", "response 500", "retry 500", "request 1", "response 200"]
    assert len(exporter.get_finished_spans()) == 1


async def test_tracing_failure_never_breaks_the_call(harness: Harness, exporter: InMemorySpanExporter) -> None:
    class BrokenProvider(TracerProvider):
        def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
            tracer = super().get_tracer(*args, **kwargs)

            class Broken:
                def start_span(self, *args: Any, **kwargs: Any) -> Any:
                    raise RuntimeError("exporter misconfigured")

            del tracer
            return Broken()

    client = harness.client(make_handler(json_response(CHAT_COMPLETION)), hooks=tracing_hooks(BrokenProvider()))
    completion = await create_chat(harness, client)
    assert completion.usage is not None and completion.usage.total_tokens == 19
    assert exporter.get_finished_spans() == ()


async def test_successive_calls_get_separate_spans(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    client = harness.client(
        make_handler(json_response(CHAT_COMPLETION), json_response(CHAT_COMPLETION)), hooks=tracing_hooks(provider)
    )
    await create_chat(harness, client)
    await create_chat(harness, client)
    spans = exporter.get_finished_spans()
    assert [span.name for span in spans] == ["chat gpt-4o-mini", "chat gpt-4o-mini"]
    assert spans[0].context is not None and spans[1].context is not None
    assert spans[0].context.span_id != spans[1].context.span_id


async def test_concurrent_calls_keep_their_own_spans(
    harness: Harness, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        model = json.loads(request.content)["model"]
        return json_response({**CHAT_COMPLETION, "id": f"chatcmpl-{model}", "model": model})

    client = harness.client(handler, hooks=tracing_hooks(provider))
    models = [f"model-{index}" for index in range(8)]
    if harness.is_async:
        await asyncio.gather(*(create_chat_with(harness, client, model) for model in models))
    else:
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(partial(create_sync, client), models))

    spans = exporter.get_finished_spans()
    assert sorted(span.name for span in spans) == sorted(f"chat {model}" for model in models)
    for span in spans:
        assert span.attributes is not None
        model = span.attributes["gen_ai.request.model"]
        assert span.attributes["gen_ai.response.id"] == f"chatcmpl-{model}"
        assert span.attributes["gen_ai.response.model"] == model


def create_sync(client: Any, model: str) -> Any:
    return client.chat.completions.create(model=model, messages=MESSAGES)


async def create_chat_with(harness: Harness, client: Any, model: str) -> Any:
    return await harness.call(client.chat.completions.create(model=model, messages=MESSAGES))


def test_a_call_that_never_finished_is_closed_by_the_next_one(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    # A cancelled call reports no final event; the next call in the same context closes its span as an error.
    tracer = OpenTelemetryTracer(provider)
    request = httpx.Request("GET", "https://api.openai.com/v1/models")
    tracer.on_request(RequestEvent(1, "GET /models", 0, 0.0, request))
    tracer.on_request(RequestEvent(2, "GET /models", 0, 0.0, request))
    tracer.on_response(ResponseEvent(2, "GET /models", 0, 0.1, request, httpx.Response(200, request=request)))

    abandoned, finished = exporter.get_finished_spans()
    assert abandoned.status.status_code == StatusCode.ERROR
    assert abandoned.attributes is not None and abandoned.attributes["error.type"] == "cancelled"
    assert finished.status.status_code == StatusCode.UNSET
    assert finished.attributes is not None and finished.attributes["http.response.status_code"] == 200
    assert finished.attributes["server.port"] == 443


def test_events_of_unknown_calls_are_ignored(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    tracer = OpenTelemetryTracer(provider)
    request = httpx.Request("GET", "https://api.openai.com/v1/models")
    tracer.on_response(ResponseEvent(7, "GET /models", 0, 0.1, request, httpx.Response(200, request=request)))
    tracer.on_error(ErrorEvent(7, "GET /models", 0, 0.1, request, RuntimeError("x")))
    assert exporter.get_finished_spans() == ()
