# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.admin_api_keys` resource: 4 method(s)."""

from __future__ import annotations

from typing import Optional
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
from openai.types.admin.organization.admin_api_key import AdminAPIKey
from openai.types.admin.organization.admin_api_key_create_response import AdminAPIKeyCreateResponse
from openai.types.admin.organization.admin_api_key_delete_response import AdminAPIKeyDeleteResponse

__all__ = [
    "AdminAPIKeys",
    "AsyncAdminAPIKeys",
    "AdminAPIKeysWithRawResponse",
    "AsyncAdminAPIKeysWithRawResponse",
    "AdminAPIKeysWithStreamingResponse",
    "AsyncAdminAPIKeysWithStreamingResponse",
]


class AdminAPIKeys(SyncAPIResource):
    """Methods of `client.admin.organization.admin_api_keys`."""

    @cached_property
    def with_raw_response(self) -> AdminAPIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AdminAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminAPIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AdminAPIKeysWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """
        Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
          expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not
              expire.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/admin_api_keys",
            body={"name": name, "expires_in_seconds": expires_in_seconds},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """
        Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/admin_api_keys/{path_param('key_id', key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKey,
        )

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[AdminAPIKey]:
        """
        List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
          after: Return keys with IDs that come after this ID in the pagination order.

          order: Order results by creation time, ascending or descending.

          limit: Maximum number of keys to return.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/admin_api_keys",
            page=SyncCursorPage[AdminAPIKey],
            options=make_request_options(
                query={"after": after, "order": order, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=AdminAPIKey,
        )

    def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """
        Delete an organization admin API key

        Delete the specified admin API key.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/admin_api_keys/{path_param('key_id', key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )


class AdminAPIKeysWithRawResponse:
    """`AdminAPIKeys` with every method wrapped to return the raw response."""

    def __init__(self, admin_api_keys: AdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = to_raw_response_wrapper(admin_api_keys.create)
        self.retrieve = to_raw_response_wrapper(admin_api_keys.retrieve)
        self.list = to_raw_response_wrapper(admin_api_keys.list)
        self.delete = to_raw_response_wrapper(admin_api_keys.delete)


class AdminAPIKeysWithStreamingResponse:
    """`AdminAPIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, admin_api_keys: AdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = to_streamed_response_wrapper(admin_api_keys.create)
        self.retrieve = to_streamed_response_wrapper(admin_api_keys.retrieve)
        self.list = to_streamed_response_wrapper(admin_api_keys.list)
        self.delete = to_streamed_response_wrapper(admin_api_keys.delete)


class AsyncAdminAPIKeys(AsyncAPIResource):
    """Methods of `async_client.admin.organization.admin_api_keys`."""

    @cached_property
    def with_raw_response(self) -> AsyncAdminAPIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAdminAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminAPIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAdminAPIKeysWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """
        Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
          expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not
              expire.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/admin_api_keys",
            body={"name": name, "expires_in_seconds": expires_in_seconds},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """
        Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/admin_api_keys/{path_param('key_id', key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKey,
        )

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[AdminAPIKey, AsyncCursorPage[AdminAPIKey]]:
        """
        List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
          after: Return keys with IDs that come after this ID in the pagination order.

          order: Order results by creation time, ascending or descending.

          limit: Maximum number of keys to return.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/admin_api_keys",
            page=AsyncCursorPage[AdminAPIKey],
            options=make_request_options(
                query={"after": after, "order": order, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=AdminAPIKey,
        )

    async def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """
        Delete an organization admin API key

        Delete the specified admin API key.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/admin_api_keys/{path_param('key_id', key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )


class AsyncAdminAPIKeysWithRawResponse:
    """`AsyncAdminAPIKeys` with every method wrapped to return the raw response."""

    def __init__(self, admin_api_keys: AsyncAdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = async_to_raw_response_wrapper(admin_api_keys.create)
        self.retrieve = async_to_raw_response_wrapper(admin_api_keys.retrieve)
        self.list = async_to_raw_response_wrapper(admin_api_keys.list)
        self.delete = async_to_raw_response_wrapper(admin_api_keys.delete)


class AsyncAdminAPIKeysWithStreamingResponse:
    """`AsyncAdminAPIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, admin_api_keys: AsyncAdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = async_to_streamed_response_wrapper(admin_api_keys.create)
        self.retrieve = async_to_streamed_response_wrapper(admin_api_keys.retrieve)
        self.list = async_to_streamed_response_wrapper(admin_api_keys.list)
        self.delete = async_to_streamed_response_wrapper(admin_api_keys.delete)
