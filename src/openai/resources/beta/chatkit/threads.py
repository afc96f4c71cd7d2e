# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.chatkit.threads` resource: 4 method(s)."""

from __future__ import annotations

from typing import Any, cast
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
from openai.types.beta.chatkit import chatkit_thread, chatkit_thread_item_list
from openai.types.beta.chatkit.thread_delete_response import ThreadDeleteResponse

__all__ = [
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "AsyncThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithStreamingResponse",
]


class Threads(SyncAPIResource):
    """Methods of `client.beta.chatkit.threads`."""

    @cached_property
    def with_raw_response(self) -> ThreadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ThreadsWithStreamingResponse(self)

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> chatkit_thread.ChatKitThread:
        """
        Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=chatkit_thread.ChatKitThread,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[chatkit_thread.ChatKitThread]:
        """
        List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.

          order: Sort order for results by creation time. Defaults to `desc`.

          after: List items created after this thread item ID. Defaults to null for the first page.

          before: List items created before this thread item ID. Defaults to null for the newest results.

          user: Filter threads that belong to this user identifier. Defaults to null to return all users.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/chatkit/threads",
            page=SyncConversationCursorPage[chatkit_thread.ChatKitThread],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            model=chatkit_thread.ChatKitThread,
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ThreadDeleteResponse:
        """
        Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ThreadDeleteResponse,
        )

    def list_items(
        self,
        thread_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[chatkit_thread_item_list.Data]:
        """
        List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.

          limit: Maximum number of thread items to return. Defaults to 20.

          order: Sort order for results by creation time. Defaults to `desc`.

          after: List items created after this thread item ID. Defaults to null for the first page.

          before: List items created before this thread item ID. Defaults to null for the newest results.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}/items",
            page=SyncConversationCursorPage[chatkit_thread_item_list.Data],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            model=cast(Any, chatkit_thread_item_list.Data),
        )


class ThreadsWithRawResponse:
    """`Threads` with every method wrapped to return the raw response."""

    def __init__(self, threads: Threads) -> None:
        self._threads = threads
        self.retrieve = to_raw_response_wrapper(threads.retrieve)
        self.list = to_raw_response_wrapper(threads.list)
        self.delete = to_raw_response_wrapper(threads.delete)
        self.list_items = to_raw_response_wrapper(threads.list_items)


class ThreadsWithStreamingResponse:
    """`Threads` with every method wrapped to return the streamed response."""

    def __init__(self, threads: Threads) -> None:
        self._threads = threads
        self.retrieve = to_streamed_response_wrapper(threads.retrieve)
        self.list = to_streamed_response_wrapper(threads.list)
        self.delete = to_streamed_response_wrapper(threads.delete)
        self.list_items = to_streamed_response_wrapper(threads.list_items)


class AsyncThreads(AsyncAPIResource):
    """Methods of `async_client.beta.chatkit.threads`."""

    @cached_property
    def with_raw_response(self) -> AsyncThreadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncThreadsWithStreamingResponse(self)

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> chatkit_thread.ChatKitThread:
        """
        Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=chatkit_thread.ChatKitThread,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[chatkit_thread.ChatKitThread, AsyncConversationCursorPage[chatkit_thread.ChatKitThread]]:
        """
        List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.

          order: Sort order for results by creation time. Defaults to `desc`.

          after: List items created after this thread item ID. Defaults to null for the first page.

          before: List items created before this thread item ID. Defaults to null for the newest results.

          user: Filter threads that belong to this user identifier. Defaults to null to return all users.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/chatkit/threads",
            page=AsyncConversationCursorPage[chatkit_thread.ChatKitThread],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            model=chatkit_thread.ChatKitThread,
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ThreadDeleteResponse:
        """
        Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ThreadDeleteResponse,
        )

    def list_items(
        self,
        thread_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[chatkit_thread_item_list.Data, AsyncConversationCursorPage[chatkit_thread_item_list.Data]]:
        """
        List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.

          limit: Maximum number of thread items to return. Defaults to 20.

          order: Sort order for results by creation time. Defaults to `desc`.

          after: List items created after this thread item ID. Defaults to null for the first page.

          before: List items created before this thread item ID. Defaults to null for the newest results.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/chatkit/threads/{path_param('thread_id', thread_id)}/items",
            page=AsyncConversationCursorPage[chatkit_thread_item_list.Data],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            model=cast(Any, chatkit_thread_item_list.Data),
        )


class AsyncThreadsWithRawResponse:
    """`AsyncThreads` with every method wrapped to return the raw response."""

    def __init__(self, threads: AsyncThreads) -> None:
        self._threads = threads
        self.retrieve = async_to_raw_response_wrapper(threads.retrieve)
        self.list = async_to_raw_response_wrapper(threads.list)
        self.delete = async_to_raw_response_wrapper(threads.delete)
        self.list_items = async_to_raw_response_wrapper(threads.list_items)


class AsyncThreadsWithStreamingResponse:
    """`AsyncThreads` with every method wrapped to return the streamed response."""

    def __init__(self, threads: AsyncThreads) -> None:
        self._threads = threads
        self.retrieve = async_to_streamed_response_wrapper(threads.retrieve)
        self.list = async_to_streamed_response_wrapper(threads.list)
        self.delete = async_to_streamed_response_wrapper(threads.delete)
        self.list_items = async_to_streamed_response_wrapper(threads.list_items)
