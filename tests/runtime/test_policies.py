"""Beyond the official SDK: retry policies, call deadlines and hooks (defaults must not change the wire).

Time is simulated: the pipeline's clock is replaced by a fake one that the (recorded) sleeps advance, so
deadlines are exercised exactly and instantly.
"""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest

import openai._pipeline
from openai import (
    Hooks,
    ErrorEvent,
    RetryEvent,
    RetryPolicy,
    RequestEvent,
    ResponseEvent,
    APITimeoutError,
    InternalServerError,
)
from openai._retry import DEFAULT_RETRY_POLICY

from .conftest import Harness, make_handler, json_response


class FakeClock:
    """Stands in for the `time` module inside the pipeline."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(openai._pipeline, "time", fake)
    return fake


def with_clock(harness: Harness, client: Any, clock: FakeClock) -> Any:
    """Make the client's sleeps advance the fake clock (and still be recorded)."""
    sleeps = harness.sleeps
    if harness.is_async:

        async def async_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            clock.advance(seconds)

        client._sleep = async_sleep
    else:

        def sync_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            clock.advance(seconds)

        client._sleep = sync_sleep
    return client


def error(status: int) -> httpx.Response:
    return json_response({"error": {"message": "x"}}, status=status)


# -- retry policy ------------------------------------------------------------------------------------------------


def test_default_policy_is_the_documented_behaviour() -> None:
    assert DEFAULT_RETRY_POLICY == RetryPolicy()
    assert [DEFAULT_RETRY_POLICY.delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert DEFAULT_RETRY_POLICY.should_retry_response(409, {}) is True
    assert DEFAULT_RETRY_POLICY.should_retry_response(400, {}) is False


def test_policy_is_immutable_and_validated() -> None:
    policy = RetryPolicy(retry_statuses={429})
    assert policy.retry_statuses == frozenset({429})
    with pytest.raises(AttributeError):
        policy.max_delay = 1.0  # type: ignore[misc] # frozen dataclass
    assert policy.replace(max_delay=1.0).max_delay == 1.0
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=2)
    with pytest.raises(ValueError, match="multiplier"):
        RetryPolicy(multiplier=0.5)
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="initial_delay"):
        RetryPolicy(initial_delay=-1)


async def test_custom_policy_delays_and_statuses(harness: Harness) -> None:
    policy = RetryPolicy(max_retries=3, initial_delay=0.1, multiplier=3, max_delay=0.5, retry_statuses={418})
    client = harness.client(make_handler(error(418), error(418), error(418), json_response({})), retry_policy=policy)
    await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 4
    assert harness.sleeps == pytest.approx([0.1, 0.3, 0.5])


async def test_policy_can_disable_server_error_retries(harness: Harness) -> None:
    client = harness.client(make_handler(error(503)), retry_policy=RetryPolicy(retry_server_errors=False))
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_policy_can_disable_timeout_retries(harness: Harness) -> None:
    client = harness.client(make_handler(httpx.ReadTimeout("slow")), retry_policy=RetryPolicy(retry_timeouts=False))
    with pytest.raises(APITimeoutError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_per_call_policy_and_max_retries_precedence(harness: Harness) -> None:
    client = harness.client(
        make_handler(error(500), error(500), json_response({})), retry_policy=RetryPolicy(max_retries=0)
    )
    await harness.call(client.get("/x", cast_to=object, options={"retry_policy": RetryPolicy(max_retries=2)}))  # type: ignore[typeddict-unknown-key]
    assert len(harness.requests) == 3
    harness.requests.clear()
    client = harness.client(make_handler(error(500), json_response({})), retry_policy=RetryPolicy(max_retries=0))
    await harness.call(client.get("/x", cast_to=object, options={"max_retries": 1}))
    assert len(harness.requests) == 2


async def test_with_options_carries_the_policy(harness: Harness) -> None:
    policy = RetryPolicy(initial_delay=0.05)
    client = harness.client(make_handler(error(500), json_response({})))
    copy = client.with_options(retry_policy=policy)
    harness.patch_sleep(copy)
    assert copy.retry_policy is policy and client.retry_policy is None
    await harness.call(copy.get("/x", cast_to=object))
    assert harness.sleeps == [0.05]
    assert copy.with_options(max_retries=1).retry_policy is policy


# -- deadlines ---------------------------------------------------------------------------------------------------


async def test_deadline_cuts_a_retrying_call_short(harness: Harness, clock: FakeClock) -> None:
    client = with_clock(harness, harness.client(make_handler(error(500), error(500), error(500)), deadline=1.2), clock)
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object, options={"max_retries": 5}))
    # 0.5 s fits in the budget, the next 1.0 s wait would not: two attempts instead of six.
    assert harness.sleeps == [0.5]
    assert len(harness.requests) == 2


