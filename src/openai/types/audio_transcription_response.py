# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["AudioTranscriptionResponse"]


class AudioTranscriptionResponse(BaseModel):
    model: Optional[
        Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ],
        ]
    ] = None
    """
    The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`,
    and `gpt-realtime-whisper`.
    """

    language: Optional[str] = None
    """The language of the input audio."""

    languages: Optional[List[str]] = None
    """
    The possible input audio languages configured for transcription, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    """

    prompt: Optional[str] = None
    """The prompt configured for input audio transcription, when present."""
