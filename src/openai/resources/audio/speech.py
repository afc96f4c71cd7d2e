# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio.speech` resource: 1 method(s)."""

from __future__ import annotations

from typing import Union
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai.types.audio import speech_create_params
from openai._base_client import make_request_options
from openai._legacy_response import HttpxBinaryResponseContent

__all__ = [
    "Speech",
    "AsyncSpeech",
    "SpeechWithRawResponse",
    "AsyncSpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "AsyncSpeechWithStreamingResponse",
]


class Speech(SyncAPIResource):
    """Methods of `client.audio.speech`."""

    @cached_property
    def with_raw_response(self) -> SpeechWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return SpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpeechWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return SpeechWithStreamingResponse(self)

    def create(
        self,
        *,
        model: Union[str, Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]],
        input: str,
        voice: speech_create_params.Voice,
        instructions: str | Omit = omit,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | Omit = omit,
        speed: float | Omit = omit,
        stream_format: Literal["sse", "audio"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
          model: One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or
              `gpt-4o-mini-tts-2025-12-15`.

          input: The text to generate audio for. The maximum length is 4096 characters.

          instructions: Control the voice of your generated audio with additional instructions. Does not work with
              `tts-1` or `tts-1-hd`.

          voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`,
              `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also
              provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices
              are available in the [Text to speech guide](/docs/guides/text-to-speech#voice-options).

          response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

          speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

          stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not
              supported for `tts-1` or `tts-1-hd`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/audio/speech",
            body={
                "model": model,
                "input": input,
                "instructions": instructions,
                "voice": voice,
                "response_format": response_format,
                "speed": speed,
                "stream_format": stream_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/octet-stream"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class SpeechWithRawResponse:
    """`Speech` with every method wrapped to return the raw response."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech
        self.create = to_raw_response_wrapper(speech.create)


class SpeechWithStreamingResponse:
    """`Speech` with every method wrapped to return the streamed response."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech
        self.create = to_custom_streamed_response_wrapper(speech.create, StreamedBinaryAPIResponse)


class AsyncSpeech(AsyncAPIResource):
    """Methods of `async_client.audio.speech`."""

    @cached_property
    def with_raw_response(self) -> AsyncSpeechWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSpeechWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncSpeechWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: Union[str, Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]],
        input: str,
        voice: speech_create_params.Voice,
        instructions: str | Omit = omit,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | Omit = omit,
        speed: float | Omit = omit,
        stream_format: Literal["sse", "audio"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
          model: One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or
              `gpt-4o-mini-tts-2025-12-15`.

          input: The text to generate audio for. The maximum length is 4096 characters.

          instructions: Control the voice of your generated audio with additional instructions. Does not work with
              `tts-1` or `tts-1-hd`.

          voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`,
              `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also
              provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices
              are available in the [Text to speech guide](/docs/guides/text-to-speech#voice-options).

          response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

          speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

          stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not
              supported for `tts-1` or `tts-1-hd`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/audio/speech",
            body={
                "model": model,
                "input": input,
                "instructions": instructions,
                "voice": voice,
                "response_format": response_format,
                "speed": speed,
                "stream_format": stream_format,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/octet-stream"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class AsyncSpeechWithRawResponse:
    """`AsyncSpeech` with every method wrapped to return the raw response."""

    def __init__(self, speech: AsyncSpeech) -> None:
        self._speech = speech
        self.create = async_to_raw_response_wrapper(speech.create)


class AsyncSpeechWithStreamingResponse:
    """`AsyncSpeech` with every method wrapped to return the streamed response."""

    def __init__(self, speech: AsyncSpeech) -> None:
        self._speech = speech
        self.create = async_to_custom_streamed_response_wrapper(speech.create, AsyncStreamedBinaryAPIResponse)
