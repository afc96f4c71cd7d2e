# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio.voices` resource: 1 method(s)."""

from __future__ import annotations

from typing import Mapping, cast
from functools import cached_property

from openai._files import extract_files
from openai._types import Body, Query, Headers, Timeout, NotGiven, FileTypes, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.voice_resource import VoiceResource

__all__ = [
    "Voices",
    "AsyncVoices",
    "VoicesWithRawResponse",
    "AsyncVoicesWithRawResponse",
    "VoicesWithStreamingResponse",
    "AsyncVoicesWithStreamingResponse",
]


class Voices(SyncAPIResource):
    """Methods of `client.audio.voices`."""

    @cached_property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return VoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VoicesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return VoicesWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceResource:
        """
        Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This
        requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices.
        Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.

          audio_sample: The sample audio recording file. Maximum size is 10 MiB.

              Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
              `audio/webm`, `audio/mp4`.

          consent: The consent recording ID (for example, `cons_1234`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"name": name, "audio_sample": audio_sample, "consent": consent}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["audio_sample"]])
        return self._post(
            "/audio/voices",
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
            cast_to=VoiceResource,
        )


class VoicesWithRawResponse:
    """`Voices` with every method wrapped to return the raw response."""

    def __init__(self, voices: Voices) -> None:
        self._voices = voices
        self.create = to_raw_response_wrapper(voices.create)


class VoicesWithStreamingResponse:
    """`Voices` with every method wrapped to return the streamed response."""

    def __init__(self, voices: Voices) -> None:
        self._voices = voices
        self.create = to_streamed_response_wrapper(voices.create)


class AsyncVoices(AsyncAPIResource):
    """Methods of `async_client.audio.voices`."""

    @cached_property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncVoicesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVoicesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncVoicesWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        audio_sample: FileTypes,
        consent: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VoiceResource:
        """
        Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This
        requires an audio sample and a previously uploaded consent recording.

        See the [custom voices guide](/docs/guides/text-to-speech#custom-voices) for requirements and best practices.
        Custom voices are limited to eligible customers.

        Args:
          name: The name of the new voice.

          audio_sample: The sample audio recording file. Maximum size is 10 MiB.

              Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
              `audio/webm`, `audio/mp4`.

          consent: The consent recording ID (for example, `cons_1234`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"name": name, "audio_sample": audio_sample, "consent": consent}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["audio_sample"]])
        return await self._post(
            "/audio/voices",
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
            cast_to=VoiceResource,
        )


class AsyncVoicesWithRawResponse:
    """`AsyncVoices` with every method wrapped to return the raw response."""

    def __init__(self, voices: AsyncVoices) -> None:
        self._voices = voices
        self.create = async_to_raw_response_wrapper(voices.create)


class AsyncVoicesWithStreamingResponse:
    """`AsyncVoices` with every method wrapped to return the streamed response."""

    def __init__(self, voices: AsyncVoices) -> None:
        self._voices = voices
        self.create = async_to_streamed_response_wrapper(voices.create)
