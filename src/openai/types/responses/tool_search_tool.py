# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ToolSearchTool"]


class ToolSearchTool(BaseModel):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"]
    """The type of the tool. Always `tool_search`."""

    execution: Optional[Literal["server", "client"]] = None
    """Whether tool search is executed by the server or by the client."""

    description: Optional[str] = None
    """Description shown to the model for a client-executed tool search tool."""

    parameters: Optional[Dict[str, object]] = None
