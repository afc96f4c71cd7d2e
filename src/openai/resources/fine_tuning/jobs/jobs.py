# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning.jobs` resource: 7 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Union, Iterable, Optional
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
from openai.types.fine_tuning import job_create_params
from openai.types.shared_params.metadata import Metadata
from openai.types.fine_tuning.fine_tuning_job import FineTuningJob
from openai.types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent

if TYPE_CHECKING:
    from openai.resources.fine_tuning.jobs.checkpoints import (
        Checkpoints,
        AsyncCheckpoints,
        CheckpointsWithRawResponse,
        AsyncCheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
        AsyncCheckpointsWithStreamingResponse,
    )

__all__ = [
    "Jobs",
    "AsyncJobs",
    "JobsWithRawResponse",
    "AsyncJobsWithRawResponse",
    "JobsWithStreamingResponse",
    "AsyncJobsWithStreamingResponse",
]


class Jobs(SyncAPIResource):
    """Methods of `client.fine_tuning.jobs`."""

    @cached_property
    def checkpoints(self) -> Checkpoints:
        from openai.resources.fine_tuning.jobs.checkpoints import Checkpoints

        return Checkpoints(self._client)

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return JobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return JobsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]],
        training_file: str,
        hyperparameters: job_create_params.Hyperparameters | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        validation_file: Optional[str] | Omit = omit,
        integrations: Optional[Iterable[job_create_params.Integration]] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        method: job_create_params.Method | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once
        complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          model: The name of the model to fine-tune. You can select one of the [supported
              models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).

          training_file: The ID of an uploaded file that contains training data.

              See [upload file](/docs/api-reference/files/create) for how to upload a file.

              Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose
              `fine-tune`.

              The contents of the file should differ depending on if the model uses the
              [chat](/docs/api-reference/fine-tuning/chat-input),
              [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses
              the [preference](/docs/api-reference/fine-tuning/preference-input) format.

              See the [fine-tuning guide](/docs/guides/model-optimization) for more details.

          hyperparameters: Deprecated.

              The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and
              should be passed in under the `method` parameter.

          suffix: A string of up to 64 characters that will be added to your fine-tuned model name.

              For example, a `suffix` of "custom-model-name" would produce a model name like
              `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.

          validation_file: The ID of an uploaded file that contains validation data.

              If you provide this file, the data is used to generate validation metrics periodically during fine-tuning.
              These metrics can be viewed in the fine-tuning results file. The same data should not be present in both
              train and validation files.

              Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

              See the [fine-tuning guide](/docs/guides/model-optimization) for more details.

          integrations: A list of integrations to enable for your fine-tuning job.

          seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should
              produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated
              for you.

          method: The method used for fine-tuning.

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
            "/fine_tuning/jobs",
            body={
                "model": model,
                "training_file": training_file,
                "hyperparameters": hyperparameters,
                "suffix": suffix,
                "validation_file": validation_file,
                "integrations": integrations,
                "seed": seed,
                "method": method,
                "metadata": metadata,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[FineTuningJob]:
        """
        List your organization's fine-tuning jobs

        Args:
          after: Identifier for the last job from the previous pagination request.

          limit: Number of fine-tuning jobs to retrieve.

          metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set
              `metadata=null` to indicate no metadata.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/fine_tuning/jobs",
            page=SyncCursorPage[FineTuningJob],
            options=make_request_options(
                query={"after": after, "limit": limit, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJob,
        )

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Immediately cancel a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def list_events(
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
    ) -> SyncCursorPage[FineTuningJobEvent]:
        """
        Get status updates for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get events for.

          after: Identifier for the last event from the previous pagination request.

          limit: Number of events to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/events",
            page=SyncCursorPage[FineTuningJobEvent],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJobEvent,
        )

    def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Pause a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to pause.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/pause",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Resume a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to resume.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/resume",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )


class JobsWithRawResponse:
    """`Jobs` with every method wrapped to return the raw response."""

    def __init__(self, jobs: Jobs) -> None:
        self._jobs = jobs
        self.create = to_raw_response_wrapper(jobs.create)
        self.retrieve = to_raw_response_wrapper(jobs.retrieve)
        self.list = to_raw_response_wrapper(jobs.list)
        self.cancel = to_raw_response_wrapper(jobs.cancel)
        self.list_events = to_raw_response_wrapper(jobs.list_events)
        self.pause = to_raw_response_wrapper(jobs.pause)
        self.resume = to_raw_response_wrapper(jobs.resume)

    @cached_property
    def checkpoints(self) -> CheckpointsWithRawResponse:
        from openai.resources.fine_tuning.jobs.checkpoints import CheckpointsWithRawResponse

        return CheckpointsWithRawResponse(self._jobs.checkpoints)


class JobsWithStreamingResponse:
    """`Jobs` with every method wrapped to return the streamed response."""

    def __init__(self, jobs: Jobs) -> None:
        self._jobs = jobs
        self.create = to_streamed_response_wrapper(jobs.create)
        self.retrieve = to_streamed_response_wrapper(jobs.retrieve)
        self.list = to_streamed_response_wrapper(jobs.list)
        self.cancel = to_streamed_response_wrapper(jobs.cancel)
        self.list_events = to_streamed_response_wrapper(jobs.list_events)
        self.pause = to_streamed_response_wrapper(jobs.pause)
        self.resume = to_streamed_response_wrapper(jobs.resume)

    @cached_property
    def checkpoints(self) -> CheckpointsWithStreamingResponse:
        from openai.resources.fine_tuning.jobs.checkpoints import CheckpointsWithStreamingResponse

        return CheckpointsWithStreamingResponse(self._jobs.checkpoints)


class AsyncJobs(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.jobs`."""

    @cached_property
    def checkpoints(self) -> AsyncCheckpoints:
        from openai.resources.fine_tuning.jobs.checkpoints import AsyncCheckpoints

        return AsyncCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncJobsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]],
        training_file: str,
        hyperparameters: job_create_params.Hyperparameters | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        validation_file: Optional[str] | Omit = omit,
        integrations: Optional[Iterable[job_create_params.Integration]] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        method: job_create_params.Method | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once
        complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          model: The name of the model to fine-tune. You can select one of the [supported
              models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).

          training_file: The ID of an uploaded file that contains training data.

              See [upload file](/docs/api-reference/files/create) for how to upload a file.

              Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose
              `fine-tune`.

              The contents of the file should differ depending on if the model uses the
              [chat](/docs/api-reference/fine-tuning/chat-input),
              [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses
              the [preference](/docs/api-reference/fine-tuning/preference-input) format.

              See the [fine-tuning guide](/docs/guides/model-optimization) for more details.

          hyperparameters: Deprecated.

              The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and
              should be passed in under the `method` parameter.

          suffix: A string of up to 64 characters that will be added to your fine-tuned model name.

              For example, a `suffix` of "custom-model-name" would produce a model name like
              `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.

          validation_file: The ID of an uploaded file that contains validation data.

              If you provide this file, the data is used to generate validation metrics periodically during fine-tuning.
              These metrics can be viewed in the fine-tuning results file. The same data should not be present in both
              train and validation files.

              Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`.

              See the [fine-tuning guide](/docs/guides/model-optimization) for more details.

          integrations: A list of integrations to enable for your fine-tuning job.

          seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should
              produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated
              for you.

          method: The method used for fine-tuning.

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
            "/fine_tuning/jobs",
            body={
                "model": model,
                "training_file": training_file,
                "hyperparameters": hyperparameters,
                "suffix": suffix,
                "validation_file": validation_file,
                "integrations": integrations,
                "seed": seed,
                "method": method,
                "metadata": metadata,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]:
        """
        List your organization's fine-tuning jobs

        Args:
          after: Identifier for the last job from the previous pagination request.

          limit: Number of fine-tuning jobs to retrieve.

          metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set
              `metadata=null` to indicate no metadata.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/fine_tuning/jobs",
            page=AsyncCursorPage[FineTuningJob],
            options=make_request_options(
                query={"after": after, "limit": limit, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJob,
        )

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Immediately cancel a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    def list_events(
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
    ) -> AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]:
        """
        Get status updates for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get events for.

          after: Identifier for the last event from the previous pagination request.

          limit: Number of events to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/events",
            page=AsyncCursorPage[FineTuningJobEvent],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FineTuningJobEvent,
        )

    async def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Pause a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to pause.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/pause",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )

    async def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FineTuningJob:
        """
        Resume a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to resume.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/fine_tuning/jobs/{path_param('fine_tuning_job_id', fine_tuning_job_id)}/resume",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FineTuningJob,
        )


