"""A seeded soak of the SDK against the built-in server's fault injection.

Every call gets a plan: for each attempt the policy allows, a fault (chosen with probability `fault_rate`, its kind
uniformly among `FAULT_KINDS`) or none. The server applies the plan by the call's `x-soak-call` header and the
attempt's `x-stainless-retry-count`, and counts the attempts it sees. From the plan alone the expected outcome is
known: how many attempts the retry policy makes, and either success or the exact `openai` exception class. The
soak then checks every call against it:

- a successful call returned the whole answer (a stream that ended without an error yielded every delta);
- a failed call raised the expected documented `openai` exception, never anything else;
- the server saw exactly the attempts the policy allows.

Run the long mode with `./scripts/soak` (or `python -m tests.reliability.soak --scale 10`).
"""

from __future__ import annotations

import os
import sys
import json
import time
import random
import asyncio
import argparse
import threading
from typing import Any, Dict, List, Tuple, Callable, Optional
from collections import Counter
from dataclasses import field, dataclass

import httpx

import openai
from openai import OpenAI, AsyncOpenAI, RetryPolicy
from openai.testing import Fault, Server, RecordedRequest
from openai.types.chat import ChatCompletionMessageParam

__all__ = ["FAULT_KINDS", "Plan", "Soak", "Figures", "rss_bytes", "open_fds"]

MAX_RETRIES = 2
POLICY = RetryPolicy(initial_delay=0.001, max_delay=0.004, jitter=0.5)
MODEL = "gpt-4o-mini"

_HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"

# kind -> fault factory (random source, whether the call streams)
FAULT_KINDS: Dict[str, Callable[[random.Random, bool], Fault]] = {
    "status_500": lambda rng, stream: Fault(status=500),
    "status_502": lambda rng, stream: Fault(status=502),
    "status_503": lambda rng, stream: Fault(status=503),
    "status_429_retry_after_ms": lambda rng, stream: Fault(status=429, retry_after_ms=rng.randint(1, 4)),
    "reset_before_response": lambda rng, stream: Fault(drop=True),
    "cut_after_headers": lambda rng, stream: Fault(cut_after_bytes=0),
    "cut_mid_body": lambda rng, stream: Fault(cut_after_bytes=rng.randint(1, 300)),
    "close_delimited_cut": lambda rng, stream: Fault(cut_after_bytes=rng.randint(1, 300), close_delimited=True),
    "html_200": lambda rng, stream: Fault(status=200, body=_HTML),
    "bad_json_200": lambda rng, stream: Fault(status=200, body=b'{"id": "chatcmpl-', content_type="application/json"),
}

_RETRIED_BEFORE_HEADERS = {
    "status_500",
    "status_502",
    "status_503",
    "status_429_retry_after_ms",
    "reset_before_response",
}
# A non-streamed body that breaks off is retried like a failed send; a stream that has its headers never is.
_RETRIED_BODY_CUTS = {"cut_after_headers", "cut_mid_body"}

_FINAL_ERROR: Dict[Tuple[str, bool], type[Exception]] = {}
for _stream in (False, True):
    _FINAL_ERROR[("status_500", _stream)] = openai.InternalServerError
    _FINAL_ERROR[("status_502", _stream)] = openai.InternalServerError
    _FINAL_ERROR[("status_503", _stream)] = openai.InternalServerError
    _FINAL_ERROR[("status_429_retry_after_ms", _stream)] = openai.RateLimitError
    _FINAL_ERROR[("reset_before_response", _stream)] = openai.APIConnectionError
    _FINAL_ERROR[("html_200", _stream)] = openai.APIResponseValidationError
# An APIConnectionError that is also the HTTP library's own error class (see APIStreamInterruptedError).
_FINAL_ERROR[("cut_after_headers", False)] = openai.APIStreamInterruptedError
_FINAL_ERROR[("cut_mid_body", False)] = openai.APIStreamInterruptedError
_FINAL_ERROR[("close_delimited_cut", False)] = openai.APIResponseValidationError  # looks complete, is not JSON
_FINAL_ERROR[("bad_json_200", False)] = openai.APIResponseValidationError
_FINAL_ERROR[("cut_after_headers", True)] = openai.APIStreamInterruptedError
_FINAL_ERROR[("cut_mid_body", True)] = openai.APIStreamInterruptedError
_FINAL_ERROR[("close_delimited_cut", True)] = openai.APIStreamInterruptedError  # no `[DONE]`
_FINAL_ERROR[("bad_json_200", True)] = openai.APIStreamInterruptedError  # no events, no `[DONE]`


