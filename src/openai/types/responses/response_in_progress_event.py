# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .response import Response
from ..._models import BaseModel

__all__ = ["ResponseInProgressEvent"]


class ResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: Response
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
