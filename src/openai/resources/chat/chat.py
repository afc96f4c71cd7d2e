# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.chat` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.chat.completions.completions import (
        Completions,
        AsyncCompletions,
        CompletionsWithRawResponse,
        AsyncCompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
        AsyncCompletionsWithStreamingResponse,
    )

__all__ = [
    "Chat",
    "AsyncChat",
    "ChatWithRawResponse",
    "AsyncChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChatWithStreamingResponse",
]


class Chat(SyncAPIResource):
    """Methods of `client.chat`."""

    @cached_property
    def completions(self) -> Completions:
        from openai.resources.chat.completions.completions import Completions

        return Completions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    """`Chat` with every method wrapped to return the raw response."""

    def __init__(self, chat: Chat) -> None:
        self._chat = chat

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from openai.resources.chat.completions.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._chat.completions)


class ChatWithStreamingResponse:
    """`Chat` with every method wrapped to return the streamed response."""

    def __init__(self, chat: Chat) -> None:
        self._chat = chat

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from openai.resources.chat.completions.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._chat.completions)


class AsyncChat(AsyncAPIResource):
    """Methods of `async_client.chat`."""

    @cached_property
    def completions(self) -> AsyncCompletions:
        from openai.resources.chat.completions.completions import AsyncCompletions

        return AsyncCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    """`AsyncChat` with every method wrapped to return the raw response."""

    def __init__(self, chat: AsyncChat) -> None:
        self._chat = chat

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from openai.resources.chat.completions.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._chat.completions)


class AsyncChatWithStreamingResponse:
    """`AsyncChat` with every method wrapped to return the streamed response."""

    def __init__(self, chat: AsyncChat) -> None:
        self._chat = chat

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from openai.resources.chat.completions.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._chat.completions)
