"""vcrpy cassettes replay for the default clients, sync and async, with sockets blocked.

vcrpy patches httpx's transports (`httpx.HTTPTransport.handle_request`, `httpx.AsyncHTTPTransport.
handle_async_request`). `cassettes/openai_api.yaml` was recorded from the built-in server with the real API host in
its URLs (`python -m tests.interop.record_cassettes`); the round-trip tests record a fresh cassette from the built-in
server over 127.0.0.1 and replay it with the server stopped and sockets blocked.
"""

from __future__ import annotations

from typing import Any, Callable
from pathlib import Path

import pytest
import pytest_socket

import openai
from openai.testing import Server

from ._payloads import MESSAGES, SYNC_CLIENTS, ASYNC_CLIENTS
from .record_cassettes import record, use_cassette

CASSETTE = str(Path(__file__).parent / "cassettes" / "openai_api.yaml")


def sync_calls(client: openai.OpenAI) -> tuple[Any, str, list[str]]:
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    streamed = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    models = [model.id for model in client.models.list()]
    return completion, streamed, models


async def async_calls(client: openai.AsyncOpenAI) -> tuple[Any, str, list[str]]:
    completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    stream = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    streamed = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    models = [model.id async for model in client.models.list()]
    return completion, streamed, models


@pytest.mark.disable_socket
@pytest.mark.parametrize("make_client", SYNC_CLIENTS.values(), ids=SYNC_CLIENTS.keys())
def test_sync_replays_the_cassette(make_client: Callable[[], openai.OpenAI]) -> None:
    with use_cassette(CASSETTE, record_mode="none") as cassette, make_client() as client:
        completion, streamed, models = sync_calls(client)
    assert completion.choices[0].message.content == "Hello from the cassette"
    assert streamed == "Streamed from the cassette"
    assert "gpt-4o-mini" in models
    assert cassette.all_played


@pytest.mark.disable_socket
@pytest.mark.parametrize("make_client", ASYNC_CLIENTS.values(), ids=ASYNC_CLIENTS.keys())
async def test_async_replays_the_cassette(make_client: Callable[[], openai.AsyncOpenAI]) -> None:
    with use_cassette(CASSETTE, record_mode="none") as cassette:
        async with make_client() as client:
            completion, streamed, models = await async_calls(client)
    assert completion.choices[0].message.content == "Hello from the cassette"
    assert completion._request_id is not None
    assert streamed == "Streamed from the cassette"
    assert "gpt-4o-mini" in models
    assert cassette.all_played


@pytest.mark.disable_socket
def test_sync_httpx2_client_replays_the_cassette() -> None:
    # vcrpy patches httpx2's transports as well: the SDK's httpx2 clients replay the same cassette.
    with (
        use_cassette(CASSETTE, record_mode="none"),
        openai.OpenAI(api_key="sk-x", http_client=openai.DefaultHttpx2Client()) as client,
    ):
        completion, streamed, models = sync_calls(client)
    assert completion.choices[0].message.content == "Hello from the cassette"
    assert streamed == "Streamed from the cassette"
    assert "gpt-4o-mini" in models


@pytest.mark.disable_socket
async def test_async_httpx2_client_replays_the_cassette() -> None:
    with use_cassette(CASSETTE, record_mode="none"):
        async with openai.AsyncOpenAI(api_key="sk-x", http_client=openai.DefaultAsyncHttpx2Client()) as client:
            completion, streamed, models = await async_calls(client)
    assert completion.choices[0].message.content == "Hello from the cassette"
    assert streamed == "Streamed from the cassette"
    assert "gpt-4o-mini" in models


@pytest.mark.disable_socket
async def test_async_request_missing_from_the_cassette_is_refused_not_sent() -> None:
    with use_cassette(CASSETTE, record_mode="none"):
        async with openai.AsyncOpenAI(api_key="sk-x", max_retries=0) as client:
            with pytest.raises(openai.APIConnectionError) as info:
                await client.files.list()
    assert "CannotOverwriteExistingCassetteException" in repr(info.value.__cause__)


def test_sync_record_from_the_builtin_server_then_replay_offline(tmp_path: Path) -> None:
    cassette = tmp_path / "sync.yaml"
    with Server() as server:
        record(server, cassette)
    pytest_socket.disable_socket(allow_unix_socket=True)
    with use_cassette(cassette, record_mode="none"), openai.OpenAI(api_key="sk-x") as client:
        completion, streamed, models = sync_calls(client)
    assert completion.choices[0].message.content == "Hello from the cassette"
    assert streamed == "Streamed from the cassette"
    assert models


async def test_async_record_from_the_builtin_server_then_replay_offline(tmp_path: Path) -> None:
    cassette = tmp_path / "async.yaml"
    with Server() as server:
        # The recording itself runs through the async default client.
        with use_cassette(cassette, record_mode="all", filter_headers=["authorization"]):
            async with openai.AsyncOpenAI(api_key="sk-recording", base_url=server.url) as client:
                server.reply("chat.completions.create", "Recorded asynchronously")
                await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
        base_url = server.url
    pytest_socket.disable_socket(allow_unix_socket=True)
    with use_cassette(cassette, record_mode="none") as played:
        async with openai.AsyncOpenAI(api_key="sk-x", base_url=base_url) as client:
            completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert completion.choices[0].message.content == "Recorded asynchronously"
    assert played.play_count == 1
