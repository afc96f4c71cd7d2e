# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.realtime_session import RealtimeSession

__all__ = ["SessionCreatedEvent"]


class SessionCreatedEvent(BaseModel):
    """
    Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: RealtimeSession
    """Realtime session object for the beta interface."""
