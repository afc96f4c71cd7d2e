# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.audio` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.audio.speech import (
        Speech,
        AsyncSpeech,
        SpeechWithRawResponse,
        AsyncSpeechWithRawResponse,
        SpeechWithStreamingResponse,
        AsyncSpeechWithStreamingResponse,
    )
    from openai.resources.audio.voices import (
        Voices,
        AsyncVoices,
        VoicesWithRawResponse,
        AsyncVoicesWithRawResponse,
        VoicesWithStreamingResponse,
        AsyncVoicesWithStreamingResponse,
    )
    from openai.resources.audio.translations import (
        Translations,
        AsyncTranslations,
        TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse,
    )
    from openai.resources.audio.transcriptions import (
        Transcriptions,
        AsyncTranscriptions,
        TranscriptionsWithRawResponse,
        AsyncTranscriptionsWithRawResponse,
        TranscriptionsWithStreamingResponse,
        AsyncTranscriptionsWithStreamingResponse,
    )
    from openai.resources.audio.voice_consents import (
        VoiceConsents,
        AsyncVoiceConsents,
        VoiceConsentsWithRawResponse,
        AsyncVoiceConsentsWithRawResponse,
        VoiceConsentsWithStreamingResponse,
        AsyncVoiceConsentsWithStreamingResponse,
    )

__all__ = [
    "Audio",
    "AsyncAudio",
    "AudioWithRawResponse",
    "AsyncAudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudioWithStreamingResponse",
]


class Audio(SyncAPIResource):
    """Methods of `client.audio`."""

    @cached_property
    def transcriptions(self) -> Transcriptions:
        from openai.resources.audio.transcriptions import Transcriptions

        return Transcriptions(self._client)

    @cached_property
    def translations(self) -> Translations:
        from openai.resources.audio.translations import Translations

        return Translations(self._client)

    @cached_property
    def speech(self) -> Speech:
        from openai.resources.audio.speech import Speech

        return Speech(self._client)

    @cached_property
    def voice_consents(self) -> VoiceConsents:
        from openai.resources.audio.voice_consents import VoiceConsents

        return VoiceConsents(self._client)

    @cached_property
    def voices(self) -> Voices:
        from openai.resources.audio.voices import Voices

        return Voices(self._client)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AudioWithStreamingResponse(self)


class AudioWithRawResponse:
    """`Audio` with every method wrapped to return the raw response."""

    def __init__(self, audio: Audio) -> None:
        self._audio = audio

    @cached_property
    def transcriptions(self) -> TranscriptionsWithRawResponse:
        from openai.resources.audio.transcriptions import TranscriptionsWithRawResponse

        return TranscriptionsWithRawResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> TranslationsWithRawResponse:
        from openai.resources.audio.translations import TranslationsWithRawResponse

        return TranslationsWithRawResponse(self._audio.translations)

    @cached_property
    def speech(self) -> SpeechWithRawResponse:
        from openai.resources.audio.speech import SpeechWithRawResponse

        return SpeechWithRawResponse(self._audio.speech)

    @cached_property
    def voice_consents(self) -> VoiceConsentsWithRawResponse:
        from openai.resources.audio.voice_consents import VoiceConsentsWithRawResponse

        return VoiceConsentsWithRawResponse(self._audio.voice_consents)

    @cached_property
    def voices(self) -> VoicesWithRawResponse:
        from openai.resources.audio.voices import VoicesWithRawResponse

        return VoicesWithRawResponse(self._audio.voices)


