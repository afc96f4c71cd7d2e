"""Opt-in pytest fixtures for testing applications against the built-in server.

Installed as a pytest plugin (entry point `openai_testing`), so the fixtures are available in any project that
has the SDK installed; nothing happens unless a test asks for one of them:

- `openai_server`: a running `openai.testing.Server` for the test, reset afterwards, shared by the session.
- `openai_client`: an `OpenAI` client pointed at `openai_server` over its socket.
- `async_openai_client`: the `AsyncOpenAI` twin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, AsyncIterator

import pytest

from ._server import Server

if TYPE_CHECKING:
    from .._client import OpenAI, AsyncOpenAI

__all__ = ["openai_server", "openai_client", "async_openai_client"]


@pytest.fixture(scope="session")
def _openai_session_server() -> Iterator[Server]:
    with Server() as server:
        yield server


@pytest.fixture
def openai_server(_openai_session_server: Server) -> Iterator[Server]:
    """The session's built-in server, with state, scripts and request log cleared after each test."""
    try:
        yield _openai_session_server
    finally:
        _openai_session_server.reset()


@pytest.fixture
def openai_client(openai_server: Server) -> Iterator[OpenAI]:
    """An `OpenAI` client talking to `openai_server` over HTTP."""
    with openai_server.client(in_process=False) as client:
        yield client


@pytest.fixture
async def async_openai_client(openai_server: Server) -> AsyncIterator[AsyncOpenAI]:
    """An `AsyncOpenAI` client talking to `openai_server` over HTTP."""
    async with openai_server.async_client(in_process=False) as client:
        yield client
