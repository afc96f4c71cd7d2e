"""A read response is freed as soon as the SDK drops it: no reference cycle waits for the garbage collector."""

from __future__ import annotations

import gc
import weakref
from typing import Any, List, Iterator

import httpx
import pytest

import openai

REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
}


@pytest.fixture
def no_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=REPLY)


def test_sync_response_is_freed_without_a_collection(no_gc: None) -> None:
    seen: List["weakref.ref[httpx.Response]"] = []

    def hook(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    http_client = openai.DefaultHttpxClient(transport=httpx.MockTransport(_handler), event_hooks={"response": [hook]})
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1/v1", http_client=http_client)
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert completion.choices[0].message.content == "hi"
    assert len(seen) == 1 and seen[0]() is None


async def test_async_response_is_freed_without_a_collection(no_gc: None) -> None:
    seen: List["weakref.ref[httpx.Response]"] = []

    async def hook(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    http_client = openai.DefaultAsyncHttpxClient(
        transport=httpx.MockTransport(_handler), event_hooks={"response": [hook]}
    )
    client = openai.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1/v1", http_client=http_client)
    completion = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert completion.choices[0].message.content == "hi"
    assert len(seen) == 1 and seen[0]() is None


def test_raw_response_still_reads_its_body_after_the_stream_is_detached() -> None:
    client = openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1/v1",
        http_client=openai.DefaultHttpxClient(transport=httpx.MockTransport(_handler)),
    )
    raw: Any = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
    )
    http_response: httpx.Response = raw.http_response
    assert http_response.is_closed and http_response.is_stream_consumed
    assert http_response.json() == REPLY
    assert b"".join(http_response.iter_bytes()) == http_response.content
    assert raw.parse().choices[0].message.content == "hi"
    with pytest.raises(httpx.StreamConsumed):
        list(http_response.iter_raw())


def test_real_transport_response_keeps_elapsed_and_is_freed(no_gc: None) -> None:
    from openai.testing import Server

    seen: List["weakref.ref[httpx.Response]"] = []
    with Server() as server:
        client = server.client()

        def hook(response: httpx.Response) -> None:
            seen.append(weakref.ref(response))

        client._client.event_hooks["response"].append(hook)
        raw: Any = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
        )
        assert raw.http_response.elapsed.total_seconds() > 0
        assert raw.parse().choices[0].message.content
        del raw
        assert len(seen) == 1 and seen[0]() is None
        client.models.retrieve("gpt-4o-mini")
        assert len(seen) == 2 and seen[1]() is None
