# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.groups` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
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
from openai.types.admin.organization.projects.project_group import ProjectGroup
from openai.types.admin.organization.projects.group_delete_response import GroupDeleteResponse

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.groups.roles import (
        Roles,
        AsyncRoles,
        RolesWithRawResponse,
        AsyncRolesWithRawResponse,
        RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse,
    )

__all__ = [
    "Groups",
    "AsyncGroups",
    "GroupsWithRawResponse",
    "AsyncGroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "AsyncGroupsWithStreamingResponse",
]


class Groups(SyncAPIResource):
    """Methods of `client.admin.organization.projects.groups`."""

    @cached_property
    def roles(self) -> Roles:
        from openai.resources.admin.organization.projects.groups.roles import Roles

        return Roles(self._client)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return GroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return GroupsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: Identifier of the group to add to the project.

          role: Identifier of the project role to grant to the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/groups",
            body={"group_id": group_id, "role": role},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectGroup,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Retrieves a project's group.

        Args:
          group_id: The ID of the group to retrieve.

          project_id: The ID of the project to inspect.

          group_type: The type of group to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                query={"group_type": group_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectGroup,
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
    ) -> SyncNextCursorPage[ProjectGroup]:
        """
        Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of project groups to return. Defaults to 20.

          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next
              page.

          order: Sort order for the returned groups.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/groups",
            page=SyncNextCursorPage[ProjectGroup],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectGroup,
        )

    def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Revokes a group's access to a project.

        Args:
          group_id: The ID of the group to remove from the project.

          project_id: The ID of the project to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=GroupDeleteResponse,
        )


class GroupsWithRawResponse:
    """`Groups` with every method wrapped to return the raw response."""

    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_raw_response_wrapper(groups.create)
        self.retrieve = to_raw_response_wrapper(groups.retrieve)
        self.list = to_raw_response_wrapper(groups.list)
        self.delete = to_raw_response_wrapper(groups.delete)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from openai.resources.admin.organization.projects.groups.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._groups.roles)


class GroupsWithStreamingResponse:
    """`Groups` with every method wrapped to return the streamed response."""

    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_streamed_response_wrapper(groups.create)
        self.retrieve = to_streamed_response_wrapper(groups.retrieve)
        self.list = to_streamed_response_wrapper(groups.list)
        self.delete = to_streamed_response_wrapper(groups.delete)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from openai.resources.admin.organization.projects.groups.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._groups.roles)


class AsyncGroups(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.groups`."""

    @cached_property
    def roles(self) -> AsyncRoles:
        from openai.resources.admin.organization.projects.groups.roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncGroupsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Grants a group access to a project.

        Args:
          project_id: The ID of the project to update.

          group_id: Identifier of the group to add to the project.

          role: Identifier of the project role to grant to the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/groups",
            body={"group_id": group_id, "role": role},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectGroup,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        project_id: str,
        group_type: Literal["group", "tenant_group"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectGroup:
        """
        Retrieves a project's group.

        Args:
          group_id: The ID of the group to retrieve.

          project_id: The ID of the project to inspect.

          group_type: The type of group to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                query={"group_type": group_type},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectGroup,
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
    ) -> AsyncPaginator[ProjectGroup, AsyncNextCursorPage[ProjectGroup]]:
        """
        Lists the groups that have access to a project.

        Args:
          project_id: The ID of the project to inspect.

          limit: A limit on the number of project groups to return. Defaults to 20.

          after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next
              page.

          order: Sort order for the returned groups.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/groups",
            page=AsyncNextCursorPage[ProjectGroup],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectGroup,
        )

    async def delete(
        self,
        group_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Revokes a group's access to a project.

        Args:
          group_id: The ID of the group to remove from the project.

          project_id: The ID of the project to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=GroupDeleteResponse,
        )


class AsyncGroupsWithRawResponse:
    """`AsyncGroups` with every method wrapped to return the raw response."""

    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_raw_response_wrapper(groups.create)
        self.retrieve = async_to_raw_response_wrapper(groups.retrieve)
        self.list = async_to_raw_response_wrapper(groups.list)
        self.delete = async_to_raw_response_wrapper(groups.delete)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from openai.resources.admin.organization.projects.groups.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._groups.roles)


class AsyncGroupsWithStreamingResponse:
    """`AsyncGroups` with every method wrapped to return the streamed response."""

    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_streamed_response_wrapper(groups.create)
        self.retrieve = async_to_streamed_response_wrapper(groups.retrieve)
        self.list = async_to_streamed_response_wrapper(groups.list)
        self.delete = async_to_streamed_response_wrapper(groups.delete)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from openai.resources.admin.organization.projects.groups.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._groups.roles)
