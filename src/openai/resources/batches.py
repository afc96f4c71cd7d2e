# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.batches` resource: 4 method(s)."""

from __future__ import annotations

from typing import Optional
from functools import cached_property

from typing_extensions import Literal

from openai.types import batch_create_params
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai.types.batch import Batch
from openai._base_client import make_request_options
from openai.types.shared_params.metadata import Metadata

__all__ = [
    "Batches",
    "AsyncBatches",
    "BatchesWithRawResponse",
    "AsyncBatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "AsyncBatchesWithStreamingResponse",
]


class Batches(SyncAPIResource):
    """Methods of `client.batches`."""

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: Optional[Metadata] | Omit = omit,
        output_expires_after: batch_create_params.OutputExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Creates and executes a batch from an uploaded file of requests

        Args:
          input_file_id: The ID of an uploaded file that contains requests for the new batch.

              See [upload file](/docs/api-reference/files/create) for how to upload a file.

              Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be
              uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in
              size.

          endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`,
              `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`,
              `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted
              to a maximum of 50,000 embedding inputs across all requests in the batch.

          completion_window: The time frame within which the batch should be processed. Currently only `24h` is
              supported.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/batches",
            body={
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
                "metadata": metadata,
                "output_expires_after": output_expires_after,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Retrieves a batch.

        Args:
          batch_id: The ID of the batch to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/batches/{path_param('batch_id', batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[Batch]:
        """
        List your organization's batches.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/batches",
            page=SyncCursorPage[Batch],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Batch,
        )

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to
        `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
          batch_id: The ID of the batch to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/batches/{path_param('batch_id', batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )


class BatchesWithRawResponse:
    """`Batches` with every method wrapped to return the raw response."""

    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_raw_response_wrapper(batches.create)
        self.retrieve = to_raw_response_wrapper(batches.retrieve)
        self.list = to_raw_response_wrapper(batches.list)
        self.cancel = to_raw_response_wrapper(batches.cancel)


class BatchesWithStreamingResponse:
    """`Batches` with every method wrapped to return the streamed response."""

    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_streamed_response_wrapper(batches.create)
        self.retrieve = to_streamed_response_wrapper(batches.retrieve)
        self.list = to_streamed_response_wrapper(batches.list)
        self.cancel = to_streamed_response_wrapper(batches.cancel)


class AsyncBatches(AsyncAPIResource):
    """Methods of `async_client.batches`."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: Optional[Metadata] | Omit = omit,
        output_expires_after: batch_create_params.OutputExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Creates and executes a batch from an uploaded file of requests

        Args:
          input_file_id: The ID of an uploaded file that contains requests for the new batch.

              See [upload file](/docs/api-reference/files/create) for how to upload a file.

              Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be
              uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in
              size.

          endpoint: The endpoint to be used for all requests in the batch. Currently `/v1/responses`,
              `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`,
              `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted
              to a maximum of 50,000 embedding inputs across all requests in the batch.

          completion_window: The time frame within which the batch should be processed. Currently only `24h` is
              supported.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          output_expires_after: The expiration policy for the output and/or error file that are generated for a batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/batches",
            body={
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
                "metadata": metadata,
                "output_expires_after": output_expires_after,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Retrieves a batch.

        Args:
          batch_id: The ID of the batch to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/batches/{path_param('batch_id', batch_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Batch, AsyncCursorPage[Batch]]:
        """
        List your organization's batches.

        Args:
          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/batches",
            page=AsyncCursorPage[Batch],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Batch,
        )

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Batch:
        """
        Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to
        `cancelled`, where it will have partial results (if any) available in the output file.

        Args:
          batch_id: The ID of the batch to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/batches/{path_param('batch_id', batch_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Batch,
        )


class AsyncBatchesWithRawResponse:
    """`AsyncBatches` with every method wrapped to return the raw response."""

    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_raw_response_wrapper(batches.create)
        self.retrieve = async_to_raw_response_wrapper(batches.retrieve)
        self.list = async_to_raw_response_wrapper(batches.list)
        self.cancel = async_to_raw_response_wrapper(batches.cancel)


class AsyncBatchesWithStreamingResponse:
    """`AsyncBatches` with every method wrapped to return the streamed response."""

    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_streamed_response_wrapper(batches.create)
        self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
        self.list = async_to_streamed_response_wrapper(batches.list)
        self.cancel = async_to_streamed_response_wrapper(batches.cancel)
