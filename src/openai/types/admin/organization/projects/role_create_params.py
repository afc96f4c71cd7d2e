# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ....._types import SequenceNotStr

__all__ = ["RoleCreateParams"]


class RoleCreateParams(TypedDict, total=False):
    """Request payload for creating a custom role."""

    role_name: Required[str]
    """Unique name for the role."""

    permissions: Required[SequenceNotStr[str]]
    """Permissions to grant to the role."""

    description: Optional[str]
    """Optional description of the role."""
