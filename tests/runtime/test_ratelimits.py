"""Rate-limit awareness: `x-ratelimit-*` headers parsed, reachable from every result, and the opt-in limiter."""

from __future__ import annotations

from typing import Any, Optional

import httpx
import pytest

import openai._pipeline
from openai import BaseModel, RateLimits, RateLimitError
from openai._ratelimits import parse_duration
from openai._base_client import make_request_options

from .conftest import Harness, make_handler, json_response

LIMIT_HEADERS = {
    "x-ratelimit-limit-requests": "60",
    "x-ratelimit-limit-tokens": "150000",
    "x-ratelimit-remaining-requests": "59",
    "x-ratelimit-remaining-tokens": "149984",
    "x-ratelimit-reset-requests": "1s",
    "x-ratelimit-reset-tokens": "6m0s",
}


class Thing(BaseModel):
    id: str


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("6m0s", 360.0), ("1s", 1.0), ("20ms", 0.02), ("1h2m3.5s", 3723.5), ("0.5", 0.5), ("17ms", 0.017)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "5x", "1s garbage", "s1"])
def test_parse_duration_rejects_garbage(text: str) -> None:
    assert parse_duration(text) is None


def test_from_headers() -> None:
    limits = RateLimits.from_headers(httpx.Headers(LIMIT_HEADERS))
    assert limits == RateLimits(
        limit_requests=60,
        limit_tokens=150000,
        remaining_requests=59,
        remaining_tokens=149984,
        reset_requests=1.0,
        reset_tokens=360.0,
    )
    assert limits is not None and limits.wait_needed() == 0.0
    assert RateLimits.from_headers(httpx.Headers({"content-type": "application/json"})) is None
    assert RateLimits(remaining_tokens=0, reset_tokens=2.5, remaining_requests=0, reset_requests=1).wait_needed() == 2.5


async def test_limits_are_reachable_from_models_raw_responses_and_errors(harness: Harness) -> None:
    ok = json_response({"id": "t"}, headers=LIMIT_HEADERS)
    limited = json_response(
        {"error": {"message": "slow"}}, status=429, headers={**LIMIT_HEADERS, "x-should-retry": "false"}
    )
    client = harness.client(make_handler(ok, json_response({"id": "t"}, headers=LIMIT_HEADERS), limited))

    thing = await harness.call(client.get("/thing", cast_to=Thing))
    limits: Optional[RateLimits] = RateLimits.of(thing)
    assert limits is not None and limits.remaining_requests == 59
    assert "x-ratelimit" not in repr(thing) and thing.to_dict() == {"id": "t"}

    raw_options = make_request_options(extra_headers={"X-Stainless-Raw-Response": "true"})
    raw: Any = await harness.call(client.get("/thing", cast_to=Thing, options=raw_options))
    assert raw.rate_limits is not None and raw.rate_limits.reset_tokens == 360.0
    assert RateLimits.of(raw) == raw.rate_limits

    with pytest.raises(RateLimitError) as info:
        await harness.call(client.get("/thing", cast_to=Thing))
    error_limits = RateLimits.of(info.value)
    assert error_limits is not None and error_limits.limit_requests == 60


def test_of_unrelated_values_is_none() -> None:
    assert RateLimits.of(object()) is None
    assert RateLimits.of({"a": 1}) is None


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now


async def test_opt_in_limiter_waits_for_the_reset(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(openai._pipeline, "time", clock)
    exhausted = {**LIMIT_HEADERS, "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "2s"}
    client = harness.client(
        make_handler(json_response({}, headers=exhausted), json_response({}), json_response({})),
        wait_for_rate_limits=True,
    )
    await harness.call(client.get("/a", cast_to=object))
    clock.now += 0.5
    await harness.call(client.get("/b", cast_to=object))
    assert harness.sleeps == [1.5]  # the remaining part of the 2 s reset
    clock.now += 10
    await harness.call(client.get("/c", cast_to=object))
    assert harness.sleeps == [1.5]


async def test_limiter_is_off_by_default(harness: Harness) -> None:
    exhausted = {**LIMIT_HEADERS, "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "20s"}
    client = harness.client(make_handler(json_response({}, headers=exhausted), json_response({})))
    await harness.call(client.get("/a", cast_to=object))
    await harness.call(client.get("/b", cast_to=object))
    assert harness.sleeps == []
    assert client.with_options(wait_for_rate_limits=True).wait_for_rate_limits is True
