# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .custom_tool_param import CustomToolParam

__all__ = ["NamespaceToolParam", "Tool", "ToolFunction"]


class NamespaceToolParam(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""

    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""

    description: Required[str]
    """A description of the namespace shown to the model."""

    tools: Required[Iterable[Tool]]
    """The function/custom tools available inside this namespace."""


class ToolFunction(TypedDict, total=False):
    name: Required[str]

    description: Optional[str]

    parameters: Optional[Dict[str, object]]

    strict: Optional[bool]
    """
    Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the
    schema is compatible, and falls back to non-strict validation otherwise.
    """

    type: Required[Literal["function"]]

    output_schema: Optional[Dict[str, object]]
    """
    A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe
    content-array outputs.
    """

    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: Optional[Iterable[Literal["direct", "programmatic"]]]
    """The tool invocation context(s)."""


Tool: TypeAlias = Union[ToolFunction, CustomToolParam]
