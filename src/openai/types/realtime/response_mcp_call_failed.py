# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallFailed"]


class ResponseMcpCallFailed(BaseModel):
    """Returned when an MCP tool call has failed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.failed"]
    """The event type, must be `response.mcp_call.failed`."""

    output_index: int
    """The index of the output item in the response."""

    item_id: str
    """The ID of the MCP tool call item."""
