# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.hosted_tool_permissions` resource: 2 method(s)."""

from __future__ import annotations

from typing import Optional
from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.projects import hosted_tool_permission_update_params
from openai.types.admin.organization.projects.project_hosted_tool_permissions import ProjectHostedToolPermissions

__all__ = [
    "HostedToolPermissions",
    "AsyncHostedToolPermissions",
    "HostedToolPermissionsWithRawResponse",
    "AsyncHostedToolPermissionsWithRawResponse",
    "HostedToolPermissionsWithStreamingResponse",
    "AsyncHostedToolPermissionsWithStreamingResponse",
]


class HostedToolPermissions(SyncAPIResource):
    """Methods of `client.admin.organization.projects.hosted_tool_permissions`."""

    @cached_property
    def with_raw_response(self) -> HostedToolPermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return HostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HostedToolPermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return HostedToolPermissionsWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Returns hosted tool permissions for a project.

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
            f"/organization/projects/{path_param('project_id', project_id)}/hosted_tool_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectHostedToolPermissions,
        )

    def update(
        self,
        project_id: str,
        *,
        file_search: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        web_search: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        image_generation: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        mcp: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        code_interpreter: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          file_search: The file search permission update.

          web_search: The web search permission update.

          image_generation: The image generation permission update.

          mcp: The MCP permission update.

          code_interpreter: The code interpreter permission update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/hosted_tool_permissions",
            body={
                "file_search": file_search,
                "web_search": web_search,
                "image_generation": image_generation,
                "mcp": mcp,
                "code_interpreter": code_interpreter,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectHostedToolPermissions,
        )


class HostedToolPermissionsWithRawResponse:
    """`HostedToolPermissions` with every method wrapped to return the raw response."""

    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = to_raw_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = to_raw_response_wrapper(hosted_tool_permissions.update)


class HostedToolPermissionsWithStreamingResponse:
    """`HostedToolPermissions` with every method wrapped to return the streamed response."""

    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = to_streamed_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = to_streamed_response_wrapper(hosted_tool_permissions.update)


class AsyncHostedToolPermissions(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.hosted_tool_permissions`."""

    @cached_property
    def with_raw_response(self) -> AsyncHostedToolPermissionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncHostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHostedToolPermissionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncHostedToolPermissionsWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Returns hosted tool permissions for a project.

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
            f"/organization/projects/{path_param('project_id', project_id)}/hosted_tool_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectHostedToolPermissions,
        )

    async def update(
        self,
        project_id: str,
        *,
        file_search: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        web_search: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        image_generation: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        mcp: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        code_interpreter: Optional[hosted_tool_permission_update_params.CodeInterpreter] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """
        Updates hosted tool permissions for a project.

        Args:
          project_id: The ID of the project.

          file_search: The file search permission update.

          web_search: The web search permission update.

          image_generation: The image generation permission update.

          mcp: The MCP permission update.

          code_interpreter: The code interpreter permission update.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/projects/{path_param('project_id', project_id)}/hosted_tool_permissions",
            body={
                "file_search": file_search,
                "web_search": web_search,
                "image_generation": image_generation,
                "mcp": mcp,
                "code_interpreter": code_interpreter,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=ProjectHostedToolPermissions,
        )


class AsyncHostedToolPermissionsWithRawResponse:
    """`AsyncHostedToolPermissions` with every method wrapped to return the raw response."""

    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = async_to_raw_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = async_to_raw_response_wrapper(hosted_tool_permissions.update)


class AsyncHostedToolPermissionsWithStreamingResponse:
    """`AsyncHostedToolPermissions` with every method wrapped to return the streamed response."""

    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = async_to_streamed_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = async_to_streamed_response_wrapper(hosted_tool_permissions.update)
