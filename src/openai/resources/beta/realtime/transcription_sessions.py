# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.realtime.transcription_sessions` resource: 1 method(s)."""

from __future__ import annotations

from typing import Iterable
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.beta.realtime import transcription_session_create_params
from openai.types.realtime.audio_transcription_param import AudioTranscriptionParam
from openai.types.beta.realtime.transcription_session import TranscriptionSession

__all__ = [
    "TranscriptionSessions",
    "AsyncTranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
]


class TranscriptionSessions(SyncAPIResource):
    """Methods of `client.beta.realtime.transcription_sessions`."""

    @cached_property
    def with_raw_response(self) -> TranscriptionSessionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return TranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranscriptionSessionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return TranscriptionSessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        turn_detection: transcription_session_create_params.TurnDetection | Omit = omit,
        input_audio_noise_reduction: transcription_session_create_params.InputAudioNoiseReduction | Omit = omit,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | Omit = omit,
        input_audio_transcription: AudioTranscriptionParam | Omit = omit,
        include: Iterable[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        client_secret: transcription_session_create_params.ClientSecret | Omit = omit,
        modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> TranscriptionSession:
        """
        Create an ephemeral API token for use in client-side applications with the Realtime API specifically for
        realtime transcriptions. Can be configured with the same session parameters as the
        `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a usable ephemeral API token that
        can be used to authenticate browser clients for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the
              model will detect the start and end of speech based on audio volume and respond at the end of user speech.

          input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn
              off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
              Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model
              performance by improving perception of the input audio.

          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`,
              input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte
              order.

          input_audio_transcription: Configuration for input audio transcription. The client can optionally set the
              language and prompt for transcription, these offer additional guidance to the transcription service.

          include: The set of items to include in the transcription. Current available items are:
              `item.input_audio_transcription.logprobs`

          client_secret: Ephemeral key returned by the API.

          modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            "/realtime/transcription_sessions",
            body={
                "turn_detection": turn_detection,
                "input_audio_noise_reduction": input_audio_noise_reduction,
                "input_audio_format": input_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "include": include,
                "client_secret": client_secret,
                "modalities": modalities,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"OpenAI-Beta": "realtime=v1"},
            ),
            cast_to=TranscriptionSession,
        )


class TranscriptionSessionsWithRawResponse:
    """`TranscriptionSessions` with every method wrapped to return the raw response."""

    def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = to_raw_response_wrapper(transcription_sessions.create)


class TranscriptionSessionsWithStreamingResponse:
    """`TranscriptionSessions` with every method wrapped to return the streamed response."""

    def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = to_streamed_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessions(AsyncAPIResource):
    """Methods of `async_client.beta.realtime.transcription_sessions`."""

    @cached_property
    def with_raw_response(self) -> AsyncTranscriptionSessionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncTranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranscriptionSessionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncTranscriptionSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        turn_detection: transcription_session_create_params.TurnDetection | Omit = omit,
        input_audio_noise_reduction: transcription_session_create_params.InputAudioNoiseReduction | Omit = omit,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | Omit = omit,
        input_audio_transcription: AudioTranscriptionParam | Omit = omit,
        include: Iterable[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        client_secret: transcription_session_create_params.ClientSecret | Omit = omit,
        modalities: Iterable[Literal["text", "audio"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
    ) -> TranscriptionSession:
        """
        Create an ephemeral API token for use in client-side applications with the Realtime API specifically for
        realtime transcriptions. Can be configured with the same session parameters as the
        `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains a usable ephemeral API token that
        can be used to authenticate browser clients for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral key.

        Args:
          turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the
              model will detect the start and end of speech based on audio volume and respond at the end of user speech.

          input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn
              off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
              Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model
              performance by improving perception of the input audio.

          input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`,
              input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte
              order.

          input_audio_transcription: Configuration for input audio transcription. The client can optionally set the
              language and prompt for transcription, these offer additional guidance to the transcription service.

          include: The set of items to include in the transcription. Current available items are:
              `item.input_audio_transcription.logprobs`

          client_secret: Ephemeral key returned by the API.

          modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            "/realtime/transcription_sessions",
            body={
                "turn_detection": turn_detection,
                "input_audio_noise_reduction": input_audio_noise_reduction,
                "input_audio_format": input_audio_format,
                "input_audio_transcription": input_audio_transcription,
                "include": include,
                "client_secret": client_secret,
                "modalities": modalities,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                headers={"OpenAI-Beta": "realtime=v1"},
            ),
            cast_to=TranscriptionSession,
        )


class AsyncTranscriptionSessionsWithRawResponse:
    """`AsyncTranscriptionSessions` with every method wrapped to return the raw response."""

    def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = async_to_raw_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessionsWithStreamingResponse:
    """`AsyncTranscriptionSessions` with every method wrapped to return the streamed response."""

    def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = async_to_streamed_response_wrapper(transcription_sessions.create)
