# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["RequiredActionFunctionToolCall", "Function"]


class Function(BaseModel):
    """The function definition."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments that the model expects you to pass to the function."""


class RequiredActionFunctionToolCall(BaseModel):
    """Tool call objects"""

    id: str
    """
    The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool
    outputs to run](/docs/api-reference/runs/submitToolOutputs) endpoint.
    """

    type: Literal["function"]
    """The type of tool call the output is required for. For now, this is always `function`."""

    function: Function
    """The function definition."""
