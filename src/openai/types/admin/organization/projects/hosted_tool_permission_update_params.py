# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypeAlias, TypedDict

__all__ = ["HostedToolPermissionUpdateParams", "CodeInterpreter", "FileSearch", "ImageGeneration", "Mcp", "WebSearch"]


class HostedToolPermissionUpdateParams(TypedDict, total=False):
    file_search: Optional[CodeInterpreter]
    """The file search permission update."""

    web_search: Optional[CodeInterpreter]
    """The web search permission update."""

    image_generation: Optional[CodeInterpreter]
    """The image generation permission update."""

    mcp: Optional[CodeInterpreter]
    """The MCP permission update."""

    code_interpreter: Optional[CodeInterpreter]
    """The code interpreter permission update."""


class CodeInterpreter(TypedDict, total=False):
    enabled: Required[bool]
    """Whether to enable the hosted tool for the project."""


FileSearch: TypeAlias = CodeInterpreter


ImageGeneration: TypeAlias = CodeInterpreter


Mcp: TypeAlias = CodeInterpreter


WebSearch: TypeAlias = CodeInterpreter
