# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["McpListToolsInProgress"]


class McpListToolsInProgress(BaseModel):
    """Returned when listing MCP tools is in progress for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.in_progress"]
    """The event type, must be `mcp_list_tools.in_progress`."""

    item_id: str
    """The ID of the MCP list tools item."""
