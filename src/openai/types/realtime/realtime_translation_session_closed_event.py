# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeTranslationSessionClosedEvent"]


class RealtimeTranslationSessionClosedEvent(BaseModel):
    """Returned when a realtime translation session is closed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.closed"]
    """The event type, must be `session.closed`."""
