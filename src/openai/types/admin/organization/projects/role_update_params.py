# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleUpdateParams"]


class RoleUpdateParams(TypedDict, total=False):
    """Request payload for updating an existing role."""

    project_id: Required[str]
    """The ID of the project to update."""

    permissions: Optional[SequenceNotStr[str]]
    """Updated set of permissions for the role."""

    description: Optional[str]
    """New description for the role."""

    role_name: Optional[str]
    """New name for the role."""
