"""What GA realtime connections tell and accept from `on_reconnecting` (hand-written; listed in `keep_files`).

A connection opened with `on_reconnecting=` reopens itself after a recoverable close; before each attempt the
callback receives a `ReconnectingEvent` and may return `ReconnectingOverrides`. The waiting and reconnecting
themselves live in `openai.lib._realtime`; these public types live here so they import nothing beyond the core.
"""

from __future__ import annotations

from typing import Dict, Union, Mapping, Optional
from dataclasses import field, dataclass

from typing_extensions import TypeAlias, TypedDict

from .._types import Omit

__all__ = ["ReconnectingEvent", "ReconnectingOverrides", "is_recoverable_close", "Query", "Headers"]

Query: TypeAlias = Mapping[str, object]
"""Query parameters of a (re)connection: ``extra_query``."""

Headers: TypeAlias = Mapping[str, Union[str, Omit]]
"""Handshake headers of a (re)connection: ``extra_headers`` (an ``Omit()`` value removes the header)."""

# 1006: dropped without a close frame; 1011-1014: server error, restart, try again later, bad gateway
_RECOVERABLE_CODES = frozenset({1006, 1011, 1012, 1013, 1014})


def is_recoverable_close(code: Optional[int]) -> bool:
    """Whether a connection closed with `code` is worth reopening (`None` means no close frame: dropped)."""
    return code is None or code in _RECOVERABLE_CODES


@dataclass(frozen=True)
class ReconnectingEvent:
    """What `on_reconnecting` is told before each reconnection attempt."""

    attempt: int
    """1 for the first attempt after a close, then 2, 3, ... up to `max_attempts`."""

    max_attempts: int
    """The connection's `max_retries`: the attempts it makes before giving up."""

    delay: float
    """Seconds the connection will wait before this attempt."""

    close_code: Optional[int]
    """Close code of the lost connection (1006 when it dropped without a close frame)."""

    extra_query: Dict[str, object] = field(default_factory=lambda: {})
    """The query parameters the new connection will use (beyond `model`/`call_id`)."""

    extra_headers: Dict[str, Union[str, Omit]] = field(default_factory=lambda: {})
    """The extra headers the new connection will use."""


class ReconnectingOverrides(TypedDict, total=False):
    """What `on_reconnecting` may return: `{"abort": True}` gives up; the other keys replace the current values."""

    abort: bool
    extra_query: Query
    extra_headers: Headers
