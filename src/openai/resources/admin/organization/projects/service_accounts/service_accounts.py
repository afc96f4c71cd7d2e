# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.service_accounts` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
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
from openai.types.admin.organization.projects.project_service_account import ProjectServiceAccount
from openai.types.admin.organization.projects.service_account_create_response import ServiceAccountCreateResponse
from openai.types.admin.organization.projects.service_account_delete_response import ServiceAccountDeleteResponse

if TYPE_CHECKING:
    from openai.resources.admin.organization.projects.service_accounts.api_keys import (
        APIKeys,
        AsyncAPIKeys,
        APIKeysWithRawResponse,
        AsyncAPIKeysWithRawResponse,
        APIKeysWithStreamingResponse,
        AsyncAPIKeysWithStreamingResponse,
    )

__all__ = [
    "ServiceAccounts",
    "AsyncServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "AsyncServiceAccountsWithStreamingResponse",
]


class ServiceAccounts(SyncAPIResource):
    """Methods of `client.admin.organization.projects.service_accounts`."""

    @cached_property
    def api_keys(self) -> APIKeys:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import APIKeys

        return APIKeys(self._client)

    @cached_property
    def with_raw_response(self) -> ServiceAccountsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceAccountsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ServiceAccountsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: Optional[bool] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ServiceAccountCreateResponse:
        """
        Creates a new service account in the project. By default, this also returns an unredacted API key for the
        service account.

        Args:
          project_id: The ID of the project.

          name: The name of the service account being created.

          create_service_account_only: Create the service account without default roles or an API key.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts",
            body={"name": name, "create_service_account_only": create_service_account_only},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ServiceAccountCreateResponse,
        )

    def retrieve(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """
        Retrieves a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectServiceAccount,
        )

    def update(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        role: Literal["member", "owner"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """
        Updates a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          name: The updated service account name.

          role: The updated service account role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            body={"name": name, "role": role},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectServiceAccount,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectServiceAccount]:
        """
        Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.

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
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts",
            page=SyncConversationCursorPage[ProjectServiceAccount],
            options=make_request_options(
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectServiceAccount,
        )

    def delete(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ServiceAccountDeleteResponse:
        """
        Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project is archived (archived projects have
        no service accounts).

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ServiceAccountDeleteResponse,
        )


class ServiceAccountsWithRawResponse:
    """`ServiceAccounts` with every method wrapped to return the raw response."""

    def __init__(self, service_accounts: ServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = to_raw_response_wrapper(service_accounts.create)
        self.retrieve = to_raw_response_wrapper(service_accounts.retrieve)
        self.update = to_raw_response_wrapper(service_accounts.update)
        self.list = to_raw_response_wrapper(service_accounts.list)
        self.delete = to_raw_response_wrapper(service_accounts.delete)

    @cached_property
    def api_keys(self) -> APIKeysWithRawResponse:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import APIKeysWithRawResponse

        return APIKeysWithRawResponse(self._service_accounts.api_keys)


class ServiceAccountsWithStreamingResponse:
    """`ServiceAccounts` with every method wrapped to return the streamed response."""

    def __init__(self, service_accounts: ServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = to_streamed_response_wrapper(service_accounts.create)
        self.retrieve = to_streamed_response_wrapper(service_accounts.retrieve)
        self.update = to_streamed_response_wrapper(service_accounts.update)
        self.list = to_streamed_response_wrapper(service_accounts.list)
        self.delete = to_streamed_response_wrapper(service_accounts.delete)

    @cached_property
    def api_keys(self) -> APIKeysWithStreamingResponse:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import APIKeysWithStreamingResponse

        return APIKeysWithStreamingResponse(self._service_accounts.api_keys)


class AsyncServiceAccounts(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.service_accounts`."""

    @cached_property
    def api_keys(self) -> AsyncAPIKeys:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import AsyncAPIKeys

        return AsyncAPIKeys(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncServiceAccountsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceAccountsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncServiceAccountsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: Optional[bool] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ServiceAccountCreateResponse:
        """
        Creates a new service account in the project. By default, this also returns an unredacted API key for the
        service account.

        Args:
          project_id: The ID of the project.

          name: The name of the service account being created.

          create_service_account_only: Create the service account without default roles or an API key.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts",
            body={"name": name, "create_service_account_only": create_service_account_only},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ServiceAccountCreateResponse,
        )

    async def retrieve(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """
        Retrieves a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectServiceAccount,
        )

    async def update(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        role: Literal["member", "owner"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """
        Updates a service account in the project.

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          name: The updated service account name.

          role: The updated service account role.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            body={"name": name, "role": role},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectServiceAccount,
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectServiceAccount, AsyncConversationCursorPage[ProjectServiceAccount]]:
        """
        Returns a list of service accounts in the project.

        Args:
          project_id: The ID of the project.

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
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts",
            page=AsyncConversationCursorPage[ProjectServiceAccount],
            options=make_request_options(
                query={"limit": limit, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=ProjectServiceAccount,
        )

    async def delete(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ServiceAccountDeleteResponse:
        """
        Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project is archived (archived projects have
        no service accounts).

        Args:
          service_account_id: The ID of the service account.

          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/service_accounts/{path_param('service_account_id', service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ServiceAccountDeleteResponse,
        )


class AsyncServiceAccountsWithRawResponse:
    """`AsyncServiceAccounts` with every method wrapped to return the raw response."""

    def __init__(self, service_accounts: AsyncServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = async_to_raw_response_wrapper(service_accounts.create)
        self.retrieve = async_to_raw_response_wrapper(service_accounts.retrieve)
        self.update = async_to_raw_response_wrapper(service_accounts.update)
        self.list = async_to_raw_response_wrapper(service_accounts.list)
        self.delete = async_to_raw_response_wrapper(service_accounts.delete)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithRawResponse:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import AsyncAPIKeysWithRawResponse

        return AsyncAPIKeysWithRawResponse(self._service_accounts.api_keys)


class AsyncServiceAccountsWithStreamingResponse:
    """`AsyncServiceAccounts` with every method wrapped to return the streamed response."""

    def __init__(self, service_accounts: AsyncServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = async_to_streamed_response_wrapper(service_accounts.create)
        self.retrieve = async_to_streamed_response_wrapper(service_accounts.retrieve)
        self.update = async_to_streamed_response_wrapper(service_accounts.update)
        self.list = async_to_streamed_response_wrapper(service_accounts.list)
        self.delete = async_to_streamed_response_wrapper(service_accounts.delete)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithStreamingResponse:
        from openai.resources.admin.organization.projects.service_accounts.api_keys import (
            AsyncAPIKeysWithStreamingResponse,
        )

        return AsyncAPIKeysWithStreamingResponse(self._service_accounts.api_keys)
