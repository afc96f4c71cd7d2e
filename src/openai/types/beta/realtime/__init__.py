# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .session import Session as Session
    from .error_event import ErrorEvent as ErrorEvent
    from .conversation_item import ConversationItem as ConversationItem
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .response_done_event import ResponseDoneEvent as ResponseDoneEvent
    from .session_update_event import SessionUpdateEvent as SessionUpdateEvent
    from .realtime_client_event import RealtimeClientEvent as RealtimeClientEvent
    from .realtime_server_event import RealtimeServerEvent as RealtimeServerEvent
    from .response_cancel_event import ResponseCancelEvent as ResponseCancelEvent
    from .response_create_event import ResponseCreateEvent as ResponseCreateEvent
    from .session_created_event import SessionCreatedEvent as SessionCreatedEvent
    from .session_updated_event import SessionUpdatedEvent as SessionUpdatedEvent
    from .transcription_session import TranscriptionSession as TranscriptionSession
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .session_create_response import SessionCreateResponse as SessionCreateResponse
    from .realtime_response_status import RealtimeResponseStatus as RealtimeResponseStatus
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .conversation_item_content import ConversationItemContent as ConversationItemContent
    from .rate_limits_updated_event import RateLimitsUpdatedEvent as RateLimitsUpdatedEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .conversation_created_event import ConversationCreatedEvent as ConversationCreatedEvent
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .transcription_session_update import TranscriptionSessionUpdate as TranscriptionSessionUpdate
    from .conversation_item_create_event import ConversationItemCreateEvent as ConversationItemCreateEvent
    from .conversation_item_delete_event import ConversationItemDeleteEvent as ConversationItemDeleteEvent
    from .input_audio_buffer_clear_event import InputAudioBufferClearEvent as InputAudioBufferClearEvent
    from .conversation_item_created_event import ConversationItemCreatedEvent as ConversationItemCreatedEvent
    from .conversation_item_deleted_event import ConversationItemDeletedEvent as ConversationItemDeletedEvent
    from .input_audio_buffer_append_event import InputAudioBufferAppendEvent as InputAudioBufferAppendEvent
    from .input_audio_buffer_commit_event import InputAudioBufferCommitEvent as InputAudioBufferCommitEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
    from .conversation_item_retrieve_event import ConversationItemRetrieveEvent as ConversationItemRetrieveEvent
    from .conversation_item_truncate_event import ConversationItemTruncateEvent as ConversationItemTruncateEvent
    from .conversation_item_with_reference import ConversationItemWithReference as ConversationItemWithReference
    from .input_audio_buffer_cleared_event import InputAudioBufferClearedEvent as InputAudioBufferClearedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
    from .response_output_item_added_event import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
    from .conversation_item_truncated_event import ConversationItemTruncatedEvent as ConversationItemTruncatedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
    from .input_audio_buffer_committed_event import InputAudioBufferCommittedEvent as InputAudioBufferCommittedEvent
    from .transcription_session_updated_event import (
        TranscriptionSessionUpdatedEvent as TranscriptionSessionUpdatedEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .input_audio_buffer_speech_started_event import (
        InputAudioBufferSpeechStartedEvent as InputAudioBufferSpeechStartedEvent,
    )
    from .input_audio_buffer_speech_stopped_event import (
        InputAudioBufferSpeechStoppedEvent as InputAudioBufferSpeechStoppedEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .conversation_item_input_audio_transcription_delta_event import (
        ConversationItemInputAudioTranscriptionDeltaEvent as ConversationItemInputAudioTranscriptionDeltaEvent,
    )
    from .conversation_item_input_audio_transcription_failed_event import (
        ConversationItemInputAudioTranscriptionFailedEvent as ConversationItemInputAudioTranscriptionFailedEvent,
    )
    from .conversation_item_input_audio_transcription_completed_event import (
        ConversationItemInputAudioTranscriptionCompletedEvent as ConversationItemInputAudioTranscriptionCompletedEvent,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ConversationCreatedEvent": ".conversation_created_event",
    "ConversationItem": ".conversation_item",
    "ConversationItemContent": ".conversation_item_content",
    "ConversationItemCreateEvent": ".conversation_item_create_event",
    "ConversationItemCreatedEvent": ".conversation_item_created_event",
    "ConversationItemDeleteEvent": ".conversation_item_delete_event",
    "ConversationItemDeletedEvent": ".conversation_item_deleted_event",
    "ConversationItemInputAudioTranscriptionCompletedEvent": ".conversation_item_input_audio_transcription_completed_event",
    "ConversationItemInputAudioTranscriptionDeltaEvent": ".conversation_item_input_audio_transcription_delta_event",
    "ConversationItemInputAudioTranscriptionFailedEvent": ".conversation_item_input_audio_transcription_failed_event",
    "ConversationItemRetrieveEvent": ".conversation_item_retrieve_event",
    "ConversationItemTruncateEvent": ".conversation_item_truncate_event",
    "ConversationItemTruncatedEvent": ".conversation_item_truncated_event",
    "ConversationItemWithReference": ".conversation_item_with_reference",
    "ErrorEvent": ".error_event",
    "InputAudioBufferAppendEvent": ".input_audio_buffer_append_event",
    "InputAudioBufferClearEvent": ".input_audio_buffer_clear_event",
    "InputAudioBufferClearedEvent": ".input_audio_buffer_cleared_event",
    "InputAudioBufferCommitEvent": ".input_audio_buffer_commit_event",
    "InputAudioBufferCommittedEvent": ".input_audio_buffer_committed_event",
    "InputAudioBufferSpeechStartedEvent": ".input_audio_buffer_speech_started_event",
    "InputAudioBufferSpeechStoppedEvent": ".input_audio_buffer_speech_stopped_event",
    "RateLimitsUpdatedEvent": ".rate_limits_updated_event",
    "RealtimeClientEvent": ".realtime_client_event",
    "RealtimeResponse": ".realtime_response",
    "RealtimeResponseStatus": ".realtime_response_status",
    "RealtimeResponseUsage": ".realtime_response_usage",
    "RealtimeServerEvent": ".realtime_server_event",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseCancelEvent": ".response_cancel_event",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseCreateEvent": ".response_create_event",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseDoneEvent": ".response_done_event",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "Session": ".session",
    "SessionCreateResponse": ".session_create_response",
    "SessionCreatedEvent": ".session_created_event",
    "SessionUpdateEvent": ".session_update_event",
    "SessionUpdatedEvent": ".session_updated_event",
    "TranscriptionSession": ".transcription_session",
    "TranscriptionSessionUpdate": ".transcription_session_update",
    "TranscriptionSessionUpdatedEvent": ".transcription_session_updated_event",
}
_SUBPACKAGES: frozenset[str] = frozenset(())

__all__ = [
    "ConversationCreatedEvent",
    "ConversationItem",
    "ConversationItemContent",
    "ConversationItemCreateEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "ConversationItemTruncatedEvent",
    "ConversationItemWithReference",
    "ErrorEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "RateLimitsUpdatedEvent",
    "RealtimeClientEvent",
    "RealtimeResponse",
    "RealtimeResponseStatus",
    "RealtimeResponseUsage",
    "RealtimeServerEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCancelEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreateEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "Session",
    "SessionCreateResponse",
    "SessionCreatedEvent",
    "SessionUpdateEvent",
    "SessionUpdatedEvent",
    "TranscriptionSession",
    "TranscriptionSessionUpdate",
    "TranscriptionSessionUpdatedEvent",
]


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})
