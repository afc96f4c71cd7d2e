# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseFunctionCallArgumentsDeltaEvent", "Agent"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.function_call_arguments.delta"]
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int
    """The sequence number of this event."""

    delta: str
    """The function-call arguments delta that is added."""
