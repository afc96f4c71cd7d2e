# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .noise_reduction_type import NoiseReductionType

__all__ = [
    "RealtimeTranslationSessionCreateRequest",
    "Audio",
    "AudioInput",
    "AudioInputTranscription",
    "AudioInputNoiseReduction",
    "AudioOutput",
]


class AudioInputTranscription(BaseModel):
    """
    Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: str
    """The transcription model to use for source transcript deltas."""


class AudioInputNoiseReduction(BaseModel):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


class AudioInput(BaseModel):
    transcription: Optional[AudioInputTranscription] = None
    """
    Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    noise_reduction: Optional[AudioInputNoiseReduction] = None
    """Optional input noise reduction. Set to `null` to disable it."""


class AudioOutput(BaseModel):
    language: Optional[str] = None
    """Target language for translated output audio and transcript deltas."""


class Audio(BaseModel):
    """Configuration for translation input and output audio."""

    input: Optional[AudioInput] = None

    output: Optional[AudioOutput] = None


class RealtimeTranslationSessionCreateRequest(BaseModel):
    """
    Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """

    model: str
    """The Realtime translation model used for this session."""

    audio: Optional[Audio] = None
    """Configuration for translation input and output audio."""
