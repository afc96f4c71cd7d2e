# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeTranslationSessionCloseEvent"]


class RealtimeTranslationSessionCloseEvent(BaseModel):
    """
    Gracefully close the realtime translation session. The server flushes pending
    input audio and emits any remaining translated output before closing the
    session.
    """

    event_id: Optional[str] = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["session.close"]
    """The event type, must be `session.close`."""
