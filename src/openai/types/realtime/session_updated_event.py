# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .realtime_session_create_request import RealtimeSessionCreateRequest
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_transcription_session_create_request import RealtimeTranscriptionSessionCreateRequest
from .realtime_transcription_session_create_response import RealtimeTranscriptionSessionCreateResponse

__all__ = ["SessionUpdatedEvent", "Session"]


class SessionUpdatedEvent(BaseModel):
    """
    Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: Annotated[
        Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse],
        PropertyInfo(discriminator="type"),
    ]
    """The session configuration."""


Session: TypeAlias = Annotated[
    Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest], PropertyInfo(discriminator="type")
]
