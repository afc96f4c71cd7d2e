# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = ["TranscriptionLanguage"]


class TranscriptionLanguage(BaseModel):
    """A language detected in transcribed audio."""

    code: str
    """The code of a language detected in the audio."""
