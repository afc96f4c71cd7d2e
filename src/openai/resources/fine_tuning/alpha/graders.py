# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning.alpha.graders` resource: 2 method(s)."""

from __future__ import annotations

from typing import Dict, Union
from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.graders.multi_grader_param import MultiGraderParam
from openai.types.graders.python_grader_param import PythonGraderParam
from openai.types.graders.score_model_grader_param import ScoreModelGraderParam
from openai.types.graders.string_check_grader_param import StringCheckGraderParam
from openai.types.graders.text_similarity_grader_param import TextSimilarityGraderParam
from openai.types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from openai.types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse

__all__ = [
    "Graders",
    "AsyncGraders",
    "GradersWithRawResponse",
    "AsyncGradersWithRawResponse",
    "GradersWithStreamingResponse",
    "AsyncGradersWithStreamingResponse",
]


class Graders(SyncAPIResource):
    """Methods of `client.fine_tuning.alpha.graders`."""

    @cached_property
    def with_raw_response(self) -> GradersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return GradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GradersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return GradersWithStreamingResponse(self)

    def run(
        self,
        *,
        grader: Union[
            StringCheckGraderParam,
            TextSimilarityGraderParam,
            PythonGraderParam,
            ScoreModelGraderParam,
            MultiGraderParam,
        ],
        model_sample: str,
        item: Dict[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """
        Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the
              guide](/docs/guides/graders) for more details.

          model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace.
              See [the guide](/docs/guides/graders) for more details. The `output_json` variable will be populated if
              the model sample is a valid JSON string.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/fine_tuning/alpha/graders/run",
            body={"grader": grader, "item": item, "model_sample": model_sample},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=GraderRunResponse,
        )

    def validate(
        self,
        *,
        grader: Union[
            StringCheckGraderParam,
            TextSimilarityGraderParam,
            PythonGraderParam,
            ScoreModelGraderParam,
            MultiGraderParam,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """
        Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/fine_tuning/alpha/graders/validate",
            body={"grader": grader},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=GraderValidateResponse,
        )


class GradersWithRawResponse:
    """`Graders` with every method wrapped to return the raw response."""

    def __init__(self, graders: Graders) -> None:
        self._graders = graders
        self.run = to_raw_response_wrapper(graders.run)
        self.validate = to_raw_response_wrapper(graders.validate)


class GradersWithStreamingResponse:
    """`Graders` with every method wrapped to return the streamed response."""

    def __init__(self, graders: Graders) -> None:
        self._graders = graders
        self.run = to_streamed_response_wrapper(graders.run)
        self.validate = to_streamed_response_wrapper(graders.validate)


class AsyncGraders(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.alpha.graders`."""

    @cached_property
    def with_raw_response(self) -> AsyncGradersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncGradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGradersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncGradersWithStreamingResponse(self)

    async def run(
        self,
        *,
        grader: Union[
            StringCheckGraderParam,
            TextSimilarityGraderParam,
            PythonGraderParam,
            ScoreModelGraderParam,
            MultiGraderParam,
        ],
        model_sample: str,
        item: Dict[str, object] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """
        Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the
              guide](/docs/guides/graders) for more details.

          model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace.
              See [the guide](/docs/guides/graders) for more details. The `output_json` variable will be populated if
              the model sample is a valid JSON string.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/fine_tuning/alpha/graders/run",
            body={"grader": grader, "item": item, "model_sample": model_sample},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=GraderRunResponse,
        )

    async def validate(
        self,
        *,
        grader: Union[
            StringCheckGraderParam,
            TextSimilarityGraderParam,
            PythonGraderParam,
            ScoreModelGraderParam,
            MultiGraderParam,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """
        Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/fine_tuning/alpha/graders/validate",
            body={"grader": grader},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=GraderValidateResponse,
        )


class AsyncGradersWithRawResponse:
    """`AsyncGraders` with every method wrapped to return the raw response."""

    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders
        self.run = async_to_raw_response_wrapper(graders.run)
        self.validate = async_to_raw_response_wrapper(graders.validate)


class AsyncGradersWithStreamingResponse:
    """`AsyncGraders` with every method wrapped to return the streamed response."""

    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders
        self.run = async_to_streamed_response_wrapper(graders.run)
        self.validate = async_to_streamed_response_wrapper(graders.validate)
