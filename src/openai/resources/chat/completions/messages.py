# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.chat.completions.messages` resource: 1 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.chat.chat_completion_store_message import ChatCompletionStoreMessage

__all__ = [
    "Messages",
    "AsyncMessages",
    "MessagesWithRawResponse",
    "AsyncMessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "AsyncMessagesWithStreamingResponse",
]


class Messages(SyncAPIResource):
    """Methods of `client.chat.completions.messages`."""

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return MessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[ChatCompletionStoreMessage]:
        """
        Get the messages in a stored chat completion. Only Chat Completions that have been created with the `store`
        parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve messages from.

          after: Identifier for the last message from the previous pagination request.

          limit: Number of messages to retrieve.

          order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/chat/completions/{path_param('completion_id', completion_id)}/messages",
            page=SyncCursorPage[ChatCompletionStoreMessage],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ChatCompletionStoreMessage,
        )


class MessagesWithRawResponse:
    """`Messages` with every method wrapped to return the raw response."""

    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.list = to_raw_response_wrapper(messages.list)


class MessagesWithStreamingResponse:
    """`Messages` with every method wrapped to return the streamed response."""

    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.list = to_streamed_response_wrapper(messages.list)


class AsyncMessages(AsyncAPIResource):
    """Methods of `async_client.chat.completions.messages`."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ChatCompletionStoreMessage, AsyncCursorPage[ChatCompletionStoreMessage]]:
        """
        Get the messages in a stored chat completion. Only Chat Completions that have been created with the `store`
        parameter set to `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve messages from.

          after: Identifier for the last message from the previous pagination request.

          limit: Number of messages to retrieve.

          order: Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/chat/completions/{path_param('completion_id', completion_id)}/messages",
            page=AsyncCursorPage[ChatCompletionStoreMessage],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ChatCompletionStoreMessage,
        )


class AsyncMessagesWithRawResponse:
    """`AsyncMessages` with every method wrapped to return the raw response."""

    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.list = async_to_raw_response_wrapper(messages.list)


class AsyncMessagesWithStreamingResponse:
    """`AsyncMessages` with every method wrapped to return the streamed response."""

    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.list = async_to_streamed_response_wrapper(messages.list)
