# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.api_keys` resource: 3 method(s)."""

from __future__ import annotations

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
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.project_api_key import ProjectAPIKey
from openai.types.admin.organization.projects.api_key_delete_response import APIKeyDeleteResponse

__all__ = [
    "APIKeys",
    "AsyncAPIKeys",
    "APIKeysWithRawResponse",
    "AsyncAPIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeysWithStreamingResponse",
]


class APIKeys(SyncAPIResource):
    """Methods of `client.admin.organization.projects.api_keys`."""

    @cached_property
    def with_raw_response(self) -> APIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return APIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> APIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return APIKeysWithStreamingResponse(self)

    def retrieve(
        self,
        api_key_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectAPIKey:
        """
        Retrieves an API key in the project.

        Args:
          api_key_id: The ID of the API key.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys/{path_param('api_key_id', api_key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectAPIKey,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        owner_project_access: Literal["active", "inactive", "any"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectAPIKey]:
        """
        Returns a list of API keys in the project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use
              `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project
              API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may
              exclude some enabled keys.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys",
            page=SyncConversationCursorPage[ProjectAPIKey],
            options=make_request_options(
                query={"limit": limit, "after": after, "owner_project_access": owner_project_access},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectAPIKey,
        )

    def delete(
        self,
        api_key_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> APIKeyDeleteResponse:
        """
        Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to a service account.

        Args:
          api_key_id: The ID of the API key.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys/{path_param('api_key_id', api_key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=APIKeyDeleteResponse,
        )


class APIKeysWithRawResponse:
    """`APIKeys` with every method wrapped to return the raw response."""

    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.retrieve = to_raw_response_wrapper(api_keys.retrieve)
        self.list = to_raw_response_wrapper(api_keys.list)
        self.delete = to_raw_response_wrapper(api_keys.delete)


class APIKeysWithStreamingResponse:
    """`APIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.retrieve = to_streamed_response_wrapper(api_keys.retrieve)
        self.list = to_streamed_response_wrapper(api_keys.list)
        self.delete = to_streamed_response_wrapper(api_keys.delete)


class AsyncAPIKeys(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.api_keys`."""

    @cached_property
    def with_raw_response(self) -> AsyncAPIKeysWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAPIKeysWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAPIKeysWithStreamingResponse(self)

    async def retrieve(
        self,
        api_key_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectAPIKey:
        """
        Retrieves an API key in the project.

        Args:
          api_key_id: The ID of the API key.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys/{path_param('api_key_id', api_key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectAPIKey,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        owner_project_access: Literal["active", "inactive", "any"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectAPIKey, AsyncConversationCursorPage[ProjectAPIKey]]:
        """
        Returns a list of API keys in the project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use
              `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project
              API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may
              exclude some enabled keys.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys",
            page=AsyncConversationCursorPage[ProjectAPIKey],
            options=make_request_options(
                query={"limit": limit, "after": after, "owner_project_access": owner_project_access},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectAPIKey,
        )

    async def delete(
        self,
        api_key_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> APIKeyDeleteResponse:
        """
        Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to a service account.

        Args:
          api_key_id: The ID of the API key.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/api_keys/{path_param('api_key_id', api_key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=APIKeyDeleteResponse,
        )


class AsyncAPIKeysWithRawResponse:
    """`AsyncAPIKeys` with every method wrapped to return the raw response."""

    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.retrieve = async_to_raw_response_wrapper(api_keys.retrieve)
        self.list = async_to_raw_response_wrapper(api_keys.list)
        self.delete = async_to_raw_response_wrapper(api_keys.delete)


class AsyncAPIKeysWithStreamingResponse:
    """`AsyncAPIKeys` with every method wrapped to return the streamed response."""

    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.retrieve = async_to_streamed_response_wrapper(api_keys.retrieve)
        self.list = async_to_streamed_response_wrapper(api_keys.list)
        self.delete = async_to_streamed_response_wrapper(api_keys.delete)
