# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .responses.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot

__all__ = ["ComputerCallOutputItem", "AcknowledgedSafetyCheck"]


class AcknowledgedSafetyCheck(BaseModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: Optional[str] = None
    """The type of the pending safety check."""

    message: Optional[str] = None
    """Details about the pending safety check."""


class ComputerCallOutputItem(BaseModel):
    """The output of a computer tool call."""

    id: Optional[str] = None
    """The ID of the computer tool call output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: ResponseComputerToolCallOutputScreenshot
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    """The safety checks reported by the API that have been acknowledged by the developer."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
