# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.realtime` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai.lib.realtime_connect import (
    BetaRealtimeConnection as RealtimeConnection,
    BetaRealtimeConnectMixin,
    AsyncBetaRealtimeConnection as AsyncRealtimeConnection,
    AsyncBetaRealtimeConnectMixin,
    BetaRealtimeConnectionManager as RealtimeConnectionManager,
    AsyncBetaRealtimeConnectionManager as AsyncRealtimeConnectionManager,
)

if TYPE_CHECKING:
    from openai.resources.beta.realtime.sessions import (
        Sessions,
        AsyncSessions,
        SessionsWithRawResponse,
        AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse,
    )
    from openai.resources.beta.realtime.transcription_sessions import (
        TranscriptionSessions,
        AsyncTranscriptionSessions,
        TranscriptionSessionsWithRawResponse,
        AsyncTranscriptionSessionsWithRawResponse,
        TranscriptionSessionsWithStreamingResponse,
        AsyncTranscriptionSessionsWithStreamingResponse,
    )

__all__ = [
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
]


class Realtime(BetaRealtimeConnectMixin):
    """Methods of `client.beta.realtime`."""

    @cached_property
    def sessions(self) -> Sessions:
        from openai.resources.beta.realtime.sessions import Sessions

        return Sessions(self._client)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessions:
        from openai.resources.beta.realtime.transcription_sessions import TranscriptionSessions

        return TranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    """`Realtime` with every method wrapped to return the raw response."""

    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        from openai.resources.beta.realtime.sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithRawResponse:
        from openai.resources.beta.realtime.transcription_sessions import TranscriptionSessionsWithRawResponse

        return TranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class RealtimeWithStreamingResponse:
    """`Realtime` with every method wrapped to return the streamed response."""

    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        from openai.resources.beta.realtime.sessions import SessionsWithStreamingResponse

        return SessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithStreamingResponse:
        from openai.resources.beta.realtime.transcription_sessions import TranscriptionSessionsWithStreamingResponse

        return TranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)


class AsyncRealtime(AsyncBetaRealtimeConnectMixin):
    """Methods of `async_client.beta.realtime`."""

    @cached_property
    def sessions(self) -> AsyncSessions:
        from openai.resources.beta.realtime.sessions import AsyncSessions

        return AsyncSessions(self._client)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessions:
        from openai.resources.beta.realtime.transcription_sessions import AsyncTranscriptionSessions

        return AsyncTranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRealtimeWithStreamingResponse(self)


class AsyncRealtimeWithRawResponse:
    """`AsyncRealtime` with every method wrapped to return the raw response."""

    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        from openai.resources.beta.realtime.sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithRawResponse:
        from openai.resources.beta.realtime.transcription_sessions import AsyncTranscriptionSessionsWithRawResponse

        return AsyncTranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class AsyncRealtimeWithStreamingResponse:
    """`AsyncRealtime` with every method wrapped to return the streamed response."""

    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        from openai.resources.beta.realtime.sessions import AsyncSessionsWithStreamingResponse

        return AsyncSessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithStreamingResponse:
        from openai.resources.beta.realtime.transcription_sessions import (
            AsyncTranscriptionSessionsWithStreamingResponse,
        )

        return AsyncTranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)
