"""Rate-limit awareness: the `x-ratelimit-*` response headers as a typed value.

The API reports its limits on every response: `x-ratelimit-limit-requests|tokens`,
`x-ratelimit-remaining-requests|tokens` and `x-ratelimit-reset-requests|tokens` (durations such as `6m0s`,
`1s`, `20ms`). `RateLimits.from_headers()` parses them; `RateLimits.of(value)` finds them on whatever a call
gave you: a parsed model, a raw or streamed response, an `httpx.Response`, or an `APIStatusError` such as
`RateLimitError`.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional
from dataclasses import dataclass

__all__ = ["RateLimits", "parse_duration"]

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}

RESPONSE_HEADERS_ATTRIBUTE = "_response_headers"
"""Where a top-level model result keeps its response headers (not dumped, not in its repr), parsed on demand."""


def parse_duration(value: str) -> Optional[float]:
    """Seconds in a duration such as `6m0s`, `1s`, `20ms`, `1h2m3.5s` or a bare number; `None` if unparseable."""
    text = value.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    position = 0
    total = 0.0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        position = match.end()
    return total if position == len(text) else None


def _int(headers: Mapping[str, str], name: str) -> Optional[int]:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


def _duration(headers: Mapping[str, str], name: str) -> Optional[float]:
    value = headers.get(name)
    return None if value is None else parse_duration(value)


@dataclass(frozen=True)
class RateLimits:
    """The request and token limits reported with a response (a field is `None` when its header is absent)."""

    limit_requests: Optional[int] = None
    limit_tokens: Optional[int] = None
    remaining_requests: Optional[int] = None
    remaining_tokens: Optional[int] = None
    reset_requests: Optional[float] = None
    """Seconds until the request budget is replenished."""
    reset_tokens: Optional[float] = None
    """Seconds until the token budget is replenished."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Optional[RateLimits]:
        """Parse the `x-ratelimit-*` headers (case-insensitive mapping expected); `None` if there are none."""
        limits = cls(
            limit_requests=_int(headers, "x-ratelimit-limit-requests"),
            limit_tokens=_int(headers, "x-ratelimit-limit-tokens"),
            remaining_requests=_int(headers, "x-ratelimit-remaining-requests"),
            remaining_tokens=_int(headers, "x-ratelimit-remaining-tokens"),
            reset_requests=_duration(headers, "x-ratelimit-reset-requests"),
            reset_tokens=_duration(headers, "x-ratelimit-reset-tokens"),
        )
        return None if limits == _EMPTY else limits

    @classmethod
    def of(cls, value: object) -> Optional[RateLimits]:
        """The limits reported with `value`: a call's result, a raw/streamed response or an HTTP error."""
        stored: Any = getattr(value, RESPONSE_HEADERS_ATTRIBUTE, None)
        if stored is not None:
            return cls.from_headers(stored)
        response: Any = getattr(value, "http_response", None) or getattr(value, "response", None) or value
        headers = getattr(response, "headers", None)
        if headers is None or not hasattr(headers, "get"):
            return None
        return cls.from_headers(headers)

    def wait_needed(self) -> float:
        """Seconds to wait before the next request can succeed: the reset of an exhausted budget, else 0."""
        waits = [0.0]
        if self.remaining_requests == 0 and self.reset_requests:
            waits.append(self.reset_requests)
        if self.remaining_tokens == 0 and self.reset_tokens:
            waits.append(self.reset_tokens)
        return max(waits)


_EMPTY = RateLimits()
