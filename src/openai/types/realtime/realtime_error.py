# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["RealtimeError"]


class RealtimeError(BaseModel):
    """Details of the error."""

    type: str
    """The type of error (e.g., "invalid_request_error", "server_error")."""

    code: Optional[str] = None
    """Error code, if any."""

    message: str
    """A human-readable error message."""

    param: Optional[str] = None
    """Parameter related to the error, if any."""

    event_id: Optional[str] = None
    """The event_id of the client event that caused the error, if applicable."""