@dataclass
class Plan:
    """What happens to one call: the fault of each attempt (None: answered normally)."""

    call_id: str
    stream: bool
    text: str
    faults: List[Optional[Tuple[str, Fault]]]

    def expected(self) -> Tuple[int, Optional[type[Exception]]]:
        """(attempts the policy makes, the exception the call ends with or None for success)."""
        for attempt, planned in enumerate(self.faults):
            if planned is None:
                return attempt + 1, None
            kind, _ = planned
            retried = kind in _RETRIED_BEFORE_HEADERS or (kind in _RETRIED_BODY_CUTS and not self.stream)
            if not retried or attempt == MAX_RETRIES:
                return attempt + 1, _FINAL_ERROR[(kind, self.stream)]
        raise AssertionError("a plan covers every attempt")


@dataclass
class Figures:
    calls: int = 0
    sync_calls: int = 0
    async_calls: int = 0
    stream_calls: int = 0
    attempts_planned: int = 0
    faults_injected: Counter[str] = field(default_factory=lambda: Counter[str]())
    successes: int = 0
    documented_exceptions: Counter[str] = field(default_factory=lambda: Counter[str]())
    other_exceptions: Counter[str] = field(default_factory=lambda: Counter[str]())
    wrong_exception: int = 0
    attempts_observed: int = 0
    attempts_expected: int = 0
    attempt_mismatches: int = 0
    silent_truncations: int = 0
    seconds: float = 0.0
    rss_start: int = 0
    rss_end: int = 0
    fds_start: int = 0
    fds_end: int = 0
    notes: List[str] = field(default_factory=lambda: [])

    def as_dict(self) -> Dict[str, Any]:
        return {
            "calls": self.calls,
            "sync_calls": self.sync_calls,
            "async_calls": self.async_calls,
            "stream_calls": self.stream_calls,
            "faults_injected": dict(sorted(self.faults_injected.items())),
            "faults_total": sum(self.faults_injected.values()),
            "successes": self.successes,
            "documented_exceptions": dict(sorted(self.documented_exceptions.items())),
            "other_exceptions": dict(self.other_exceptions),
            "wrong_exception": self.wrong_exception,
            "attempts_observed": self.attempts_observed,
            "attempts_expected_by_policy": self.attempts_expected,
            "calls_with_attempt_mismatch": self.attempt_mismatches,
            "silent_truncations": self.silent_truncations,
            "seconds": round(self.seconds, 1),
            "rss_growth_kib": (self.rss_end - self.rss_start) // 1024,
            "fd_growth": self.fds_end - self.fds_start,
            "notes": self.notes[:20],
        }


