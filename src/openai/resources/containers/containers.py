# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.containers` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable
from functools import cached_property

from typing_extensions import Literal

from openai.types import container_create_params
from openai._types import Body, Omit, Query, Headers, Timeout, NoneType, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.container_list_response import ContainerListResponse
from openai.types.container_create_response import ContainerCreateResponse
from openai.types.container_retrieve_response import ContainerRetrieveResponse

if TYPE_CHECKING:
    from openai.resources.containers.files.files import (
        Files,
        AsyncFiles,
        FilesWithRawResponse,
        AsyncFilesWithRawResponse,
        FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse,
    )

__all__ = [
    "Containers",
    "AsyncContainers",
    "ContainersWithRawResponse",
    "AsyncContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "AsyncContainersWithStreamingResponse",
]


class Containers(SyncAPIResource):
    """Methods of `client.containers`."""

    @cached_property
    def files(self) -> Files:
        from openai.resources.containers.files.files import Files

        return Files(self._client)

    @cached_property
    def with_raw_response(self) -> ContainersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ContainersWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        file_ids: SequenceNotStr[str] | Omit = omit,
        expires_after: container_create_params.ExpiresAfter | Omit = omit,
        skills: Iterable[container_create_params.Skill] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: container_create_params.NetworkPolicy | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """
        Create Container

        Creates a container.

        Args:
          name: Name of the container to create.

          file_ids: IDs of files to copy to the container.

          expires_after: Container expiration time in seconds relative to the 'anchor' time.

          skills: An optional list of skills referenced by id or inline data.

          memory_limit: Optional memory limit for the container. Defaults to "1g".

          network_policy: Network access policy for the container.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/containers",
            body={
                "name": name,
                "file_ids": file_ids,
                "expires_after": expires_after,
                "skills": skills,
                "memory_limit": memory_limit,
                "network_policy": network_policy,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ContainerCreateResponse,
        )

    def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """
        Retrieve Container

        Retrieves a container.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/containers/{path_param('container_id', container_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ContainerRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[ContainerListResponse]:
        """
        List Containers

        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          name: Filter results by container name.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/containers",
            page=SyncCursorPage[ContainerListResponse],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ContainerListResponse,
        )

    def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Delete Container

        Delete a container.

        Args:
          container_id: The ID of the container to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/containers/{path_param('container_id', container_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "*/*"},
            ),
            cast_to=NoneType,
        )


class ContainersWithRawResponse:
    """`Containers` with every method wrapped to return the raw response."""

    def __init__(self, containers: Containers) -> None:
        self._containers = containers
        self.create = to_raw_response_wrapper(containers.create)
        self.retrieve = to_raw_response_wrapper(containers.retrieve)
        self.list = to_raw_response_wrapper(containers.list)
        self.delete = to_raw_response_wrapper(containers.delete)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from openai.resources.containers.files.files import FilesWithRawResponse

        return FilesWithRawResponse(self._containers.files)


class ContainersWithStreamingResponse:
    """`Containers` with every method wrapped to return the streamed response."""

    def __init__(self, containers: Containers) -> None:
        self._containers = containers
        self.create = to_streamed_response_wrapper(containers.create)
        self.retrieve = to_streamed_response_wrapper(containers.retrieve)
        self.list = to_streamed_response_wrapper(containers.list)
        self.delete = to_streamed_response_wrapper(containers.delete)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from openai.resources.containers.files.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._containers.files)


class AsyncContainers(AsyncAPIResource):
    """Methods of `async_client.containers`."""

    @cached_property
    def files(self) -> AsyncFiles:
        from openai.resources.containers.files.files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncContainersWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncContainersWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        file_ids: SequenceNotStr[str] | Omit = omit,
        expires_after: container_create_params.ExpiresAfter | Omit = omit,
        skills: Iterable[container_create_params.Skill] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: container_create_params.NetworkPolicy | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """
        Create Container

        Creates a container.

        Args:
          name: Name of the container to create.

          file_ids: IDs of files to copy to the container.

          expires_after: Container expiration time in seconds relative to the 'anchor' time.

          skills: An optional list of skills referenced by id or inline data.

          memory_limit: Optional memory limit for the container. Defaults to "1g".

          network_policy: Network access policy for the container.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/containers",
            body={
                "name": name,
                "file_ids": file_ids,
                "expires_after": expires_after,
                "skills": skills,
                "memory_limit": memory_limit,
                "network_policy": network_policy,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ContainerCreateResponse,
        )

    async def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """
        Retrieve Container

        Retrieves a container.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/containers/{path_param('container_id', container_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ContainerRetrieveResponse,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ContainerListResponse, AsyncCursorPage[ContainerListResponse]]:
        """
        List Containers

        Lists containers.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          name: Filter results by container name.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/containers",
            page=AsyncCursorPage[ContainerListResponse],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "name": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ContainerListResponse,
        )

    async def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Delete Container

        Delete a container.

        Args:
          container_id: The ID of the container to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/containers/{path_param('container_id', container_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "*/*"},
            ),
            cast_to=NoneType,
        )


class AsyncContainersWithRawResponse:
    """`AsyncContainers` with every method wrapped to return the raw response."""

    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers
        self.create = async_to_raw_response_wrapper(containers.create)
        self.retrieve = async_to_raw_response_wrapper(containers.retrieve)
        self.list = async_to_raw_response_wrapper(containers.list)
        self.delete = async_to_raw_response_wrapper(containers.delete)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from openai.resources.containers.files.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._containers.files)


class AsyncContainersWithStreamingResponse:
    """`AsyncContainers` with every method wrapped to return the streamed response."""

    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers
        self.create = async_to_streamed_response_wrapper(containers.create)
        self.retrieve = async_to_streamed_response_wrapper(containers.retrieve)
        self.list = async_to_streamed_response_wrapper(containers.list)
        self.delete = async_to_streamed_response_wrapper(containers.delete)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from openai.resources.containers.files.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._containers.files)
