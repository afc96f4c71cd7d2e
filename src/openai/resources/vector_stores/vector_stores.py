# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.vector_stores` resource: 6 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Optional
from functools import cached_property

from typing_extensions import Literal

from openai.types import vector_store_create_params, vector_store_search_params, vector_store_update_params
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import SyncPage, AsyncPage, AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.vector_store import VectorStore
from openai.types.vector_store_deleted import VectorStoreDeleted
from openai.types.shared_params.metadata import Metadata
from openai.types.vector_store_search_response import VectorStoreSearchResponse
from openai.types.shared_params.compound_filter import CompoundFilter
from openai.types.shared_params.comparison_filter import ComparisonFilter
from openai.types.auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from openai.types.static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam

if TYPE_CHECKING:
    from openai.resources.vector_stores.files import (
        Files,
        AsyncFiles,
        FilesWithRawResponse,
        AsyncFilesWithRawResponse,
        FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse,
    )
    from openai.resources.vector_stores.file_batches import (
        FileBatches,
        AsyncFileBatches,
        FileBatchesWithRawResponse,
        AsyncFileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse,
        AsyncFileBatchesWithStreamingResponse,
    )

__all__ = [
    "VectorStores",
    "AsyncVectorStores",
    "VectorStoresWithRawResponse",
    "AsyncVectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStoresWithStreamingResponse",
]


