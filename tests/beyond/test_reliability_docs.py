"""Promises made by the README section "Reliability" that the runtime tests do not pin down, checked on the built-in server.

Each test exercises one documented statement, sync and async, through the public API only.
"""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest

import openai
from openai import Hooks, OpenAI, RateLimits, RetryEvent, AsyncOpenAI, RetryPolicy, RateLimitError
from openai.testing import Fault, Reply, Server
from openai._exceptions import APIStreamInterruptedError

MESSAGES: Any = [{"role": "user", "content": "hi"}]
LIMIT_HEADERS = {
    "x-ratelimit-limit-requests": "60",
    "x-ratelimit-remaining-requests": "0",
    "x-ratelimit-reset-requests": "1s",
    "x-ratelimit-limit-tokens": "150000",
    "x-ratelimit-remaining-tokens": "149000",
    "x-ratelimit-reset-tokens": "6m0s",
}


@pytest.fixture
def server() -> Server:
    return Server()


def test_rate_limit_error_carries_the_parsed_limits(server: Server) -> None:
    server.queue("chat.completions.create", Fault(status=429, headers=LIMIT_HEADERS))
    client = server.client(max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    expected = RateLimits(
        limit_requests=60,
        limit_tokens=150000,
        remaining_requests=0,
        remaining_tokens=149000,
        reset_requests=1.0,
        reset_tokens=360.0,
    )
    assert caught.value.rate_limits == expected
    assert RateLimits.of(caught.value) == expected


async def test_status_errors_without_limit_headers_have_none(server: Server) -> None:
    server.queue("models.retrieve", Fault(status=404))
    client = server.async_client(max_retries=0)
    with pytest.raises(openai.NotFoundError) as caught:
        await client.models.retrieve("missing")
    assert caught.value.rate_limits is None


async def test_limits_on_results_and_raw_responses_async(server: Server) -> None:
    server.queue(
        "chat.completions.create",
        Reply(text="ok", headers={**LIMIT_HEADERS, "x-ratelimit-reset-requests": "20ms"}),
        times=2,
    )
    client: AsyncOpenAI = server.async_client()
    completion = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    limits = RateLimits.of(completion)
    assert (
        limits is not None
        and limits.reset_requests == pytest.approx(0.02)
        and limits.wait_needed() == pytest.approx(0.02)
    )
    raw = await client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    assert raw.rate_limits == limits


def test_per_call_policy_through_with_options_and_retry_hook(server: Server) -> None:
    server.queue("models.list", Fault(status=503, retry_after_ms=10), Fault(status=503, retry_after_ms=20))
    retries: List[RetryEvent] = []
    client: OpenAI = server.client(hooks=Hooks(on_retry=retries.append))
    page = client.with_options(retry_policy=RetryPolicy(max_retries=2)).models.list()
    assert page.data is not None
    assert [(event.attempt, event.reason, event.delay) for event in retries] == [(0, "503", 0.01), (1, "503", 0.02)]
    assert all(event.operation == "GET /models" for event in retries)


def test_stalled_stream_raises_instead_of_hanging(server: Server) -> None:
    # The read timeout also bounds the wait for the headers; on a loaded machine they may be the part that times
    # out (APITimeoutError). Either way the call must fail with an APIConnectionError instead of hanging, and once
    # the stream has opened the failure is the mid-stream one.
    server.queue("chat.completions.create", Reply(text="one two three", chunk_delay=10.0))
    opened: List[Any] = []  # the stream, once create() has returned it
    with server:
        client = OpenAI(base_url=server.url, api_key="test", timeout=httpx.Timeout(30, read=1.0), max_retries=0)
        with pytest.raises(openai.APIConnectionError) as caught:
            stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
            opened.append(stream)
            for _ in stream:
                pass
        client.close()
    if opened:
        assert isinstance(caught.value, APIStreamInterruptedError)
        assert opened[0].response.is_closed


async def test_limits_and_request_id_survive_a_post_parser(server: Server) -> None:
    # `embeddings.create` decodes base64 vectors in a post-parser that builds a new response model.
    server.queue("embeddings.create", Reply(headers=LIMIT_HEADERS), times=2)
    sync_result = server.client().embeddings.create(model="text-embedding-3-small", input="hello")
    async_result = await server.async_client().embeddings.create(model="text-embedding-3-small", input="hello")
    for result in (sync_result, async_result):
        limits = RateLimits.of(result)
        assert limits is not None and limits.limit_requests == 60
        # The built-in server sends an `x-request-id` with every response.
        assert result._request_id is not None and result._request_id.startswith("req_")


async def test_stalled_stream_raises_instead_of_hanging_async(server: Server) -> None:
    server.queue("chat.completions.create", Reply(text="one two three", chunk_delay=10.0))
    opened: List[Any] = []  # the stream, once create() has returned it
    with server:
        client = AsyncOpenAI(base_url=server.url, api_key="test", timeout=httpx.Timeout(30, read=1.0), max_retries=0)
        with pytest.raises(openai.APIConnectionError) as caught:
            stream = await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
            opened.append(stream)
            async for _ in stream:
                pass
        await client.close()
    if opened:
        assert isinstance(caught.value, APIStreamInterruptedError)
        assert opened[0].response.is_closed


def test_with_options_max_retries_does_not_override_a_policy_budget(server: Server) -> None:
    # the README section "Reliability": the policy's `max_retries` wins over the client's, including a `with_options()` copy's.
    server.queue("models.list", Fault(status=500), times=3)
    client = server.client(retry_policy=RetryPolicy(max_retries=0))
    with pytest.raises(openai.InternalServerError):
        client.with_options(max_retries=2).models.list()
    assert len(server.requests) == 1
