# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["SafetyIdentifierBlockedWebhookEvent", "Data"]


class Data(BaseModel):
    """Event data payload."""

    model: Optional[str] = None

    project_id: Optional[str] = None

    request_id: Optional[str] = None

    safety_category: str

    safety_identifier: str


class SafetyIdentifierBlockedWebhookEvent(BaseModel):
    """Sent when requests with a safety identifier are blocked for a safety category."""

    id: str
    """The unique ID of the event."""

    created_at: int
    """The Unix timestamp (in seconds) of when the event was created."""

    data: Data
    """Event data payload."""

    object: Optional[Literal["event"]] = None
    """The object of the event."""

    type: Literal["safety_identifier.blocked"]
    """The event type."""
