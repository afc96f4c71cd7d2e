# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .transcription_diarized_segment import TranscriptionDiarizedSegment

__all__ = ["TranscriptionDiarized", "Usage", "UsageTokens", "UsageTokensInputTokenDetails", "UsageDuration"]


class UsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: Optional[int] = None
    """Number of text tokens billed for this request."""

    audio_tokens: Optional[int] = None
    """Number of audio tokens billed for this request."""


class UsageTokens(BaseModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: Optional[UsageTokensInputTokenDetails] = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""


class UsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""


Usage: TypeAlias = Annotated[Union[UsageTokens, UsageDuration], PropertyInfo(discriminator="type")]


class TranscriptionDiarized(BaseModel):
    """
    Represents a diarized transcription response returned by the model, including the combined transcript and
    speaker-segment annotations.
    """

    task: Literal["transcribe"]
    """The type of task that was run. Always `transcribe`."""

    duration: float
    """Duration of the input audio in seconds."""

    text: str
    """The concatenated transcript text for the entire audio input."""

    segments: List[TranscriptionDiarizedSegment]
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: Optional[Usage] = None
    """Token or duration usage statistics for the request."""
