"""Shared fixtures: `client` / `async_client` for the generated API tests, in lenient and strict response modes.

By default they talk to the built-in local server (`openai.testing.Server`), started once per test session and
per pytest-xdist worker (each worker process has its own session, hence its own server and port). The server
runs with `lenient_ids=True` because generated tests address objects by placeholder ids (`retrieve("file_id")`)
without creating them first. With `OPENAI_TEST_BACKEND=prism` the clients talk to the Prism mock server at
`TEST_API_BASE_URL` instead (a contract check of our requests against the spec).
"""

from __future__ import annotations

import os
from typing import Iterator, AsyncIterator

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server

API_KEY = "My API Key"
_BACKEND = os.environ.get("OPENAI_TEST_BACKEND", "builtin").lower()
if _BACKEND not in ("builtin", "prism"):
    raise pytest.UsageError(f"OPENAI_TEST_BACKEND must be 'builtin' or 'prism', got {_BACKEND!r}")


@pytest.fixture(scope="session")
def api_base_url() -> Iterator[str]:
    """Base URL of the mock backend for this session (worker)."""
    if _BACKEND == "prism":
        yield os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
        return
    with Server(lenient_ids=True) as server:
        yield server.url


@pytest.fixture(scope="session", params=[False, True], ids=["loose", "strict"])
def client(request: pytest.FixtureRequest, api_base_url: str) -> Iterator[OpenAI]:
    strict = bool(request.param)
    with OpenAI(
        base_url=api_base_url, api_key=API_KEY, admin_api_key=API_KEY, _strict_response_validation=strict
    ) as sync_client:
        yield sync_client


@pytest.fixture(params=[False, True], ids=["loose", "strict"])
async def async_client(request: pytest.FixtureRequest, api_base_url: str) -> AsyncIterator[AsyncOpenAI]:
    # Function-scoped: an async connection pool belongs to the event loop of the test that opened it.
    strict = bool(request.param)
    async with AsyncOpenAI(
        base_url=api_base_url, api_key=API_KEY, admin_api_key=API_KEY, _strict_response_validation=strict
    ) as async_client:
        yield async_client
