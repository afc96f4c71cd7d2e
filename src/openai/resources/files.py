# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.files` resource: 6 method(s)."""

from __future__ import annotations

from typing import Mapping, cast
from functools import cached_property

import typing_extensions
from typing_extensions import Literal

from openai.types import file_create_params
from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from openai._utils import path_param
from openai._response import (
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai._legacy_response import HttpxBinaryResponseContent
from openai.lib.files_helpers import FilesHelpers, AsyncFilesHelpers
from openai.types.file_object import FileObject
from openai.types.file_deleted import FileDeleted

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
]


class Files(FilesHelpers):
    """Methods of `client.files`."""

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
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: file_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
        can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
        are rate-limited to 1,000 requests per minute per authenticated user.

        - The Assistants API supports files up to 2 million tokens and of specific
        file types. See the [Assistants Tools guide](/docs/assistants/tools) for details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
        certain required formats for fine-tuning [chat](/docs/api-reference/fine-tuning/chat-input) or
        [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
        also has a specific required [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
        you need to attach multiple uploaded files to the same vector store, use
        [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
        instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
        2,000 attached files per minute per organization.

        Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

        Args:
          file: The File object (not file name) to be uploaded.

          purpose: The intended purpose of the uploaded file. One of:
              - `assistants`: Used in the Assistants API
              - `batch`: Used in the Batch API
              - `fine-tune`: Used for fine-tuning
              - `vision`: Images used for vision fine-tuning
              - `user_data`: Flexible file type for any purpose
              - `evals`: Used for eval data sets

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
              and all other files are persisted until they are manually deleted.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"file": file, "purpose": purpose, "expires_after": expires_after}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return self._post(
            "/files",
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
            cast_to=FileObject,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileObject,
        )

    def list(
        self,
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[FileObject]:
        """
        Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default
              is 10,000.

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
            "/files",
            page=SyncCursorPage[FileObject],
            options=make_request_options(
                query={"purpose": purpose, "limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FileObject,
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileDeleted:
        """
        Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileDeleted,
        )

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    @typing_extensions.deprecated("The `.content()` method should be used instead")
    def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> str:
        """
        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=str,
        )


class FilesWithRawResponse:
    """`Files` with every method wrapped to return the raw response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_raw_response_wrapper(files.create)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)
        self.content = to_raw_response_wrapper(files.content)
        self.retrieve_content = to_raw_response_wrapper(files.retrieve_content)


class FilesWithStreamingResponse:
    """`Files` with every method wrapped to return the streamed response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_streamed_response_wrapper(files.create)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.content = to_custom_streamed_response_wrapper(files.content, StreamedBinaryAPIResponse)
        self.retrieve_content = to_streamed_response_wrapper(files.retrieve_content)


class AsyncFiles(AsyncFilesHelpers):
    """Methods of `async_client.files`."""

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
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: file_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and each project
        can store up to 2.5 TB of files in total. There is no organization-wide storage limit. Uploads to this endpoint
        are rate-limited to 1,000 requests per minute per authenticated user.

        - The Assistants API supports files up to 2 million tokens and of specific
        file types. See the [Assistants Tools guide](/docs/assistants/tools) for details.
        - The Fine-tuning API only supports `.jsonl` files. The input also has
        certain required formats for fine-tuning [chat](/docs/api-reference/fine-tuning/chat-input) or
        [completions](/docs/api-reference/fine-tuning/completions-input) models.
        - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
        also has a specific required [format](/docs/api-reference/batch/request-input).
        - For Retrieval or `file_search` ingestion, upload files here first. If
        you need to attach multiple uploaded files to the same vector store, use
        [`/vector_stores/{vector_store_id}/file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch)
        instead of attaching them one by one. Vector store attachment has separate limits from file upload, including
        2,000 attached files per minute per organization.

        Please [contact us](https://help.openai.com/) if you need to increase these storage limits.

        Args:
          file: The File object (not file name) to be uploaded.

          purpose: The intended purpose of the uploaded file. One of:
              - `assistants`: Used in the Assistants API
              - `batch`: Used in the Batch API
              - `fine-tune`: Used for fine-tuning
              - `vision`: Images used for vision fine-tuning
              - `user_data`: Flexible file type for any purpose
              - `evals`: Used for eval data sets

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
              and all other files are persisted until they are manually deleted.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"file": file, "purpose": purpose, "expires_after": expires_after}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return await self._post(
            "/files",
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
            cast_to=FileObject,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileObject:
        """
        Returns information about a specific file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileObject,
        )

    def list(
        self,
        *,
        purpose: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """
        Returns a list of files.

        Args:
          purpose: Only return files with the given purpose.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default
              is 10,000.

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
            "/files",
            page=AsyncCursorPage[FileObject],
            options=make_request_options(
                query={"purpose": purpose, "limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=FileObject,
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> FileDeleted:
        """
        Delete a file and remove it from all vector stores.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=FileDeleted,
        )

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    @typing_extensions.deprecated("The `.content()` method should be used instead")
    async def retrieve_content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> str:
        """
        Returns a response containing the contents of the specified file.

        Args:
          file_id: The ID of the file to use for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/files/{path_param('file_id', file_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=str,
        )


class AsyncFilesWithRawResponse:
    """`AsyncFiles` with every method wrapped to return the raw response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_raw_response_wrapper(files.create)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.list = async_to_raw_response_wrapper(files.list)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.content = async_to_raw_response_wrapper(files.content)
        self.retrieve_content = async_to_raw_response_wrapper(files.retrieve_content)


class AsyncFilesWithStreamingResponse:
    """`AsyncFiles` with every method wrapped to return the streamed response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_streamed_response_wrapper(files.create)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.content = async_to_custom_streamed_response_wrapper(files.content, AsyncStreamedBinaryAPIResponse)
        self.retrieve_content = async_to_streamed_response_wrapper(files.retrieve_content)
