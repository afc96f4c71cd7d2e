"""Client hooks: callbacks told about every attempt of every call, for logging, metrics and tracing.

Pass `hooks=Hooks(on_request=..., on_response=..., on_retry=..., on_error=...)` to a client (or to
`with_options()`). Each callback receives one event object describing the call's operation (`"POST /files"`),
the attempt number (0 for the first), the time since the call started, and the HTTP request (and response or
error when there is one). Callbacks are plain functions called synchronously, for sync and async clients
alike: keep them fast, and hand slow work to a queue. An exception raised by a hook propagates to the caller.
"""

from __future__ import annotations

from typing import Callable, Optional
from dataclasses import dataclass

import httpx

__all__ = ["Hooks", "RequestEvent", "ResponseEvent", "RetryEvent", "ErrorEvent"]


@dataclass(frozen=True)
class RequestEvent:
    """An attempt is about to be sent."""

    call_id: int
    """Identifies the call (all attempts of one call share it), e.g. to pair events of concurrent calls."""
    operation: str
    """HTTP method and path as the SDK called it, e.g. `POST /chat/completions`."""
    attempt: int
    """0 for the first attempt, then 1, 2, ... for retries."""
    elapsed: float
    """Seconds since the call started (including earlier attempts and waits)."""
    request: httpx.Request


@dataclass(frozen=True)
class ResponseEvent(RequestEvent):
    """Response headers arrived for an attempt (any status)."""

    response: httpx.Response


@dataclass(frozen=True)
class RetryEvent(RequestEvent):
    """An attempt failed and another one is scheduled after `delay` seconds."""

    delay: float
    reason: str
    """The status code, or the name of the transport error."""
    response: Optional[httpx.Response]
    error: Optional[BaseException]


@dataclass(frozen=True)
class ErrorEvent(RequestEvent):
    """The call failed for good with `error` (no retry left, or not retryable)."""

    error: BaseException


@dataclass(frozen=True)
class Hooks:
    """Callbacks run by the client around each attempt; every one is optional."""

    on_request: Optional[Callable[[RequestEvent], object]] = None
    on_response: Optional[Callable[[ResponseEvent], object]] = None
    on_retry: Optional[Callable[[RetryEvent], object]] = None
    on_error: Optional[Callable[[ErrorEvent], object]] = None
