# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.vector_stores.file_batches` resource: 4 method(s)."""

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.vector_stores import file_batch_create_params
from openai.lib.vector_stores_helpers import FileBatchesHelpers, AsyncFileBatchesHelpers
from openai.types.file_chunking_strategy_param import FileChunkingStrategyParam
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.vector_store_file_batch import VectorStoreFileBatch

__all__ = [
    "FileBatches",
    "AsyncFileBatches",
    "FileBatchesWithRawResponse",
    "AsyncFileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "AsyncFileBatchesWithStreamingResponse",
]


class FileBatches(FileBatchesHelpers):
    """Methods of `client.vector_stores.file_batches`."""

    @cached_property
    def with_raw_response(self) -> FileBatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return FileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FileBatchesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return FileBatchesWithStreamingResponse(self)

    def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Create a vector store file batch.

        The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate
        limited per vector store (300 requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
        endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.

          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
              like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will
              be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended
              for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
              `files`.

          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use
              this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy`
              will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint
              is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually
              exclusive with `file_ids`.

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
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches",
            body={
                "file_ids": file_ids,
                "files": files,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Retrieves a vector store file batch.

        Args:
          batch_id: The ID of the file batch being retrieved.

          vector_store_id: The ID of the vector store that the file batch belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as
        possible.

        Args:
          batch_id: The ID of the file batch to cancel.

          vector_store_id: The ID of the vector store that the file batch belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        Returns a list of vector store files in a batch.

        Args:
          batch_id: The ID of the file batch that the files belong to.

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
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}/files",
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


class FileBatchesWithRawResponse:
    """`FileBatches` with every method wrapped to return the raw response."""

    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.create = to_raw_response_wrapper(file_batches.create)
        self.retrieve = to_raw_response_wrapper(file_batches.retrieve)
        self.cancel = to_raw_response_wrapper(file_batches.cancel)
        self.list_files = to_raw_response_wrapper(file_batches.list_files)


class FileBatchesWithStreamingResponse:
    """`FileBatches` with every method wrapped to return the streamed response."""

    def __init__(self, file_batches: FileBatches) -> None:
        self._file_batches = file_batches
        self.create = to_streamed_response_wrapper(file_batches.create)
        self.retrieve = to_streamed_response_wrapper(file_batches.retrieve)
        self.cancel = to_streamed_response_wrapper(file_batches.cancel)
        self.list_files = to_streamed_response_wrapper(file_batches.list_files)


class AsyncFileBatches(AsyncFileBatchesHelpers):
    """Methods of `async_client.vector_stores.file_batches`."""

    @cached_property
    def with_raw_response(self) -> AsyncFileBatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFileBatchesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncFileBatchesWithStreamingResponse(self)

    async def create(
        self,
        vector_store_id: str,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[file_batch_create_params.File] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        attributes: Optional[Dict[str, Union[str, float, bool]]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Create a vector store file batch.

        The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate
        limited per vector store (300 requests per minute across both this endpoint and
        `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
        endpoint is recommended.

        Args:
          vector_store_id: The ID of the vector store for which to create a File Batch.

          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
              like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will
              be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended
              for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
              `files`.

          files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use
              this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy`
              will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint
              is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually
              exclusive with `file_ids`.

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
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches",
            body={
                "file_ids": file_ids,
                "files": files,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Retrieves a vector store file batch.

        Args:
          batch_id: The ID of the file batch being retrieved.

          vector_store_id: The ID of the vector store that the file batch belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """
        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as
        possible.

        Args:
          batch_id: The ID of the file batch to cancel.

          vector_store_id: The ID of the vector store that the file batch belongs to.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreFileBatch,
        )

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        Returns a list of vector store files in a batch.

        Args:
          batch_id: The ID of the file batch that the files belong to.

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
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/file_batches/{path_param('batch_id', batch_id)}/files",
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


class AsyncFileBatchesWithRawResponse:
    """`AsyncFileBatches` with every method wrapped to return the raw response."""

    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.create = async_to_raw_response_wrapper(file_batches.create)
        self.retrieve = async_to_raw_response_wrapper(file_batches.retrieve)
        self.cancel = async_to_raw_response_wrapper(file_batches.cancel)
        self.list_files = async_to_raw_response_wrapper(file_batches.list_files)


class AsyncFileBatchesWithStreamingResponse:
    """`AsyncFileBatches` with every method wrapped to return the streamed response."""

    def __init__(self, file_batches: AsyncFileBatches) -> None:
        self._file_batches = file_batches
        self.create = async_to_streamed_response_wrapper(file_batches.create)
        self.retrieve = async_to_streamed_response_wrapper(file_batches.retrieve)
        self.cancel = async_to_streamed_response_wrapper(file_batches.cancel)
        self.list_files = async_to_streamed_response_wrapper(file_batches.list_files)
