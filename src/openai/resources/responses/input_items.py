# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.responses.input_items` resource: 1 method(s)."""

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
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.responses.response_item import ResponseItem

__all__ = [
    "InputItems",
    "AsyncInputItems",
    "InputItemsWithRawResponse",
    "AsyncInputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "AsyncInputItemsWithStreamingResponse",
]


class InputItems(SyncAPIResource):
    """Methods of `client.responses.input_items`."""

    @cached_property
    def with_raw_response(self) -> InputItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return InputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return InputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
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
    ) -> SyncCursorPage[ResponseItem]:
        """
        Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: The order to return the input items in. Default is `desc`.
              - `asc`: Return the input items in ascending order.
              - `desc`: Return the input items in descending order.

          after: An item ID to list items after, used in pagination.

          include: Additional fields to include in the response. See the `include` parameter for Response creation above
              for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/responses/{path_param('response_id', response_id)}/input_items",
            page=SyncCursorPage[ResponseItem],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=cast(Any, ResponseItem),
        )


class InputItemsWithRawResponse:
    """`InputItems` with every method wrapped to return the raw response."""

    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_raw_response_wrapper(input_items.list)


class InputItemsWithStreamingResponse:
    """`InputItems` with every method wrapped to return the streamed response."""

    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_streamed_response_wrapper(input_items.list)


class AsyncInputItems(AsyncAPIResource):
    """Methods of `async_client.responses.input_items`."""

    @cached_property
    def with_raw_response(self) -> AsyncInputItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
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
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """
        Returns a list of input items for a given response.

        Args:
          response_id: The ID of the response to retrieve input items for.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: The order to return the input items in. Default is `desc`.
              - `asc`: Return the input items in ascending order.
              - `desc`: Return the input items in descending order.

          after: An item ID to list items after, used in pagination.

          include: Additional fields to include in the response. See the `include` parameter for Response creation above
              for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/responses/{path_param('response_id', response_id)}/input_items",
            page=AsyncCursorPage[ResponseItem],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=cast(Any, ResponseItem),
        )


class AsyncInputItemsWithRawResponse:
    """`AsyncInputItems` with every method wrapped to return the raw response."""

    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_raw_response_wrapper(input_items.list)


class AsyncInputItemsWithStreamingResponse:
    """`AsyncInputItems` with every method wrapped to return the streamed response."""

    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_streamed_response_wrapper(input_items.list)
