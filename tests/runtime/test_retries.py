"""Retries and timeouts (CONTRACT 3): which failures retry, how long the client waits, what is raised at the end.

Sleeping is recorded by the harness and jitter is pinned to zero (`random() == 0` → full delay), so every delay
is asserted exactly and no test waits.
"""

from __future__ import annotations

import email.utils
from typing import Iterator, AsyncIterator

import httpx
import pytest

import openai._retry
from openai import (
    OpenAIError,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    InternalServerError,
    APIStreamInterruptedError,
)
from openai._retry import retry_delay, retry_after_seconds, should_retry_response

from .conftest import Harness, make_handler, json_response


def error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response({"error": {"message": "boom"}}, status=status, headers=headers)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
async def test_retryable_statuses_are_retried(harness: Harness, status: int) -> None:
    client = harness.client(make_handler(error(status), json_response({"ok": True})))
    assert await harness.call(client.get("/x", cast_to=object)) == {"ok": True}
    assert len(harness.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 418, 422])
async def test_other_client_errors_are_not_retried(harness: Harness, status: int) -> None:
    client = harness.client(make_handler(error(status)))
    with pytest.raises(APIStatusError) as info:
        await harness.call(client.get("/x", cast_to=object))
    assert info.value.status_code == status
    assert len(harness.requests) == 1
    assert harness.sleeps == []


async def test_default_budget_is_three_attempts_with_increasing_retry_count(harness: Harness) -> None:
    client = harness.client(make_handler(error(500), error(500), error(500)))
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object))
    assert [r.headers["x-stainless-retry-count"] for r in harness.requests] == ["0", "1", "2"]
    assert harness.sleeps == [0.5, 1.0]


async def test_x_should_retry_true_retries_a_non_retryable_status(harness: Harness) -> None:
    client = harness.client(make_handler(error(400, {"x-should-retry": "true"}), json_response({})))
    await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 2


async def test_x_should_retry_false_suppresses_retry(harness: Harness) -> None:
    client = harness.client(make_handler(error(503, {"x-should-retry": "false"})))
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_retry_after_ms_is_honoured_exactly(harness: Harness) -> None:
    client = harness.client(make_handler(error(429, {"retry-after-ms": "10"}), json_response({})))
    await harness.call(client.get("/x", cast_to=object))
    assert harness.sleeps == [0.01]


async def test_retry_after_seconds_is_honoured(harness: Harness) -> None:
    client = harness.client(make_handler(error(429, {"retry-after": "3"}), json_response({})))
    await harness.call(client.get("/x", cast_to=object))
    assert harness.sleeps == [3.0]


