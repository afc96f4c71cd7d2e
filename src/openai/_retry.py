"""The retry policy: whether a failed attempt is retried and how long to wait first.

Three separate questions, each answered by a pure function so they can be tested without a socket or a clock:

- `retry_after_seconds(headers)`: what the server asked for (`retry-after-ms`, then `retry-after` as seconds or
  as an HTTP date);
- `should_retry_response(response headers, status)`: the status/header rules;
- `retry_delay(retries_taken, headers)`: the wait before the next attempt (server value when it is sane,
  otherwise exponential backoff with jitter).

The shells in `_base_client` do the sleeping. The random source is looked up through this module at call time,
so tests patch `openai._retry.random` to make jitter deterministic.
"""

from __future__ import annotations

import math
import time
import random as _random_module
from typing import Mapping, Callable

from ._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER_DELAY

__all__ = ["retry_after_seconds", "should_retry_response", "retry_delay", "RETRYABLE_STATUS_CODES"]

random: Callable[[], float] = _random_module.random
"""Jitter source; a module attribute so tests can replace it."""

RETRYABLE_STATUS_CODES = frozenset({408, 409, 429})
"""Statuses below 500 that are retried (every status >= 500 is retried as well)."""

# The exponent is capped so `2 ** n` can never overflow a float, whatever `max_retries` is.
_MAX_BACKOFF_EXPONENT = 1000


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # `httpx.Headers` is case-insensitive already; plain dicts (tests, callers) are matched by lower-case name.
    value = headers.get(name)
    if value is None and not hasattr(headers, "multi_items"):
        for key, candidate in headers.items():
            if key.lower() == name:
                return candidate
    return value


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait the server requested, in seconds, or `None` if it sent nothing usable.

    `retry-after-ms` wins over `retry-after`; `retry-after` may be a number of seconds or an HTTP date, which is
    turned into the seconds remaining until then (negative when the date is in the past).
    """
    retry_ms = _header(headers, "retry-after-ms")
    if retry_ms is not None:
        try:
            return float(retry_ms) / 1000
        except ValueError:
            pass

    retry_header = _header(headers, "retry-after")
    if retry_header is None:
        return None
    try:
        return float(retry_header)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # only dates need it; keeps `import openai` light

    try:
        when = parsedate_to_datetime(retry_header)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:  # pyright: ignore[reportUnnecessaryComparison] - older Pythons return None on bad input
        return None
    current = time.time() if now is None else now
    return when.timestamp() - current


def should_retry_response(status_code: int, headers: Mapping[str, str]) -> bool:
    """Whether a response with this status and these headers is worth another attempt (retries permitting)."""
    requested = retry_after_seconds(headers)
    # A server asking for a wait beyond the bound is telling us not to come back soon: give up now.
    if requested is not None and math.isfinite(requested) and requested > MAX_RETRY_AFTER_DELAY:
        return False

    should_retry = _header(headers, "x-should-retry")
    if should_retry == "true":
        return True
    if should_retry == "false":
        return False
    return status_code in RETRYABLE_STATUS_CODES or status_code >= 500


def retry_delay(retries_taken: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number `retries_taken + 1`.

    A server-requested wait in (0, MAX_RETRY_AFTER_DELAY] is used exactly; otherwise the backoff is
    `min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)` scaled down by up to 25% of random jitter.
    """
    if headers is not None:
        requested = retry_after_seconds(headers)
        if requested is not None and 0 < requested <= MAX_RETRY_AFTER_DELAY:
            return requested

    exponent = min(retries_taken, _MAX_BACKOFF_EXPONENT)
    base = min(INITIAL_RETRY_DELAY * math.pow(2.0, exponent), MAX_RETRY_DELAY)
    return base * (1 - 0.25 * random())
