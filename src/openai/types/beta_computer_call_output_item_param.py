# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta.beta_response_computer_tool_call_output_screenshot_param import (
    BetaResponseComputerToolCallOutputScreenshotParam,
)

__all__ = ["BetaComputerCallOutputItemParam", "Agent", "AcknowledgedSafetyCheck"]


class BetaComputerCallOutputItemParam(TypedDict, total=False):
    """The output of a computer tool call."""

    agent: Optional[Agent]
    """The agent that produced this item."""

    id: Optional[str]
    """The ID of the computer tool call output."""

    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: Required[BetaResponseComputerToolCallOutputScreenshotParam]
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[Iterable[AcknowledgedSafetyCheck]]
    """The safety checks reported by the API that have been acknowledged by the developer."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class Agent(TypedDict, total=False):
    """The agent that produced this item."""

    agent_name: Required[str]
    """The canonical name of the agent that produced this item."""


class AcknowledgedSafetyCheck(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: Optional[str]
    """The type of the pending safety check."""

    message: Optional[str]
    """Details about the pending safety check."""
