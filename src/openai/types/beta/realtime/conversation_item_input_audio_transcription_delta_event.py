# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ConversationItemInputAudioTranscriptionDeltaEvent", "Logprob"]


class Logprob(BaseModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: List[int]
    """The bytes that were used to generate the log probability."""


class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Returned when the text value of an input audio transcription content part is updated."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.delta"]
    """The event type, must be `conversation.item.input_audio_transcription.delta`."""

    item_id: str
    """The ID of the item."""

    content_index: Optional[int] = None
    """The index of the content part in the item's content array."""

    delta: Optional[str] = None
    """The text delta."""

    logprobs: Optional[List[Logprob]] = None
    """The log probabilities of the transcription."""
