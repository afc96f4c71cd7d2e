# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.beta.threads.runs.steps` resource: 2 method(s)."""

from __future__ import annotations

from typing import Iterable
from functools import cached_property

import typing_extensions
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
from openai.types.beta.threads.runs.run_step import RunStep

__all__ = [
    "Steps",
    "AsyncSteps",
    "StepsWithRawResponse",
    "AsyncStepsWithRawResponse",
    "StepsWithStreamingResponse",
    "AsyncStepsWithStreamingResponse",
]


class Steps(SyncAPIResource):
    """Methods of `client.beta.threads.runs.steps`."""

    @cached_property
    def with_raw_response(self) -> StepsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return StepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StepsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return StepsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunStep:
        """
        Retrieves a run step.

        Args:
          step_id: The ID of the run step to retrieve.

          thread_id: The ID of the thread to which the run and run step belongs.

          run_id: The ID of the run to which the run step belongs.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/steps/{path_param('step_id', step_id)}",
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=RunStep,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[RunStep]:
        """
        Returns a list of run steps belonging to a run.

        Args:
          run_id: The ID of the run the run steps belong to.

          thread_id: The ID of the thread the run and run steps belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/steps",
            page=SyncCursorPage[RunStep],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=RunStep,
        )


class StepsWithRawResponse:
    """`Steps` with every method wrapped to return the raw response."""

    def __init__(self, steps: Steps) -> None:
        self._steps = steps
        self.retrieve = to_raw_response_wrapper(steps.retrieve)
        self.list = to_raw_response_wrapper(steps.list)


class StepsWithStreamingResponse:
    """`Steps` with every method wrapped to return the streamed response."""

    def __init__(self, steps: Steps) -> None:
        self._steps = steps
        self.retrieve = to_streamed_response_wrapper(steps.retrieve)
        self.list = to_streamed_response_wrapper(steps.list)


class AsyncSteps(AsyncAPIResource):
    """Methods of `async_client.beta.threads.runs.steps`."""

    @cached_property
    def with_raw_response(self) -> AsyncStepsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStepsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncStepsWithStreamingResponse(self)

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    async def retrieve(
        self,
        step_id: str,
        *,
        thread_id: str,
        run_id: str,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RunStep:
        """
        Retrieves a run step.

        Args:
          step_id: The ID of the run step to retrieve.

          thread_id: The ID of the thread to which the run and run step belongs.

          run_id: The ID of the run to which the run step belongs.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/steps/{path_param('step_id', step_id)}",
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=RunStep,
        )

    @typing_extensions.deprecated("The Assistants API is deprecated in favor of the Responses API")
    def list(
        self,
        run_id: str,
        *,
        thread_id: str,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        include: Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """
        Returns a list of run steps belonging to a run.

        Args:
          run_id: The ID of the run the run steps belong to.

          thread_id: The ID of the thread the run and run steps belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.

              See the [file search tool
              documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/threads/{path_param('thread_id', thread_id)}/runs/{path_param('run_id', run_id)}/steps",
            page=AsyncCursorPage[RunStep],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=RunStep,
        )


class AsyncStepsWithRawResponse:
    """`AsyncSteps` with every method wrapped to return the raw response."""

    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps
        self.retrieve = async_to_raw_response_wrapper(steps.retrieve)
        self.list = async_to_raw_response_wrapper(steps.list)


class AsyncStepsWithStreamingResponse:
    """`AsyncSteps` with every method wrapped to return the streamed response."""

    def __init__(self, steps: AsyncSteps) -> None:
        self._steps = steps
        self.retrieve = async_to_streamed_response_wrapper(steps.retrieve)
        self.list = async_to_streamed_response_wrapper(steps.list)
