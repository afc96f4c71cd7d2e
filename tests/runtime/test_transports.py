"""Robust SDK-owned connection pools: a new event loop, or a forked process, gets a fresh pool.

These run against the built-in local server over real loopback sockets, because the failures they guard
against ("Event loop is closed", connections shared across processes) only exist with real connections.
"""

from __future__ import annotations

import os
import sys
import asyncio
from typing import Any, Iterator

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server
from openai._base_client import SyncHttpxClientWrapper, AsyncHttpxClientWrapper


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def test_async_client_survives_successive_event_loops(server: Server) -> None:
    client = AsyncOpenAI(base_url=server.url, api_key="k", max_retries=0)

    async def call() -> Any:
        return await client.get("/models", cast_to=object)

    first = asyncio.run(call())
    second = asyncio.run(call())  # the first loop is closed now; its connections are unusable
    assert first == second

    async def close() -> None:
        await client.close()

    asyncio.run(close())
    assert client.is_closed()


def test_async_pool_is_rebuilt_only_when_the_loop_changes(server: Server) -> None:
    client = AsyncOpenAI(base_url=server.url, api_key="k", max_retries=0)
    assert isinstance(client._client, AsyncHttpxClientWrapper)
    transports: list[object] = []

    async def two_calls() -> None:
        for _ in range(2):
            await client.get("/models", cast_to=object)
            transports.append(client._client._transport)

    asyncio.run(two_calls())
    asyncio.run(two_calls())
    assert transports[0] is transports[1]
    assert transports[2] is transports[3]
    assert transports[1] is not transports[2]


def test_user_supplied_async_client_is_left_alone(server: Server) -> None:
    import httpx

    http_client = httpx.AsyncClient()
    client = AsyncOpenAI(base_url=server.url, api_key="k", http_client=http_client)
    transport = http_client._transport

    async def call() -> None:
        await client.get("/models", cast_to=object)
        await client.close()

    asyncio.run(call())
    assert http_client._transport is transport


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX-only")
def test_forked_child_gets_a_fresh_pool(server: Server) -> None:
    client = OpenAI(base_url=server.url, api_key="k", max_retries=0)
    assert isinstance(client._client, SyncHttpxClientWrapper)
    client.get("/models", cast_to=object)
    parent_transport = client._client._transport

    pid = os.fork()
    if pid == 0:  # child: exit status reports the outcome (no pytest machinery here)
        code = 1
        try:
            client.get("/models", cast_to=object)
            code = 0 if client._client._transport is not parent_transport else 2
        finally:
            sys.stdout.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    # The parent keeps using its own pool.
    client.get("/models", cast_to=object)
    assert client._client._transport is parent_transport
    client.close()
