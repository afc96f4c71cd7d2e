# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["FunctionToolParam"]


class FunctionToolParam(TypedDict, total=False):
    """
    Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""

    name: Required[str]
    """The name of the function to call."""

    description: Optional[str]
    """A description of the function. Used by the model to determine whether or not to call the function."""

    parameters: Required[Optional[Dict[str, object]]]
    """A JSON schema object describing the parameters of the function."""

    output_schema: Optional[Dict[str, object]]
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""

    strict: Required[Optional[bool]]
    """Whether strict parameter validation is enforced for this function tool."""

    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: Optional[Iterable[Literal["direct", "programmatic"]]]
    """The tool invocation context(s)."""
