# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.invites` resource: 4 method(s)."""

from __future__ import annotations

from typing import Iterable
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
from openai.types.admin.organization import invite_create_params
from openai.types.admin.organization.invite import Invite
from openai.types.admin.organization.invite_delete_response import InviteDeleteResponse

__all__ = [
    "Invites",
    "AsyncInvites",
    "InvitesWithRawResponse",
    "AsyncInvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "AsyncInvitesWithStreamingResponse",
]


class Invites(SyncAPIResource):
    """Methods of `client.admin.organization.invites`."""

    @cached_property
    def with_raw_response(self) -> InvitesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return InvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InvitesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return InvitesWithStreamingResponse(self)

    def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Iterable[invite_create_params.Project] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Invite:
        """
        Create an invite for a user to the organization. The invite must be accepted by the user before they have access
        to the organization.

        Args:
          email: Send an email to this address

          role: `owner` or `reader`

          projects: An array of projects to which membership is granted at the same time the org invite is accepted. If
              omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty
              list is passed, the user will not be invited to any projects, including the default one.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/invites",
            body={"email": email, "role": role, "projects": projects},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Invite,
        )

    def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Invite:
        """
        Retrieves an invite.

        Args:
          invite_id: The ID of the invite to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/invites/{path_param('invite_id', invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Invite,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Invite]:
        """
        Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/invites",
            page=SyncConversationCursorPage[Invite],
            options=make_request_options(
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Invite,
        )

    def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> InviteDeleteResponse:
        """
        Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
          invite_id: The ID of the invite to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/invites/{path_param('invite_id', invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=InviteDeleteResponse,
        )


class InvitesWithRawResponse:
    """`Invites` with every method wrapped to return the raw response."""

    def __init__(self, invites: Invites) -> None:
        self._invites = invites
        self.create = to_raw_response_wrapper(invites.create)
        self.retrieve = to_raw_response_wrapper(invites.retrieve)
        self.list = to_raw_response_wrapper(invites.list)
        self.delete = to_raw_response_wrapper(invites.delete)


class InvitesWithStreamingResponse:
    """`Invites` with every method wrapped to return the streamed response."""

    def __init__(self, invites: Invites) -> None:
        self._invites = invites
        self.create = to_streamed_response_wrapper(invites.create)
        self.retrieve = to_streamed_response_wrapper(invites.retrieve)
        self.list = to_streamed_response_wrapper(invites.list)
        self.delete = to_streamed_response_wrapper(invites.delete)


class AsyncInvites(AsyncAPIResource):
    """Methods of `async_client.admin.organization.invites`."""

    @cached_property
    def with_raw_response(self) -> AsyncInvitesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncInvitesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInvitesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncInvitesWithStreamingResponse(self)

    async def create(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"],
        projects: Iterable[invite_create_params.Project] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Invite:
        """
        Create an invite for a user to the organization. The invite must be accepted by the user before they have access
        to the organization.

        Args:
          email: Send an email to this address

          role: `owner` or `reader`

          projects: An array of projects to which membership is granted at the same time the org invite is accepted. If
              omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty
              list is passed, the user will not be invited to any projects, including the default one.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/invites",
            body={"email": email, "role": role, "projects": projects},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Invite,
        )

    async def retrieve(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Invite:
        """
        Retrieves an invite.

        Args:
          invite_id: The ID of the invite to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/invites/{path_param('invite_id', invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Invite,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Invite, AsyncConversationCursorPage[Invite]]:
        """
        Returns a list of invites in the organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/invites",
            page=AsyncConversationCursorPage[Invite],
            options=make_request_options(
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=Invite,
        )

    async def delete(
        self,
        invite_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> InviteDeleteResponse:
        """
        Delete an invite. If the invite has already been accepted, it cannot be deleted.

        Args:
          invite_id: The ID of the invite to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/invites/{path_param('invite_id', invite_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=InviteDeleteResponse,
        )


class AsyncInvitesWithRawResponse:
    """`AsyncInvites` with every method wrapped to return the raw response."""

    def __init__(self, invites: AsyncInvites) -> None:
        self._invites = invites
        self.create = async_to_raw_response_wrapper(invites.create)
        self.retrieve = async_to_raw_response_wrapper(invites.retrieve)
        self.list = async_to_raw_response_wrapper(invites.list)
        self.delete = async_to_raw_response_wrapper(invites.delete)


class AsyncInvitesWithStreamingResponse:
    """`AsyncInvites` with every method wrapped to return the streamed response."""

    def __init__(self, invites: AsyncInvites) -> None:
        self._invites = invites
        self.create = async_to_streamed_response_wrapper(invites.create)
        self.retrieve = async_to_streamed_response_wrapper(invites.retrieve)
        self.list = async_to_streamed_response_wrapper(invites.list)
        self.delete = async_to_streamed_response_wrapper(invites.delete)
