# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.users` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
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
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai._base_client import make_request_options
from openai.types.admin.organization.organization_user import OrganizationUser
from openai.types.admin.organization.user_delete_response import UserDeleteResponse

if TYPE_CHECKING:
    from openai.resources.admin.organization.users.roles import (
        Roles,
        AsyncRoles,
        RolesWithRawResponse,
        AsyncRolesWithRawResponse,
        RolesWithStreamingResponse,
        AsyncRolesWithStreamingResponse,
    )

__all__ = [
    "Users",
    "AsyncUsers",
    "UsersWithRawResponse",
    "AsyncUsersWithRawResponse",
    "UsersWithStreamingResponse",
    "AsyncUsersWithStreamingResponse",
]


class Users(SyncAPIResource):
    """Methods of `client.admin.organization.users`."""

    @cached_property
    def roles(self) -> Roles:
        from openai.resources.admin.organization.users.roles import Roles

        return Roles(self._client)

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return UsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return UsersWithStreamingResponse(self)

    def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """
        Retrieves a user by their identifier.

        Args:
          user_id: The ID of the user.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationUser,
        )

    def update(
        self,
        user_id: str,
        *,
        role: Optional[str] | Omit = omit,
        role_id: Optional[str] | Omit = omit,
        technical_level: Optional[str] | Omit = omit,
        developer_persona: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """
        Modifies a user's role in the organization.

        Args:
          user_id: The ID of the user.

          role: `owner` or `reader`

          role_id: Role ID to assign to the user.

          technical_level: Technical level metadata.

          developer_persona: Developer persona metadata.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/users/{path_param('user_id', user_id)}",
            body={
                "role": role,
                "role_id": role_id,
                "technical_level": technical_level,
                "developer_persona": developer_persona,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationUser,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        emails: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[OrganizationUser]:
        """
        Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          emails: Filter by the email address of users.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/users",
            page=SyncConversationCursorPage[OrganizationUser],
            options=make_request_options(
                query={"limit": limit, "after": after, "emails": emails},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationUser,
        )

    def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Deletes a user from the organization.

        Args:
          user_id: The ID of the user.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/users/{path_param('user_id', user_id)}",
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
        self.retrieve = to_raw_response_wrapper(users.retrieve)
        self.update = to_raw_response_wrapper(users.update)
        self.list = to_raw_response_wrapper(users.list)
        self.delete = to_raw_response_wrapper(users.delete)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from openai.resources.admin.organization.users.roles import RolesWithRawResponse

        return RolesWithRawResponse(self._users.roles)


class UsersWithStreamingResponse:
    """`Users` with every method wrapped to return the streamed response."""

    def __init__(self, users: Users) -> None:
        self._users = users
        self.retrieve = to_streamed_response_wrapper(users.retrieve)
        self.update = to_streamed_response_wrapper(users.update)
        self.list = to_streamed_response_wrapper(users.list)
        self.delete = to_streamed_response_wrapper(users.delete)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from openai.resources.admin.organization.users.roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._users.roles)


class AsyncUsers(AsyncAPIResource):
    """Methods of `async_client.admin.organization.users`."""

    @cached_property
    def roles(self) -> AsyncRoles:
        from openai.resources.admin.organization.users.roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUsersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncUsersWithStreamingResponse(self)

    async def retrieve(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """
        Retrieves a user by their identifier.

        Args:
          user_id: The ID of the user.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/users/{path_param('user_id', user_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationUser,
        )

    async def update(
        self,
        user_id: str,
        *,
        role: Optional[str] | Omit = omit,
        role_id: Optional[str] | Omit = omit,
        technical_level: Optional[str] | Omit = omit,
        developer_persona: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> OrganizationUser:
        """
        Modifies a user's role in the organization.

        Args:
          user_id: The ID of the user.

          role: `owner` or `reader`

          role_id: Role ID to assign to the user.

          technical_level: Technical level metadata.

          developer_persona: Developer persona metadata.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/users/{path_param('user_id', user_id)}",
            body={
                "role": role,
                "role_id": role_id,
                "technical_level": technical_level,
                "developer_persona": developer_persona,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=OrganizationUser,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        emails: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[OrganizationUser, AsyncConversationCursorPage[OrganizationUser]]:
        """
        Lists all of the users in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          emails: Filter by the email address of users.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/users",
            page=AsyncConversationCursorPage[OrganizationUser],
            options=make_request_options(
                query={"limit": limit, "after": after, "emails": emails},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=OrganizationUser,
        )

    async def delete(
        self,
        user_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UserDeleteResponse:
        """
        Deletes a user from the organization.

        Args:
          user_id: The ID of the user.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/users/{path_param('user_id', user_id)}",
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
        self.retrieve = async_to_raw_response_wrapper(users.retrieve)
        self.update = async_to_raw_response_wrapper(users.update)
        self.list = async_to_raw_response_wrapper(users.list)
        self.delete = async_to_raw_response_wrapper(users.delete)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from openai.resources.admin.organization.users.roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._users.roles)


class AsyncUsersWithStreamingResponse:
    """`AsyncUsers` with every method wrapped to return the streamed response."""

    def __init__(self, users: AsyncUsers) -> None:
        self._users = users
        self.retrieve = async_to_streamed_response_wrapper(users.retrieve)
        self.update = async_to_streamed_response_wrapper(users.update)
        self.list = async_to_streamed_response_wrapper(users.list)
        self.delete = async_to_streamed_response_wrapper(users.delete)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from openai.resources.admin.organization.users.roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._users.roles)
