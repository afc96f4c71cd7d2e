# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ResponseAudioDoneEvent"]


class ResponseAudioDoneEvent(BaseModel):
    """
    Returned when the model-generated audio is done. Also emitted when a Response
    is interrupted, incomplete, or cancelled.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.audio.done"]
    """The event type, must be `response.audio.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""
