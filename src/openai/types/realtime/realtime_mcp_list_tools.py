# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeMcpListTools", "Tool"]


class Tool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: Optional[str] = None
    """The description of the tool."""

    input_schema: Dict[str, object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]] = None
    """Additional annotations about the tool."""


class RealtimeMcpListTools(BaseModel):
    """A Realtime item listing tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: Optional[str] = None
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[Tool]
    """The tools available on the server."""