class AudioWithStreamingResponse:
    """`Audio` with every method wrapped to return the streamed response."""

    def __init__(self, audio: Audio) -> None:
        self._audio = audio

    @cached_property
    def transcriptions(self) -> TranscriptionsWithStreamingResponse:
        from openai.resources.audio.transcriptions import TranscriptionsWithStreamingResponse

        return TranscriptionsWithStreamingResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> TranslationsWithStreamingResponse:
        from openai.resources.audio.translations import TranslationsWithStreamingResponse

        return TranslationsWithStreamingResponse(self._audio.translations)

    @cached_property
    def speech(self) -> SpeechWithStreamingResponse:
        from openai.resources.audio.speech import SpeechWithStreamingResponse

        return SpeechWithStreamingResponse(self._audio.speech)

    @cached_property
    def voice_consents(self) -> VoiceConsentsWithStreamingResponse:
        from openai.resources.audio.voice_consents import VoiceConsentsWithStreamingResponse

        return VoiceConsentsWithStreamingResponse(self._audio.voice_consents)

    @cached_property
    def voices(self) -> VoicesWithStreamingResponse:
        from openai.resources.audio.voices import VoicesWithStreamingResponse

        return VoicesWithStreamingResponse(self._audio.voices)


class AsyncAudio(AsyncAPIResource):
    """Methods of `async_client.audio`."""

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        from openai.resources.audio.transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncTranslations:
        from openai.resources.audio.translations import AsyncTranslations

        return AsyncTranslations(self._client)

    @cached_property
    def speech(self) -> AsyncSpeech:
        from openai.resources.audio.speech import AsyncSpeech

        return AsyncSpeech(self._client)

    @cached_property
    def voice_consents(self) -> AsyncVoiceConsents:
        from openai.resources.audio.voice_consents import AsyncVoiceConsents

        return AsyncVoiceConsents(self._client)

    @cached_property
    def voices(self) -> AsyncVoices:
        from openai.resources.audio.voices import AsyncVoices

        return AsyncVoices(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAudioWithStreamingResponse(self)


class AsyncAudioWithRawResponse:
    """`AsyncAudio` with every method wrapped to return the raw response."""

    def __init__(self, audio: AsyncAudio) -> None:
        self._audio = audio

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithRawResponse:
        from openai.resources.audio.transcriptions import AsyncTranscriptionsWithRawResponse

        return AsyncTranscriptionsWithRawResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> AsyncTranslationsWithRawResponse:
        from openai.resources.audio.translations import AsyncTranslationsWithRawResponse

        return AsyncTranslationsWithRawResponse(self._audio.translations)

    @cached_property
    def speech(self) -> AsyncSpeechWithRawResponse:
        from openai.resources.audio.speech import AsyncSpeechWithRawResponse

        return AsyncSpeechWithRawResponse(self._audio.speech)

    @cached_property
    def voice_consents(self) -> AsyncVoiceConsentsWithRawResponse:
        from openai.resources.audio.voice_consents import AsyncVoiceConsentsWithRawResponse

        return AsyncVoiceConsentsWithRawResponse(self._audio.voice_consents)

    @cached_property
    def voices(self) -> AsyncVoicesWithRawResponse:
        from openai.resources.audio.voices import AsyncVoicesWithRawResponse

        return AsyncVoicesWithRawResponse(self._audio.voices)


class AsyncAudioWithStreamingResponse:
    """`AsyncAudio` with every method wrapped to return the streamed response."""

    def __init__(self, audio: AsyncAudio) -> None:
        self._audio = audio

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithStreamingResponse:
        from openai.resources.audio.transcriptions import AsyncTranscriptionsWithStreamingResponse

        return AsyncTranscriptionsWithStreamingResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> AsyncTranslationsWithStreamingResponse:
        from openai.resources.audio.translations import AsyncTranslationsWithStreamingResponse

        return AsyncTranslationsWithStreamingResponse(self._audio.translations)

    @cached_property
    def speech(self) -> AsyncSpeechWithStreamingResponse:
        from openai.resources.audio.speech import AsyncSpeechWithStreamingResponse

        return AsyncSpeechWithStreamingResponse(self._audio.speech)

    @cached_property
    def voice_consents(self) -> AsyncVoiceConsentsWithStreamingResponse:
        from openai.resources.audio.voice_consents import AsyncVoiceConsentsWithStreamingResponse

        return AsyncVoiceConsentsWithStreamingResponse(self._audio.voice_consents)

    @cached_property
    def voices(self) -> AsyncVoicesWithStreamingResponse:
        from openai.resources.audio.voices import AsyncVoicesWithStreamingResponse

        return AsyncVoicesWithStreamingResponse(self._audio.voices)
