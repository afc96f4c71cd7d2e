# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .response import Response
from ..._models import BaseModel

__all__ = ["ResponseQueuedEvent"]


class ResponseQueuedEvent(BaseModel):
    """Emitted when a response is queued and waiting to be processed."""

    type: Literal["response.queued"]
    """The type of the event. Always 'response.queued'."""

    response: Response
    """The full response object that is queued."""

    sequence_number: int
    """The sequence number for this event."""