async def test_deadline_caps_each_attempt_timeout(harness: Harness, clock: FakeClock) -> None:
    client = with_clock(harness, harness.client(make_handler(json_response({})), deadline=30), clock)
    await harness.call(client.get("/x", cast_to=object))
    timeouts = harness.requests[0].extensions["timeout"]
    assert timeouts == {"connect": 5.0, "read": 30, "write": 30, "pool": 30}
    assert harness.requests[0].headers["x-stainless-read-timeout"] == "30.0"


async def test_deadline_already_spent_raises_timeout(harness: Harness, clock: FakeClock) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(5)
        return error(500)

    client = with_clock(harness, harness.client(slow_failure, deadline=4), clock)
    with pytest.raises(InternalServerError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1


async def test_deadline_of_the_copy_and_per_call(harness: Harness, clock: FakeClock) -> None:
    client = harness.client(make_handler(json_response({}), json_response({})), deadline=10)
    assert client.with_options().deadline == 10
    assert client.with_options(deadline=None).deadline is None
    with_clock(harness, client, clock)
    await harness.call(client.get("/x", cast_to=object, options={"deadline": 2}))  # type: ignore[typeddict-unknown-key]
    assert harness.requests[0].extensions["timeout"]["read"] == 2
    with pytest.raises(ValueError, match="deadline"):
        harness.client(make_handler(), deadline=0)


async def test_timeout_within_deadline_raises_api_timeout_error(harness: Harness, clock: FakeClock) -> None:
    def stall(request: httpx.Request) -> httpx.Response:
        clock.advance(3)
        raise httpx.ReadTimeout("stalled")

    client = with_clock(harness, harness.client(stall, deadline=3.5), clock)
    with pytest.raises(APITimeoutError):
        await harness.call(client.get("/x", cast_to=object))
    assert len(harness.requests) == 1  # 3 s spent + 0.5 s backoff leaves no room for another attempt


# -- hooks -------------------------------------------------------------------------------------------------------


async def test_hooks_see_every_attempt(harness: Harness) -> None:
    events: List[Any] = []
    hooks = Hooks(on_request=events.append, on_response=events.append, on_retry=events.append, on_error=events.append)
    client = harness.client(make_handler(error(500), json_response({"ok": 1})), hooks=hooks)
    await harness.call(client.post("/things", cast_to=object, body={}))
    kinds: List[object] = [type(event) for event in events]
    assert kinds == [RequestEvent, ResponseEvent, RetryEvent, RequestEvent, ResponseEvent]
    assert [event.attempt for event in events] == [0, 0, 0, 1, 1]
    assert all(event.operation == "POST /things" for event in events)
    retry = events[2]
    assert isinstance(retry, RetryEvent)
    assert (retry.delay, retry.reason, retry.error) == (0.5, "500", None)
    assert retry.response is not None and retry.response.status_code == 500
    assert events[4].response.status_code == 200


async def test_error_hook_reports_the_final_error(harness: Harness) -> None:
    errors: List[ErrorEvent] = []
    client = harness.client(make_handler(error(404)), hooks=Hooks(on_error=errors.append))
    with pytest.raises(openai.NotFoundError) as info:
        await harness.call(client.get("/x", cast_to=object))
    assert [event.error for event in errors] == [info.value]


async def test_error_hook_sees_connection_failures(harness: Harness) -> None:
    errors: List[ErrorEvent] = []
    retries: List[RetryEvent] = []
    failure = httpx.ConnectError("refused")
    client = harness.client(
        make_handler(failure, failure), hooks=Hooks(on_error=errors.append, on_retry=retries.append), max_retries=1
    )
    with pytest.raises(openai.APIConnectionError):
        await harness.call(client.get("/x", cast_to=object))
    assert [event.error for event in retries] == [failure]
    assert len(errors) == 1 and isinstance(errors[0].error, openai.APIConnectionError)


async def test_hooks_are_inherited_by_copies(harness: Harness) -> None:
    seen: List[RequestEvent] = []
    client = harness.client(make_handler(json_response({})), hooks=Hooks(on_request=seen.append))
    await harness.call(client.with_options(timeout=3).get("/x", cast_to=object))
    assert len(seen) == 1
