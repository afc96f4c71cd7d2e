# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.data_retention` resource: 2 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Query, Headers, Timeout, NotGiven, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.organization_data_retention import OrganizationDataRetention

__all__ = [
    "DataRetention",
    "AsyncDataRetention",
    "DataRetentionWithRawResponse",
    "AsyncDataRetentionWithRawResponse",
    "DataRetentionWithStreamingResponse",
    "AsyncDataRetentionWithStreamingResponse",
]


class DataRetention(SyncAPIResource):
    """Methods of `client.admin.organization.data_retention`."""

    @cached_property
    def with_raw_response(self) -> DataRetentionWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return DataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataRetentionWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return DataRetentionWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationDataRetention:
        """
        Retrieves organization data retention controls.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            "/organization/data_retention",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationDataRetention,
        )

    def update(
        self,
        *,
        retention_type: Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationDataRetention:
        """
        Updates organization data retention controls.

        Args:
          retention_type: The desired organization data retention type.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/data_retention",
            body={"retention_type": retention_type},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationDataRetention,
        )


class DataRetentionWithRawResponse:
    """`DataRetention` with every method wrapped to return the raw response."""

    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = to_raw_response_wrapper(data_retention.retrieve)
        self.update = to_raw_response_wrapper(data_retention.update)


class DataRetentionWithStreamingResponse:
    """`DataRetention` with every method wrapped to return the streamed response."""

    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = to_streamed_response_wrapper(data_retention.retrieve)
        self.update = to_streamed_response_wrapper(data_retention.update)


class AsyncDataRetention(AsyncAPIResource):
    """Methods of `async_client.admin.organization.data_retention`."""

    @cached_property
    def with_raw_response(self) -> AsyncDataRetentionWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataRetentionWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncDataRetentionWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationDataRetention:
        """
        Retrieves organization data retention controls.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            "/organization/data_retention",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationDataRetention,
        )

    async def update(
        self,
        *,
        retention_type: Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationDataRetention:
        """
        Updates organization data retention controls.

        Args:
          retention_type: The desired organization data retention type.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/data_retention",
            body={"retention_type": retention_type},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationDataRetention,
        )


class AsyncDataRetentionWithRawResponse:
    """`AsyncDataRetention` with every method wrapped to return the raw response."""

    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = async_to_raw_response_wrapper(data_retention.retrieve)
        self.update = async_to_raw_response_wrapper(data_retention.update)


class AsyncDataRetentionWithStreamingResponse:
    """`AsyncDataRetention` with every method wrapped to return the streamed response."""

    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = async_to_streamed_response_wrapper(data_retention.retrieve)
        self.update = async_to_streamed_response_wrapper(data_retention.update)
