"""Per-call `deadline=` on generated methods: the same budget as the client-level deadline, for one call.

Runs over TCP against the built-in server with injected slow failures, sync and async.
"""

from __future__ import annotations

import time
import inspect
from typing import Iterator

import pytest

from openai import OpenAI, AsyncOpenAI, APITimeoutError, InternalServerError
from openai.testing import Fault, Server


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def _slow(server: Server, seconds: float) -> None:
    server.queue("models.list", Fault(status=500, delay=seconds), times=None)


def test_every_generated_method_takes_deadline_after_timeout() -> None:
    for client in (OpenAI(api_key="k", base_url="http://127.0.0.1:1"), AsyncOpenAI(api_key="k", base_url="http://x")):
        for method in (client.models.list, client.chat.completions.create, client.files.content, client.batches.cancel):
            params = inspect.signature(method).parameters
            names = list(params)
            assert names[names.index("timeout") + 1] == "deadline"
            assert params["deadline"].kind is inspect.Parameter.KEYWORD_ONLY


def test_per_call_deadline_raises_like_the_client_deadline(server: Server) -> None:
    _slow(server, 5.0)
    client = server.client(in_process=False, max_retries=2)

    started = time.monotonic()
    with pytest.raises(APITimeoutError) as per_call:
        client.models.list(deadline=0.3)
    assert time.monotonic() - started < 3

    with pytest.raises(APITimeoutError) as client_level:
        client.with_options(deadline=0.3).models.list()
    assert type(per_call.value) is type(client_level.value)
    assert str(per_call.value) == str(client_level.value)


def test_per_call_deadline_skips_retries_that_would_end_after_it(server: Server) -> None:
    # Each attempt fails after 0.2 s; the retry wait (about 0.5 s) would end after the 0.4 s deadline, so the
    # first attempt's error is raised, exactly as with a client-level deadline.
    server.queue("models.list", Fault(status=500, delay=0.2), times=None)
    client = server.client(in_process=False, max_retries=5)
    with pytest.raises(InternalServerError):
        client.models.list(deadline=0.4)
    attempts = [r for r in server.requests if r.operation == "models.list"]
    assert len(attempts) == 1


def test_per_call_deadline_none_removes_the_client_deadline(server: Server) -> None:
    server.queue("models.list", Fault(status=500, delay=0.3), times=1)
    client = server.client(in_process=False, deadline=0.1, max_retries=1)
    page = client.models.list(deadline=None)  # first attempt fails slowly, the retry succeeds
    assert page.data is not None


async def test_async_per_call_deadline_raises_like_the_client_deadline(server: Server) -> None:
    _slow(server, 5.0)
    client = server.async_client(in_process=False, max_retries=2)

    started = time.monotonic()
    with pytest.raises(APITimeoutError) as per_call:
        await client.models.list(deadline=0.3)
    assert time.monotonic() - started < 3

    with pytest.raises(APITimeoutError) as client_level:
        await client.with_options(deadline=0.3).models.list()
    assert str(per_call.value) == str(client_level.value)


def test_invalid_per_call_deadline_is_rejected(server: Server) -> None:
    client = server.client()
    with pytest.raises(ValueError, match="deadline"):
        client.models.retrieve("gpt-4o", deadline=0)
