# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo

__all__ = [
    "BetaResponseShellCallOutputContentDoneEvent",
    "Agent",
    "Output",
    "OutputOutcome",
    "OutputOutcomeTimeout",
    "OutputOutcomeExit",
]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class OutputOutcomeTimeout(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""


class OutputOutcomeExit(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """Exit code from the shell process."""


OutputOutcome: TypeAlias = Annotated[Union[OutputOutcomeTimeout, OutputOutcomeExit], PropertyInfo(discriminator="type")]


class Output(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: OutputOutcome
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""


class BetaResponseShellCallOutputContentDoneEvent(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"]
    """The type of the event, always `response.shell_call_output_content.done`."""

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

    output: List[Output]
    """The output contents emitted for the shell command."""
