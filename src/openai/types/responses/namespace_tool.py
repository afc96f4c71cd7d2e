# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .custom_tool import CustomTool

__all__ = ["NamespaceTool", "Tool", "ToolFunction"]


class ToolFunction(BaseModel):
    name: str

    description: Optional[str] = None

    parameters: Optional[Dict[str, object]] = None

    strict: Optional[bool] = None
    """
    Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the
    schema is compatible, and falls back to non-strict validation otherwise.
    """

    type: Literal["function"]

    output_schema: Optional[Dict[str, object]] = None
    """
    A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe
    content-array outputs.
    """

    defer_loading: Optional[bool] = None
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    """The tool invocation context(s)."""


Tool: TypeAlias = Annotated[Union[ToolFunction, CustomTool], PropertyInfo(discriminator="type")]


class NamespaceTool(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: List[Tool]
    """The function/custom tools available inside this namespace."""
