"""respx intercepts every request of the default clients, sync and async, used the ways its docs show.

respx's default mocker patches httpcore (`AsyncConnectionPool` / `AsyncHTTPConnection` and their sync twins);
`using="httpx"` patches `httpx.Client._transport_for_url`. Sockets are blocked in these tests.
"""

from __future__ import annotations

import json
from typing import Callable

import httpx
import respx
import pytest

import openai

from ._payloads import (
    API_KEY,
    CHAT_URL,
    MESSAGES,
    SSE_BODY,
    MODELS_URL,
    SSE_HEADERS,
    STREAM_PARTS,
    SYNC_CLIENTS,
    ASYNC_CLIENTS,
    CHAT_COMPLETION,
)

pytestmark = pytest.mark.disable_socket


@pytest.mark.parametrize("make_client", SYNC_CLIENTS.values(), ids=SYNC_CLIENTS.keys())
@respx.mock
def test_sync_decorator(make_client: Callable[[], openai.OpenAI]) -> None:
    route = respx.post(CHAT_URL).mock(return_value=httpx.Response(200, json=CHAT_COMPLETION))
    with make_client() as client:
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].message.content == "Hello from the mock"
    assert route.call_count == 1
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
@respx.mock
async def test_async_decorator(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    route = respx.post(CHAT_URL).mock(return_value=httpx.Response(200, json=CHAT_COMPLETION))
    async with make_client() as client:
        completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].message.content == "Hello from the mock"
    assert route.called
    assert json.loads(route.calls.last.request.content) == {"model": "gpt-4o-mini", "messages": MESSAGES}


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_fixture_and_side_effect(
    respx_mock: respx.MockRouter, make_client: Callable[[], openai.AsyncOpenAI]
) -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    respx_mock.get(MODELS_URL).mock(side_effect=reply)
    async with make_client() as client:
        page = await client.models.list()
    assert page.data == []
    assert [str(request.url) for request in seen] == [MODELS_URL]


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_context_manager_with_base_url(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    async with respx.mock(base_url="https://api.openai.com/v1", assert_all_called=True) as mock:
        mock.post("/chat/completions", name="chat").respond(json=CHAT_COMPLETION)
        async with make_client() as client:
            completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
        assert mock["chat"].call_count == 1
    assert completion.id == "chatcmpl-interop"


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_httpx_mocker(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    async with respx.mock(using="httpx") as mock:
        mock.post(CHAT_URL).respond(json=CHAT_COMPLETION)
        async with make_client() as client:
            completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("make_client", SYNC_CLIENTS.values(), ids=SYNC_CLIENTS.keys())
def test_sync_streaming(make_client: Callable[[], openai.OpenAI]) -> None:
    with respx.mock:
        respx.post(CHAT_URL).respond(headers=SSE_HEADERS, content=SSE_BODY)
        with make_client() as client:
            stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
            parts = [c.choices[0].delta.content for c in stream if c.choices[0].delta.content]
    assert parts == STREAM_PARTS


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_streaming(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    async with respx.mock:
        respx.post(CHAT_URL).respond(headers=SSE_HEADERS, content=SSE_BODY)
        async with make_client() as client:
            async with client.chat.completions.with_streaming_response.create(
                model="gpt-4o-mini", messages=MESSAGES, stream=True
            ) as response:
                assert response.headers["content-type"] == "text/event-stream"
                lines = [line async for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    assert len(lines) == len(STREAM_PARTS) + 2


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_unmatched_request_is_reported_not_sent(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    async with respx.mock(assert_all_called=False) as mock:
        mock.get(MODELS_URL).respond(json={"object": "list", "data": []})
        async with make_client() as client:
            with pytest.raises(openai.APIConnectionError) as info:
                await client.with_options(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert "not mocked" in repr(info.value.__cause__)
