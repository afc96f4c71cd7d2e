# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning.jobs.checkpoints` resource: 1 method(s)."""

from __future__ import annotations

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
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.fine_tuning.jobs.fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = [
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "AsyncCheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithStreamingResponse",
]


class Checkpoints(SyncAPIResource):
    """Methods of `client.fine_tuning.jobs.checkpoints`."""

    @cached_property
    def with_raw_response(self) -> CheckpointsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return CheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CheckpointsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return CheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[FineTuningJobCheckpoint]:
        """
        List checkpoints for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.

          after: Identifier for the last checkpoint ID from the previous pagination request.

          limit: Number of checkpoints to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/checkpoints",
            page=SyncCursorPage[FineTuningJobCheckpoint],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJobCheckpoint,
        )


class CheckpointsWithRawResponse:
    """`Checkpoints` with every method wrapped to return the raw response."""

    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints
        self.list = to_raw_response_wrapper(checkpoints.list)


class CheckpointsWithStreamingResponse:
    """`Checkpoints` with every method wrapped to return the streamed response."""

    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints
        self.list = to_streamed_response_wrapper(checkpoints.list)


class AsyncCheckpoints(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.jobs.checkpoints`."""

    @cached_property
    def with_raw_response(self) -> AsyncCheckpointsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]:
        """
        List checkpoints for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.

          after: Identifier for the last checkpoint ID from the previous pagination request.

          limit: Number of checkpoints to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/checkpoints",
            page=AsyncCursorPage[FineTuningJobCheckpoint],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJobCheckpoint,
        )


class AsyncCheckpointsWithRawResponse:
    """`AsyncCheckpoints` with every method wrapped to return the raw response."""

    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints
        self.list = async_to_raw_response_wrapper(checkpoints.list)


class AsyncCheckpointsWithStreamingResponse:
    """`AsyncCheckpoints` with every method wrapped to return the streamed response."""

    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints
        self.list = async_to_streamed_response_wrapper(checkpoints.list)
