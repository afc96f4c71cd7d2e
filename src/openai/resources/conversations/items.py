# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.conversations.items` resource: 4 method(s)."""

from __future__ import annotations

from typing import Any, Iterable, cast
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
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai._base_client import make_request_options
from openai.types.conversations.conversation import Conversation
from openai.types.conversations.conversation_item import ConversationItem
from openai.types.responses.response_input_item_param import ResponseInputItemParam
from openai.types.conversations.conversation_item_list import ConversationItemList

__all__ = [
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "AsyncItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithStreamingResponse",
]


class Items(SyncAPIResource):
    """Methods of `client.conversations.items`."""

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ItemsWithStreamingResponse(self)

    def create(
        self,
        conversation_id: str,
        *,
        items: Iterable[ResponseInputItemParam],
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationItemList:
        """
        Create items in a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to add the item to.

          items: The items to add to the conversation. You may add up to 20 items at a time.

          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation
              items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more
              information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items",
            body={"items": items},
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ConversationItemList,
        )

    def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationItem:
        """
        Get a single item from a conversation with the given IDs.

        Args:
          item_id: The ID of the item to retrieve.

          conversation_id: The ID of the conversation that contains the item.

          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation
              items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more
              information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return cast(
            "ConversationItem",
            self._get(
                f"/conversations/{path_param('conversation_id', conversation_id)}/items/{path_param('item_id', item_id)}",
                options=make_request_options(
                    query={"include": include},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=cast(Any, ConversationItem),
            ),
        )

    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ConversationItem]:
        """
        List all items for a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to list items for.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: The order to return the input items in. Default is `desc`.
              - `asc`: Return the input items in ascending order.
              - `desc`: Return the input items in descending order.

          after: An item ID to list items after, used in pagination.

          include: Specify additional output data to include in the model response. Currently supported values are:
              - `web_search_call.action.sources`: Include the sources of the web search tool call.
              - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
                call items.
              - `computer_call_output.output.image_url`: Include image urls from the computer call output.
              - `file_search_call.results`: Include the search results of the file search tool call.
              - `message.input_image.image_url`: Include image urls from the input message.
              - `message.output_text.logprobs`: Include logprobs with assistant messages.
              - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled
                in the zero data retention program).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items",
            page=SyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=cast(Any, ConversationItem),
        )

    def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Delete an item from a conversation with the given IDs.

        Args:
          item_id: The ID of the item to delete.

          conversation_id: The ID of the conversation that contains the item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items/{path_param('item_id', item_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )


class ItemsWithRawResponse:
    """`Items` with every method wrapped to return the raw response."""

    def __init__(self, items: Items) -> None:
        self._items = items
        self.create = to_raw_response_wrapper(items.create)
        self.retrieve = to_raw_response_wrapper(items.retrieve)
        self.list = to_raw_response_wrapper(items.list)
        self.delete = to_raw_response_wrapper(items.delete)


class ItemsWithStreamingResponse:
    """`Items` with every method wrapped to return the streamed response."""

    def __init__(self, items: Items) -> None:
        self._items = items
        self.create = to_streamed_response_wrapper(items.create)
        self.retrieve = to_streamed_response_wrapper(items.retrieve)
        self.list = to_streamed_response_wrapper(items.list)
        self.delete = to_streamed_response_wrapper(items.delete)


class AsyncItems(AsyncAPIResource):
    """Methods of `async_client.conversations.items`."""

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncItemsWithStreamingResponse(self)

    async def create(
        self,
        conversation_id: str,
        *,
        items: Iterable[ResponseInputItemParam],
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationItemList:
        """
        Create items in a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to add the item to.

          items: The items to add to the conversation. You may add up to 20 items at a time.

          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation
              items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more
              information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items",
            body={"items": items},
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ConversationItemList,
        )

    async def retrieve(
        self,
        item_id: str,
        *,
        conversation_id: str,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ConversationItem:
        """
        Get a single item from a conversation with the given IDs.

        Args:
          item_id: The ID of the item to retrieve.

          conversation_id: The ID of the conversation that contains the item.

          include: Additional fields to include in the response. See the `include` parameter for [listing Conversation
              items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more
              information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return cast(
            "ConversationItem",
            await self._get(
                f"/conversations/{path_param('conversation_id', conversation_id)}/items/{path_param('item_id', item_id)}",
                options=make_request_options(
                    query={"include": include},
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=cast(Any, ConversationItem),
            ),
        )

    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]:
        """
        List all items for a conversation with the given ID.

        Args:
          conversation_id: The ID of the conversation to list items for.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: The order to return the input items in. Default is `desc`.
              - `asc`: Return the input items in ascending order.
              - `desc`: Return the input items in descending order.

          after: An item ID to list items after, used in pagination.

          include: Specify additional output data to include in the model response. Currently supported values are:
              - `web_search_call.action.sources`: Include the sources of the web search tool call.
              - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
                call items.
              - `computer_call_output.output.image_url`: Include image urls from the computer call output.
              - `file_search_call.results`: Include the search results of the file search tool call.
              - `message.input_image.image_url`: Include image urls from the input message.
              - `message.output_text.logprobs`: Include logprobs with assistant messages.
              - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled
                in the zero data retention program).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items",
            page=AsyncConversationCursorPage[ConversationItem],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=cast(Any, ConversationItem),
        )

    async def delete(
        self,
        item_id: str,
        *,
        conversation_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Delete an item from a conversation with the given IDs.

        Args:
          item_id: The ID of the item to delete.

          conversation_id: The ID of the conversation that contains the item.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/conversations/{path_param('conversation_id', conversation_id)}/items/{path_param('item_id', item_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Conversation,
        )


class AsyncItemsWithRawResponse:
    """`AsyncItems` with every method wrapped to return the raw response."""

    def __init__(self, items: AsyncItems) -> None:
        self._items = items
        self.create = async_to_raw_response_wrapper(items.create)
        self.retrieve = async_to_raw_response_wrapper(items.retrieve)
        self.list = async_to_raw_response_wrapper(items.list)
        self.delete = async_to_raw_response_wrapper(items.delete)


class AsyncItemsWithStreamingResponse:
    """`AsyncItems` with every method wrapped to return the streamed response."""

    def __init__(self, items: AsyncItems) -> None:
        self._items = items
        self.create = async_to_streamed_response_wrapper(items.create)
        self.retrieve = async_to_streamed_response_wrapper(items.retrieve)
        self.list = async_to_streamed_response_wrapper(items.list)
        self.delete = async_to_streamed_response_wrapper(items.delete)
