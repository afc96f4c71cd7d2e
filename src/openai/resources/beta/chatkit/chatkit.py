# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.chatkit` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.beta.chatkit.threads import (
        Threads,
        AsyncThreads,
        ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse,
    )
    from openai.resources.beta.chatkit.sessions import (
        Sessions,
        AsyncSessions,
        SessionsWithRawResponse,
        AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse,
    )

__all__ = [
    "ChatKit",
    "AsyncChatKit",
    "ChatKitWithRawResponse",
    "AsyncChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "AsyncChatKitWithStreamingResponse",
]


class ChatKit(SyncAPIResource):
    """Methods of `client.beta.chatkit`."""

    @cached_property
    def sessions(self) -> Sessions:
        from openai.resources.beta.chatkit.sessions import Sessions

        return Sessions(self._client)

    @cached_property
    def threads(self) -> Threads:
        from openai.resources.beta.chatkit.threads import Threads

        return Threads(self._client)

    @cached_property
    def with_raw_response(self) -> ChatKitWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ChatKitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatKitWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ChatKitWithStreamingResponse(self)


class ChatKitWithRawResponse:
    """`ChatKit` with every method wrapped to return the raw response."""

    def __init__(self, chatkit: ChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        from openai.resources.beta.chatkit.sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> ThreadsWithRawResponse:
        from openai.resources.beta.chatkit.threads import ThreadsWithRawResponse

        return ThreadsWithRawResponse(self._chatkit.threads)


class ChatKitWithStreamingResponse:
    """`ChatKit` with every method wrapped to return the streamed response."""

    def __init__(self, chatkit: ChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        from openai.resources.beta.chatkit.sessions import SessionsWithStreamingResponse

        return SessionsWithStreamingResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> ThreadsWithStreamingResponse:
        from openai.resources.beta.chatkit.threads import ThreadsWithStreamingResponse

        return ThreadsWithStreamingResponse(self._chatkit.threads)


class AsyncChatKit(AsyncAPIResource):
    """Methods of `async_client.beta.chatkit`."""

    @cached_property
    def sessions(self) -> AsyncSessions:
        from openai.resources.beta.chatkit.sessions import AsyncSessions

        return AsyncSessions(self._client)

    @cached_property
    def threads(self) -> AsyncThreads:
        from openai.resources.beta.chatkit.threads import AsyncThreads

        return AsyncThreads(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatKitWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncChatKitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatKitWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncChatKitWithStreamingResponse(self)


class AsyncChatKitWithRawResponse:
    """`AsyncChatKit` with every method wrapped to return the raw response."""

    def __init__(self, chatkit: AsyncChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        from openai.resources.beta.chatkit.sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> AsyncThreadsWithRawResponse:
        from openai.resources.beta.chatkit.threads import AsyncThreadsWithRawResponse

        return AsyncThreadsWithRawResponse(self._chatkit.threads)


class AsyncChatKitWithStreamingResponse:
    """`AsyncChatKit` with every method wrapped to return the streamed response."""

    def __init__(self, chatkit: AsyncChatKit) -> None:
        self._chatkit = chatkit

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        from openai.resources.beta.chatkit.sessions import AsyncSessionsWithStreamingResponse

        return AsyncSessionsWithStreamingResponse(self._chatkit.sessions)

    @cached_property
    def threads(self) -> AsyncThreadsWithStreamingResponse:
        from openai.resources.beta.chatkit.threads import AsyncThreadsWithStreamingResponse

        return AsyncThreadsWithStreamingResponse(self._chatkit.threads)
