# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.model_permissions` resource: 3 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Query, Headers, Timeout, NotGiven, SequenceNotStr, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.project_model_permissions import ProjectModelPermissions
from openai.types.admin.organization.projects.project_model_permissions_deleted import ProjectModelPermissionsDeleted

__all__ = [
    "ModelPermissions",
    "AsyncModelPermissions",
    "ModelPermissionsWithRawResponse",
    "AsyncModelPermissionsWithRawResponse",
    "ModelPermissionsWithStreamingResponse",
    "AsyncModelPermissionsWithStreamingResponse",
]


class ModelPermissions(SyncAPIResource):
    """Methods of `client.admin.organization.projects.model_permissions`."""

    @cached_property
    def with_raw_response(self) -> ModelPermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelPermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ModelPermissionsWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Returns model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissions,
        )

    def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Updates model permissions for a project.

        Args:
          project_id: The ID of the project.

          mode: The model permissions mode to apply.

          model_ids: The model IDs included in this permissions policy.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            body={"mode": mode, "model_ids": model_ids},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissions,
        )

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """
        Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )


class ModelPermissionsWithRawResponse:
    """`ModelPermissions` with every method wrapped to return the raw response."""

    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.retrieve = to_raw_response_wrapper(model_permissions.retrieve)
        self.update = to_raw_response_wrapper(model_permissions.update)
        self.delete = to_raw_response_wrapper(model_permissions.delete)


class ModelPermissionsWithStreamingResponse:
    """`ModelPermissions` with every method wrapped to return the streamed response."""

    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.retrieve = to_streamed_response_wrapper(model_permissions.retrieve)
        self.update = to_streamed_response_wrapper(model_permissions.update)
        self.delete = to_streamed_response_wrapper(model_permissions.delete)


class AsyncModelPermissions(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.model_permissions`."""

    @cached_property
    def with_raw_response(self) -> AsyncModelPermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelPermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncModelPermissionsWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Returns model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissions,
        )

    async def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """
        Updates model permissions for a project.

        Args:
          project_id: The ID of the project.

          mode: The model permissions mode to apply.

          model_ids: The model IDs included in this permissions policy.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            body={"mode": mode, "model_ids": model_ids},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissions,
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """
        Deletes model permissions for a project.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/projects/{path_param('project_id', project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )


class AsyncModelPermissionsWithRawResponse:
    """`AsyncModelPermissions` with every method wrapped to return the raw response."""

    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.retrieve = async_to_raw_response_wrapper(model_permissions.retrieve)
        self.update = async_to_raw_response_wrapper(model_permissions.update)
        self.delete = async_to_raw_response_wrapper(model_permissions.delete)


class AsyncModelPermissionsWithStreamingResponse:
    """`AsyncModelPermissions` with every method wrapped to return the streamed response."""

    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.retrieve = async_to_streamed_response_wrapper(model_permissions.retrieve)
        self.update = async_to_streamed_response_wrapper(model_permissions.update)
        self.delete = async_to_streamed_response_wrapper(model_permissions.delete)
