# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ....._models import BaseModel

__all__ = ["ProjectHostedToolPermissions", "CodeInterpreter", "FileSearch", "ImageGeneration", "Mcp", "WebSearch"]


class CodeInterpreter(BaseModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool
    """Whether the hosted tool is enabled for the project."""


class ProjectHostedToolPermissions(BaseModel):
    """Represents hosted tool permissions for a project."""

    file_search: CodeInterpreter
    """Permission state for a single hosted tool on a project."""

    web_search: CodeInterpreter
    """Permission state for a single hosted tool on a project."""

    image_generation: CodeInterpreter
    """Permission state for a single hosted tool on a project."""

    mcp: CodeInterpreter
    """Permission state for a single hosted tool on a project."""

    code_interpreter: CodeInterpreter
    """Permission state for a single hosted tool on a project."""


FileSearch: TypeAlias = CodeInterpreter


ImageGeneration: TypeAlias = CodeInterpreter


Mcp: TypeAlias = CodeInterpreter


WebSearch: TypeAlias = CodeInterpreter
