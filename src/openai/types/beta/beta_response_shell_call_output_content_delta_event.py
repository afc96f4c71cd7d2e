# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseShellCallOutputContentDeltaEvent", "Agent", "Delta"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class Delta(BaseModel):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: Optional[str] = None
    """The stdout delta that was emitted."""

    stderr: Optional[str] = None
    """The stderr delta that was emitted."""


class BetaResponseShellCallOutputContentDeltaEvent(BaseModel):
    """A streaming event that indicated shell call output was incrementally added."""

    type: Literal["response.shell_call_output_content.delta"]
    """The type of the event, always `response.shell_call_output_content.delta`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    delta: Delta
    """The stdout/stderr delta that was emitted."""
