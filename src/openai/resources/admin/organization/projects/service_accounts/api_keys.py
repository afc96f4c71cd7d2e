# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.service_accounts.api_keys` resource: 1 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.service_accounts.api_key_create_response import APIKeyCreateResponse

__all__ = [
    "APIKeys",
    "AsyncAPIKeys",
    "APIKeysWithRawResponse",
    "AsyncAPIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeysWithStreamingResponse",
]


class APIKeys(SyncAPIResource):
    """Methods of `client.admin.organization.projects.service_accounts.api_keys`."""

    @cached_property
    def with_raw_response(self) -> APIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return APIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> APIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return APIKeysWithStreamingResponse(self)

    def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        scopes: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> APIKeyCreateResponse:
        """
        Creates an API key for a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          name: API key name.

          scopes: API key scopes.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}/api_keys",
            body={"name": name, "scopes": scopes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=APIKeyCreateResponse,
        )


class APIKeysWithRawResponse:
    """`APIKeys` with every method wrapped to return the raw response."""

    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.create = to_raw_response_wrapper(api_keys.create)


class APIKeysWithStreamingResponse:
    """`APIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.create = to_streamed_response_wrapper(api_keys.create)


class AsyncAPIKeys(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.service_accounts.api_keys`."""

    @cached_property
    def with_raw_response(self) -> AsyncAPIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAPIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAPIKeysWithStreamingResponse(self)

    async def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        scopes: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> APIKeyCreateResponse:
        """
        Creates an API key for a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          name: API key name.

          scopes: API key scopes.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}/api_keys",
            body={"name": name, "scopes": scopes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=APIKeyCreateResponse,
        )


class AsyncAPIKeysWithRawResponse:
    """`AsyncAPIKeys` with every method wrapped to return the raw response."""

    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.create = async_to_raw_response_wrapper(api_keys.create)


class AsyncAPIKeysWithStreamingResponse:
    """`AsyncAPIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.create = async_to_streamed_response_wrapper(api_keys.create)
