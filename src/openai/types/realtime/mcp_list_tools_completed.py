# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["McpListToolsCompleted"]


class McpListToolsCompleted(BaseModel):
    """Returned when listing MCP tools has completed for an item."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["mcp_list_tools.completed"]
    """The event type, must be `mcp_list_tools.completed`."""

    item_id: str
    """The ID of the MCP list tools item."""
