# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .translation import Translation as Translation
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation_verbose import TranslationVerbose as TranslationVerbose
    from .voice_create_params import VoiceCreateParams as VoiceCreateParams
    from .speech_create_params import SpeechCreateParams as SpeechCreateParams
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .transcription_diarized import TranscriptionDiarized as TranscriptionDiarized
    from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .translation_create_params import TranslationCreateParams as TranslationCreateParams
    from .voice_consent_list_params import VoiceConsentListParams as VoiceConsentListParams
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .voice_consent_create_params import VoiceConsentCreateParams as VoiceConsentCreateParams
    from .voice_consent_update_params import VoiceConsentUpdateParams as VoiceConsentUpdateParams
    from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
    from .transcription_text_done_event import TranscriptionTextDoneEvent as TranscriptionTextDoneEvent
    from .transcription_diarized_segment import TranscriptionDiarizedSegment as TranscriptionDiarizedSegment
    from .transcription_text_delta_event import TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent
    from .transcription_text_segment_event import TranscriptionTextSegmentEvent as TranscriptionTextSegmentEvent

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "SpeechCreateParams": ".speech_create_params",
    "SpeechModel": ".speech_model",
    "Transcription": ".transcription",
    "TranscriptionCreateParams": ".transcription_create_params",
    "TranscriptionCreateResponse": ".transcription_create_response",
    "TranscriptionDiarized": ".transcription_diarized",
    "TranscriptionDiarizedSegment": ".transcription_diarized_segment",
    "TranscriptionInclude": ".transcription_include",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionStreamEvent": ".transcription_stream_event",
    "TranscriptionTextDeltaEvent": ".transcription_text_delta_event",
    "TranscriptionTextDoneEvent": ".transcription_text_done_event",
    "TranscriptionTextSegmentEvent": ".transcription_text_segment_event",
    "TranscriptionVerbose": ".transcription_verbose",
    "TranscriptionWord": ".transcription_word",
    "Translation": ".translation",
    "TranslationCreateParams": ".translation_create_params",
    "TranslationCreateResponse": ".translation_create_response",
    "TranslationVerbose": ".translation_verbose",
    "VoiceConsentCreateParams": ".voice_consent_create_params",
    "VoiceConsentListParams": ".voice_consent_list_params",
    "VoiceConsentUpdateParams": ".voice_consent_update_params",
    "VoiceCreateParams": ".voice_create_params",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "speech_create_params",
        "speech_model",
        "transcription",
        "transcription_create_params",
        "transcription_create_response",
        "transcription_diarized",
        "transcription_diarized_segment",
        "transcription_include",
        "transcription_language",
        "transcription_segment",
        "transcription_stream_event",
        "transcription_text_delta_event",
        "transcription_text_done_event",
        "transcription_text_segment_event",
        "transcription_verbose",
        "transcription_word",
        "translation",
        "translation_create_params",
        "translation_create_response",
        "translation_verbose",
        "voice_consent_create_params",
        "voice_consent_list_params",
        "voice_consent_update_params",
        "voice_create_params",
    )
)

__all__ = [
    "SpeechCreateParams",
    "SpeechModel",
    "Transcription",
    "TranscriptionCreateParams",
    "TranscriptionCreateResponse",
    "TranscriptionDiarized",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionStreamEvent",
    "TranscriptionTextDeltaEvent",
    "TranscriptionTextDoneEvent",
    "TranscriptionTextSegmentEvent",
    "TranscriptionVerbose",
    "TranscriptionWord",
    "Translation",
    "TranslationCreateParams",
    "TranslationCreateResponse",
    "TranslationVerbose",
    "VoiceConsentCreateParams",
    "VoiceConsentListParams",
    "VoiceConsentUpdateParams",
    "VoiceCreateParams",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
