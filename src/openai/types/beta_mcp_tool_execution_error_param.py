# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaMCPToolExecutionErrorParam"]


class BetaMCPToolExecutionErrorParam(TypedDict, total=False):
    type: Required[Literal["mcp_tool_execution_error"]]

    content: Required[object]
