"""Failure paths that depend on the HTTP library's own exception classes, checked on httpx2.

The SDK translates some library exceptions into its own (a dropped stream into `APIStreamInterruptedError`,
re-reading a consumed body into `StreamAlreadyConsumed`); on httpx2 those exceptions are httpx2's classes, not
httpx's, and must be translated all the same.
"""

from __future__ import annotations

from typing import Any, Iterator, AsyncIterator

import httpx
import pytest

from openai import Stream, BaseModel, AsyncStream, APIConnectionError
from openai._exceptions import StreamAlreadyConsumed, APIStreamInterruptedError
from openai._base_client import make_request_options
from tests.runtime.conftest import Harness, make_handler

httpx2: Any = pytest.importorskip("httpx2")

RAW_STREAM = make_request_options(extra_headers={"X-Stainless-Raw-Response": "stream"})


class Chunk(BaseModel):
    id: str


class _Dropping(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends one event, then fails the way a dropped connection does."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'data: {"id": "c1"}\n\n'
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'data: {"id": "c1"}\n\n'
        raise httpx.ReadError("connection reset by peer")


async def test_dropped_stream_raises_stream_interrupted(harness: Harness) -> None:
    dropping = httpx.Response(200, stream=_Dropping(), headers={"content-type": "text/event-stream"})
    client = harness.client(make_handler(dropping))
    cls: Any = AsyncStream[Chunk] if harness.is_async else Stream[Chunk]
    stream = await harness.call(client.post("/chat/completions", cast_to=Chunk, body={}, stream=True, stream_cls=cls))
    received: list[str] = []
    with pytest.raises(APIStreamInterruptedError, match="connection reset by peer"):
        if harness.is_async:
            async for chunk in stream:
                received.append(chunk.id)
        else:
            for chunk in stream:
                received.append(chunk.id)
    assert received == ["c1"]


async def test_reading_a_consumed_streamed_body_raises_the_sdk_error(harness: Harness) -> None:
    client = harness.client(make_handler(httpx.Response(200, stream=httpx.ByteStream(b"abc"))))
    response = await harness.call(client.get("/files/f/content", cast_to=bytes, options=RAW_STREAM))
    if harness.is_async:
        assert [chunk async for chunk in response.iter_bytes()] == [b"abc"]
        with pytest.raises(StreamAlreadyConsumed):
            await response.read()
        await response.close()
    else:
        assert list(response.iter_bytes()) == [b"abc"]
        with pytest.raises(StreamAlreadyConsumed):
            response.read()
        response.close()


class _BrokenJsonBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A JSON body cut off by a connection reset."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": '
        raise httpx.ReadError("connection reset mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": '
        raise httpx.ReadError("connection reset mid-body")


async def test_connection_lost_mid_body_is_retried_then_wrapped_with_the_httpx2_cause(harness: Harness) -> None:
    def broken() -> httpx.Response:
        return httpx.Response(200, stream=_BrokenJsonBody(), headers={"content-type": "application/json"})

    client = harness.client(make_handler(broken(), broken(), broken()))
    with pytest.raises(APIConnectionError, match="connection reset mid-body") as info:
        await harness.call(client.get("/x", cast_to=object))
    assert isinstance(info.value.__cause__, httpx2.ReadError)
    assert len(harness.requests) == 3
    assert len(harness.sleeps) == 2
