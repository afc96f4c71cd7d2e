# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RealtimeMcpListToolsParam", "Tool"]


class RealtimeMcpListToolsParam(TypedDict, total=False):
    """A Realtime item listing tools available on an MCP server."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Iterable[Tool]]
    """The tools available on the server."""


class Tool(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    """The description of the tool."""

    input_schema: Required[Dict[str, object]]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]]
    """Additional annotations about the tool."""
