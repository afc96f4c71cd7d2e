# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.groups.roles` resource: 4 method(s)."""

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
from openai.pagination import AsyncPaginator, SyncNextCursorPage, AsyncNextCursorPage
from openai._base_client import make_request_options
from openai.types.admin.organization.groups.role_list_response import RoleListResponse
from openai.types.admin.organization.groups.role_create_response import RoleCreateResponse
from openai.types.admin.organization.groups.role_delete_response import RoleDeleteResponse
from openai.types.admin.organization.groups.role_retrieve_response import RoleRetrieveResponse

__all__ = [
    "Roles",
    "AsyncRoles",
    "RolesWithRawResponse",
    "AsyncRolesWithRawResponse",
    "RolesWithStreamingResponse",
    "AsyncRolesWithStreamingResponse",
]


class Roles(SyncAPIResource):
    """Methods of `client.admin.organization.groups.roles`."""

    @cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RolesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RolesWithStreamingResponse(self)

    def create(
        self,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """
        Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/groups/{path_param('group_id', group_id)}/roles",
            body={"role_id": role_id},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleCreateResponse,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """
        Retrieves an organization role assigned to a group.

        Args:
          role_id: The ID of the organization role to retrieve for the group.

          group_id: The ID of the group to inspect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/groups/{path_param('group_id', group_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleRetrieveResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[RoleListResponse]:
        """
        Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing
              organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/groups/{path_param('group_id', group_id)}/roles",
            page=SyncNextCursorPage[RoleListResponse],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=RoleListResponse,
        )

    def delete(
        self,
        role_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Unassigns an organization role from a group within the organization.

        Args:
          role_id: The ID of the organization role to remove from the group.

          group_id: The ID of the group to modify.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleDeleteResponse,
        )


class RolesWithRawResponse:
    """`Roles` with every method wrapped to return the raw response."""

    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_raw_response_wrapper(roles.create)
        self.retrieve = to_raw_response_wrapper(roles.retrieve)
        self.list = to_raw_response_wrapper(roles.list)
        self.delete = to_raw_response_wrapper(roles.delete)


class RolesWithStreamingResponse:
    """`Roles` with every method wrapped to return the streamed response."""

    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_streamed_response_wrapper(roles.create)
        self.retrieve = to_streamed_response_wrapper(roles.retrieve)
        self.list = to_streamed_response_wrapper(roles.list)
        self.delete = to_streamed_response_wrapper(roles.delete)


class AsyncRoles(AsyncAPIResource):
    """Methods of `async_client.admin.organization.groups.roles`."""

    @cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRolesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRolesWithStreamingResponse(self)

    async def create(
        self,
        group_id: str,
        *,
        role_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleCreateResponse:
        """
        Assigns an organization role to a group within the organization.

        Args:
          group_id: The ID of the group that should receive the organization role.

          role_id: Identifier of the role to assign.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/groups/{path_param('group_id', group_id)}/roles",
            body={"role_id": role_id},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleCreateResponse,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleRetrieveResponse:
        """
        Retrieves an organization role assigned to a group.

        Args:
          role_id: The ID of the organization role to retrieve for the group.

          group_id: The ID of the group to inspect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/groups/{path_param('group_id', group_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleRetrieveResponse,
        )

    def list(
        self,
        group_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[RoleListResponse, AsyncNextCursorPage[RoleListResponse]]:
        """
        Lists the organization roles assigned to a group within the organization.

        Args:
          group_id: The ID of the group whose organization role assignments you want to list.

          limit: A limit on the number of organization role assignments to return.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing
              organization roles.

          order: Sort order for the returned organization roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/groups/{path_param('group_id', group_id)}/roles",
            page=AsyncNextCursorPage[RoleListResponse],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=RoleListResponse,
        )

    async def delete(
        self,
        role_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Unassigns an organization role from a group within the organization.

        Args:
          role_id: The ID of the organization role to remove from the group.

          group_id: The ID of the group to modify.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=RoleDeleteResponse,
        )


class AsyncRolesWithRawResponse:
    """`AsyncRoles` with every method wrapped to return the raw response."""

    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_raw_response_wrapper(roles.create)
        self.retrieve = async_to_raw_response_wrapper(roles.retrieve)
        self.list = async_to_raw_response_wrapper(roles.list)
        self.delete = async_to_raw_response_wrapper(roles.delete)


class AsyncRolesWithStreamingResponse:
    """`AsyncRoles` with every method wrapped to return the streamed response."""

    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_streamed_response_wrapper(roles.create)
        self.retrieve = async_to_streamed_response_wrapper(roles.retrieve)
        self.list = async_to_streamed_response_wrapper(roles.list)
        self.delete = async_to_streamed_response_wrapper(roles.delete)
