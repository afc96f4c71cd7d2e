"""OpenTelemetry tracing on the hooks: one span per call with HTTP and GenAI attributes (in-memory exporter)."""

from __future__ import annotations

from typing import Any, Iterator

import httpx
import pytest

from openai import NotFoundError, tracing_hooks

from .conftest import Harness, make_handler, json_response

sdk_trace = pytest.importorskip("opentelemetry.sdk.trace")
in_memory = pytest.importorskip("opentelemetry.sdk.trace.export.in_memory_span_exporter")
export = pytest.importorskip("opentelemetry.sdk.trace.export")

COMPLETION: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [],
    "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
}


@pytest.fixture
def spans() -> Iterator[tuple[Any, Any]]:
    exporter = in_memory.InMemorySpanExporter()
    provider = sdk_trace.TracerProvider()
    provider.add_span_processor(export.SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


async def test_model_call_span_has_genai_attributes(harness: Harness, spans: tuple[Any, Any]) -> None:
    provider, exporter = spans
    client = harness.client(
        make_handler(json_response({}, status=500), json_response(COMPLETION)), hooks=tracing_hooks(provider)
    )
    await harness.call(client.post("/chat/completions", cast_to=object, body={"model": "gpt-4o-mini", "messages": []}))
    (span,) = exporter.get_finished_spans()
    assert span.name == "chat gpt-4o-mini"
    attributes = dict(span.attributes)
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.provider.name"] == "openai"
    assert attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert attributes["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert attributes["gen_ai.response.id"] == "chatcmpl-1"
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (11, 7)
    assert attributes["http.request.method"] == "POST"
    assert attributes["http.response.status_code"] == 200
    assert attributes["http.request.resend_count"] == 1
    assert attributes["server.address"] == "testserver"
    assert [event.name for event in span.events] == ["retry"]


async def test_plain_endpoint_span_and_error_status(harness: Harness, spans: tuple[Any, Any]) -> None:
    provider, exporter = spans
    client = harness.client(make_handler(json_response({"error": {}}, status=404)), hooks=tracing_hooks(provider))
    with pytest.raises(NotFoundError):
        await harness.call(client.get("/files/f1", cast_to=object))
    (span,) = exporter.get_finished_spans()
    assert span.name == "GET /files/f1"
    assert "gen_ai.operation.name" not in span.attributes
    assert span.attributes["error.type"] == "404"
    assert span.status.status_code.name == "ERROR"


async def test_connection_failure_ends_the_span(harness: Harness, spans: tuple[Any, Any]) -> None:
    provider, exporter = spans
    failure = httpx.ConnectError("refused")
    client = harness.client(make_handler(failure), hooks=tracing_hooks(provider), max_retries=0)
    with pytest.raises(Exception, match="Connection error"):
        await harness.call(client.get("/models", cast_to=object))
    (span,) = exporter.get_finished_spans()
    assert span.attributes["error.type"] == "APIConnectionError"
