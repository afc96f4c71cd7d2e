# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..shared_params.custom_tool_input_format import CustomToolInputFormat

__all__ = ["CustomToolParam"]


class CustomToolParam(TypedDict, total=False):
    """
    A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)
    """

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolInputFormat
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""

    allowed_callers: Optional[Iterable[Literal["direct", "programmatic"]]]
    """The tool invocation context(s)."""
