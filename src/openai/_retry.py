"""The retry policy: whether a failed attempt is retried and how long to wait first.

Three separate questions, each answered by a pure function so they can be tested without a socket or a clock:

- `retry_after_seconds(headers)`: what the server asked for (`retry-after-ms`, then `retry-after` as seconds or
  as an HTTP date);
- `should_retry_response(response headers, status)`: the status/header rules;
- `retry_delay(retries_taken, headers)`: the wait before the next attempt (server value when it is sane,
  otherwise exponential backoff with jitter).

`RetryPolicy` bundles the tunable parts (an immutable value; its defaults are exactly the behaviour above) and
the module-level functions apply the default policy. The shells in `_base_client` do the sleeping. The random source is looked up through this module at call time,
so tests patch `openai._retry.random` to make jitter deterministic.
"""

from __future__ import annotations

import math
import time
import random as _random_module
import dataclasses
from typing import Any, Mapping, Callable, Optional, AbstractSet
from dataclasses import dataclass

from ._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER_DELAY

__all__ = [
    "RetryPolicy",
    "DEFAULT_RETRY_POLICY",
    "retry_after_seconds",
    "should_retry_response",
    "retry_delay",
    "RETRYABLE_STATUS_CODES",
]

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


@dataclass(frozen=True)
class RetryPolicy:
    """An immutable description of when to retry and how long to wait; the defaults are the SDK's behaviour.

    Args:
        max_retries: retries after the first attempt; `None` defers to the client's `max_retries`.
        initial_delay: backoff before the first retry, in seconds.
        max_delay: cap of the exponential backoff, in seconds.
        multiplier: growth factor of the backoff per retry.
        jitter: fraction (0 to 1) by which each backoff is randomly shortened.
        retry_statuses: statuses below 500 that are retried.
        retry_server_errors: whether every status >= 500 is retried.
        retry_timeouts: whether a timed-out attempt is retried.
        retry_connection_errors: whether other transport failures are retried.
        max_retry_after: the longest server-requested wait (`retry-after`, `retry-after-ms`) that is honoured;
            a longer request means "do not retry".
        respect_should_retry_header: whether the server's `x-should-retry: true|false` decides first.

    `replace(**changes)` returns a modified copy. A policy is accepted by the clients, `with_options()` and the
    per-call `retry_policy` option.
    """

    max_retries: Optional[int] = None
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    multiplier: float = 2.0
    jitter: float = 0.25
    retry_statuses: AbstractSet[int] = RETRYABLE_STATUS_CODES
    retry_server_errors: bool = True
    retry_timeouts: bool = True
    retry_connection_errors: bool = True
    max_retry_after: float = MAX_RETRY_AFTER_DELAY
    respect_should_retry_header: bool = True

    def __post_init__(self) -> None:
        if self.max_retries is not None and self.max_retries < 0:
            raise ValueError(f"RetryPolicy.max_retries must be >= 0 or None, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"RetryPolicy.{name} must be a non-negative number of seconds, got {value!r}")
        if self.multiplier < 1:
            raise ValueError(f"RetryPolicy.multiplier must be >= 1, got {self.multiplier!r}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")
        # Accept any set of statuses, but store a frozenset so the policy stays hashable and immutable.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    def should_retry_response(self, status_code: int, headers: Mapping[str, str]) -> bool:
        """Whether a response with this status and these headers is worth another attempt."""
        requested = retry_after_seconds(headers)
        # A server asking for a wait beyond the bound is telling us not to come back soon: give up now.
        if requested is not None and math.isfinite(requested) and requested > self.max_retry_after:
            return False
        if self.respect_should_retry_header:
            should_retry = _header(headers, "x-should-retry")
            if should_retry == "true":
                return True
            if should_retry == "false":
                return False
        return status_code in self.retry_statuses or (self.retry_server_errors and status_code >= 500)

    def should_retry_exception(self, error: BaseException, *, is_timeout: bool) -> bool:
        """Whether a failed send (no response) is worth another attempt."""
        return self.retry_timeouts if is_timeout else self.retry_connection_errors

    def delay(self, retries_taken: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number `retries_taken + 1`.

        A server-requested wait in (0, max_retry_after] is used exactly; otherwise the backoff is
        `min(initial_delay * multiplier**n, max_delay)` shortened by up to `jitter` of itself at random.
        """
        if headers is not None:
            requested = retry_after_seconds(headers)
            if requested is not None and 0 < requested <= self.max_retry_after:
                return requested
        exponent = min(retries_taken, _MAX_BACKOFF_EXPONENT)
        try:
            base = min(self.initial_delay * math.pow(self.multiplier, exponent), self.max_delay)
        except OverflowError:
            base = self.max_delay
        return base * (1 - self.jitter * random())


DEFAULT_RETRY_POLICY = RetryPolicy()
"""The SDK's documented retry behaviour."""


def should_retry_response(status_code: int, headers: Mapping[str, str]) -> bool:
    """Whether a response is worth another attempt under the default policy."""
    return DEFAULT_RETRY_POLICY.should_retry_response(status_code, headers)


def retry_delay(retries_taken: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number `retries_taken + 1` under the default policy.

    A server-requested wait in (0, MAX_RETRY_AFTER_DELAY] is used exactly; otherwise the backoff is
    `min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)` scaled down by up to 25% of random jitter.
    """
    return DEFAULT_RETRY_POLICY.delay(retries_taken, headers)