class VectorStores(SyncAPIResource):
    """Methods of `client.vector_stores`."""

    @cached_property
    def files(self) -> Files:
        from openai.resources.vector_stores.files import Files

        return Files(self._client)

    @cached_property
    def file_batches(self) -> FileBatches:
        from openai.resources.vector_stores.file_batches import FileBatches

        return FileBatches(self._client)

    @cached_property
    def with_raw_response(self) -> VectorStoresWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return VectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return VectorStoresWithStreamingResponse(self)

    def create(
        self,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        name: str | Omit = omit,
        description: str | Omit = omit,
        expires_after: vector_store_create_params.ExpiresAfter | Omit = omit,
        chunking_strategy: Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Create a vector store.

        Args:
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
              like `file_search` that can access files.

          name: The name of the vector store.

          description: A description for the vector store. Can be used to describe the vector store's purpose.

          expires_after: The expiration policy for a vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
              Only applicable if `file_ids` is non-empty.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/vector_stores",
            body={
                "file_ids": file_ids,
                "name": name,
                "description": description,
                "expires_after": expires_after,
                "chunking_strategy": chunking_strategy,
                "metadata": metadata,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Retrieves a vector store.

        Args:
          vector_store_id: The ID of the vector store to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    def update(
        self,
        vector_store_id: str,
        *,
        name: Optional[str] | Omit = omit,
        expires_after: Optional[vector_store_update_params.ExpiresAfter] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Modifies a vector store.

        Args:
          vector_store_id: The ID of the vector store to modify.

          name: The name of the vector store.

          expires_after: The expiration policy for a vector store.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            body={"name": name, "expires_after": expires_after, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[VectorStore]:
        """
        Returns a list of vector stores.

        Args:
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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/vector_stores",
            page=SyncCursorPage[VectorStore],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStore,
        )

    def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreDeleted:
        """
        Delete a vector store.

        Args:
          vector_store_id: The ID of the vector store to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreDeleted,
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: Union[str, SequenceNotStr[str]],
        rewrite_query: bool | Omit = omit,
        max_num_results: int | Omit = omit,
        filters: Union[ComparisonFilter, CompoundFilter] | Omit = omit,
        ranking_options: vector_store_search_params.RankingOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[VectorStoreSearchResponse]:
        """
        Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
          vector_store_id: The ID of the vector store to search.

          query: A query string for a search

          rewrite_query: Whether to rewrite the natural language query for vector search.

          max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.

          filters: A filter to apply based on file attributes.

          ranking_options: Ranking options for search.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/search",
            body={
                "query": query,
                "rewrite_query": rewrite_query,
                "max_num_results": max_num_results,
                "filters": filters,
                "ranking_options": ranking_options,
            },
            page=SyncPage[VectorStoreSearchResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStoreSearchResponse,
            method="post",
        )


class VectorStoresWithRawResponse:
    """`VectorStores` with every method wrapped to return the raw response."""

    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = to_raw_response_wrapper(vector_stores.create)
        self.retrieve = to_raw_response_wrapper(vector_stores.retrieve)
        self.update = to_raw_response_wrapper(vector_stores.update)
        self.list = to_raw_response_wrapper(vector_stores.list)
        self.delete = to_raw_response_wrapper(vector_stores.delete)
        self.search = to_raw_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from openai.resources.vector_stores.files import FilesWithRawResponse

        return FilesWithRawResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> FileBatchesWithRawResponse:
        from openai.resources.vector_stores.file_batches import FileBatchesWithRawResponse

        return FileBatchesWithRawResponse(self._vector_stores.file_batches)


class VectorStoresWithStreamingResponse:
    """`VectorStores` with every method wrapped to return the streamed response."""

    def __init__(self, vector_stores: VectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = to_streamed_response_wrapper(vector_stores.create)
        self.retrieve = to_streamed_response_wrapper(vector_stores.retrieve)
        self.update = to_streamed_response_wrapper(vector_stores.update)
        self.list = to_streamed_response_wrapper(vector_stores.list)
        self.delete = to_streamed_response_wrapper(vector_stores.delete)
        self.search = to_streamed_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from openai.resources.vector_stores.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> FileBatchesWithStreamingResponse:
        from openai.resources.vector_stores.file_batches import FileBatchesWithStreamingResponse

        return FileBatchesWithStreamingResponse(self._vector_stores.file_batches)


class AsyncVectorStores(AsyncAPIResource):
    """Methods of `async_client.vector_stores`."""

    @cached_property
    def files(self) -> AsyncFiles:
        from openai.resources.vector_stores.files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def file_batches(self) -> AsyncFileBatches:
        from openai.resources.vector_stores.file_batches import AsyncFileBatches

        return AsyncFileBatches(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncVectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncVectorStoresWithStreamingResponse(self)

    async def create(
        self,
        *,
        file_ids: SequenceNotStr[str] | Omit = omit,
        name: str | Omit = omit,
        description: str | Omit = omit,
        expires_after: vector_store_create_params.ExpiresAfter | Omit = omit,
        chunking_strategy: Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Create a vector store.

        Args:
          file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
              like `file_search` that can access files.

          name: The name of the vector store.

          description: A description for the vector store. Can be used to describe the vector store's purpose.

          expires_after: The expiration policy for a vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
              Only applicable if `file_ids` is non-empty.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/vector_stores",
            body={
                "file_ids": file_ids,
                "name": name,
                "description": description,
                "expires_after": expires_after,
                "chunking_strategy": chunking_strategy,
                "metadata": metadata,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    async def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Retrieves a vector store.

        Args:
          vector_store_id: The ID of the vector store to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    async def update(
        self,
        vector_store_id: str,
        *,
        name: Optional[str] | Omit = omit,
        expires_after: Optional[vector_store_update_params.ExpiresAfter] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStore:
        """
        Modifies a vector store.

        Args:
          vector_store_id: The ID of the vector store to modify.

          name: The name of the vector store.

          expires_after: The expiration policy for a vector store.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            body={"name": name, "expires_after": expires_after, "metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStore,
        )

    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]:
        """
        Returns a list of vector stores.

        Args:
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

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/vector_stores",
            page=AsyncCursorPage[VectorStore],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStore,
        )

    async def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VectorStoreDeleted:
        """
        Delete a vector store.

        Args:
          vector_store_id: The ID of the vector store to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            cast_to=VectorStoreDeleted,
        )

    def search(
        self,
        vector_store_id: str,
        *,
        query: Union[str, SequenceNotStr[str]],
        rewrite_query: bool | Omit = omit,
        max_num_results: int | Omit = omit,
        filters: Union[ComparisonFilter, CompoundFilter] | Omit = omit,
        ranking_options: vector_store_search_params.RankingOptions | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[VectorStoreSearchResponse, AsyncPage[VectorStoreSearchResponse]]:
        """
        Search a vector store for relevant chunks based on a query and file attributes filter.

        Args:
          vector_store_id: The ID of the vector store to search.

          query: A query string for a search

          rewrite_query: Whether to rewrite the natural language query for vector search.

          max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.

          filters: A filter to apply based on file attributes.

          ranking_options: Ranking options for search.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/vector_stores/{path_param('vector_store_id', vector_store_id)}/search",
            body={
                "query": query,
                "rewrite_query": rewrite_query,
                "max_num_results": max_num_results,
                "filters": filters,
                "ranking_options": ranking_options,
            },
            page=AsyncPage[VectorStoreSearchResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "assistants=v2"},
            ),
            model=VectorStoreSearchResponse,
            method="post",
        )


class AsyncVectorStoresWithRawResponse:
    """`AsyncVectorStores` with every method wrapped to return the raw response."""

    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = async_to_raw_response_wrapper(vector_stores.create)
        self.retrieve = async_to_raw_response_wrapper(vector_stores.retrieve)
        self.update = async_to_raw_response_wrapper(vector_stores.update)
        self.list = async_to_raw_response_wrapper(vector_stores.list)
        self.delete = async_to_raw_response_wrapper(vector_stores.delete)
        self.search = async_to_raw_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from openai.resources.vector_stores.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithRawResponse:
        from openai.resources.vector_stores.file_batches import AsyncFileBatchesWithRawResponse

        return AsyncFileBatchesWithRawResponse(self._vector_stores.file_batches)


class AsyncVectorStoresWithStreamingResponse:
    """`AsyncVectorStores` with every method wrapped to return the streamed response."""

    def __init__(self, vector_stores: AsyncVectorStores) -> None:
        self._vector_stores = vector_stores
        self.create = async_to_streamed_response_wrapper(vector_stores.create)
        self.retrieve = async_to_streamed_response_wrapper(vector_stores.retrieve)
        self.update = async_to_streamed_response_wrapper(vector_stores.update)
        self.list = async_to_streamed_response_wrapper(vector_stores.list)
        self.delete = async_to_streamed_response_wrapper(vector_stores.delete)
        self.search = async_to_streamed_response_wrapper(vector_stores.search)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from openai.resources.vector_stores.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._vector_stores.files)

    @cached_property
    def file_batches(self) -> AsyncFileBatchesWithStreamingResponse:
        from openai.resources.vector_stores.file_batches import AsyncFileBatchesWithStreamingResponse

        return AsyncFileBatchesWithStreamingResponse(self._vector_stores.file_batches)
