# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["FunctionToolCallDelta", "Function"]


class Function(BaseModel):
    """The definition of the function that was called."""

    name: Optional[str] = None
    """The name of the function."""

    arguments: Optional[str] = None
    """The arguments passed to the function."""

    output: Optional[str] = None
    """
    The output of the function. This will be `null` if the outputs have not been
    [submitted](/docs/api-reference/runs/submitToolOutputs) yet.
    """


class FunctionToolCallDelta(BaseModel):
    index: int
    """The index of the tool call in the tool calls array."""

    id: Optional[str] = None
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of tool call."""

    function: Optional[Function] = None
    """The definition of the function that was called."""
