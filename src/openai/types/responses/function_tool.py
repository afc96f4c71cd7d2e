# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["FunctionTool"]


class FunctionTool(BaseModel):
    """
    Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    type: Literal["function"]
    """The type of the function tool. Always `function`."""

    name: str
    """The name of the function to call."""

    description: Optional[str] = None
    """A description of the function. Used by the model to determine whether or not to call the function."""

    parameters: Optional[Dict[str, object]] = None
    """A JSON schema object describing the parameters of the function."""

    output_schema: Optional[Dict[str, object]] = None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""

    strict: Optional[bool] = None
    """Whether strict parameter validation is enforced for this function tool."""

    defer_loading: Optional[bool] = None
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    """The tool invocation context(s)."""
