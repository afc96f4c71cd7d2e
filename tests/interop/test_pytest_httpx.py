"""pytest-httpx (`httpx_mock` fixture) intercepts every request of the default clients, sync and async.

pytest-httpx patches `httpx.HTTPTransport.handle_request` and `httpx.AsyncHTTPTransport.handle_async_request`;
sockets are blocked, so a request that slipped past the mock would fail instead of reaching the network.
"""

from __future__ import annotations

import json
from typing import Callable

import pytest
from pytest_httpx import HTTPXMock, IteratorStream

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
def test_sync_chat_completion(httpx_mock: HTTPXMock, make_client: Callable[[], openai.OpenAI]) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=CHAT_COMPLETION)
    with make_client() as client:
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].message.content == "Hello from the mock"
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert json.loads(request.content) == {"model": "gpt-4o-mini", "messages": MESSAGES}


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_chat_completion(httpx_mock: HTTPXMock, make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    httpx_mock.add_response(method="POST", url=CHAT_URL, json=CHAT_COMPLETION)
    async with make_client() as client:
        completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].message.content == "Hello from the mock"
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content)["model"] == "gpt-4o-mini"


@pytest.mark.parametrize("make_client", SYNC_CLIENTS.values(), ids=SYNC_CLIENTS.keys())
def test_sync_streaming(httpx_mock: HTTPXMock, make_client: Callable[[], openai.OpenAI]) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, stream=IteratorStream([SSE_BODY[:50], SSE_BODY[50:]]))
    with make_client() as client:
        stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
        parts = [c.choices[0].delta.content for c in stream if c.choices[0].delta.content]
    assert parts == STREAM_PARTS


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_streaming(httpx_mock: HTTPXMock, make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    httpx_mock.add_response(url=CHAT_URL, headers=SSE_HEADERS, content=SSE_BODY)
    async with make_client() as client:
        stream = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
        parts = [c.choices[0].delta.content async for c in stream if c.choices[0].delta.content]
    assert parts == STREAM_PARTS


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_error_status_raises_the_sdk_error(
    httpx_mock: HTTPXMock, make_client: Callable[[], openai.AsyncOpenAI]
) -> None:
    httpx_mock.add_response(url=MODELS_URL, status_code=401, json={"error": {"message": "bad key", "type": "x"}})
    async with make_client() as client:
        with pytest.raises(openai.AuthenticationError):
            await client.models.list()


@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_transport_errors_are_retried_then_raised(
    httpx_mock: HTTPXMock, make_client: Callable[[], openai.AsyncOpenAI]
) -> None:
    import httpx

    httpx_mock.add_exception(httpx.ConnectError("refused"), url=MODELS_URL, is_reusable=True)
    async with make_client() as client:
        with pytest.raises(openai.APIConnectionError):
            await client.with_options(max_retries=1).models.list()
    assert len(httpx_mock.get_requests()) == 2
