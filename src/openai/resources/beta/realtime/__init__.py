# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta.realtime` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.realtime.realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from openai.resources.beta.realtime.sessions import (
        Sessions as Sessions,
        AsyncSessions as AsyncSessions,
        SessionsWithRawResponse as SessionsWithRawResponse,
        AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse as SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )
    from openai.resources.beta.realtime.transcription_sessions import (
        TranscriptionSessions as TranscriptionSessions,
        AsyncTranscriptionSessions as AsyncTranscriptionSessions,
        TranscriptionSessionsWithRawResponse as TranscriptionSessionsWithRawResponse,
        AsyncTranscriptionSessionsWithRawResponse as AsyncTranscriptionSessionsWithRawResponse,
        TranscriptionSessionsWithStreamingResponse as TranscriptionSessionsWithStreamingResponse,
        AsyncTranscriptionSessionsWithStreamingResponse as AsyncTranscriptionSessionsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncRealtime": "openai.resources.beta.realtime.realtime",
    "AsyncRealtimeWithRawResponse": "openai.resources.beta.realtime.realtime",
    "AsyncRealtimeWithStreamingResponse": "openai.resources.beta.realtime.realtime",
    "AsyncSessions": "openai.resources.beta.realtime.sessions",
    "AsyncSessionsWithRawResponse": "openai.resources.beta.realtime.sessions",
    "AsyncSessionsWithStreamingResponse": "openai.resources.beta.realtime.sessions",
    "AsyncTranscriptionSessions": "openai.resources.beta.realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithRawResponse": "openai.resources.beta.realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithStreamingResponse": "openai.resources.beta.realtime.transcription_sessions",
    "Realtime": "openai.resources.beta.realtime.realtime",
    "RealtimeWithRawResponse": "openai.resources.beta.realtime.realtime",
    "RealtimeWithStreamingResponse": "openai.resources.beta.realtime.realtime",
    "Sessions": "openai.resources.beta.realtime.sessions",
    "SessionsWithRawResponse": "openai.resources.beta.realtime.sessions",
    "SessionsWithStreamingResponse": "openai.resources.beta.realtime.sessions",
    "TranscriptionSessions": "openai.resources.beta.realtime.transcription_sessions",
    "TranscriptionSessionsWithRawResponse": "openai.resources.beta.realtime.transcription_sessions",
    "TranscriptionSessionsWithStreamingResponse": "openai.resources.beta.realtime.transcription_sessions",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "realtime",
        "sessions",
        "transcription_sessions",
    )
)

__all__ = [
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncTranscriptionSessions",
    "AsyncTranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "TranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
