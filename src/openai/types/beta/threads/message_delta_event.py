# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .message_delta import MessageDelta

__all__ = ["MessageDeltaEvent"]


class MessageDeltaEvent(BaseModel):
    """Represents a message delta i.e. any changed fields on a message during streaming."""

    id: str
    """The identifier of the message, which can be referenced in API endpoints."""

    object: Literal["thread.message.delta"]
    """The object type, which is always `thread.message.delta`."""

    delta: MessageDelta
    """The delta containing the fields that have changed on the Message."""
