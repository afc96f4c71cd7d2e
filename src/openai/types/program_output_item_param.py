# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ProgramOutputItemParam"]


class ProgramOutputItemParam(TypedDict, total=False):
    id: Required[str]
    """The unique ID of this program output item."""

    type: Required[Literal["program_output"]]
    """The item type. Always `program_output`."""

    call_id: Required[str]
    """The call ID of the program item."""

    result: Required[str]
    """The result produced by the program item."""

    status: Required[Literal["completed", "incomplete"]]
    """The terminal status of the program output."""
