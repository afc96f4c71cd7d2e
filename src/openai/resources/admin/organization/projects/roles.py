# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.roles` resource: 5 method(s)."""

from __future__ import annotations

from typing import Optional
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
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
from openai.types.admin.organization.role import Role
from openai.types.admin.organization.projects.role_delete_response import RoleDeleteResponse

__all__ = [
    "Roles",
    "AsyncRoles",
    "RolesWithRawResponse",
    "AsyncRolesWithRawResponse",
    "RolesWithStreamingResponse",
    "AsyncRolesWithStreamingResponse",
]


class Roles(SyncAPIResource):
    """Methods of `client.admin.organization.projects.roles`."""

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
        project_id: str,
        *,
        role_name: str,
        permissions: SequenceNotStr[str],
        description: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.

          role_name: Unique name for the role.

          permissions: Permissions to grant to the role.

          description: Optional description of the role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/projects/{path_param('project_id', project_id)}/roles",
            body={"role_name": role_name, "permissions": permissions, "description": description},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    def retrieve(
        self,
        role_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Retrieves a project role.

        Args:
          role_id: The ID of the role to retrieve.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    def update(
        self,
        role_id: str,
        *,
        project_id: str,
        permissions: Optional[SequenceNotStr[str]] | Omit = omit,
        description: Optional[str] | Omit = omit,
        role_name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Updates an existing project role.

        Args:
          role_id: The ID of the role to update.

          project_id: The ID of the project to update.

          permissions: Updated set of permissions for the role.

          description: New description for the role.

          role_name: New name for the role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
            body={"permissions": permissions, "description": description, "role_name": role_name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[Role]:
        """
        Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of roles to return. Defaults to 1000.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing
              roles.

          order: Sort order for the returned roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/projects/{path_param('project_id', project_id)}/roles",
            page=SyncNextCursorPage[Role],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Role,
        )

    def delete(
        self,
        role_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Deletes a custom role from a project.

        Args:
          role_id: The ID of the role to delete.

          project_id: The ID of the project to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
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
        self.update = to_raw_response_wrapper(roles.update)
        self.list = to_raw_response_wrapper(roles.list)
        self.delete = to_raw_response_wrapper(roles.delete)


class RolesWithStreamingResponse:
    """`Roles` with every method wrapped to return the streamed response."""

    def __init__(self, roles: Roles) -> None:
        self._roles = roles
        self.create = to_streamed_response_wrapper(roles.create)
        self.retrieve = to_streamed_response_wrapper(roles.retrieve)
        self.update = to_streamed_response_wrapper(roles.update)
        self.list = to_streamed_response_wrapper(roles.list)
        self.delete = to_streamed_response_wrapper(roles.delete)


class AsyncRoles(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.roles`."""

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
        project_id: str,
        *,
        role_name: str,
        permissions: SequenceNotStr[str],
        description: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Creates a custom role for a project.

        Args:
          project_id: The ID of the project to update.

          role_name: Unique name for the role.

          permissions: Permissions to grant to the role.

          description: Optional description of the role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/projects/{path_param('project_id', project_id)}/roles",
            body={"role_name": role_name, "permissions": permissions, "description": description},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    async def retrieve(
        self,
        role_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Retrieves a project role.

        Args:
          role_id: The ID of the role to retrieve.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    async def update(
        self,
        role_id: str,
        *,
        project_id: str,
        permissions: Optional[SequenceNotStr[str]] | Omit = omit,
        description: Optional[str] | Omit = omit,
        role_name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Role:
        """
        Updates an existing project role.

        Args:
          role_id: The ID of the role to update.

          project_id: The ID of the project to update.

          permissions: Updated set of permissions for the role.

          description: New description for the role.

          role_name: New name for the role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
            body={"permissions": permissions, "description": description, "role_name": role_name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Role,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Role, AsyncNextCursorPage[Role]]:
        """
        Lists the roles configured for a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of roles to return. Defaults to 1000.

          after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing
              roles.

          order: Sort order for the returned roles.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/projects/{path_param('project_id', project_id)}/roles",
            page=AsyncNextCursorPage[Role],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Role,
        )

    async def delete(
        self,
        role_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RoleDeleteResponse:
        """
        Deletes a custom role from a project.

        Args:
          role_id: The ID of the role to delete.

          project_id: The ID of the project to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/projects/{path_param('project_id', project_id)}/roles/{path_param('role_id', role_id)}",
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
        self.update = async_to_raw_response_wrapper(roles.update)
        self.list = async_to_raw_response_wrapper(roles.list)
        self.delete = async_to_raw_response_wrapper(roles.delete)


class AsyncRolesWithStreamingResponse:
    """`AsyncRoles` with every method wrapped to return the streamed response."""

    def __init__(self, roles: AsyncRoles) -> None:
        self._roles = roles
        self.create = async_to_streamed_response_wrapper(roles.create)
        self.retrieve = async_to_streamed_response_wrapper(roles.retrieve)
        self.update = async_to_streamed_response_wrapper(roles.update)
        self.list = async_to_streamed_response_wrapper(roles.list)
        self.delete = async_to_streamed_response_wrapper(roles.delete)
