# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.audio` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.audio.audio import (
        Audio as Audio,
        AsyncAudio as AsyncAudio,
        AudioWithRawResponse as AudioWithRawResponse,
        AsyncAudioWithRawResponse as AsyncAudioWithRawResponse,
        AudioWithStreamingResponse as AudioWithStreamingResponse,
        AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse,
    )
    from openai.resources.audio.speech import (
        Speech as Speech,
        AsyncSpeech as AsyncSpeech,
        SpeechWithRawResponse as SpeechWithRawResponse,
        AsyncSpeechWithRawResponse as AsyncSpeechWithRawResponse,
        SpeechWithStreamingResponse as SpeechWithStreamingResponse,
        AsyncSpeechWithStreamingResponse as AsyncSpeechWithStreamingResponse,
    )
    from openai.resources.audio.voices import (
        Voices as Voices,
        AsyncVoices as AsyncVoices,
        VoicesWithRawResponse as VoicesWithRawResponse,
        AsyncVoicesWithRawResponse as AsyncVoicesWithRawResponse,
        VoicesWithStreamingResponse as VoicesWithStreamingResponse,
        AsyncVoicesWithStreamingResponse as AsyncVoicesWithStreamingResponse,
    )
    from openai.resources.audio.translations import (
        Translations as Translations,
        AsyncTranslations as AsyncTranslations,
        TranslationsWithRawResponse as TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse as TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse,
    )
    from openai.resources.audio.transcriptions import (
        Transcriptions as Transcriptions,
        AsyncTranscriptions as AsyncTranscriptions,
        TranscriptionsWithRawResponse as TranscriptionsWithRawResponse,
        AsyncTranscriptionsWithRawResponse as AsyncTranscriptionsWithRawResponse,
        TranscriptionsWithStreamingResponse as TranscriptionsWithStreamingResponse,
        AsyncTranscriptionsWithStreamingResponse as AsyncTranscriptionsWithStreamingResponse,
    )
    from openai.resources.audio.voice_consents import (
        VoiceConsents as VoiceConsents,
        AsyncVoiceConsents as AsyncVoiceConsents,
        VoiceConsentsWithRawResponse as VoiceConsentsWithRawResponse,
        AsyncVoiceConsentsWithRawResponse as AsyncVoiceConsentsWithRawResponse,
        VoiceConsentsWithStreamingResponse as VoiceConsentsWithStreamingResponse,
        AsyncVoiceConsentsWithStreamingResponse as AsyncVoiceConsentsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncAudio": "openai.resources.audio.audio",
    "AsyncAudioWithRawResponse": "openai.resources.audio.audio",
    "AsyncAudioWithStreamingResponse": "openai.resources.audio.audio",
    "AsyncSpeech": "openai.resources.audio.speech",
    "AsyncSpeechWithRawResponse": "openai.resources.audio.speech",
    "AsyncSpeechWithStreamingResponse": "openai.resources.audio.speech",
    "AsyncTranscriptions": "openai.resources.audio.transcriptions",
    "AsyncTranscriptionsWithRawResponse": "openai.resources.audio.transcriptions",
    "AsyncTranscriptionsWithStreamingResponse": "openai.resources.audio.transcriptions",
    "AsyncTranslations": "openai.resources.audio.translations",
    "AsyncTranslationsWithRawResponse": "openai.resources.audio.translations",
    "AsyncTranslationsWithStreamingResponse": "openai.resources.audio.translations",
    "AsyncVoiceConsents": "openai.resources.audio.voice_consents",
    "AsyncVoiceConsentsWithRawResponse": "openai.resources.audio.voice_consents",
    "AsyncVoiceConsentsWithStreamingResponse": "openai.resources.audio.voice_consents",
    "AsyncVoices": "openai.resources.audio.voices",
    "AsyncVoicesWithRawResponse": "openai.resources.audio.voices",
    "AsyncVoicesWithStreamingResponse": "openai.resources.audio.voices",
    "Audio": "openai.resources.audio.audio",
    "AudioWithRawResponse": "openai.resources.audio.audio",
    "AudioWithStreamingResponse": "openai.resources.audio.audio",
    "Speech": "openai.resources.audio.speech",
    "SpeechWithRawResponse": "openai.resources.audio.speech",
    "SpeechWithStreamingResponse": "openai.resources.audio.speech",
    "Transcriptions": "openai.resources.audio.transcriptions",
    "TranscriptionsWithRawResponse": "openai.resources.audio.transcriptions",
    "TranscriptionsWithStreamingResponse": "openai.resources.audio.transcriptions",
    "Translations": "openai.resources.audio.translations",
    "TranslationsWithRawResponse": "openai.resources.audio.translations",
    "TranslationsWithStreamingResponse": "openai.resources.audio.translations",
    "VoiceConsents": "openai.resources.audio.voice_consents",
    "VoiceConsentsWithRawResponse": "openai.resources.audio.voice_consents",
    "VoiceConsentsWithStreamingResponse": "openai.resources.audio.voice_consents",
    "Voices": "openai.resources.audio.voices",
    "VoicesWithRawResponse": "openai.resources.audio.voices",
    "VoicesWithStreamingResponse": "openai.resources.audio.voices",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "audio",
        "speech",
        "transcriptions",
        "translations",
        "voice_consents",
        "voices",
    )
)

__all__ = [
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "AsyncVoiceConsents",
    "AsyncVoiceConsentsWithRawResponse",
    "AsyncVoiceConsentsWithStreamingResponse",
    "AsyncVoices",
    "AsyncVoicesWithRawResponse",
    "AsyncVoicesWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "VoiceConsents",
    "VoiceConsentsWithRawResponse",
    "VoiceConsentsWithStreamingResponse",
    "Voices",
    "VoicesWithRawResponse",
    "VoicesWithStreamingResponse",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
