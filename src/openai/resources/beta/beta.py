# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.chat.chat import (
        Chat,
        AsyncChat,
        ChatWithRawResponse,
        AsyncChatWithRawResponse,
        ChatWithStreamingResponse,
        AsyncChatWithStreamingResponse,
    )
    from openai.resources.beta.assistants import (
        Assistants,
        AsyncAssistants,
        AssistantsWithRawResponse,
        AsyncAssistantsWithRawResponse,
        AssistantsWithStreamingResponse,
        AsyncAssistantsWithStreamingResponse,
    )
    from openai.resources.beta.chatkit.chatkit import (
        ChatKit,
        AsyncChatKit,
        ChatKitWithRawResponse,
        AsyncChatKitWithRawResponse,
        ChatKitWithStreamingResponse,
        AsyncChatKitWithStreamingResponse,
    )
    from openai.resources.beta.threads.threads import (
        Threads,
        AsyncThreads,
        ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse,
    )
    from openai.resources.beta.realtime.realtime import (
        Realtime,
        AsyncRealtime,
        RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse,
    )
    from openai.resources.beta.responses.responses import (
        Responses,
        AsyncResponses,
        ResponsesWithRawResponse,
        AsyncResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
        AsyncResponsesWithStreamingResponse,
    )

__all__ = [
    "Beta",
    "AsyncBeta",
    "BetaWithRawResponse",
    "AsyncBetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBetaWithStreamingResponse",
]


class Beta(SyncAPIResource):
    """Methods of `client.beta`."""

    @cached_property
    def realtime(self) -> Realtime:
        from openai.resources.beta.realtime.realtime import Realtime

        return Realtime(self._client)

    @cached_property
    def assistants(self) -> Assistants:
        from openai.resources.beta.assistants import Assistants

        return Assistants(self._client)

    @cached_property
    def threads(self) -> Threads:
        from openai.resources.beta.threads.threads import Threads

        return Threads(self._client)

    @cached_property
    def responses(self) -> Responses:
        from openai.resources.beta.responses.responses import Responses

        return Responses(self._client)

    @cached_property
    def chatkit(self) -> ChatKit:
        from openai.resources.beta.chatkit.chatkit import ChatKit

        return ChatKit(self._client)

    @cached_property
    def chat(self) -> Chat:
        from openai.resources.chat.chat import Chat

        return Chat(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """`Beta` with every method wrapped to return the raw response."""

    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def realtime(self) -> RealtimeWithRawResponse:
        from openai.resources.beta.realtime.realtime import RealtimeWithRawResponse

        return RealtimeWithRawResponse(self._beta.realtime)

    @cached_property
    def assistants(self) -> AssistantsWithRawResponse:
        from openai.resources.beta.assistants import AssistantsWithRawResponse

        return AssistantsWithRawResponse(self._beta.assistants)

    @cached_property
    def threads(self) -> ThreadsWithRawResponse:
        from openai.resources.beta.threads.threads import ThreadsWithRawResponse

        return ThreadsWithRawResponse(self._beta.threads)

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        from openai.resources.beta.responses.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._beta.responses)

    @cached_property
    def chatkit(self) -> ChatKitWithRawResponse:
        from openai.resources.beta.chatkit.chatkit import ChatKitWithRawResponse

        return ChatKitWithRawResponse(self._beta.chatkit)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from openai.resources.chat.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._beta.chat)


