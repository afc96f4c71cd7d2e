# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.groups` resource: 5 method(s)."""

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
from openai.types.admin.organization.group import Group
from openai.types.admin.organization.group_delete_response import GroupDeleteResponse
from openai.types.admin.organization.group_update_response import GroupUpdateResponse

if TYPE_CHECKING:
    from openai.resources.admin.organization.groups.roles import (
        Roles,
        AsyncRoles,
        RolesWithRawResponse,
        AsyncRolesWithRawResponse,
        RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse,
    )
    from openai.resources.admin.organization.groups.users import (
        Users,
        AsyncUsers,
        UsersWithRawResponse,
        AsyncUsersWithRawResponse,
        UsersWithStreamingResponse,
        AsyncUsersWithStreamingResponse,
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
    """Methods of `client.admin.organization.groups`."""

    @cached_property
    def users(self) -> Users:
        from openai.resources.admin.organization.groups.users import Users

        return Users(self._client)

    @cached_property
    def roles(self) -> Roles:
        from openai.resources.admin.organization.groups.roles import Roles

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
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Group:
        """
        Creates a new group in the organization.

        Args:
          name: Human readable name for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/groups",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Group,
        )

    def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Group:
        """
        Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Group,
        )

    def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """
        Updates a group's information.

        Args:
          group_id: The ID of the group to update.

          name: New display name for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/groups/{path_param('group_id', group_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=GroupUpdateResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncNextCursorPage[Group]:
        """
        Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is
              100.

          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call
              can include `after=group_abc` in order to fetch the next page of the list.

          order: Specifies the sort order of the returned groups.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/groups",
            page=SyncNextCursorPage[Group],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Group,
        )

    def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}",
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
        self.update = to_raw_response_wrapper(groups.update)
        self.list = to_raw_response_wrapper(groups.list)
        self.delete = to_raw_response_wrapper(groups.delete)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from openai.resources.admin.organization.groups.users import UsersWithRawResponse

        return UsersWithRawResponse(self._groups.users)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from openai.resources.admin.organization.groups.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._groups.roles)


class GroupsWithStreamingResponse:
    """`Groups` with every method wrapped to return the streamed response."""

    def __init__(self, groups: Groups) -> None:
        self._groups = groups
        self.create = to_streamed_response_wrapper(groups.create)
        self.retrieve = to_streamed_response_wrapper(groups.retrieve)
        self.update = to_streamed_response_wrapper(groups.update)
        self.list = to_streamed_response_wrapper(groups.list)
        self.delete = to_streamed_response_wrapper(groups.delete)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from openai.resources.admin.organization.groups.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._groups.users)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from openai.resources.admin.organization.groups.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._groups.roles)


class AsyncGroups(AsyncAPIResource):
    """Methods of `async_client.admin.organization.groups`."""

    @cached_property
    def users(self) -> AsyncUsers:
        from openai.resources.admin.organization.groups.users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def roles(self) -> AsyncRoles:
        from openai.resources.admin.organization.groups.roles import AsyncRoles

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
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Group:
        """
        Creates a new group in the organization.

        Args:
          name: Human readable name for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/groups",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Group,
        )

    async def retrieve(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Group:
        """
        Retrieves a group.

        Args:
          group_id: The ID of the group to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/groups/{path_param('group_id', group_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Group,
        )

    async def update(
        self,
        group_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupUpdateResponse:
        """
        Updates a group's information.

        Args:
          group_id: The ID of the group to update.

          name: New display name for the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/groups/{path_param('group_id', group_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=GroupUpdateResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Group, AsyncNextCursorPage[Group]]:
        """
        Lists all groups in the organization.

        Args:
          limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is
              100.

          after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call
              can include `after=group_abc` in order to fetch the next page of the list.

          order: Specifies the sort order of the returned groups.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/groups",
            page=AsyncNextCursorPage[Group],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Group,
        )

    async def delete(
        self,
        group_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> GroupDeleteResponse:
        """
        Deletes a group from the organization.

        Args:
          group_id: The ID of the group to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}",
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
        self.update = async_to_raw_response_wrapper(groups.update)
        self.list = async_to_raw_response_wrapper(groups.list)
        self.delete = async_to_raw_response_wrapper(groups.delete)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from openai.resources.admin.organization.groups.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._groups.users)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from openai.resources.admin.organization.groups.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._groups.roles)


class AsyncGroupsWithStreamingResponse:
    """`AsyncGroups` with every method wrapped to return the streamed response."""

    def __init__(self, groups: AsyncGroups) -> None:
        self._groups = groups
        self.create = async_to_streamed_response_wrapper(groups.create)
        self.retrieve = async_to_streamed_response_wrapper(groups.retrieve)
        self.update = async_to_streamed_response_wrapper(groups.update)
        self.list = async_to_streamed_response_wrapper(groups.list)
        self.delete = async_to_streamed_response_wrapper(groups.delete)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from openai.resources.admin.organization.groups.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._groups.users)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from openai.resources.admin.organization.groups.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._groups.roles)
