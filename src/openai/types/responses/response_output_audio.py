# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseOutputAudio"]


class ResponseOutputAudio(BaseModel):
    """An audio output from the model."""

    type: Literal["output_audio"]
    """The type of the output audio. Always `output_audio`."""

    data: str
    """Base64-encoded audio data from the model."""

    transcript: str
    """The transcript of the audio data from the model."""
