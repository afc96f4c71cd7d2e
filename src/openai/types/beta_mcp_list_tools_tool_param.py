# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Required, TypedDict

__all__ = ["BetaMCPListToolsToolParam"]


class BetaMCPListToolsToolParam(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    """The description of the tool."""

    input_schema: Required[Dict[str, object]]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]]
    """Additional annotations about the tool."""
