# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseCustomToolCallInputDoneEvent", "Agent"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseCustomToolCallInputDoneEvent(BaseModel):
    """Event indicating that input for a custom tool call is complete."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.custom_tool_call_input.done"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this event applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    input: str
    """The complete input data for the custom tool call."""
