# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest
from .realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = ["SessionCreatedEvent", "Session"]


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

    session: Annotated[
        Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse],
        PropertyInfo(discriminator="type"),
    ]
    """The session configuration."""


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest], PropertyInfo(discriminator="type")
]
