# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.moderations` resource: 1 method(s)."""

from __future__ import annotations

from typing import Union, Iterable
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.moderation_create_response import ModerationCreateResponse
from openai.types.moderation_multi_modal_input_param import ModerationMultiModalInputParam

__all__ = [
    "Moderations",
    "AsyncModerations",
    "ModerationsWithRawResponse",
    "AsyncModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "AsyncModerationsWithStreamingResponse",
]


class Moderations(SyncAPIResource):
    """Methods of `client.moderations`."""

    @cached_property
    def with_raw_response(self) -> ModerationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModerationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ModerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], Iterable[ModerationMultiModalInputParam]],
        model: Union[
            str,
            Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ],
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ModerationCreateResponse:
        """
        Classifies if text and/or image inputs are potentially harmful. Learn more in the [moderation
        guide](/docs/guides/moderation).

        Args:
          input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal
              input objects similar to other models.

          model: The content moderation model you would like to use. Learn more in [the moderation
              guide](/docs/guides/moderation), and learn about available models [here](/docs/models#moderation).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/moderations",
            body={"input": input, "model": model},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ModerationCreateResponse,
        )


class ModerationsWithRawResponse:
    """`Moderations` with every method wrapped to return the raw response."""

    def __init__(self, moderations: Moderations) -> None:
        self._moderations = moderations
        self.create = to_raw_response_wrapper(moderations.create)


class ModerationsWithStreamingResponse:
    """`Moderations` with every method wrapped to return the streamed response."""

    def __init__(self, moderations: Moderations) -> None:
        self._moderations = moderations
        self.create = to_streamed_response_wrapper(moderations.create)


class AsyncModerations(AsyncAPIResource):
    """Methods of `async_client.moderations`."""

    @cached_property
    def with_raw_response(self) -> AsyncModerationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncModerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], Iterable[ModerationMultiModalInputParam]],
        model: Union[
            str,
            Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ],
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ModerationCreateResponse:
        """
        Classifies if text and/or image inputs are potentially harmful. Learn more in the [moderation
        guide](/docs/guides/moderation).

        Args:
          input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal
              input objects similar to other models.

          model: The content moderation model you would like to use. Learn more in [the moderation
              guide](/docs/guides/moderation), and learn about available models [here](/docs/models#moderation).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/moderations",
            body={"input": input, "model": model},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ModerationCreateResponse,
        )


class AsyncModerationsWithRawResponse:
    """`AsyncModerations` with every method wrapped to return the raw response."""

    def __init__(self, moderations: AsyncModerations) -> None:
        self._moderations = moderations
        self.create = async_to_raw_response_wrapper(moderations.create)


class AsyncModerationsWithStreamingResponse:
    """`AsyncModerations` with every method wrapped to return the streamed response."""

    def __init__(self, moderations: AsyncModerations) -> None:
        self._moderations = moderations
        self.create = async_to_streamed_response_wrapper(moderations.create)
