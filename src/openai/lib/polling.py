"""The polling loop shared by every ``*_poll`` helper (runs, vector-store files and batches, videos, files).

It owns the interval rule of the API: the caller's ``poll_interval_ms`` if given; otherwise the
``openai-poll-after-ms`` header of the first response that is not yet finished; otherwise one second. The interval
is fixed once determined (later headers are not re-read). It also owns the headers every poll request carries
(``X-Stainless-Poll-Helper`` and, for a caller-chosen interval, ``X-Stainless-Custom-Poll-Interval``).
"""

from __future__ import annotations

from typing import Dict, Union, TypeVar, Callable, Optional, Awaitable

import httpx

from .._types import Omit, Headers, NotGiven
from .._constants import RAW_RESPONSE_HEADER
from .._legacy_response import LegacyAPIResponse

__all__ = [
    "DEFAULT_POLL_INTERVAL_MS",
    "RUN_TERMINAL_STATUSES",
    "VECTOR_STORE_FILE_TERMINAL_STATUSES",
    "VIDEO_TERMINAL_STATUSES",
    "poll_request_headers",
    "poll_interval_from_response",
    "poll_sync",
    "poll_async",
]

_T = TypeVar("_T")

DEFAULT_POLL_INTERVAL_MS = 1000
POLL_AFTER_HEADER = "openai-poll-after-ms"

RUN_TERMINAL_STATUSES = frozenset({"requires_action", "cancelled", "completed", "failed", "expired", "incomplete"})
VECTOR_STORE_FILE_TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})
VIDEO_TERMINAL_STATUSES = frozenset({"completed", "failed"})

PollInterval = Union[int, Omit, NotGiven]


def _given_interval(poll_interval_ms: PollInterval) -> Optional[int]:
    if isinstance(poll_interval_ms, (Omit, NotGiven)):
        return None
    # bool is an int subclass; True as "1 ms" is a caller mistake, not a value.
    if isinstance(poll_interval_ms, bool) or not isinstance(poll_interval_ms, int):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers outside the type checker pass anything
        raise TypeError(f"poll_interval_ms must be an int number of milliseconds, got {poll_interval_ms!r}")
    if poll_interval_ms < 0:
        raise ValueError(f"poll_interval_ms must be >= 0, got {poll_interval_ms}")
    return poll_interval_ms


def poll_request_headers(extra_headers: Headers | None, poll_interval_ms: PollInterval) -> Dict[str, Union[str, Omit]]:
    """The caller's extra headers plus the poll-helper markers (the caller's own values win)."""
    headers: Dict[str, Union[str, Omit]] = {"X-Stainless-Poll-Helper": "true"}
    interval = _given_interval(poll_interval_ms)
    if interval is not None:
        headers["X-Stainless-Custom-Poll-Interval"] = str(interval)
    if extra_headers:
        headers.update(extra_headers)
    return headers


def _raw_headers(headers: Dict[str, Union[str, Omit]]) -> Dict[str, Union[str, Omit]]:
    # The poll loop needs the response headers as well as the parsed object, so it asks the core for the raw
    # response (the same marker the `with_raw_response` views use) and parses it itself.
    return {**headers, RAW_RESPONSE_HEADER: "true"}


def poll_interval_from_response(response: httpx.Response) -> int:
    """The server's suggested interval (``openai-poll-after-ms``) or the default when absent or malformed."""
    value = response.headers.get(POLL_AFTER_HEADER)
    if value is None:
        return DEFAULT_POLL_INTERVAL_MS
    try:
        parsed = int(value.strip())
    except ValueError:
        return DEFAULT_POLL_INTERVAL_MS
    return parsed if parsed >= 0 else DEFAULT_POLL_INTERVAL_MS


def poll_sync(
    fetch: Callable[[Dict[str, Union[str, Omit]]], LegacyAPIResponse[_T]],
    *,
    is_done: Callable[[_T], bool],
    extra_headers: Headers | None,
    poll_interval_ms: PollInterval,
    sleep: Callable[[float], None],
) -> _T:
    """Fetch with ``fetch(headers)`` until ``is_done(result)``, sleeping the poll interval between requests."""
    headers = _raw_headers(poll_request_headers(extra_headers, poll_interval_ms))
    interval = _given_interval(poll_interval_ms)
    while True:
        response = fetch(headers)
        result = response.parse()
        if is_done(result):
            return result
        if interval is None:
            interval = poll_interval_from_response(response.http_response)
        sleep(interval / 1000)


async def poll_async(
    fetch: Callable[[Dict[str, Union[str, Omit]]], Awaitable[LegacyAPIResponse[_T]]],
    *,
    is_done: Callable[[_T], bool],
    extra_headers: Headers | None,
    poll_interval_ms: PollInterval,
    sleep: Callable[[float], Awaitable[None]],
) -> _T:
    """Async twin of `poll_sync`."""
    headers = _raw_headers(poll_request_headers(extra_headers, poll_interval_ms))
    interval = _given_interval(poll_interval_ms)
    while True:
        response = await fetch(headers)
        result = response.parse()
        if is_done(result):
            return result
        if interval is None:
            interval = poll_interval_from_response(response.http_response)
        await sleep(interval / 1000)
