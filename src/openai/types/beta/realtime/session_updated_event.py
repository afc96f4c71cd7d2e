# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.realtime_session import RealtimeSession

__all__ = ["SessionUpdatedEvent"]


class SessionUpdatedEvent(BaseModel):
    """
    Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeSession
    """Realtime session object for the beta interface."""
