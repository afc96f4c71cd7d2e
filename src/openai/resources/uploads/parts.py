# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.uploads.parts` resource: 1 method(s)."""

from __future__ import annotations

from typing import Mapping, cast
from functools import cached_property

from openai._files import extract_files
from openai._types import Body, Query, Headers, Timeout, NotGiven, FileTypes, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.uploads.upload_part import UploadPart

__all__ = [
    "Parts",
    "AsyncParts",
    "PartsWithRawResponse",
    "AsyncPartsWithRawResponse",
    "PartsWithStreamingResponse",
    "AsyncPartsWithStreamingResponse",
]


class Parts(SyncAPIResource):
    """Methods of `client.uploads.parts`."""

    @cached_property
    def with_raw_response(self) -> PartsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return PartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PartsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return PartsWithStreamingResponse(self)

    def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UploadPart:
        """
        Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object)
        object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you
        [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
          upload_id: The ID of the Upload.

          data: The chunk of bytes for this Part.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"data": data}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["data"]])
        return self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/parts",
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
            cast_to=UploadPart,
        )


class PartsWithRawResponse:
    """`Parts` with every method wrapped to return the raw response."""

    def __init__(self, parts: Parts) -> None:
        self._parts = parts
        self.create = to_raw_response_wrapper(parts.create)


class PartsWithStreamingResponse:
    """`Parts` with every method wrapped to return the streamed response."""

    def __init__(self, parts: Parts) -> None:
        self._parts = parts
        self.create = to_streamed_response_wrapper(parts.create)


class AsyncParts(AsyncAPIResource):
    """Methods of `async_client.uploads.parts`."""

    @cached_property
    def with_raw_response(self) -> AsyncPartsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPartsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncPartsWithStreamingResponse(self)

    async def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> UploadPart:
        """
        Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object)
        object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you
        [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
          upload_id: The ID of the Upload.

          data: The chunk of bytes for this Part.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"data": data}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["data"]])
        return await self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/parts",
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
            cast_to=UploadPart,
        )


class AsyncPartsWithRawResponse:
    """`AsyncParts` with every method wrapped to return the raw response."""

    def __init__(self, parts: AsyncParts) -> None:
        self._parts = parts
        self.create = async_to_raw_response_wrapper(parts.create)


class AsyncPartsWithStreamingResponse:
    """`AsyncParts` with every method wrapped to return the streamed response."""

    def __init__(self, parts: AsyncParts) -> None:
        self._parts = parts
        self.create = async_to_streamed_response_wrapper(parts.create)
