# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.rate_limits` resource: 2 method(s)."""

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
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.project_rate_limit import ProjectRateLimit

__all__ = [
    "RateLimits",
    "AsyncRateLimits",
    "RateLimitsWithRawResponse",
    "AsyncRateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "AsyncRateLimitsWithStreamingResponse",
]


class RateLimits(SyncAPIResource):
    """Methods of `client.admin.organization.projects.rate_limits`."""

    @cached_property
    def with_raw_response(self) -> RateLimitsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RateLimitsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectRateLimit]:
        """
        Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. The default is 100.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/rate_limits",
            page=SyncConversationCursorPage[ProjectRateLimit],
            options=make_request_options(
                query={"limit": limit, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectRateLimit,
        )

    def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        batch_1_day_max_input_tokens: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """
        Updates a project rate limit.

        Args:
          rate_limit_id: The ID of the rate limit.

          project_id: The ID of the project.

          max_requests_per_1_minute: The maximum requests per minute.

          max_tokens_per_1_minute: The maximum tokens per minute.

          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.

          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.

          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.

          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/rate_limits/{path_param('rate_limit_id', rate_limit_id)}",
            body={
                "max_requests_per_1_minute": max_requests_per_1_minute,
                "max_tokens_per_1_minute": max_tokens_per_1_minute,
                "max_images_per_1_minute": max_images_per_1_minute,
                "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                "max_requests_per_1_day": max_requests_per_1_day,
                "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectRateLimit,
        )


class RateLimitsWithRawResponse:
    """`RateLimits` with every method wrapped to return the raw response."""

    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = to_raw_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = to_raw_response_wrapper(rate_limits.update_rate_limit)


class RateLimitsWithStreamingResponse:
    """`RateLimits` with every method wrapped to return the streamed response."""

    def __init__(self, rate_limits: RateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = to_streamed_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = to_streamed_response_wrapper(rate_limits.update_rate_limit)


class AsyncRateLimits(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.rate_limits`."""

    @cached_property
    def with_raw_response(self) -> AsyncRateLimitsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRateLimitsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRateLimitsWithStreamingResponse(self)

    def list_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectRateLimit, AsyncConversationCursorPage[ProjectRateLimit]]:
        """
        Returns the rate limits per model for a project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. The default is 100.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/rate_limits",
            page=AsyncConversationCursorPage[ProjectRateLimit],
            options=make_request_options(
                query={"limit": limit, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectRateLimit,
        )

    async def update_rate_limit(
        self,
        rate_limit_id: str,
        *,
        project_id: str,
        max_requests_per_1_minute: int | Omit = omit,
        max_tokens_per_1_minute: int | Omit = omit,
        max_images_per_1_minute: int | Omit = omit,
        max_audio_megabytes_per_1_minute: int | Omit = omit,
        max_requests_per_1_day: int | Omit = omit,
        batch_1_day_max_input_tokens: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectRateLimit:
        """
        Updates a project rate limit.

        Args:
          rate_limit_id: The ID of the rate limit.

          project_id: The ID of the project.

          max_requests_per_1_minute: The maximum requests per minute.

          max_tokens_per_1_minute: The maximum tokens per minute.

          max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.

          max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.

          max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.

          batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/rate_limits/{path_param('rate_limit_id', rate_limit_id)}",
            body={
                "max_requests_per_1_minute": max_requests_per_1_minute,
                "max_tokens_per_1_minute": max_tokens_per_1_minute,
                "max_images_per_1_minute": max_images_per_1_minute,
                "max_audio_megabytes_per_1_minute": max_audio_megabytes_per_1_minute,
                "max_requests_per_1_day": max_requests_per_1_day,
                "batch_1_day_max_input_tokens": batch_1_day_max_input_tokens,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectRateLimit,
        )


class AsyncRateLimitsWithRawResponse:
    """`AsyncRateLimits` with every method wrapped to return the raw response."""

    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = async_to_raw_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = async_to_raw_response_wrapper(rate_limits.update_rate_limit)


class AsyncRateLimitsWithStreamingResponse:
    """`AsyncRateLimits` with every method wrapped to return the streamed response."""

    def __init__(self, rate_limits: AsyncRateLimits) -> None:
        self._rate_limits = rate_limits
        self.list_rate_limits = async_to_streamed_response_wrapper(rate_limits.list_rate_limits)
        self.update_rate_limit = async_to_streamed_response_wrapper(rate_limits.update_rate_limit)