def rss_bytes() -> int:
    """Resident set size of this process (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return 0


class Soak:
    """Plans, server-side injection and bookkeeping of one soak run (thread-safe)."""

    def __init__(self, server: Server, *, seed: int, fault_rate: float = 0.2, stream_share: float = 0.3) -> None:
        self.server = server
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.stream_share = stream_share
        self.figures = Figures()
        self._plans: Dict[str, Plan] = {}
        self._seen: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._counter = 0
        server.inject(self._inject)

    # -- planning and injection -----------------------------------------------------------------------------

    def plan(self, *, stream: Optional[bool] = None) -> Plan:
        with self._lock:
            self._counter += 1
            call_id = f"c{self._counter}"
            rng = self.rng
            is_stream = rng.random() < self.stream_share if stream is None else stream
            words = " ".join(rng.choice(("alpha", "beta", "gamma", "delta", "omega", "soak")) for _ in range(8))
            faults: List[Optional[Tuple[str, Fault]]] = []
            for _ in range(MAX_RETRIES + 1):
                if rng.random() < self.fault_rate:
                    kind = rng.choice(sorted(FAULT_KINDS))
                    faults.append((kind, FAULT_KINDS[kind](rng, is_stream)))
                else:
                    faults.append(None)
            plan = Plan(call_id, is_stream, f"{call_id} {words}", faults)
            self._plans[call_id] = plan
            return plan

    def _inject(self, request: RecordedRequest) -> Optional[Fault]:
        call_id = request.headers.get("x-soak-call")
        if call_id is None:
            return None
        attempt = int(request.headers.get("x-stainless-retry-count", "0"))
        with self._lock:
            self._seen[call_id] += 1
            plan = self._plans[call_id]
            planned = plan.faults[attempt] if attempt < len(plan.faults) else None
            if planned is not None:
                self.figures.faults_injected[planned[0]] += 1
        return planned[1] if planned is not None else None

    # -- calls ------------------------------------------------------------------------------------------------

    def run_sync(self, client: OpenAI, plan: Plan) -> None:
        received: List[str] = []
        messages: List[ChatCompletionMessageParam] = [{"role": "user", "content": plan.text}]
        headers = {"x-soak-call": plan.call_id}
        try:
            if plan.stream:
                stream = client.chat.completions.create(
                    model=MODEL, messages=messages, stream=True, extra_headers=headers
                )
                for chunk in stream:
                    for choice in chunk.choices:
                        received.append(choice.delta.content or "")
            else:
                completion = client.chat.completions.create(model=MODEL, messages=messages, extra_headers=headers)
                received.append(completion.choices[0].message.content or "")
        except Exception as exc:
            self._finish(plan, exc, received)
            return
        self._finish(plan, None, received)

    async def run_async(self, client: AsyncOpenAI, plan: Plan) -> None:
        received: List[str] = []
        messages: List[ChatCompletionMessageParam] = [{"role": "user", "content": plan.text}]
        headers = {"x-soak-call": plan.call_id}
        try:
            if plan.stream:
                stream = await client.chat.completions.create(
                    model=MODEL, messages=messages, stream=True, extra_headers=headers
                )
                async for chunk in stream:
                    for choice in chunk.choices:
                        received.append(choice.delta.content or "")
            else:
                completion = await client.chat.completions.create(model=MODEL, messages=messages, extra_headers=headers)
                received.append(completion.choices[0].message.content or "")
        except Exception as exc:
            self._finish(plan, exc, received)
            return
        self._finish(plan, None, received)

    def _finish(self, plan: Plan, exc: Optional[BaseException], received: List[str]) -> None:
        attempts, expected_error = plan.expected()
        with self._lock:
            f = self.figures
            f.calls += 1
            f.stream_calls += plan.stream
            f.attempts_expected += attempts
            if exc is None:
                f.successes += 1
                if "".join(received) != plan.text:
                    f.silent_truncations += 1
                    f.notes.append(f"{plan.call_id}: truncated answer {''.join(received)!r}")
                if expected_error is not None:
                    f.wrong_exception += 1
                    f.notes.append(f"{plan.call_id}: succeeded, expected {expected_error.__name__}")
            elif isinstance(exc, openai.OpenAIError):
                f.documented_exceptions[type(exc).__name__] += 1
                if expected_error is None or type(exc) is not expected_error and not _variant_of(exc, expected_error):
                    f.wrong_exception += 1
                    f.notes.append(f"{plan.call_id}: {type(exc).__name__}: {exc}, expected {expected_error}")
                if received and not "".join(received) == plan.text[: len("".join(received))]:
                    f.notes.append(f"{plan.call_id}: received text is not a prefix of the answer")
                    f.silent_truncations += 1
            else:
                f.other_exceptions[f"{type(exc).__module__}.{type(exc).__name__}"] += 1
                f.notes.append(f"{plan.call_id}: {type(exc).__name__}: {exc}")

    def check_attempts(self) -> None:
        """Compare the attempts the server saw per call with what the policy allows (after all calls ended)."""
        with self._lock:
            for call_id, plan in self._plans.items():
                expected, _ = plan.expected()
                seen = self._seen.get(call_id, 0)
                self.figures.attempts_observed += seen
                if seen != expected:
                    self.figures.attempt_mismatches += 1
                    self.figures.notes.append(f"{call_id}: server saw {seen} attempts, policy allows {expected}")
            self._plans.clear()
            self._seen.clear()


def _variant_of(exc: BaseException, expected: type[Exception]) -> bool:
    # APIStreamInterruptedError instances built from an httpx error are of a subclass that also derives from it.
    return isinstance(exc, expected) and type(exc).__name__ == expected.__name__


# --- the runs ---------------------------------------------------------------------------------------------------


def sync_client(server: Server, **options: Any) -> OpenAI:
    return OpenAI(base_url=server.url, api_key="sk-soak", max_retries=MAX_RETRIES, retry_policy=POLICY, **options)


def async_client(server: Server, **options: Any) -> AsyncOpenAI:
    return AsyncOpenAI(base_url=server.url, api_key="sk-soak", max_retries=MAX_RETRIES, retry_policy=POLICY, **options)


def soak_sync(soak: Soak, client: OpenAI, calls: int, threads: int = 1) -> None:
    plans = [soak.plan() for _ in range(calls)]
    if threads == 1:
        for plan in plans:
            soak.run_sync(client, plan)
    else:
        shares = [plans[i::threads] for i in range(threads)]

        def work(share: List[Plan]) -> None:
            for plan in share:
                soak.run_sync(client, plan)

        workers = [threading.Thread(target=work, args=(share,)) for share in shares]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    soak.figures.sync_calls += calls


async def soak_async(soak: Soak, client: AsyncOpenAI, calls: int, in_flight: int = 50) -> None:
    plans = [soak.plan() for _ in range(calls)]
    limit = asyncio.Semaphore(in_flight)

    async def one(plan: Plan) -> None:
        async with limit:
            await soak.run_async(client, plan)

    await asyncio.gather(*(one(plan) for plan in plans))
    soak.figures.async_calls += calls


def run(
    *,
    seed: int = 12,
    sync_calls: int = 2000,
    async_calls: int = 500,
    threads: int = 16,
    thread_calls: int = 100,
    loop_calls: int = 100,
    memory_calls: int = 5000,
    fault_rate: float = 0.2,
    log: Callable[[str], None] = lambda line: None,
) -> Figures:
    """The whole soak; returns its figures (the caller asserts on them)."""
    started = time.perf_counter()
    with Server() as server:
        soak = Soak(server, seed=seed, fault_rate=fault_rate)
        figures = soak.figures
        figures.rss_start, figures.fds_start = rss_bytes(), open_fds()

        with sync_client(server) as client:
            soak_sync(soak, client, sync_calls)
            log(f"sync: {sync_calls} calls")
            soak_sync(soak, client, threads * thread_calls, threads=threads)
            log(f"threads: {threads} x {thread_calls} calls on one client")

        aclient = async_client(server)
        asyncio.run(soak_async(soak, aclient, async_calls))
        log(f"async: {async_calls} calls, 50 in flight")
        # The same AsyncOpenAI in a second event loop: its connection pool must not carry the first loop over.
        asyncio.run(soak_async(soak, aclient, loop_calls))
        asyncio.run(aclient.close())
        log(f"second asyncio.run() loop: {loop_calls} calls")
        soak.check_attempts()
        server.reset()

        # Memory and descriptors: warm up, then measure over `memory_calls` more calls on one client.
        with sync_client(server) as client:
            soak_sync(soak, client, min(500, memory_calls))
            soak.check_attempts()
            server.reset()
            figures.rss_start, figures.fds_start = rss_bytes(), open_fds()
            done = 0
            while done < memory_calls:
                batch = min(1000, memory_calls - done)
                soak_sync(soak, client, batch)
                soak.check_attempts()
                server.reset()  # the server's request log belongs to the test, not to the SDK
                done += batch
            figures.rss_end, figures.fds_end = rss_bytes(), open_fds()
        log(f"memory: {memory_calls} calls on one client")
    figures.seconds = time.perf_counter() - started
    return figures


def _quiet(line: str) -> None:
    del line


def _progress(line: str) -> None:
    sys.stderr.write(f"  {line}\n")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("OPENAI_SOAK_SEED", "12")))
    parser.add_argument("--scale", type=float, default=float(os.environ.get("OPENAI_SOAK_SCALE", "10")))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    scale = args.scale
    figures = run(
        seed=args.seed,
        sync_calls=int(2000 * scale),
        async_calls=int(500 * scale),
        thread_calls=int(100 * scale),
        loop_calls=int(100 * scale),
        memory_calls=int(5000 * scale),
        log=_quiet if args.json else _progress,
    )
    result = figures.as_dict()
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    bad = (
        figures.other_exceptions or figures.wrong_exception or figures.attempt_mismatches or figures.silent_truncations
    )
    return 1 if bad else 0


if __name__ == "__main__":
    _ = httpx  # the SDK's transport; imported so a missing install fails here rather than mid-run
    raise SystemExit(main())
