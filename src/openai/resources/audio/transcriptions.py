# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio.transcriptions` resource: 1 method(s)."""

from __future__ import annotations

from typing import Any, Union, Mapping, Iterable, Optional, cast, overload
from functools import cached_property

from typing_extensions import Literal

from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, SequenceNotStr, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._streaming import Stream, AsyncStream
from openai.types.audio import transcription_create_params
from openai._base_client import make_request_options
from openai.types.audio.transcription import Transcription
from openai.types.audio.transcription_verbose import TranscriptionVerbose
from openai.types.audio.transcription_diarized import TranscriptionDiarized
from openai.types.audio.transcription_stream_event import TranscriptionStreamEvent
from openai.types.audio.transcription_create_response import TranscriptionCreateResponse

__all__ = [
    "Transcriptions",
    "AsyncTranscriptions",
    "TranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "AsyncTranscriptionsWithStreamingResponse",
]


class Transcriptions(SyncAPIResource):
    """Methods of `client.audio.transcriptions`."""

    @cached_property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return TranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranscriptionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return TranscriptionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[False] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[True],
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[TranscriptionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: bool,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse | Stream[TranscriptionStreamEvent]: ...

    def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[False] | Literal[True] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse | Stream[TranscriptionStreamEvent]:
        """
        Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json` format, or a stream of transcript
        events.

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg,
              mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be
              identified. We recommend an extension-bearing filename and an appropriate content type.

          model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`,
              `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open
              source Whisper V2 model), and `gpt-4o-transcribe-diarize`.

          language: The language of the input audio. Supplying the input language in
              [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve
              accuracy and latency.

          languages: Possible languages of the input audio, in
              [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.

          keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.

          prompt: An optional text to guide the model's style or continue a previous audio segment. The
              [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not
              supported when using `gpt-4o-transcribe-diarize`.

          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`,
              `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format
              is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`,
              with `diarized_json` required to receive speaker annotations.

          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more
              random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model
              will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the
              temperature until certain thresholds are hit.

          include: Additional information to include in the transcription response. `logprobs` will return the log
              probabilities of the tokens in the response to understand the model's confidence in the transcription.
              `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`,
              `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using
              `gpt-4o-transcribe-diarize`.

          timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format`
              must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported:
              `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word
              timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.

          chunking_strategy: Controls how the audio is cut into chunks. When set to `"auto"`, the server first
              normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object
              can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single
              block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.

          known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in
              `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`).
              Up to 4 speakers are supported.

          known_speaker_references: Optional list of audio samples (as [data
              URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known
              speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can
              use any of the same input audio formats supported by `file`.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section of the Speech-to-Text
              guide](/docs/guides/speech-to-text?lang=curl#streaming-transcriptions) for more information.

              Note: Streaming is not supported for the `whisper-1` model and will be ignored.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        cast_to_by_response_format: dict[str, Any] = {
            "verbose_json": TranscriptionVerbose,
            "diarized_json": TranscriptionDiarized,
            "text": str,
            "srt": str,
            "vtt": str,
        }
        multipart_body = {
            "file": file,
            "model": model,
            "language": language,
            "languages": languages,
            "keywords": keywords,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
            "include": include,
            "timestamp_granularities": timestamp_granularities,
            "chunking_strategy": chunking_strategy,
            "known_speaker_names": known_speaker_names,
            "known_speaker_references": known_speaker_references,
            "stream": stream,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return cast(
            "TranscriptionCreateResponse | Stream[TranscriptionStreamEvent]",
            self._post(
                "/audio/transcriptions",
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
                cast_to=cast_to_by_response_format.get(
                    response_format if isinstance(response_format, str) else "", Transcription
                ),
                stream=stream or False,
                stream_cls=Stream[TranscriptionStreamEvent],
            ),
        )


class TranscriptionsWithRawResponse:
    """`Transcriptions` with every method wrapped to return the raw response."""

    def __init__(self, transcriptions: Transcriptions) -> None:
        self._transcriptions = transcriptions
        self.create = to_raw_response_wrapper(transcriptions.create)


class TranscriptionsWithStreamingResponse:
    """`Transcriptions` with every method wrapped to return the streamed response."""

    def __init__(self, transcriptions: Transcriptions) -> None:
        self._transcriptions = transcriptions
        self.create = to_streamed_response_wrapper(transcriptions.create)


class AsyncTranscriptions(AsyncAPIResource):
    """Methods of `async_client.audio.transcriptions`."""

    @cached_property
    def with_raw_response(self) -> AsyncTranscriptionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranscriptionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncTranscriptionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[False] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[True],
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[TranscriptionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: bool,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse | AsyncStream[TranscriptionStreamEvent]: ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ],
        ],
        stream: Literal[False] | Literal[True] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"] | Omit = omit,
        temperature: float | Omit = omit,
        include: Iterable[Literal["logprobs"]] | Omit = omit,
        timestamp_granularities: Iterable[Literal["word", "segment"]] | Omit = omit,
        chunking_strategy: Optional[transcription_create_params.ChunkingStrategy] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> TranscriptionCreateResponse | AsyncStream[TranscriptionStreamEvent]:
        """
        Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json` format, or a stream of transcript
        events.

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg,
              mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be
              identified. We recommend an extension-bearing filename and an appropriate content type.

          model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`,
              `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open
              source Whisper V2 model), and `gpt-4o-transcribe-diarize`.

          language: The language of the input audio. Supplying the input language in
              [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve
              accuracy and latency.

          languages: Possible languages of the input audio, in
              [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.

          keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.

          prompt: An optional text to guide the model's style or continue a previous audio segment. The
              [prompt](/docs/guides/speech-to-text#prompting) should match the audio language. This field is not
              supported when using `gpt-4o-transcribe-diarize`.

          response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`,
              `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format
              is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`,
              with `diarized_json` required to receive speaker annotations.

          temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more
              random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model
              will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the
              temperature until certain thresholds are hit.

          include: Additional information to include in the transcription response. `logprobs` will return the log
              probabilities of the tokens in the response to understand the model's confidence in the transcription.
              `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`,
              `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using
              `gpt-4o-transcribe-diarize`.

          timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format`
              must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported:
              `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word
              timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.

          chunking_strategy: Controls how the audio is cut into chunks. When set to `"auto"`, the server first
              normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object
              can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single
              block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.

          known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in
              `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`).
              Up to 4 speakers are supported.

          known_speaker_references: Optional list of audio samples (as [data
              URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known
              speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can
              use any of the same input audio formats supported by `file`.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section of the Speech-to-Text
              guide](/docs/guides/speech-to-text?lang=curl#streaming-transcriptions) for more information.

              Note: Streaming is not supported for the `whisper-1` model and will be ignored.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        cast_to_by_response_format: dict[str, Any] = {
            "verbose_json": TranscriptionVerbose,
            "diarized_json": TranscriptionDiarized,
            "text": str,
            "srt": str,
            "vtt": str,
        }
        multipart_body = {
            "file": file,
            "model": model,
            "language": language,
            "languages": languages,
            "keywords": keywords,
            "prompt": prompt,
            "response_format": response_format,
            "temperature": temperature,
            "include": include,
            "timestamp_granularities": timestamp_granularities,
            "chunking_strategy": chunking_strategy,
            "known_speaker_names": known_speaker_names,
            "known_speaker_references": known_speaker_references,
            "stream": stream,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["file"]])
        return cast(
            "TranscriptionCreateResponse | AsyncStream[TranscriptionStreamEvent]",
            await self._post(
                "/audio/transcriptions",
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
                cast_to=cast_to_by_response_format.get(
                    response_format if isinstance(response_format, str) else "", Transcription
                ),
                stream=stream or False,
                stream_cls=AsyncStream[TranscriptionStreamEvent],
            ),
        )


class AsyncTranscriptionsWithRawResponse:
    """`AsyncTranscriptions` with every method wrapped to return the raw response."""

    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self._transcriptions = transcriptions
        self.create = async_to_raw_response_wrapper(transcriptions.create)


class AsyncTranscriptionsWithStreamingResponse:
    """`AsyncTranscriptions` with every method wrapped to return the streamed response."""

    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self._transcriptions = transcriptions
        self.create = async_to_streamed_response_wrapper(transcriptions.create)
