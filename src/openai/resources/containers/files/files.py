# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.containers.files` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, cast
from functools import cached_property

from typing_extensions import Literal

from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NoneType, NotGiven, FileTypes, omit, not_given
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
from openai.types.containers.file_list_response import FileListResponse
from openai.types.containers.file_create_response import FileCreateResponse
from openai.types.containers.file_retrieve_response import FileRetrieveResponse

if TYPE_CHECKING:
    from openai.resources.containers.files.content import (
        Content,
        AsyncContent,
        ContentWithRawResponse,
        AsyncContentWithRawResponse,
        ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse,
    )

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
]


class Files(SyncAPIResource):
    """Methods of `client.containers.files`."""

    @cached_property
    def content(self) -> Content:
        from openai.resources.containers.files.content import Content

        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return FilesWithStreamingResponse(self)

    def create(
        self,
        container_id: str,
        *,
        file_id: str | Omit = omit,
        file: FileTypes | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """
        Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.

          file: The File object (not file name) to be uploaded.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"file_id": file_id, "file": file}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return self._post(
            f"/containers/{path_param('container_id', container_id)}/files",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=FileCreateResponse,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """
        Retrieve Container File

        Retrieves a container file.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/containers/{path_param('container_id', container_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileRetrieveResponse,
        )

    def list(
        self,
        container_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileListResponse]:
        """
        List Container files

        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

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
            f"/containers/{path_param('container_id', container_id)}/files",
            page=SyncCursorPage[FileListResponse],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FileListResponse,
        )

    def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Delete Container File

        Delete a container file.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/containers/{path_param('container_id', container_id)}/files/{path_param('file_id', file_id)}",
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


class FilesWithRawResponse:
    """`Files` with every method wrapped to return the raw response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_raw_response_wrapper(files.create)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from openai.resources.containers.files.content import ContentWithRawResponse

        return ContentWithRawResponse(self._files.content)


class FilesWithStreamingResponse:
    """`Files` with every method wrapped to return the streamed response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_streamed_response_wrapper(files.create)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from openai.resources.containers.files.content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._files.content)


class AsyncFiles(AsyncAPIResource):
    """Methods of `async_client.containers.files`."""

    @cached_property
    def content(self) -> AsyncContent:
        from openai.resources.containers.files.content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncFilesWithStreamingResponse(self)

    async def create(
        self,
        container_id: str,
        *,
        file_id: str | Omit = omit,
        file: FileTypes | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileCreateResponse:
        """
        Create a Container File

        You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.

        Creates a container file.

        Args:
          file_id: Name of the file to create.

          file: The File object (not file name) to be uploaded.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"file_id": file_id, "file": file}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return await self._post(
            f"/containers/{path_param('container_id', container_id)}/files",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=FileCreateResponse,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileRetrieveResponse:
        """
        Retrieve Container File

        Retrieves a container file.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/containers/{path_param('container_id', container_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileRetrieveResponse,
        )

    def list(
        self,
        container_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileListResponse, AsyncCursorPage[FileListResponse]]:
        """
        List Container files

        Lists container files.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

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
            f"/containers/{path_param('container_id', container_id)}/files",
            page=AsyncCursorPage[FileListResponse],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FileListResponse,
        )

    async def delete(
        self,
        file_id: str,
        *,
        container_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Delete Container File

        Delete a container file.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/containers/{path_param('container_id', container_id)}/files/{path_param('file_id', file_id)}",
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


class AsyncFilesWithRawResponse:
    """`AsyncFiles` with every method wrapped to return the raw response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_raw_response_wrapper(files.create)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.list = async_to_raw_response_wrapper(files.list)
        self.delete = async_to_raw_response_wrapper(files.delete)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from openai.resources.containers.files.content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._files.content)


class AsyncFilesWithStreamingResponse:
    """`AsyncFiles` with every method wrapped to return the streamed response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_streamed_response_wrapper(files.create)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.delete = async_to_streamed_response_wrapper(files.delete)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from openai.resources.containers.files.content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._files.content)
