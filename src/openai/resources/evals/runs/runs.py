# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.evals.runs` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
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
from openai.types.evals import run_create_params
from openai._base_client import make_request_options
from openai.types.shared_params.metadata import Metadata
from openai.types.evals.run_list_response import RunListResponse
from openai.types.evals.run_cancel_response import RunCancelResponse
from openai.types.evals.run_create_response import RunCreateResponse
from openai.types.evals.run_delete_response import RunDeleteResponse
from openai.types.evals.run_retrieve_response import RunRetrieveResponse

if TYPE_CHECKING:
    from openai.resources.evals.runs.output_items import (
        OutputItems,
        AsyncOutputItems,
        OutputItemsWithRawResponse,
        AsyncOutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse,
        AsyncOutputItemsWithStreamingResponse,
    )

__all__ = [
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "AsyncRunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithStreamingResponse",
]


class Runs(SyncAPIResource):
    """Methods of `client.evals.runs`."""

    @cached_property
    def output_items(self) -> OutputItems:
        from openai.resources.evals.runs.output_items import OutputItems

        return OutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> RunsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RunsWithStreamingResponse(self)

    def create(
        self,
        eval_id: str,
        *,
        data_source: run_create_params.DataSource,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """
        Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to
        test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.

          name: The name of the run.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          data_source: Details about the run's data source.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/evals/{path_param('eval_id', eval_id)}/runs",
            body={"name": name, "metadata": metadata, "data_source": data_source},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunCreateResponse,
        )

    def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """
        Get an evaluation run by ID.

        Args:
          run_id: The ID of the run to retrieve.

          eval_id: The ID of the evaluation to retrieve runs for.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunRetrieveResponse,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunListResponse]:
        """
        Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last run from the previous pagination request.

          limit: Number of runs to retrieve.

          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/evals/{path_param('eval_id', eval_id)}/runs",
            page=SyncCursorPage[RunListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=RunListResponse,
        )

    def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """
        Delete an eval run.

        Args:
          run_id: The ID of the run to delete.

          eval_id: The ID of the evaluation to delete the run from.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunDeleteResponse,
        )

    def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """
        Cancel an ongoing evaluation run.

        Args:
          run_id: The ID of the run to cancel.

          eval_id: The ID of the evaluation whose run you want to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunCancelResponse,
        )


class RunsWithRawResponse:
    """`Runs` with every method wrapped to return the raw response."""

    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.create = to_raw_response_wrapper(runs.create)
        self.retrieve = to_raw_response_wrapper(runs.retrieve)
        self.list = to_raw_response_wrapper(runs.list)
        self.delete = to_raw_response_wrapper(runs.delete)
        self.cancel = to_raw_response_wrapper(runs.cancel)

    @cached_property
    def output_items(self) -> OutputItemsWithRawResponse:
        from openai.resources.evals.runs.output_items import OutputItemsWithRawResponse

        return OutputItemsWithRawResponse(self._runs.output_items)


class RunsWithStreamingResponse:
    """`Runs` with every method wrapped to return the streamed response."""

    def __init__(self, runs: Runs) -> None:
        self._runs = runs
        self.create = to_streamed_response_wrapper(runs.create)
        self.retrieve = to_streamed_response_wrapper(runs.retrieve)
        self.list = to_streamed_response_wrapper(runs.list)
        self.delete = to_streamed_response_wrapper(runs.delete)
        self.cancel = to_streamed_response_wrapper(runs.cancel)

    @cached_property
    def output_items(self) -> OutputItemsWithStreamingResponse:
        from openai.resources.evals.runs.output_items import OutputItemsWithStreamingResponse

        return OutputItemsWithStreamingResponse(self._runs.output_items)


class AsyncRuns(AsyncAPIResource):
    """Methods of `async_client.evals.runs`."""

    @cached_property
    def output_items(self) -> AsyncOutputItems:
        from openai.resources.evals.runs.output_items import AsyncOutputItems

        return AsyncOutputItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRunsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRunsWithStreamingResponse(self)

    async def create(
        self,
        eval_id: str,
        *,
        data_source: run_create_params.DataSource,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunCreateResponse:
        """
        Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to
        test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.

          name: The name of the run.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          data_source: Details about the run's data source.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/evals/{path_param('eval_id', eval_id)}/runs",
            body={"name": name, "metadata": metadata, "data_source": data_source},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunCreateResponse,
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunRetrieveResponse:
        """
        Get an evaluation run by ID.

        Args:
          run_id: The ID of the run to retrieve.

          eval_id: The ID of the evaluation to retrieve runs for.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunRetrieveResponse,
        )

    def list(
        self,
        eval_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunListResponse, AsyncCursorPage[RunListResponse]]:
        """
        Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.

          after: Identifier for the last run from the previous pagination request.

          limit: Number of runs to retrieve.

          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order.
              Defaults to `asc`.

          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/evals/{path_param('eval_id', eval_id)}/runs",
            page=AsyncCursorPage[RunListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=RunListResponse,
        )

    async def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunDeleteResponse:
        """
        Delete an eval run.

        Args:
          run_id: The ID of the run to delete.

          eval_id: The ID of the evaluation to delete the run from.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunDeleteResponse,
        )

    async def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunCancelResponse:
        """
        Cancel an ongoing evaluation run.

        Args:
          run_id: The ID of the run to cancel.

          eval_id: The ID of the evaluation whose run you want to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/evals/{path_param('eval_id', eval_id)}/runs/{path_param('run_id', run_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RunCancelResponse,
        )


class AsyncRunsWithRawResponse:
    """`AsyncRuns` with every method wrapped to return the raw response."""

    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.create = async_to_raw_response_wrapper(runs.create)
        self.retrieve = async_to_raw_response_wrapper(runs.retrieve)
        self.list = async_to_raw_response_wrapper(runs.list)
        self.delete = async_to_raw_response_wrapper(runs.delete)
        self.cancel = async_to_raw_response_wrapper(runs.cancel)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithRawResponse:
        from openai.resources.evals.runs.output_items import AsyncOutputItemsWithRawResponse

        return AsyncOutputItemsWithRawResponse(self._runs.output_items)


class AsyncRunsWithStreamingResponse:
    """`AsyncRuns` with every method wrapped to return the streamed response."""

    def __init__(self, runs: AsyncRuns) -> None:
        self._runs = runs
        self.create = async_to_streamed_response_wrapper(runs.create)
        self.retrieve = async_to_streamed_response_wrapper(runs.retrieve)
        self.list = async_to_streamed_response_wrapper(runs.list)
        self.delete = async_to_streamed_response_wrapper(runs.delete)
        self.cancel = async_to_streamed_response_wrapper(runs.cancel)

    @cached_property
    def output_items(self) -> AsyncOutputItemsWithStreamingResponse:
        from openai.resources.evals.runs.output_items import AsyncOutputItemsWithStreamingResponse

        return AsyncOutputItemsWithStreamingResponse(self._runs.output_items)
