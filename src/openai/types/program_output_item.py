# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ProgramOutputItem"]


class ProgramOutputItem(BaseModel):
    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: Literal["completed", "incomplete"]
    """The terminal status of the program output."""
