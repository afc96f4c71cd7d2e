"""Fixtures for the built-in server's tests: one server per module, reached over its socket and in-process.

`oai` and `async_oai` are parametrised over the two ways a client reaches the server (`socket`, `in_process`),
so every behaviour is checked through both adapters. Retries are disabled unless a test asks for them.
"""

from __future__ import annotations

from typing import Iterator, AsyncIterator

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_state(server: Server) -> Iterator[None]:
    server.reset()
    yield
    server.reset()


@pytest.fixture(params=["socket", "in_process"])
def oai(request: pytest.FixtureRequest, server: Server) -> Iterator[OpenAI]:
    with server.client(in_process=request.param == "in_process", max_retries=0) as client:
        yield client


@pytest.fixture(params=["socket", "in_process"])
async def async_oai(request: pytest.FixtureRequest, server: Server) -> AsyncIterator[AsyncOpenAI]:
    async with server.async_client(in_process=request.param == "in_process", max_retries=0) as client:
        yield client
