# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseShellCallCommandDoneEvent", "Agent"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseShellCallCommandDoneEvent(BaseModel):
    """A streaming event that indicated a shell command was completed."""

    type: Literal["response.shell_call_command.done"]
    """The type of the event, always `response.shell_call_command.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was completed."""

    command: str
    """The final shell command that was emitted."""
