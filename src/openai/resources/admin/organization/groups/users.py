# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.groups.users` resource: 4 method(s)."""

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
from openai.types.admin.organization.groups.user_create_response import UserCreateResponse
from openai.types.admin.organization.groups.user_delete_response import UserDeleteResponse
from openai.types.admin.organization.groups.user_retrieve_response import UserRetrieveResponse
from openai.types.admin.organization.groups.organization_group_user import OrganizationGroupUser

__all__ = [
    "Users",
    "AsyncUsers",
    "UsersWithRawResponse",
    "AsyncUsersWithRawResponse",
    "UsersWithStreamingResponse",
    "AsyncUsersWithStreamingResponse",
]


class Users(SyncAPIResource):
    """Methods of `client.admin.organization.groups.users`."""

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return UsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return UsersWithStreamingResponse(self)

    def create(
        self,
        group_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserCreateResponse:
        """
        Adds a user to a group.

        Args:
          group_id: The ID of the group to update.

          user_id: Identifier of the user to add to the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/groups/{path_param('group_id', group_id)}/users",
            body={"user_id": user_id},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserCreateResponse,
        )

    def retrieve(
        self,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserRetrieveResponse:
        """
        Retrieves a user in a group.

        Args:
          user_id: The ID of the user to retrieve from the group.

          group_id: The ID of the group to inspect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/groups/{path_param('group_id', group_id)}/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserRetrieveResponse,
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
    ) -> SyncNextCursorPage[OrganizationGroupUser]:
        """
        Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is
              100.

          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to
              retrieve the next page.

          order: Specifies the sort order of users in the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/groups/{path_param('group_id', group_id)}/users",
            page=SyncNextCursorPage[OrganizationGroupUser],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationGroupUser,
        )

    def delete(
        self,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Removes a user from a group.

        Args:
          user_id: The ID of the user to remove from the group.

          group_id: The ID of the group to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserDeleteResponse,
        )


class UsersWithRawResponse:
    """`Users` with every method wrapped to return the raw response."""

    def __init__(self, users: Users) -> None:
        self._users = users
        self.create = to_raw_response_wrapper(users.create)
        self.retrieve = to_raw_response_wrapper(users.retrieve)
        self.list = to_raw_response_wrapper(users.list)
        self.delete = to_raw_response_wrapper(users.delete)


class UsersWithStreamingResponse:
    """`Users` with every method wrapped to return the streamed response."""

    def __init__(self, users: Users) -> None:
        self._users = users
        self.create = to_streamed_response_wrapper(users.create)
        self.retrieve = to_streamed_response_wrapper(users.retrieve)
        self.list = to_streamed_response_wrapper(users.list)
        self.delete = to_streamed_response_wrapper(users.delete)


class AsyncUsers(AsyncAPIResource):
    """Methods of `async_client.admin.organization.groups.users`."""

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncUsersWithStreamingResponse(self)

    async def create(
        self,
        group_id: str,
        *,
        user_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserCreateResponse:
        """
        Adds a user to a group.

        Args:
          group_id: The ID of the group to update.

          user_id: Identifier of the user to add to the group.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/groups/{path_param('group_id', group_id)}/users",
            body={"user_id": user_id},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserCreateResponse,
        )

    async def retrieve(
        self,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserRetrieveResponse:
        """
        Retrieves a user in a group.

        Args:
          user_id: The ID of the user to retrieve from the group.

          group_id: The ID of the group to inspect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/groups/{path_param('group_id', group_id)}/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserRetrieveResponse,
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
    ) -> AsyncPaginator[OrganizationGroupUser, AsyncNextCursorPage[OrganizationGroupUser]]:
        """
        Lists the users assigned to a group.

        Args:
          group_id: The ID of the group to inspect.

          limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is
              100.

          after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to
              retrieve the next page.

          order: Specifies the sort order of users in the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/groups/{path_param('group_id', group_id)}/users",
            page=AsyncNextCursorPage[OrganizationGroupUser],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationGroupUser,
        )

    async def delete(
        self,
        user_id: str,
        *,
        group_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Removes a user from a group.

        Args:
          user_id: The ID of the user to remove from the group.

          group_id: The ID of the group to update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/groups/{path_param('group_id', group_id)}/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=UserDeleteResponse,
        )


class AsyncUsersWithRawResponse:
    """`AsyncUsers` with every method wrapped to return the raw response."""

    def __init__(self, users: AsyncUsers) -> None:
        self._users = users
        self.create = async_to_raw_response_wrapper(users.create)
        self.retrieve = async_to_raw_response_wrapper(users.retrieve)
        self.list = async_to_raw_response_wrapper(users.list)
        self.delete = async_to_raw_response_wrapper(users.delete)


class AsyncUsersWithStreamingResponse:
    """`AsyncUsers` with every method wrapped to return the streamed response."""

    def __init__(self, users: AsyncUsers) -> None:
        self._users = users
        self.create = async_to_streamed_response_wrapper(users.create)
        self.retrieve = async_to_streamed_response_wrapper(users.retrieve)
        self.list = async_to_streamed_response_wrapper(users.list)
        self.delete = async_to_streamed_response_wrapper(users.delete)
