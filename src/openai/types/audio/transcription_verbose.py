# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .transcription_word import TranscriptionWord
from .transcription_segment import TranscriptionSegment

__all__ = ["TranscriptionVerbose", "Usage"]


class Usage(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""


class TranscriptionVerbose(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str
    """The language of the input audio."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The transcribed text."""

    words: Optional[List[TranscriptionWord]] = None
    """Extracted words and their corresponding timestamps."""

    segments: Optional[List[TranscriptionSegment]] = None
    """Segments of the transcribed text and their corresponding details."""

    usage: Optional[Usage] = None
    """Usage statistics for models billed by audio input duration."""
