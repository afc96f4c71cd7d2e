# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.evals.runs.output_items` resource: 2 method(s)."""

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
from openai.types.evals.runs.output_item_list_response import OutputItemListResponse
from openai.types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse

__all__ = [
    "OutputItems",
    "AsyncOutputItems",
    "OutputItemsWithRawResponse",
    "AsyncOutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "AsyncOutputItemsWithStreamingResponse",
]


class OutputItems(SyncAPIResource):
    """Methods of `client.evals.runs.output_items`."""

    @cached_property
    def with_raw_response(self) -> OutputItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return OutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OutputItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return OutputItemsWithStreamingResponse(self)

    def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OutputItemRetrieveResponse:
        """
        Get an evaluation run output item by ID.

        Args:
          output_item_id: The ID of the output item to retrieve.

          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}/output_items/{path_param('output_item_id', output_item_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=OutputItemRetrieveResponse,
        )

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: Literal["fail", "pass"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[OutputItemListResponse]:
        """
        Get a list of output items for an evaluation run.

        Args:
          run_id: The ID of the run to retrieve output items for.

          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last output item from the previous pagination request.

          limit: Number of output items to retrieve.

          status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by
              passed output items.

          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}/output_items",
            page=SyncCursorPage[OutputItemListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "status": status, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=OutputItemListResponse,
        )


class OutputItemsWithRawResponse:
    """`OutputItems` with every method wrapped to return the raw response."""

    def __init__(self, output_items: OutputItems) -> None:
        self._output_items = output_items
        self.retrieve = to_raw_response_wrapper(output_items.retrieve)
        self.list = to_raw_response_wrapper(output_items.list)


class OutputItemsWithStreamingResponse:
    """`OutputItems` with every method wrapped to return the streamed response."""

    def __init__(self, output_items: OutputItems) -> None:
        self._output_items = output_items
        self.retrieve = to_streamed_response_wrapper(output_items.retrieve)
        self.list = to_streamed_response_wrapper(output_items.list)


class AsyncOutputItems(AsyncAPIResource):
    """Methods of `async_client.evals.runs.output_items`."""

    @cached_property
    def with_raw_response(self) -> AsyncOutputItemsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncOutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOutputItemsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncOutputItemsWithStreamingResponse(self)

    async def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OutputItemRetrieveResponse:
        """
        Get an evaluation run output item by ID.

        Args:
          output_item_id: The ID of the output item to retrieve.

          eval_id: The ID of the evaluation to retrieve runs for.

          run_id: The ID of the run to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}/output_items/{path_param('output_item_id', output_item_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=OutputItemRetrieveResponse,
        )

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        status: Literal["fail", "pass"] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[OutputItemListResponse, AsyncCursorPage[OutputItemListResponse]]:
        """
        Get a list of output items for an evaluation run.

        Args:
          run_id: The ID of the run to retrieve output items for.

          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last output item from the previous pagination request.

          limit: Number of output items to retrieve.

          status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by
              passed output items.

          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}/output_items",
            page=AsyncCursorPage[OutputItemListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "status": status, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=OutputItemListResponse,
        )


class AsyncOutputItemsWithRawResponse:
    """`AsyncOutputItems` with every method wrapped to return the raw response."""

    def __init__(self, output_items: AsyncOutputItems) -> None:
        self._output_items = output_items
        self.retrieve = async_to_raw_response_wrapper(output_items.retrieve)
        self.list = async_to_raw_response_wrapper(output_items.list)


class AsyncOutputItemsWithStreamingResponse:
    """`AsyncOutputItems` with every method wrapped to return the streamed response."""

    def __init__(self, output_items: AsyncOutputItems) -> None:
        self._output_items = output_items
        self.retrieve = async_to_streamed_response_wrapper(output_items.retrieve)
        self.list = async_to_streamed_response_wrapper(output_items.list)