async def test_retry_after_beyond_bound_is_not_retried(harness: Harness) -> None:
    client = harness.client(make_handler(error(429, {"retry-after": "121"})))
    with pytest.raises(RateLimitError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_unparseable_retry_after_falls_back_to_backoff(harness: Harness) -> None:
    client = harness.client(make_handler(error(429, {"retry-after": "soon"}), json_response({})))
    await harness.call(client.get("/x", cast_to=object))
    assert harness.sleeps == [0.5]


async def test_max_retries_zero_disables_retries(harness: Harness) -> None:
    client = harness.client(make_handler(error(500)), max_retries=0)
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_per_call_max_retries_option(harness: Harness) -> None:
    client = harness.client(make_handler(error(500), error(500), error(500), error(500), json_response({})))
    await harness.call(client.get("/x", cast_to=object, options={"max_retries": 4}))
    assert len(harness.requests) == 5
    assert harness.sleeps == [0.5, 1.0, 2.0, 4.0]


async def test_with_options_max_retries(harness: Harness) -> None:
    client = harness.client(make_handler(error(500), json_response({})))
    copy = client.with_options(max_retries=0)
    harness.patch_sleep(copy)
    with pytest.raises(InternalServerError):
        await harness.call(copy.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_timeouts_retry_then_raise_api_timeout_error(harness: Harness) -> None:
    timeout = httpx.ReadTimeout("slow")
    client = harness.client(make_handler(timeout, timeout, timeout))
    with pytest.raises(APITimeoutError) as info:
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 3
    assert info.value.__cause__ is timeout
    assert str(info.value) == "Request timed out."
    assert info.value.request.url == "http://testserver/v1/x"


async def test_connection_errors_retry_then_raise_api_connection_error(harness: Harness) -> None:
    failure = httpx.ConnectError("refused")
    client = harness.client(make_handler(failure, failure, failure))
    with pytest.raises(APIConnectionError) as info:
        await harness.call(client.get("/x", cast_to=object))
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.__cause__ is failure
    assert str(info.value) == "Connection error."
    assert info.value.body is None


async def test_connection_error_then_success(harness: Harness) -> None:
    client = harness.client(make_handler(httpx.ConnectError("refused"), json_response({"ok": 1})))
    assert await harness.call(client.get("/x", cast_to=object)) == {"ok": 1}
    assert harness.sleeps == [0.5]


async def test_sdk_errors_raised_while_sending_are_not_retried(harness: Harness) -> None:
    client = harness.client(make_handler(OpenAIError("from a hook"), json_response({})))
    with pytest.raises(OpenAIError, match="from a hook"):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_failed_response_is_closed_before_retrying(harness: Harness) -> None:
    first = error(500)
    client = harness.client(make_handler(first, json_response({})))
    await harness.call(client.get("/x", cast_to=object))
    assert first.is_closed


# -- the pure policy ---------------------------------------------------------------------------------------------


def test_backoff_sequence_is_capped_at_max_delay() -> None:
    assert [retry_delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert retry_delay(10_000) == 8.0


def test_jitter_reduces_delay_by_up_to_a_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openai._retry, "random", lambda: 1.0)
    assert retry_delay(0) == 0.375
    assert retry_delay(1) == 0.75


def test_retry_after_http_date_is_seconds_until_then() -> None:
    now = 1_700_000_000.0
    header = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after_seconds({"retry-after": header}, now=now) == pytest.approx(30.0)


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25


def test_server_delay_outside_bounds_uses_backoff() -> None:
    assert retry_delay(0, {"retry-after": "0"}) == 0.5
    assert retry_delay(0, {"retry-after": "-3"}) == 0.5
    assert retry_delay(1, {"retry-after": "120"}) == 120.0


def test_should_retry_rules() -> None:
    assert should_retry_response(500, {}) is True
    assert should_retry_response(404, {}) is False
    assert should_retry_response(404, {"x-should-retry": "true"}) is True
    assert should_retry_response(500, {"x-should-retry": "false"}) is False
    assert should_retry_response(500, {"retry-after": "500"}) is False
    assert should_retry_response(500, {"Retry-After-Ms": "200000"}) is False


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks off after its first chunk, as when the connection drops mid-response."""

    def __init__(self) -> None:
        self.error = httpx.ReadError("connection reset mid-body")

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"partial": '
        raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"partial": '
        raise self.error


async def test_connection_lost_mid_body_is_retried_then_wrapped(harness: Harness) -> None:
    def broken() -> httpx.Response:
        return httpx.Response(200, stream=_BrokenBody(), headers={"content-type": "application/json"})

    client = harness.client(make_handler(broken(), broken(), broken()))
    with pytest.raises(APIConnectionError) as info:
        await harness.call(client.get("/x", cast_to=object))
    # The body read is part of the attempt: retried per the policy, then wrapped with the cause chained.
    assert len(harness.requests) == 3
    assert len(harness.sleeps) == 2
    assert isinstance(info.value, APIStreamInterruptedError)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    # Code written against the HTTP library's error keeps catching it.
    assert isinstance(info.value, httpx.ReadError)


async def test_connection_lost_mid_body_then_success(harness: Harness) -> None:
    broken = httpx.Response(200, stream=_BrokenBody(), headers={"content-type": "application/json"})
    client = harness.client(make_handler(broken, json_response({"ok": True})))
    assert await harness.call(client.get("/x", cast_to=object)) == {"ok": True}
    assert len(harness.requests) == 2
    assert broken.is_closed


async def test_connection_lost_inside_an_error_body_keeps_the_status_error(harness: Harness) -> None:
    client = harness.client(make_handler(httpx.Response(400, stream=_BrokenBody())))
    with pytest.raises(BadRequestError) as info:
        await harness.call(client.get("/x", cast_to=object))
    assert info.value.status_code == 400
    assert info.value.body is None


async def test_error_responses_are_retried_without_reading_their_body(harness: Harness) -> None:
    unread = httpx.Response(503, stream=_BrokenBody())
    client = harness.client(make_handler(unread, json_response({"ok": True})))
    assert await harness.call(client.get("/x", cast_to=object)) == {"ok": True}
    assert unread.is_closed
