#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Retry policies, call deadlines, the stream idle timeout and client hooks, shown on scripted failures.

Each section injects failures into the built-in local server (`openai.testing.Server`): 503s that carry
`retry-after-ms`, slow replies and a stream that stalls midway. Hooks print every attempt and retry, and the
script asserts what it prints. Failures cannot be scripted on the real API, so this example always uses the
built-in server, even when OPENAI_BASE_URL or OPENAI_API_KEY is set.
"""

from __future__ import annotations

import sys
import time
import asyncio
from typing import Any, List

import httpx

from openai import (
    Hooks,
    OpenAI,
    ErrorEvent,
    RetryEvent,
    AsyncOpenAI,
    RetryPolicy,
    RequestEvent,
    ConflictError,
    ResponseEvent,
    APITimeoutError,
    APIConnectionError,
    InternalServerError,
)
from openai.testing import Fault, Reply, Server

MESSAGES: Any = [{"role": "user", "content": "Tell me a story"}]


class Recorder:
    """Hooks that print each event and keep it, so the script can assert what happened."""

    def __init__(self) -> None:
        self.events: List[RequestEvent] = []

    def _record(self, event: RequestEvent, text: str) -> None:
        self.events.append(event)
        print(f"  [{event.elapsed:5.2f}s] {event.operation} attempt {event.attempt}: {text}")

    def on_request(self, event: RequestEvent) -> None:
        self._record(event, "sent")

    def on_response(self, event: ResponseEvent) -> None:
        self._record(event, f"HTTP {event.response.status_code}")

    def on_retry(self, event: RetryEvent) -> None:
        self._record(event, f"retry in {event.delay:.2f}s (reason: {event.reason})")

    def on_error(self, event: ErrorEvent) -> None:
        self._record(event, f"failed with {type(event.error).__name__}")

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=self.on_request, on_response=self.on_response, on_retry=self.on_retry, on_error=self.on_error
        )

    def of_type(self, kind: type[RequestEvent]) -> List[RequestEvent]:
        return [event for event in self.events if type(event) is kind]


def server_requested_waits(server: Server) -> None:
    print("1. Two 503s asking for `retry-after-ms`, then success (default policy):")
    server.queue("models.list", Fault(status=503, retry_after_ms=50), Fault(status=503, retry_after_ms=120))
    recorder = Recorder()
    client = OpenAI(base_url=server.url, api_key="test", hooks=recorder.hooks())
    page = client.models.list()
    retries = [event for event in recorder.of_type(RetryEvent) if isinstance(event, RetryEvent)]
    # The server's requested waits are used exactly; the hooks saw three attempts of one call.
    assert [(event.attempt, event.reason, event.delay) for event in retries] == [(0, "503", 0.05), (1, "503", 0.12)]
    assert [event.attempt for event in recorder.of_type(RequestEvent)] == [0, 1, 2]
    assert len({event.call_id for event in recorder.events}) == 1
    print(f"  -> {len(page.data)} models after {len(retries)} retries\n")
    client.close()


def custom_policy(server: Server) -> None:
    print("2. A custom policy: 50 ms backoff tripling, no jitter, and 409 is not retried:")
    policy = RetryPolicy(max_retries=3, initial_delay=0.05, multiplier=3, jitter=0, retry_statuses={408, 429})
    server.queue("models.list", Fault(status=500), Fault(status=502), Fault(status=500))
    recorder = Recorder()
    client = OpenAI(base_url=server.url, api_key="test", retry_policy=policy, hooks=recorder.hooks())
    client.models.list()
    # Rounded only to drop float noise: 0.05 * 3 is 0.15000000000000002.
    delays = [round(event.delay, 9) for event in recorder.events if isinstance(event, RetryEvent)]
    assert delays == [0.05, 0.15, 0.45], delays
    print("  a 409 with the same policy:")
    server.queue("models.list", Fault(status=409))
    with_conflict = Recorder()
    try:
        client.with_options(hooks=with_conflict.hooks()).models.list()
    except ConflictError as err:
        print(f"  -> {type(err).__name__} (HTTP {err.status_code}), no retry")
        assert not any(isinstance(event, RetryEvent) for event in with_conflict.events)
    else:
        raise AssertionError("a 409 outside retry_statuses must fail at once")
    print()
    client.close()


def deadline_cuts_retries_short(server: Server) -> None:
    print("3. A 1 s deadline against a server that keeps answering 503 (retry-after-ms 300, 10 retries allowed):")
    server.queue("models.list", Fault(status=503, retry_after_ms=300), times=None)
    recorder = Recorder()
    client = OpenAI(base_url=server.url, api_key="test", max_retries=10, deadline=1.0, hooks=recorder.hooks())
    started = time.monotonic()
    try:
        client.models.list()
    except InternalServerError as err:
        elapsed = time.monotonic() - started
        attempts = len(recorder.of_type(RequestEvent))
        print(f"  -> gave up with HTTP {err.status_code} after {attempts} attempts ({elapsed:.2f}s)\n")
        # 300 ms waits inside a 1 s budget: at most four attempts, far fewer than the eleven allowed.
        assert 1 <= attempts <= 4
    else:
        raise AssertionError("the server never succeeds, so the call must fail")
    finally:
        server.reset()
        client.close()


def deadline_on_a_slow_reply(server: Server) -> None:
    print("4. A 0.5 s deadline against a reply that takes 3 s:")
    server.queue("models.list", Reply(delay=3.0))
    recorder = Recorder()
    client = OpenAI(base_url=server.url, api_key="test", hooks=recorder.hooks())
    try:
        client.with_options(deadline=0.5).models.list()
    except APITimeoutError as err:
        print(f"  -> {type(err).__name__}: {err}\n")
        assert isinstance(recorder.events[-1], ErrorEvent)
    else:
        raise AssertionError("the deadline must end the call before the reply arrives")
    client.close()


def stalled_stream(server: Server) -> None:
    print("5. A stream that opens, then sends no event for 5 s, read with a 1 s idle (read) timeout:")
    server.queue("chat.completions.create", Reply(text="Once upon a time", chunk_delay=5.0))
    client = OpenAI(base_url=server.url, api_key="test", timeout=httpx.Timeout(30.0, read=1.0))
    received: List[str] = []
    opened = False
    try:
        stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
        opened = True  # the response headers arrived: the stall happens mid-stream
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                received.append(chunk.choices[0].delta.content)
    except APIConnectionError as err:
        # The read timeout also bounds the wait for the headers, so on a very busy machine the call can time out
        # before the stream opens (APITimeoutError); once open, a stall ends it with APIStreamInterruptedError.
        where = "mid-stream" if opened else "before the stream opened"
        print(f"  -> {type(err).__name__} {where}: {err} (received {len(received)} text deltas)\n")
    else:
        raise AssertionError("a stalled stream must raise instead of hanging")
    client.close()


async def async_hooks_and_policy(server: Server) -> None:
    print("6. Hooks and a retry policy on AsyncOpenAI:")
    server.queue("models.list", Fault(status=503, retry_after_ms=20))
    recorder = Recorder()
    client = AsyncOpenAI(
        base_url=server.url, api_key="test", hooks=recorder.hooks(), retry_policy=RetryPolicy(max_retries=1)
    )
    page = await client.models.list()
    assert [event.attempt for event in recorder.of_type(RequestEvent)] == [0, 1]
    print(f"  -> {len(page.data)} models\n")
    await client.close()


def main() -> int:
    with Server() as server:
        print(f"(using the built-in server at {server.url})\n")
        server_requested_waits(server)
        custom_policy(server)
        deadline_cuts_retries_short(server)
        deadline_on_a_slow_reply(server)
        stalled_stream(server)
        asyncio.run(async_hooks_and_policy(server))

        # One AsyncOpenAI used from two successive event loops: the second gets a fresh connection pool.
        shared = AsyncOpenAI(base_url=server.url, api_key="test")

        async def count_models() -> int:
            return len((await shared.models.list()).data)

        first, second = asyncio.run(count_models()), asyncio.run(count_models())
        assert first == second
        print(f"7. One AsyncOpenAI across two asyncio.run() calls: {first} models both times")
        asyncio.run(shared.close())
    return 0


if __name__ == "__main__":
    sys.exit(main())
