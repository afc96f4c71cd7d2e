# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.evals` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional
from functools import cached_property

from typing_extensions import Literal

from openai.types import eval_create_params
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
from openai.types.eval_list_response import EvalListResponse
from openai.types.eval_create_response import EvalCreateResponse
from openai.types.eval_delete_response import EvalDeleteResponse
from openai.types.eval_update_response import EvalUpdateResponse
from openai.types.eval_retrieve_response import EvalRetrieveResponse
from openai.types.shared_params.metadata import Metadata

if TYPE_CHECKING:
    from openai.resources.evals.runs.runs import (
        Runs,
        AsyncRuns,
        RunsWithRawResponse,
        AsyncRunsWithRawResponse,
        RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse,
    )

__all__ = [
    "Evals",
    "AsyncEvals",
    "EvalsWithRawResponse",
    "AsyncEvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvalsWithStreamingResponse",
]


class Evals(SyncAPIResource):
    """Methods of `client.evals`."""

    @cached_property
    def runs(self) -> Runs:
        from openai.resources.evals.runs.runs import Runs

        return Runs(self._client)

    @cached_property
    def with_raw_response(self) -> EvalsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return EvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return EvalsWithStreamingResponse(self)

    def create(
        self,
        *,
        data_source_config: eval_create_params.DataSourceConfig,
        testing_criteria: Iterable[eval_create_params.TestingCriterion],
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalCreateResponse:
        """
        Create the structure of an evaluation that can be used to test a model's performance. An evaluation is a set of
        testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation.
        After creating an evaluation, you can run it on different models and model parameters. We support several types
        of graders and datasources. For more information, see the [Evals guide](/docs/guides/evals).

        Args:
          name: The name of the evaluation.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of
              the data used in the evaluation.

          testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the
              data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's
              output, use the `sample` namespace (ie, `{{sample.output_text}}`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/evals",
            body={
                "name": name,
                "metadata": metadata,
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalCreateResponse,
        )

    def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalRetrieveResponse:
        """
        Get an evaluation by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/evals/{path_param('eval_id', eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalRetrieveResponse,
        )

    def update(
        self,
        eval_id: str,
        *,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalUpdateResponse:
        """
        Update certain properties of an evaluation.

        Args:
          eval_id: The ID of the evaluation to update.

          name: Rename the evaluation.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/evals/{path_param('eval_id', eval_id)}",
            body={"name": name, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalUpdateResponse,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        order_by: Literal["created_at", "updated_at"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[EvalListResponse]:
        """
        List evaluations for a project.

        Args:
          after: Identifier for the last eval from the previous pagination request.

          limit: Number of evals to retrieve.

          order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.

          order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or
              `updated_at` for last updated time.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/evals",
            page=SyncCursorPage[EvalListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=EvalListResponse,
        )

    def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalDeleteResponse:
        """
        Delete an evaluation.

        Args:
          eval_id: The ID of the evaluation to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/evals/{path_param('eval_id', eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalDeleteResponse,
        )


class EvalsWithRawResponse:
    """`Evals` with every method wrapped to return the raw response."""

    def __init__(self, evals: Evals) -> None:
        self._evals = evals
        self.create = to_raw_response_wrapper(evals.create)
        self.retrieve = to_raw_response_wrapper(evals.retrieve)
        self.update = to_raw_response_wrapper(evals.update)
        self.list = to_raw_response_wrapper(evals.list)
        self.delete = to_raw_response_wrapper(evals.delete)

    @cached_property
    def runs(self) -> RunsWithRawResponse:
        from openai.resources.evals.runs.runs import RunsWithRawResponse

        return RunsWithRawResponse(self._evals.runs)


class EvalsWithStreamingResponse:
    """`Evals` with every method wrapped to return the streamed response."""

    def __init__(self, evals: Evals) -> None:
        self._evals = evals
        self.create = to_streamed_response_wrapper(evals.create)
        self.retrieve = to_streamed_response_wrapper(evals.retrieve)
        self.update = to_streamed_response_wrapper(evals.update)
        self.list = to_streamed_response_wrapper(evals.list)
        self.delete = to_streamed_response_wrapper(evals.delete)

    @cached_property
    def runs(self) -> RunsWithStreamingResponse:
        from openai.resources.evals.runs.runs import RunsWithStreamingResponse

        return RunsWithStreamingResponse(self._evals.runs)


class AsyncEvals(AsyncAPIResource):
    """Methods of `async_client.evals`."""

    @cached_property
    def runs(self) -> AsyncRuns:
        from openai.resources.evals.runs.runs import AsyncRuns

        return AsyncRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncEvalsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncEvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncEvalsWithStreamingResponse(self)

    async def create(
        self,
        *,
        data_source_config: eval_create_params.DataSourceConfig,
        testing_criteria: Iterable[eval_create_params.TestingCriterion],
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalCreateResponse:
        """
        Create the structure of an evaluation that can be used to test a model's performance. An evaluation is a set of
        testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation.
        After creating an evaluation, you can run it on different models and model parameters. We support several types
        of graders and datasources. For more information, see the [Evals guide](/docs/guides/evals).

        Args:
          name: The name of the evaluation.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of
              the data used in the evaluation.

          testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the
              data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's
              output, use the `sample` namespace (ie, `{{sample.output_text}}`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/evals",
            body={
                "name": name,
                "metadata": metadata,
                "data_source_config": data_source_config,
                "testing_criteria": testing_criteria,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalCreateResponse,
        )

    async def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalRetrieveResponse:
        """
        Get an evaluation by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/evals/{path_param('eval_id', eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalRetrieveResponse,
        )

    async def update(
        self,
        eval_id: str,
        *,
        name: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalUpdateResponse:
        """
        Update certain properties of an evaluation.

        Args:
          eval_id: The ID of the evaluation to update.

          name: Rename the evaluation.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/evals/{path_param('eval_id', eval_id)}",
            body={"name": name, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalUpdateResponse,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        order_by: Literal["created_at", "updated_at"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[EvalListResponse, AsyncCursorPage[EvalListResponse]]:
        """
        List evaluations for a project.

        Args:
          after: Identifier for the last eval from the previous pagination request.

          limit: Number of evals to retrieve.

          order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.

          order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or
              `updated_at` for last updated time.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/evals",
            page=AsyncCursorPage[EvalListResponse],
            options=make_request_options(
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=EvalListResponse,
        )

    async def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> EvalDeleteResponse:
        """
        Delete an evaluation.

        Args:
          eval_id: The ID of the evaluation to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/evals/{path_param('eval_id', eval_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=EvalDeleteResponse,
        )


class AsyncEvalsWithRawResponse:
    """`AsyncEvals` with every method wrapped to return the raw response."""

    def __init__(self, evals: AsyncEvals) -> None:
        self._evals = evals
        self.create = async_to_raw_response_wrapper(evals.create)
        self.retrieve = async_to_raw_response_wrapper(evals.retrieve)
        self.update = async_to_raw_response_wrapper(evals.update)
        self.list = async_to_raw_response_wrapper(evals.list)
        self.delete = async_to_raw_response_wrapper(evals.delete)

    @cached_property
    def runs(self) -> AsyncRunsWithRawResponse:
        from openai.resources.evals.runs.runs import AsyncRunsWithRawResponse

        return AsyncRunsWithRawResponse(self._evals.runs)


class AsyncEvalsWithStreamingResponse:
    """`AsyncEvals` with every method wrapped to return the streamed response."""

    def __init__(self, evals: AsyncEvals) -> None:
        self._evals = evals
        self.create = async_to_streamed_response_wrapper(evals.create)
        self.retrieve = async_to_streamed_response_wrapper(evals.retrieve)
        self.update = async_to_streamed_response_wrapper(evals.update)
        self.list = async_to_streamed_response_wrapper(evals.list)
        self.delete = async_to_streamed_response_wrapper(evals.delete)

    @cached_property
    def runs(self) -> AsyncRunsWithStreamingResponse:
        from openai.resources.evals.runs.runs import AsyncRunsWithStreamingResponse

        return AsyncRunsWithStreamingResponse(self._evals.runs)
