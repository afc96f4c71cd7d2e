# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._models import BaseModel, PropertyInfo
from ...audio.transcription_language import TranscriptionLanguage

__all__ = [
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "Logprob",
    "Usage",
    "UsageTranscriptTextUsageTokens",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
    "UsageTranscriptTextUsageDuration",
]


class Logprob(BaseModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: List[int]
    """The bytes that were used to generate the log probability."""


class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: Optional[int] = None
    """Number of text tokens billed for this request."""

    audio_tokens: Optional[int] = None
    """Number of audio tokens billed for this request."""


class UsageTranscriptTextUsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""


class UsageTranscriptTextUsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""


Usage: TypeAlias = Annotated[
    Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration], PropertyInfo(discriminator="type")
]


class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """
    This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (in `server_vad` mode). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.completed"]
    """
    The event type, must be
    `conversation.item.input_audio_transcription.completed`.
    """

    item_id: str
    """The ID of the user message item containing the audio."""

    content_index: int
    """The index of the content part containing the audio."""

    transcript: str
    """The transcribed text."""

    languages: Optional[List[TranscriptionLanguage]] = None
    """
    The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language
    could be reliably detected.
    """

    logprobs: Optional[List[Logprob]] = None
    """The log probabilities of the transcription."""

    usage: Usage
    """Usage statistics for the transcription."""
