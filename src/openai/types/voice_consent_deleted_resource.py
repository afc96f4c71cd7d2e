# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["VoiceConsentDeletedResource"]


class VoiceConsentDeletedResource(BaseModel):
    id: str
    """The consent recording identifier."""

    object: Literal["audio.voice_consent"]

    deleted: bool
