# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .thread import Thread
from ..._models import BaseModel

__all__ = ["ThreadStreamEvent"]


class ThreadStreamEvent(BaseModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    enabled: Optional[bool] = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]

    data: Thread
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""
