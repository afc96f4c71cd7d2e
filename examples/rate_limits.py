#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Rate-limit awareness: the `x-ratelimit-*` headers as `openai.RateLimits`, and the opt-in client-side limiter.

The built-in local server (`openai.testing.Server`) is scripted to send the headers the API sends, in its
formats (`6m0s`, `1s`, `20ms`). The script reads the limits from a parsed result, a raw response, a stream and
a `RateLimitError`. It then shows `wait_for_rate_limits=True` holding a request back until an exhausted budget
resets, and asserts every value it prints. The headers and the 429 cannot be scripted on the real API, so this
example always uses the built-in server, even when OPENAI_BASE_URL or OPENAI_API_KEY is set.
"""

from __future__ import annotations

import sys
import time
import asyncio
from typing import Any, List

from openai import Hooks, OpenAI, RateLimits, AsyncOpenAI, RequestEvent, RateLimitError
from openai.testing import Fault, Reply, Server

MESSAGES: Any = [{"role": "user", "content": "Hello"}]

LIMIT_HEADERS = {
    "x-ratelimit-limit-requests": "5000",
    "x-ratelimit-limit-tokens": "160000",
    "x-ratelimit-remaining-requests": "4999",
    "x-ratelimit-remaining-tokens": "159970",
    "x-ratelimit-reset-requests": "12ms",
    "x-ratelimit-reset-tokens": "6m0s",
}
EXPECTED = RateLimits(
    limit_requests=5000,
    limit_tokens=160000,
    remaining_requests=4999,
    remaining_tokens=159970,
    reset_requests=0.012,
    reset_tokens=360.0,
)


def show(label: str, limits: RateLimits | None) -> None:
    if limits is None:
        print(f"  {label}: no x-ratelimit-* headers")
        return
    print(
        f"  {label}: {limits.remaining_requests}/{limits.limit_requests} requests "
        f"(reset in {limits.reset_requests}s), {limits.remaining_tokens}/{limits.limit_tokens} tokens "
        f"(reset in {limits.reset_tokens}s), wait needed: {limits.wait_needed()}s"
    )


def read_limits(server: Server, client: OpenAI) -> None:
    print("1. The limits reported with every kind of result:")
    server.queue("chat.completions.create", Reply(text="Hi!", headers=LIMIT_HEADERS), times=3)

    completion = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    show("parsed result", RateLimits.of(completion))
    assert RateLimits.of(completion) == EXPECTED

    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES)
    show("raw response ", raw.rate_limits)
    assert raw.rate_limits == EXPECTED

    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    with stream:
        show("stream       ", RateLimits.of(stream))
        assert RateLimits.of(stream) == EXPECTED

    # Without the headers there is nothing to report, rather than a value full of `None`s.
    plain = client.models.list()
    show("no headers   ", RateLimits.of(plain))
    assert RateLimits.of(plain) is None
    print()


def rate_limit_error(server: Server, client: OpenAI) -> None:
    print("2. A 429 carries the limits too:")
    exhausted = {**LIMIT_HEADERS, "x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1s"}
    server.queue("chat.completions.create", Fault(status=429, headers=exhausted))
    try:
        client.with_options(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    except RateLimitError as err:
        show("RateLimitError", err.rate_limits)
        assert err.rate_limits is not None and err.rate_limits.wait_needed() == 1.0
        assert RateLimits.of(err) == err.rate_limits
    else:
        raise AssertionError("the scripted 429 must raise RateLimitError")
    print()


def header_formats() -> None:
    print("3. Duration formats the API uses:")
    for text in ("6m0s", "1s", "20ms", "1h2m3.5s", "0.5"):
        limits = RateLimits.from_headers({"x-ratelimit-reset-tokens": text})
        assert limits is not None and limits.reset_tokens is not None
        print(f"  {text!r:>12} -> {limits.reset_tokens:g} s")
    assert RateLimits.from_headers({"x-ratelimit-reset-tokens": "6m0s"}) == RateLimits(reset_tokens=360.0)
    print()


def client_side_limiter(server: Server) -> None:
    print("4. wait_for_rate_limits=True: the client waits for the reset instead of sending a doomed request:")
    exhausted = {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "400ms"}
    server.queue("chat.completions.create", Reply(text="Last one for now.", headers=exhausted))
    server.queue("chat.completions.create", Reply(text="Budget is back."))
    sent_at: List[float] = []

    def on_request(event: RequestEvent) -> None:
        sent_at.append(time.monotonic())

    client = OpenAI(base_url=server.url, api_key="test", wait_for_rate_limits=True, hooks=Hooks(on_request=on_request))
    for _ in range(2):
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
        print(f"  [{sent_at[-1] - sent_at[0]:5.2f}s] {completion.choices[0].message.content}")
    # The second request went out only after the 400 ms reset (a sleep never ends early).
    assert sent_at[1] - sent_at[0] >= 0.4
    client.close()
    print()


async def async_limits(server: Server) -> None:
    print("5. The same on AsyncOpenAI:")
    server.queue("embeddings.create", Reply(headers=LIMIT_HEADERS))
    async with AsyncOpenAI(base_url=server.url, api_key="test") as client:
        embedding = await client.embeddings.create(model="text-embedding-3-small", input="hello")
        show("embeddings", RateLimits.of(embedding))
        assert RateLimits.of(embedding) == EXPECTED


def main() -> int:
    with Server() as server:
        print(f"(using the built-in server at {server.url})\n")
        with OpenAI(base_url=server.url, api_key="test") as client:
            read_limits(server, client)
            rate_limit_error(server, client)
        header_formats()
        client_side_limiter(server)
        asyncio.run(async_limits(server))
    return 0


if __name__ == "__main__":
    sys.exit(main())
