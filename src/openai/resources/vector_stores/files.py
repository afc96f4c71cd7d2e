# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.vector_stores.files` resource: 6 method(s)."""

from __future__ import annotations

from typing import Dict, Union, Optional
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import SyncPage, AsyncPage, AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.lib.vector_stores_helpers import VectorStoreFilesHelpers, AsyncVectorStoreFilesHelpers
from openai.types.file_chunking_strategy_param import FileChunkingStrategyParam
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.file_content_response import FileContentResponse
from openai.types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "AsyncFilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithStreamingResponse",
]


class Files(VectorStoreFilesHelpers):
    """Methods of `client.vector_stores.files`."""

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
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector
        store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
        file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.

          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
              `file_search` that can access files. For multi-file ingestion, we recommend
              [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
              write requests.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.

          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
              length of 512 characters, booleans, or numbers.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files",
            body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Retrieves a vector store file.

        Args:
          file_id: The ID of the file being retrieved.

          vector_store_id: The ID of the vector store that the file belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Update attributes on a vector store file.

        Args:
          file_id: The ID of the file to update attributes.

          vector_store_id: The ID of the vector store the file belongs to.

          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
              length of 512 characters, booleans, or numbers.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            body={"attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[VectorStoreFile]:
        """
        Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files",
            page=SyncCursorPage[VectorStoreFile],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStoreFile,
        )

    def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """
        Delete a vector store file. This will remove the file from the vector store but the file itself will not be
        deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          file_id: The ID of the file to delete.

          vector_store_id: The ID of the vector store that the file belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileDeleted,
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[FileContentResponse]:
        """
        Retrieve the parsed contents of a vector store file.

        Args:
          file_id: The ID of the file within the vector store.

          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}/content",
            page=SyncPage[FileContentResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=FileContentResponse,
        )


class FilesWithRawResponse:
    """`Files` with every method wrapped to return the raw response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_raw_response_wrapper(files.create)
        self.retrieve = to_raw_response_wrapper(files.retrieve)
        self.update = to_raw_response_wrapper(files.update)
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)
        self.content = to_raw_response_wrapper(files.content)


class FilesWithStreamingResponse:
    """`Files` with every method wrapped to return the streamed response."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.create = to_streamed_response_wrapper(files.create)
        self.retrieve = to_streamed_response_wrapper(files.retrieve)
        self.update = to_streamed_response_wrapper(files.update)
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.content = to_streamed_response_wrapper(files.content)


class AsyncFiles(AsyncVectorStoreFilesHelpers):
    """Methods of `async_client.vector_stores.files`."""

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
        vector_store_id: str,
        *,
        file_id: str,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector
        store](/docs/api-reference/vector-stores/object).

        This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
        `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
        file batches endpoint to reduce request volume.

        Args:
          vector_store_id: The ID of the vector store for which to create a File.

          file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
              `file_search` that can access files. For multi-file ingestion, we recommend
              [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
              write requests.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.

          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
              length of 512 characters, booleans, or numbers.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files",
            body={"file_id": file_id, "chunking_strategy": chunking_strategy, "attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Retrieves a vector store file.

        Args:
          file_id: The ID of the file being retrieved.

          vector_store_id: The ID of the vector store that the file belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    async def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[Dict[str, Union[str, float, bool]]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """
        Update attributes on a vector store file.

        Args:
          file_id: The ID of the file to update attributes.

          vector_store_id: The ID of the vector store the file belongs to.

          attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum
              length of 512 characters, booleans, or numbers.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            body={"attributes": attributes},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFile,
        )

    def list(
        self,
        vector_store_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        filter: Literal["in_progress", "completed", "failed", "cancelled"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """
        Returns a list of vector store files.

        Args:
          vector_store_id: The ID of the vector store that the files belong to.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call
              can include before=obj_foo in order to fetch the previous page of the list.

          filter: Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files",
            page=AsyncCursorPage[VectorStoreFile],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before, "filter": filter},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStoreFile,
        )

    async def delete(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileDeleted:
        """
        Delete a vector store file. This will remove the file from the vector store but the file itself will not be
        deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.

        Args:
          file_id: The ID of the file to delete.

          vector_store_id: The ID of the vector store that the file belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileDeleted,
        )

    def content(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]:
        """
        Retrieve the parsed contents of a vector store file.

        Args:
          file_id: The ID of the file within the vector store.

          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/files/{path_param('file_id', file_id)}/content",
            page=AsyncPage[FileContentResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=FileContentResponse,
        )


class AsyncFilesWithRawResponse:
    """`AsyncFiles` with every method wrapped to return the raw response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_raw_response_wrapper(files.create)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.update = async_to_raw_response_wrapper(files.update)
        self.list = async_to_raw_response_wrapper(files.list)
        self.delete = async_to_raw_response_wrapper(files.delete)
        self.content = async_to_raw_response_wrapper(files.content)


class AsyncFilesWithStreamingResponse:
    """`AsyncFiles` with every method wrapped to return the streamed response."""

    def __init__(self, files: AsyncFiles) -> None:
        self._files = files
        self.create = async_to_streamed_response_wrapper(files.create)
        self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
        self.update = async_to_streamed_response_wrapper(files.update)
        self.list = async_to_streamed_response_wrapper(files.list)
        self.delete = async_to_streamed_response_wrapper(files.delete)
        self.content = async_to_streamed_response_wrapper(files.content)
