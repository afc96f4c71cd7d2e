"""Streaming calls through the client: `stream=True` returns a typed stream, errors surface before iteration."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openai import Stream, BaseModel, AsyncStream, RateLimitError
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import to_raw_response_wrapper, async_to_raw_response_wrapper
from openai._base_client import make_request_options

from .conftest import Harness, make_handler, json_response


class Chunk(BaseModel):
    id: str
    delta: str


SSE_BODY = (
    b'data: {"id": "c1", "delta": "Hel"}\n\n: keep-alive\n\ndata: {"id": "c1", "delta": "lo"}\n\ndata: [DONE]\n\n'
)


def sse_response() -> httpx.Response:
    return httpx.Response(200, stream=httpx.ByteStream(SSE_BODY), headers={"content-type": "text/event-stream"})


def stream_cls(harness: Harness) -> Any:
    return AsyncStream[Chunk] if harness.is_async else Stream[Chunk]


async def test_stream_true_returns_a_typed_stream(harness: Harness) -> None:
    client = harness.client(make_handler(sse_response()))
    stream = await harness.call(
        client.post(
            "/chat/completions", cast_to=Chunk, body={"stream": True}, stream=True, stream_cls=stream_cls(harness)
        )
    )
    assert isinstance(stream, AsyncStream if harness.is_async else Stream)
    chunks = await harness.collect(stream)
    assert [(c.id, c.delta) for c in chunks] == [("c1", "Hel"), ("c1", "lo")]
    assert all(isinstance(c, Chunk) for c in chunks)
    request = harness.requests[0]
    assert request.headers["accept"] == "application/json"
    assert request.content == b'{"stream":true}'
    assert stream.response.is_closed


async def test_http_errors_are_raised_before_iteration(harness: Harness) -> None:
    error = json_response({"error": {"message": "slow down"}}, status=429, headers={"x-should-retry": "false"})
    client = harness.client(make_handler(error))
    with pytest.raises(RateLimitError):
        await harness.call(
            client.post("/chat/completions", cast_to=Chunk, body={}, stream=True, stream_cls=stream_cls(harness))
        )


async def test_stream_uses_the_client_default_stream_class(harness: Harness) -> None:
    client = harness.client(make_handler(sse_response()))
    raw_options = make_request_options(extra_headers={"X-Stainless-Raw-Response": "true"})
    raw = await harness.call(client.post("/chat/completions", cast_to=Chunk, body={}, options=raw_options, stream=True))
    stream = raw.parse()
    assert isinstance(stream, AsyncStream if harness.is_async else Stream)


class Completions(SyncAPIResource):
    def create(self, *, extra_headers: Any = None) -> Stream[Chunk]:
        return self._post(
            "/chat/completions",
            cast_to=Chunk,
            body={"stream": True},
            options=make_request_options(extra_headers=extra_headers),
            stream=True,
            stream_cls=Stream[Chunk],
        )


class AsyncCompletions(AsyncAPIResource):
    async def create(self, *, extra_headers: Any = None) -> AsyncStream[Chunk]:
        return await self._post(
            "/chat/completions",
            cast_to=Chunk,
            body={"stream": True},
            options=make_request_options(extra_headers=extra_headers),
            stream=True,
            stream_cls=AsyncStream[Chunk],
        )


async def test_raw_response_of_a_stream_parses_to_the_stream(harness: Harness) -> None:
    client = harness.client(make_handler(sse_response()))
    if harness.is_async:
        raw = await async_to_raw_response_wrapper(AsyncCompletions(client).create)()
    else:
        raw = to_raw_response_wrapper(Completions(client).create)()
    stream = raw.parse()
    assert [c.delta for c in await harness.collect(stream)] == ["Hel", "lo"]


class Event(BaseModel):
    event: str
    data: Chunk


async def test_synthesize_event_and_data_option_wraps_named_events(harness: Harness) -> None:
    body = b'event: delta\ndata: {"id": "c1", "delta": "x"}\n\ndata: [DONE]\n\n'
    response = httpx.Response(200, stream=httpx.ByteStream(body), headers={"content-type": "text/event-stream"})
    client = harness.client(make_handler(response))
    cls: Any = AsyncStream[Event] if harness.is_async else Stream[Event]
    options: Any = {"synthesize_event_and_data": True}
    stream = await harness.call(client.post("/r", cast_to=Event, body={}, options=options, stream=True, stream_cls=cls))
    (event,) = await harness.collect(stream)
    assert event.event == "delta" and event.data.delta == "x"
