"""Automatic reconnection of GA realtime and Responses WebSocket connections (CONTRACT section 10.2), minus the I/O.

A GA connection opened with ``on_reconnecting=`` survives abnormal, recoverable closes (a dropped TCP link,
1011/1012/1013/1014 from the server): it waits ``min(initial_delay * 2**(attempt-1), max_delay)`` scaled by a
random factor in [0.75, 1.0), asks the callback (which may change the query or headers, or abort), opens a new
WebSocket and sends the messages that could not be sent meanwhile. This module holds the policy, the event
given to the callback (the public types are in `openai.types.websocket_reconnection`) and the bounded queue
of unsent messages; `_sync` and `_async` perform the waiting and connecting.
"""

from __future__ import annotations

import random
from typing import List, Union, Mapping, Callable, Optional, Awaitable
from dataclasses import dataclass

from ..._types import Omit
from ..._exceptions import WebSocketQueueFullError, WebSocketConnectionClosedError
from ...types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides, is_recoverable_close

__all__ = [
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "ReconnectSettings",
    "OnReconnecting",
    "AsyncOnReconnecting",
    "SendQueue",
    "UnsentMessagesError",
    "is_recoverable_close",
    "reconnect_delay",
]


def reconnect_delay(
    attempt: int, *, initial_delay: float, max_delay: float, random_value: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before reconnection ``attempt`` (1-based): capped exponential backoff with jitter."""
    base = min(initial_delay * 2.0 ** (attempt - 1), max_delay)
    return base * (0.75 + 0.25 * random_value())


OnReconnecting = Callable[[ReconnectingEvent], Optional[ReconnectingOverrides]]
AsyncOnReconnecting = Callable[
    [ReconnectingEvent], Union[Optional[ReconnectingOverrides], Awaitable[Optional[ReconnectingOverrides]]]
]


@dataclass(frozen=True)
class ReconnectSettings:
    """Validated ``connect()`` arguments of the reconnection policy."""

    max_retries: int = 5
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_queue_size: int = 1_048_576

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime check of user input
            raise ValueError(f"`max_retries` must be a non-negative integer, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay"):
            value: object = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"`{name}` must be a non-negative number of seconds, got {value!r}")
        if (
            isinstance(self.max_queue_size, bool)
            or not isinstance(self.max_queue_size, int)
            or self.max_queue_size <= 0
        ):  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime check of user input
            raise ValueError(f"`max_queue_size` must be a positive number of bytes, got {self.max_queue_size!r}")

    def event(
        self,
        attempt: int,
        close_code: Optional[int],
        extra_query: Mapping[str, object],
        extra_headers: Mapping[str, Union[str, Omit]],
    ) -> ReconnectingEvent:
        delay = reconnect_delay(attempt, initial_delay=self.initial_delay, max_delay=self.max_delay)
        return ReconnectingEvent(
            attempt=attempt,
            max_attempts=self.max_retries,
            delay=delay,
            close_code=1006 if close_code is None else close_code,
            extra_query=dict(extra_query),
            extra_headers=dict(extra_headers),
        )


class SendQueue:
    """Messages sent while the connection was down, bounded by their total size in bytes."""

    def __init__(self, max_size: int) -> None:
        self._max_size = max_size
        self._messages: List[Union[str, bytes]] = []
        self._size = 0

    @staticmethod
    def _size_of(message: Union[str, bytes]) -> int:
        return len(message.encode("utf-8")) if isinstance(message, str) else len(message)

    def put(self, message: Union[str, bytes]) -> None:
        size = self._size_of(message)
        if self._size + size > self._max_size:
            raise WebSocketQueueFullError(
                f"The WebSocket send queue is full ({self._size} of {self._max_size} bytes used) while reconnecting; "
                "raise `max_queue_size` or send less while the connection is down."
            )
        self._messages.append(message)
        self._size += size

    def put_front(self, messages: List[Union[str, bytes]]) -> None:
        """Return messages that could not be flushed, ahead of newer ones (no size check: they were admitted)."""
        self._messages[:0] = messages
        self._size += sum(self._size_of(message) for message in messages)

    def drain(self) -> List[Union[str, bytes]]:
        messages, self._messages, self._size = self._messages, [], 0
        return messages

    def __len__(self) -> int:
        return len(self._messages)


class UnsentMessagesError(WebSocketConnectionClosedError):
    """``close()`` found messages that were queued during a reconnection and never sent."""

    def __init__(self, unsent_messages: List[Union[str, bytes]]) -> None:
        super().__init__(
            f"The WebSocket connection closed with {len(unsent_messages)} message(s) queued while reconnecting and "
            "never sent; they are in `unsent_messages`",
            unsent_messages=unsent_messages,
        )
