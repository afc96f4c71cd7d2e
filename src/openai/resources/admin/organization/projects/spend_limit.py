# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.spend_limit` resource: 3 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Query, Headers, Timeout, NotGiven, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.project_spend_limit import ProjectSpendLimit
from openai.types.admin.organization.projects.project_spend_limit_deleted import ProjectSpendLimitDeleted

__all__ = [
    "SpendLimit",
    "AsyncSpendLimit",
    "SpendLimitWithRawResponse",
    "AsyncSpendLimitWithRawResponse",
    "SpendLimitWithStreamingResponse",
    "AsyncSpendLimitWithStreamingResponse",
]


class SpendLimit(SyncAPIResource):
    """Methods of `client.admin.organization.projects.spend_limit`."""

    @cached_property
    def with_raw_response(self) -> SpendLimitWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return SpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpendLimitWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return SpendLimitWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimit:
        """
        Get a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimit,
        )

    def update(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimit:
        """
        Create or replace a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          threshold_amount: The hard spend limit amount, in cents.

          currency: The currency for the threshold amount. Currently, only `USD` is supported.

          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimit,
        )

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimitDeleted:
        """
        Delete a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimitDeleted,
        )


class SpendLimitWithRawResponse:
    """`SpendLimit` with every method wrapped to return the raw response."""

    def __init__(self, spend_limit: SpendLimit) -> None:
        self._spend_limit = spend_limit
        self.retrieve = to_raw_response_wrapper(spend_limit.retrieve)
        self.update = to_raw_response_wrapper(spend_limit.update)
        self.delete = to_raw_response_wrapper(spend_limit.delete)


class SpendLimitWithStreamingResponse:
    """`SpendLimit` with every method wrapped to return the streamed response."""

    def __init__(self, spend_limit: SpendLimit) -> None:
        self._spend_limit = spend_limit
        self.retrieve = to_streamed_response_wrapper(spend_limit.retrieve)
        self.update = to_streamed_response_wrapper(spend_limit.update)
        self.delete = to_streamed_response_wrapper(spend_limit.delete)


class AsyncSpendLimit(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.spend_limit`."""

    @cached_property
    def with_raw_response(self) -> AsyncSpendLimitWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncSpendLimitWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpendLimitWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncSpendLimitWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimit:
        """
        Get a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimit,
        )

    async def update(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimit:
        """
        Create or replace a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          threshold_amount: The hard spend limit amount, in cents.

          currency: The currency for the threshold amount. Currently, only `USD` is supported.

          interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            body={"threshold_amount": threshold_amount, "currency": currency, "interval": interval},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimit,
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectSpendLimitDeleted:
        """
        Delete a project's hard spend limit.

        Args:
          project_id: The ID of the project whose hard spend limit is being managed.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/spend_limit",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectSpendLimitDeleted,
        )


class AsyncSpendLimitWithRawResponse:
    """`AsyncSpendLimit` with every method wrapped to return the raw response."""

    def __init__(self, spend_limit: AsyncSpendLimit) -> None:
        self._spend_limit = spend_limit
        self.retrieve = async_to_raw_response_wrapper(spend_limit.retrieve)
        self.update = async_to_raw_response_wrapper(spend_limit.update)
        self.delete = async_to_raw_response_wrapper(spend_limit.delete)


class AsyncSpendLimitWithStreamingResponse:
    """`AsyncSpendLimit` with every method wrapped to return the streamed response."""

    def __init__(self, spend_limit: AsyncSpendLimit) -> None:
        self._spend_limit = spend_limit
        self.retrieve = async_to_streamed_response_wrapper(spend_limit.retrieve)
        self.update = async_to_streamed_response_wrapper(spend_limit.update)
        self.delete = async_to_streamed_response_wrapper(spend_limit.delete)
