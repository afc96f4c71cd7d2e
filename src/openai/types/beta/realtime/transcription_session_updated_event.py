# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .transcription_session import TranscriptionSession

__all__ = ["TranscriptionSessionUpdatedEvent"]


class TranscriptionSessionUpdatedEvent(BaseModel):
    """
    Returned when a transcription session is updated with a `transcription_session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["transcription_session.updated"]
    """The event type, must be `transcription_session.updated`."""

    session: TranscriptionSession
    """
    A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """
