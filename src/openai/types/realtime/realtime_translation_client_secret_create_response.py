# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel
from .realtime_translation_session import RealtimeTranslationSession

__all__ = ["RealtimeTranslationClientSecretCreateResponse"]


class RealtimeTranslationClientSecretCreateResponse(BaseModel):
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeTranslationSession
    """
    A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
    """