class BetaWithStreamingResponse:
    """`Beta` with every method wrapped to return the streamed response."""

    def __init__(self, beta: Beta) -> None:
        self._beta = beta

    @cached_property
    def realtime(self) -> RealtimeWithStreamingResponse:
        from openai.resources.beta.realtime.realtime import RealtimeWithStreamingResponse

        return RealtimeWithStreamingResponse(self._beta.realtime)

    @cached_property
    def assistants(self) -> AssistantsWithStreamingResponse:
        from openai.resources.beta.assistants import AssistantsWithStreamingResponse

        return AssistantsWithStreamingResponse(self._beta.assistants)

    @cached_property
    def threads(self) -> ThreadsWithStreamingResponse:
        from openai.resources.beta.threads.threads import ThreadsWithStreamingResponse

        return ThreadsWithStreamingResponse(self._beta.threads)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        from openai.resources.beta.responses.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._beta.responses)

    @cached_property
    def chatkit(self) -> ChatKitWithStreamingResponse:
        from openai.resources.beta.chatkit.chatkit import ChatKitWithStreamingResponse

        return ChatKitWithStreamingResponse(self._beta.chatkit)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from openai.resources.chat.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._beta.chat)


class AsyncBeta(AsyncAPIResource):
    """Methods of `async_client.beta`."""

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from openai.resources.beta.realtime.realtime import AsyncRealtime

        return AsyncRealtime(self._client)

    @cached_property
    def assistants(self) -> AsyncAssistants:
        from openai.resources.beta.assistants import AsyncAssistants

        return AsyncAssistants(self._client)

    @cached_property
    def threads(self) -> AsyncThreads:
        from openai.resources.beta.threads.threads import AsyncThreads

        return AsyncThreads(self._client)

    @cached_property
    def responses(self) -> AsyncResponses:
        from openai.resources.beta.responses.responses import AsyncResponses

        return AsyncResponses(self._client)

    @cached_property
    def chatkit(self) -> AsyncChatKit:
        from openai.resources.beta.chatkit.chatkit import AsyncChatKit

        return AsyncChatKit(self._client)

    @cached_property
    def chat(self) -> AsyncChat:
        from openai.resources.chat.chat import AsyncChat

        return AsyncChat(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    """`AsyncBeta` with every method wrapped to return the raw response."""

    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        from openai.resources.beta.realtime.realtime import AsyncRealtimeWithRawResponse

        return AsyncRealtimeWithRawResponse(self._beta.realtime)

    @cached_property
    def assistants(self) -> AsyncAssistantsWithRawResponse:
        from openai.resources.beta.assistants import AsyncAssistantsWithRawResponse

        return AsyncAssistantsWithRawResponse(self._beta.assistants)

    @cached_property
    def threads(self) -> AsyncThreadsWithRawResponse:
        from openai.resources.beta.threads.threads import AsyncThreadsWithRawResponse

        return AsyncThreadsWithRawResponse(self._beta.threads)

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        from openai.resources.beta.responses.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._beta.responses)

    @cached_property
    def chatkit(self) -> AsyncChatKitWithRawResponse:
        from openai.resources.beta.chatkit.chatkit import AsyncChatKitWithRawResponse

        return AsyncChatKitWithRawResponse(self._beta.chatkit)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from openai.resources.chat.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._beta.chat)


class AsyncBetaWithStreamingResponse:
    """`AsyncBeta` with every method wrapped to return the streamed response."""

    def __init__(self, beta: AsyncBeta) -> None:
        self._beta = beta

    @cached_property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        from openai.resources.beta.realtime.realtime import AsyncRealtimeWithStreamingResponse

        return AsyncRealtimeWithStreamingResponse(self._beta.realtime)

    @cached_property
    def assistants(self) -> AsyncAssistantsWithStreamingResponse:
        from openai.resources.beta.assistants import AsyncAssistantsWithStreamingResponse

        return AsyncAssistantsWithStreamingResponse(self._beta.assistants)

    @cached_property
    def threads(self) -> AsyncThreadsWithStreamingResponse:
        from openai.resources.beta.threads.threads import AsyncThreadsWithStreamingResponse

        return AsyncThreadsWithStreamingResponse(self._beta.threads)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from openai.resources.beta.responses.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._beta.responses)

    @cached_property
    def chatkit(self) -> AsyncChatKitWithStreamingResponse:
        from openai.resources.beta.chatkit.chatkit import AsyncChatKitWithStreamingResponse

        return AsyncChatKitWithStreamingResponse(self._beta.chatkit)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from openai.resources.chat.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._beta.chat)
