# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ToolChoiceMcpParam"]


class ToolChoiceMcpParam(TypedDict, total=False):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Required[Literal["mcp"]]
    """For MCP tools, the type is always `mcp`."""

    server_label: Required[str]
    """The label of the MCP server to use."""

    name: Optional[str]
    """The name of the tool to call on the server."""
