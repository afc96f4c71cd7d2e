# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseAudioDeltaEvent", "Agent"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""
