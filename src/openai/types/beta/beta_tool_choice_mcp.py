# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolChoiceMcp"]


class BetaToolChoiceMcp(BaseModel):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    type: Literal["mcp"]
    """For MCP tools, the type is always `mcp`."""

    server_label: str
    """The label of the MCP server to use."""

    name: Optional[str] = None
    """The name of the tool to call on the server."""
