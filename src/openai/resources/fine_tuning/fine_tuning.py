# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.fine_tuning.jobs.jobs import (
        Jobs,
        AsyncJobs,
        JobsWithRawResponse,
        AsyncJobsWithRawResponse,
        JobsWithStreamingResponse,
        AsyncJobsWithStreamingResponse,
    )
    from openai.resources.fine_tuning.alpha.alpha import (
        Alpha,
        AsyncAlpha,
        AlphaWithRawResponse,
        AsyncAlphaWithRawResponse,
        AlphaWithStreamingResponse,
        AsyncAlphaWithStreamingResponse,
    )
    from openai.resources.fine_tuning.checkpoints.checkpoints import (
        Checkpoints,
        AsyncCheckpoints,
        CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse,
    )

__all__ = [
    "FineTuning",
    "AsyncFineTuning",
    "FineTuningWithRawResponse",
    "AsyncFineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuningWithStreamingResponse",
]


class FineTuning(SyncAPIResource):
    """Methods of `client.fine_tuning`."""

    @cached_property
    def jobs(self) -> Jobs:
        from openai.resources.fine_tuning.jobs.jobs import Jobs

        return Jobs(self._client)

    @cached_property
    def checkpoints(self) -> Checkpoints:
        from openai.resources.fine_tuning.checkpoints.checkpoints import Checkpoints

        return Checkpoints(self._client)

    @cached_property
    def alpha(self) -> Alpha:
        from openai.resources.fine_tuning.alpha.alpha import Alpha

        return Alpha(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return FineTuningWithStreamingResponse(self)


class FineTuningWithRawResponse:
    """`FineTuning` with every method wrapped to return the raw response."""

    def __init__(self, fine_tuning: FineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def jobs(self) -> JobsWithRawResponse:
        from openai.resources.fine_tuning.jobs.jobs import JobsWithRawResponse

        return JobsWithRawResponse(self._fine_tuning.jobs)

    @cached_property
    def checkpoints(self) -> CheckpointsWithRawResponse:
        from openai.resources.fine_tuning.checkpoints.checkpoints import CheckpointsWithRawResponse

        return CheckpointsWithRawResponse(self._fine_tuning.checkpoints)

    @cached_property
    def alpha(self) -> AlphaWithRawResponse:
        from openai.resources.fine_tuning.alpha.alpha import AlphaWithRawResponse

        return AlphaWithRawResponse(self._fine_tuning.alpha)


class FineTuningWithStreamingResponse:
    """`FineTuning` with every method wrapped to return the streamed response."""

    def __init__(self, fine_tuning: FineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def jobs(self) -> JobsWithStreamingResponse:
        from openai.resources.fine_tuning.jobs.jobs import JobsWithStreamingResponse

        return JobsWithStreamingResponse(self._fine_tuning.jobs)

    @cached_property
    def checkpoints(self) -> CheckpointsWithStreamingResponse:
        from openai.resources.fine_tuning.checkpoints.checkpoints import CheckpointsWithStreamingResponse

        return CheckpointsWithStreamingResponse(self._fine_tuning.checkpoints)

    @cached_property
    def alpha(self) -> AlphaWithStreamingResponse:
        from openai.resources.fine_tuning.alpha.alpha import AlphaWithStreamingResponse

        return AlphaWithStreamingResponse(self._fine_tuning.alpha)


class AsyncFineTuning(AsyncAPIResource):
    """Methods of `async_client.fine_tuning`."""

    @cached_property
    def jobs(self) -> AsyncJobs:
        from openai.resources.fine_tuning.jobs.jobs import AsyncJobs

        return AsyncJobs(self._client)

    @cached_property
    def checkpoints(self) -> AsyncCheckpoints:
        from openai.resources.fine_tuning.checkpoints.checkpoints import AsyncCheckpoints

        return AsyncCheckpoints(self._client)

    @cached_property
    def alpha(self) -> AsyncAlpha:
        from openai.resources.fine_tuning.alpha.alpha import AsyncAlpha

        return AsyncAlpha(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncFineTuningWithStreamingResponse(self)


class AsyncFineTuningWithRawResponse:
    """`AsyncFineTuning` with every method wrapped to return the raw response."""

    def __init__(self, fine_tuning: AsyncFineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def jobs(self) -> AsyncJobsWithRawResponse:
        from openai.resources.fine_tuning.jobs.jobs import AsyncJobsWithRawResponse

        return AsyncJobsWithRawResponse(self._fine_tuning.jobs)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithRawResponse:
        from openai.resources.fine_tuning.checkpoints.checkpoints import AsyncCheckpointsWithRawResponse

        return AsyncCheckpointsWithRawResponse(self._fine_tuning.checkpoints)

    @cached_property
    def alpha(self) -> AsyncAlphaWithRawResponse:
        from openai.resources.fine_tuning.alpha.alpha import AsyncAlphaWithRawResponse

        return AsyncAlphaWithRawResponse(self._fine_tuning.alpha)


class AsyncFineTuningWithStreamingResponse:
    """`AsyncFineTuning` with every method wrapped to return the streamed response."""

    def __init__(self, fine_tuning: AsyncFineTuning) -> None:
        self._fine_tuning = fine_tuning

    @cached_property
    def jobs(self) -> AsyncJobsWithStreamingResponse:
        from openai.resources.fine_tuning.jobs.jobs import AsyncJobsWithStreamingResponse

        return AsyncJobsWithStreamingResponse(self._fine_tuning.jobs)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse:
        from openai.resources.fine_tuning.checkpoints.checkpoints import AsyncCheckpointsWithStreamingResponse

        return AsyncCheckpointsWithStreamingResponse(self._fine_tuning.checkpoints)

    @cached_property
    def alpha(self) -> AsyncAlphaWithStreamingResponse:
        from openai.resources.fine_tuning.alpha.alpha import AsyncAlphaWithStreamingResponse

        return AsyncAlphaWithStreamingResponse(self._fine_tuning.alpha)
