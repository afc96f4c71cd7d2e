# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.uploads` resource: 3 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from typing_extensions import Literal

from openai.types import upload_create_params
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.upload import Upload
from openai.lib.uploads_helpers import UploadsHelpers, AsyncUploadsHelpers

if TYPE_CHECKING:
    from openai.resources.uploads.parts import (
        Parts,
        AsyncParts,
        PartsWithRawResponse,
        AsyncPartsWithRawResponse,
        PartsWithStreamingResponse,
        AsyncPartsWithStreamingResponse,
    )

__all__ = [
    "Uploads",
    "AsyncUploads",
    "UploadsWithRawResponse",
    "AsyncUploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "AsyncUploadsWithStreamingResponse",
]


class Uploads(UploadsHelpers):
    """Methods of `client.uploads`."""

    @cached_property
    def parts(self) -> Parts:
        from openai.resources.uploads.parts import Parts

        return Parts(self._client)

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return UploadsWithStreamingResponse(self)

    def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: upload_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Creates an intermediate [Upload](/docs/api-reference/uploads/object) object that you can add
        [Parts](/docs/api-reference/uploads/part-object) to. Currently, an Upload can accept at most 8 GB in total and
        expires after an hour after you create it.

        Once you complete the Upload, we will create a [File](/docs/api-reference/files/object) object that contains all
        the parts you uploaded. This File is usable in the rest of our platform as a regular File object.

        For certain `purpose` values, the correct `mime_type` must be specified. Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.

          purpose: The intended purpose of the uploaded file.

              See the [documentation on File purposes](/docs/api-reference/files/create#files-create-purpose).

          bytes: The number of bytes in the file you are uploading.

          mime_type: The MIME type of the file.

              This must fall within the supported MIME types for your file purpose. See the supported MIME types for
              assistants and vision.

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
              and all other files are persisted until they are manually deleted.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/uploads",
            body={
                "filename": filename,
                "purpose": purpose,
                "bytes": bytes,
                "mime_type": mime_type,
                "expires_after": expires_after,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )

    def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is
        ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating
        the Upload object. No Parts may be added after an Upload is completed. Returns the Upload object with status
        `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs.

          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/complete",
            body={"part_ids": part_ids, "md5": md5},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )


class UploadsWithRawResponse:
    """`Uploads` with every method wrapped to return the raw response."""

    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads
        self.create = to_raw_response_wrapper(uploads.create)
        self.cancel = to_raw_response_wrapper(uploads.cancel)
        self.complete = to_raw_response_wrapper(uploads.complete)

    @cached_property
    def parts(self) -> PartsWithRawResponse:
        from openai.resources.uploads.parts import PartsWithRawResponse

        return PartsWithRawResponse(self._uploads.parts)


class UploadsWithStreamingResponse:
    """`Uploads` with every method wrapped to return the streamed response."""

    def __init__(self, uploads: Uploads) -> None:
        self._uploads = uploads
        self.create = to_streamed_response_wrapper(uploads.create)
        self.cancel = to_streamed_response_wrapper(uploads.cancel)
        self.complete = to_streamed_response_wrapper(uploads.complete)

    @cached_property
    def parts(self) -> PartsWithStreamingResponse:
        from openai.resources.uploads.parts import PartsWithStreamingResponse

        return PartsWithStreamingResponse(self._uploads.parts)


class AsyncUploads(AsyncUploadsHelpers):
    """Methods of `async_client.uploads`."""

    @cached_property
    def parts(self) -> AsyncParts:
        from openai.resources.uploads.parts import AsyncParts

        return AsyncParts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncUploadsWithStreamingResponse(self)

    async def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: upload_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Creates an intermediate [Upload](/docs/api-reference/uploads/object) object that you can add
        [Parts](/docs/api-reference/uploads/part-object) to. Currently, an Upload can accept at most 8 GB in total and
        expires after an hour after you create it.

        Once you complete the Upload, we will create a [File](/docs/api-reference/files/object) object that contains all
        the parts you uploaded. This File is usable in the rest of our platform as a regular File object.

        For certain `purpose` values, the correct `mime_type` must be specified. Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.

          purpose: The intended purpose of the uploaded file.

              See the [documentation on File purposes](/docs/api-reference/files/create#files-create-purpose).

          bytes: The number of bytes in the file you are uploading.

          mime_type: The MIME type of the file.

              This must fall within the supported MIME types for your file purpose. See the supported MIME types for
              assistants and vision.

          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days
              and all other files are persisted until they are manually deleted.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/uploads",
            body={
                "filename": filename,
                "purpose": purpose,
                "bytes": bytes,
                "mime_type": mime_type,
                "expires_after": expires_after,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )

    async def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md5: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Upload:
        """
        Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is
        ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating
        the Upload object. No Parts may be added after an Upload is completed. Returns the Upload object with status
        `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs.

          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/uploads/{path_param('upload_id', upload_id)}/complete",
            body={"part_ids": part_ids, "md5": md5},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Upload,
        )


class AsyncUploadsWithRawResponse:
    """`AsyncUploads` with every method wrapped to return the raw response."""

    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads
        self.create = async_to_raw_response_wrapper(uploads.create)
        self.cancel = async_to_raw_response_wrapper(uploads.cancel)
        self.complete = async_to_raw_response_wrapper(uploads.complete)

    @cached_property
    def parts(self) -> AsyncPartsWithRawResponse:
        from openai.resources.uploads.parts import AsyncPartsWithRawResponse

        return AsyncPartsWithRawResponse(self._uploads.parts)


class AsyncUploadsWithStreamingResponse:
    """`AsyncUploads` with every method wrapped to return the streamed response."""

    def __init__(self, uploads: AsyncUploads) -> None:
        self._uploads = uploads
        self.create = async_to_streamed_response_wrapper(uploads.create)
        self.cancel = async_to_streamed_response_wrapper(uploads.cancel)
        self.complete = async_to_streamed_response_wrapper(uploads.complete)

    @cached_property
    def parts(self) -> AsyncPartsWithStreamingResponse:
        from openai.resources.uploads.parts import AsyncPartsWithStreamingResponse

        return AsyncPartsWithStreamingResponse(self._uploads.parts)
