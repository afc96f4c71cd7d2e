# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.fine_tuning.checkpoints.permissions` resource: 4 method(s)."""

from __future__ import annotations

from functools import cached_property

import typing_extensions
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
from openai.pagination import (
    SyncPage,
    AsyncPage,
    AsyncPaginator,
    SyncConversationCursorPage,
    AsyncConversationCursorPage,
)
from openai._base_client import make_request_options
from openai.types.fine_tuning.checkpoints.permission_list_response import PermissionListResponse
from openai.types.fine_tuning.checkpoints.permission_create_response import PermissionCreateResponse
from openai.types.fine_tuning.checkpoints.permission_delete_response import PermissionDeleteResponse
from openai.types.fine_tuning.checkpoints.permission_retrieve_response import PermissionRetrieveResponse

__all__ = [
    "Permissions",
    "AsyncPermissions",
    "PermissionsWithRawResponse",
    "AsyncPermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "AsyncPermissionsWithStreamingResponse",
]


class Permissions(SyncAPIResource):
    """Methods of `client.fine_tuning.checkpoints.permissions`."""

    @cached_property
    def with_raw_response(self) -> PermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return PermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return PermissionsWithStreamingResponse(self)

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[PermissionCreateResponse]:
        """
        **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.

          project_ids: The project identifiers to grant access to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            body={"project_ids": project_ids},
            page=SyncPage[PermissionCreateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=PermissionCreateResponse,
            method="post",
        )

    @typing_extensions.deprecated("Retrieve is deprecated. Please swap to the paginated list method instead.")
    def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> PermissionRetrieveResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            options=make_request_options(
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=PermissionRetrieveResponse,
        )

    def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> PermissionDeleteResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          permission_id: The ID of the fine-tuned model checkpoint permission to delete.

          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions/{path_param('permission_id', permission_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=PermissionDeleteResponse,
        )

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[PermissionListResponse]:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            page=SyncConversationCursorPage[PermissionListResponse],
            options=make_request_options(
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=PermissionListResponse,
        )


class PermissionsWithRawResponse:
    """`Permissions` with every method wrapped to return the raw response."""

    def __init__(self, permissions: Permissions) -> None:
        self._permissions = permissions
        self.create = to_raw_response_wrapper(permissions.create)
        self.retrieve = to_raw_response_wrapper(permissions.retrieve)
        self.delete = to_raw_response_wrapper(permissions.delete)
        self.list = to_raw_response_wrapper(permissions.list)


class PermissionsWithStreamingResponse:
    """`Permissions` with every method wrapped to return the streamed response."""

    def __init__(self, permissions: Permissions) -> None:
        self._permissions = permissions
        self.create = to_streamed_response_wrapper(permissions.create)
        self.retrieve = to_streamed_response_wrapper(permissions.retrieve)
        self.delete = to_streamed_response_wrapper(permissions.delete)
        self.list = to_streamed_response_wrapper(permissions.list)


class AsyncPermissions(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.checkpoints.permissions`."""

    @cached_property
    def with_raw_response(self) -> AsyncPermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncPermissionsWithStreamingResponse(self)

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[PermissionCreateResponse, AsyncPage[PermissionCreateResponse]]:
        """
        **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.

          project_ids: The project identifiers to grant access to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            body={"project_ids": project_ids},
            page=AsyncPage[PermissionCreateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=PermissionCreateResponse,
            method="post",
        )

    @typing_extensions.deprecated("Retrieve is deprecated. Please swap to the paginated list method instead.")
    async def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> PermissionRetrieveResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            options=make_request_options(
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=PermissionRetrieveResponse,
        )

    async def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> PermissionDeleteResponse:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          permission_id: The ID of the fine-tuned model checkpoint permission to delete.

          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions/{path_param('permission_id', permission_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=PermissionDeleteResponse,
        )

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["ascending", "descending"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[PermissionListResponse, AsyncConversationCursorPage[PermissionListResponse]]:
        """
        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.

          project_id: The ID of the project to get permissions for.

          after: Identifier for the last permission ID from the previous pagination request.

          limit: Number of permissions to retrieve.

          order: The order in which to retrieve permissions.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/fine_tuning/checkpoints/{path_param('fine_tuned_model_checkpoint', fine_tuned_model_checkpoint)}/permissions",
            page=AsyncConversationCursorPage[PermissionListResponse],
            options=make_request_options(
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=PermissionListResponse,
        )


class AsyncPermissionsWithRawResponse:
    """`AsyncPermissions` with every method wrapped to return the raw response."""

    def __init__(self, permissions: AsyncPermissions) -> None:
        self._permissions = permissions
        self.create = async_to_raw_response_wrapper(permissions.create)
        self.retrieve = async_to_raw_response_wrapper(permissions.retrieve)
        self.delete = async_to_raw_response_wrapper(permissions.delete)
        self.list = async_to_raw_response_wrapper(permissions.list)


class AsyncPermissionsWithStreamingResponse:
    """`AsyncPermissions` with every method wrapped to return the streamed response."""

    def __init__(self, permissions: AsyncPermissions) -> None:
        self._permissions = permissions
        self.create = async_to_streamed_response_wrapper(permissions.create)
        self.retrieve = async_to_streamed_response_wrapper(permissions.retrieve)
        self.delete = async_to_streamed_response_wrapper(permissions.delete)
        self.list = async_to_streamed_response_wrapper(permissions.list)
