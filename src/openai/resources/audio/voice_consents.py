# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio.voice_consents` resource: 5 method(s)."""

from __future__ import annotations

from typing import Mapping, cast
from functools import cached_property

from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
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
from openai.types.voice_consent_resource import VoiceConsentResource
from openai.types.voice_consent_deleted_resource import VoiceConsentDeletedResource

__all__ = [
    "VoiceConsents",
    "AsyncVoiceConsents",
    "VoiceConsentsWithRawResponse",
    "AsyncVoiceConsentsWithRawResponse",
    "VoiceConsentsWithStreamingResponse",
    "AsyncVoiceConsentsWithStreamingResponse",
]


class VoiceConsents(SyncAPIResource):
    """Methods of `client.audio.voice_consents`."""

    @cached_property
    def with_raw_response(self) -> VoiceConsentsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return VoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VoiceConsentsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return VoiceConsentsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices.
        Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.

          recording: The consent audio recording file. Maximum size is 10 MiB.

              Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
              `audio/webm`, `audio/mp4`.

          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"name": name, "recording": recording, "language": language}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["recording"]])
        return self._post(
            "/audio/voice_consents",
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
            cast_to=VoiceConsentResource,
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
    ) -> SyncCursorPage[VoiceConsentResource]:
        """
        Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

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
            "/audio/voice_consents",
            page=SyncCursorPage[VoiceConsentResource],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=VoiceConsentResource,
        )

    def retrieve(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentResource,
        )

    def update(
        self,
        consent_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does
        not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to update.

          name: The updated label for this consent recording.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentResource,
        )

    def delete(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentDeletedResource:
        """
        Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentDeletedResource,
        )


class VoiceConsentsWithRawResponse:
    """`VoiceConsents` with every method wrapped to return the raw response."""

    def __init__(self, voice_consents: VoiceConsents) -> None:
        self._voice_consents = voice_consents
        self.create = to_raw_response_wrapper(voice_consents.create)
        self.list = to_raw_response_wrapper(voice_consents.list)
        self.retrieve = to_raw_response_wrapper(voice_consents.retrieve)
        self.update = to_raw_response_wrapper(voice_consents.update)
        self.delete = to_raw_response_wrapper(voice_consents.delete)


class VoiceConsentsWithStreamingResponse:
    """`VoiceConsents` with every method wrapped to return the streamed response."""

    def __init__(self, voice_consents: VoiceConsents) -> None:
        self._voice_consents = voice_consents
        self.create = to_streamed_response_wrapper(voice_consents.create)
        self.list = to_streamed_response_wrapper(voice_consents.list)
        self.retrieve = to_streamed_response_wrapper(voice_consents.retrieve)
        self.update = to_streamed_response_wrapper(voice_consents.update)
        self.delete = to_streamed_response_wrapper(voice_consents.delete)


class AsyncVoiceConsents(AsyncAPIResource):
    """Methods of `async_client.audio.voice_consents`."""

    @cached_property
    def with_raw_response(self) -> AsyncVoiceConsentsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncVoiceConsentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVoiceConsentsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncVoiceConsentsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        recording: FileTypes,
        language: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices.
        Custom voices are limited to eligible customers.

        Args:
          name: The label to use for this consent recording.

          recording: The consent audio recording file. Maximum size is 10 MiB.

              Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
              `audio/webm`, `audio/mp4`.

          language: The BCP 47 language tag for the consent phrase (for example, `en-US`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"name": name, "recording": recording, "language": language}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["recording"]])
        return await self._post(
            "/audio/voice_consents",
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
            cast_to=VoiceConsentResource,
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
    ) -> AsyncPaginator[VoiceConsentResource, AsyncCursorPage[VoiceConsentResource]]:
        """
        Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

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
            "/audio/voice_consents",
            page=AsyncCursorPage[VoiceConsentResource],
            options=make_request_options(
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=VoiceConsentResource,
        )

    async def retrieve(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentResource,
        )

    async def update(
        self,
        consent_id: str,
        *,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentResource:
        """
        Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does
        not replace the underlying audio.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to update.

          name: The updated label for this consent recording.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentResource,
        )

    async def delete(
        self,
        consent_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceConsentDeletedResource:
        """
        Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible
        customers.

        Args:
          consent_id: The ID of the consent recording to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/audio/voice_consents/{path_param('consent_id', consent_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VoiceConsentDeletedResource,
        )


class AsyncVoiceConsentsWithRawResponse:
    """`AsyncVoiceConsents` with every method wrapped to return the raw response."""

    def __init__(self, voice_consents: AsyncVoiceConsents) -> None:
        self._voice_consents = voice_consents
        self.create = async_to_raw_response_wrapper(voice_consents.create)
        self.list = async_to_raw_response_wrapper(voice_consents.list)
        self.retrieve = async_to_raw_response_wrapper(voice_consents.retrieve)
        self.update = async_to_raw_response_wrapper(voice_consents.update)
        self.delete = async_to_raw_response_wrapper(voice_consents.delete)


class AsyncVoiceConsentsWithStreamingResponse:
    """`AsyncVoiceConsents` with every method wrapped to return the streamed response."""

    def __init__(self, voice_consents: AsyncVoiceConsents) -> None:
        self._voice_consents = voice_consents
        self.create = async_to_streamed_response_wrapper(voice_consents.create)
        self.list = async_to_streamed_response_wrapper(voice_consents.list)
        self.retrieve = async_to_streamed_response_wrapper(voice_consents.retrieve)
        self.update = async_to_streamed_response_wrapper(voice_consents.update)
        self.delete = async_to_streamed_response_wrapper(voice_consents.delete)
