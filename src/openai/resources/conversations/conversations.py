# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.conversations` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional
from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.shared_params.metadata import Metadata
from openai.types.conversations.conversation import Conversation
from openai.types.responses.response_input_item_param import ResponseInputItemParam
from openai.types.conversations.conversation_deleted_resource import ConversationDeletedResource

if TYPE_CHECKING:
    from openai.resources.conversations.items import (
        Items,
        AsyncItems,
        ItemsWithRawResponse,
        AsyncItemsWithRawResponse,
        ItemsWithStreamingResponse,
        AsyncItemsWithStreamingResponse,
    )

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "AsyncConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithStreamingResponse",
]


class Conversations(SyncAPIResource):
    """Methods of `client.conversations`."""

    @cached_property
    def items(self) -> Items:
        from openai.resources.conversations.items import Items

        return Items(self._client)

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ConversationsWithStreamingResponse(self)

    def create(
        self,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Create a conversation.

        Args:
          items: Initial items to include in the conversation context. You may add up to 20 items at a time.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/conversations",
            body={"metadata": metadata, "items": items},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing
              additional information about the object in a structured         format, and querying for objects via API
              or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings         with
              a maximum length of 512 characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """
        Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ConversationDeletedResource,
        )


class ConversationsWithRawResponse:
    """`Conversations` with every method wrapped to return the raw response."""

    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations
        self.create = to_raw_response_wrapper(conversations.create)
        self.retrieve = to_raw_response_wrapper(conversations.retrieve)
        self.update = to_raw_response_wrapper(conversations.update)
        self.delete = to_raw_response_wrapper(conversations.delete)

    @cached_property
    def items(self) -> ItemsWithRawResponse:
        from openai.resources.conversations.items import ItemsWithRawResponse

        return ItemsWithRawResponse(self._conversations.items)


class ConversationsWithStreamingResponse:
    """`Conversations` with every method wrapped to return the streamed response."""

    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations
        self.create = to_streamed_response_wrapper(conversations.create)
        self.retrieve = to_streamed_response_wrapper(conversations.retrieve)
        self.update = to_streamed_response_wrapper(conversations.update)
        self.delete = to_streamed_response_wrapper(conversations.delete)

    @cached_property
    def items(self) -> ItemsWithStreamingResponse:
        from openai.resources.conversations.items import ItemsWithStreamingResponse

        return ItemsWithStreamingResponse(self._conversations.items)


class AsyncConversations(AsyncAPIResource):
    """Methods of `async_client.conversations`."""

    @cached_property
    def items(self) -> AsyncItems:
        from openai.resources.conversations.items import AsyncItems

        return AsyncItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncConversationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Create a conversation.

        Args:
          items: Initial items to include in the conversation context. You may add up to 20 items at a time.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/conversations",
            body={"metadata": metadata, "items": items},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    async def retrieve(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    async def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing
              additional information about the object in a structured         format, and querying for objects via API
              or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings         with
              a maximum length of 512 characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )

    async def delete(
        self,
        conversation_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """
        Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/conversations/{path_param('conversation_id', conversation_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ConversationDeletedResource,
        )


class AsyncConversationsWithRawResponse:
    """`AsyncConversations` with every method wrapped to return the raw response."""

    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations
        self.create = async_to_raw_response_wrapper(conversations.create)
        self.retrieve = async_to_raw_response_wrapper(conversations.retrieve)
        self.update = async_to_raw_response_wrapper(conversations.update)
        self.delete = async_to_raw_response_wrapper(conversations.delete)

    @cached_property
    def items(self) -> AsyncItemsWithRawResponse:
        from openai.resources.conversations.items import AsyncItemsWithRawResponse

        return AsyncItemsWithRawResponse(self._conversations.items)


class AsyncConversationsWithStreamingResponse:
    """`AsyncConversations` with every method wrapped to return the streamed response."""

    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations
        self.create = async_to_streamed_response_wrapper(conversations.create)
        self.retrieve = async_to_streamed_response_wrapper(conversations.retrieve)
        self.update = async_to_streamed_response_wrapper(conversations.update)
        self.delete = async_to_streamed_response_wrapper(conversations.delete)

    @cached_property
    def items(self) -> AsyncItemsWithStreamingResponse:
        from openai.resources.conversations.items import AsyncItemsWithStreamingResponse

        return AsyncItemsWithStreamingResponse(self._conversations.items)