class AsyncJobsWithRawResponse:
    """`AsyncJobs` with every method wrapped to return the raw response."""

    def __init__(self, jobs: AsyncJobs) -> None:
        self._jobs = jobs
        self.create = async_to_raw_response_wrapper(jobs.create)
        self.retrieve = async_to_raw_response_wrapper(jobs.retrieve)
        self.list = async_to_raw_response_wrapper(jobs.list)
        self.cancel = async_to_raw_response_wrapper(jobs.cancel)
        self.list_events = async_to_raw_response_wrapper(jobs.list_events)
        self.pause = async_to_raw_response_wrapper(jobs.pause)
        self.resume = async_to_raw_response_wrapper(jobs.resume)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithRawResponse:
        from openai.resources.fine_tuning.jobs.checkpoints import AsyncCheckpointsWithRawResponse

        return AsyncCheckpointsWithRawResponse(self._jobs.checkpoints)


class AsyncJobsWithStreamingResponse:
    """`AsyncJobs` with every method wrapped to return the streamed response."""

    def __init__(self, jobs: AsyncJobs) -> None:
        self._jobs = jobs
        self.create = async_to_streamed_response_wrapper(jobs.create)
        self.retrieve = async_to_streamed_response_wrapper(jobs.retrieve)
        self.list = async_to_streamed_response_wrapper(jobs.list)
        self.cancel = async_to_streamed_response_wrapper(jobs.cancel)
        self.list_events = async_to_streamed_response_wrapper(jobs.list_events)
        self.pause = async_to_streamed_response_wrapper(jobs.pause)
        self.resume = async_to_streamed_response_wrapper(jobs.resume)

    @cached_property
    def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse:
        from openai.resources.fine_tuning.jobs.checkpoints import AsyncCheckpointsWithStreamingResponse

        return AsyncCheckpointsWithStreamingResponse(self._jobs.checkpoints)
