# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..role import Role
from ....._models import BaseModel

__all__ = ["RoleCreateResponse", "Group"]


class Group(BaseModel):
    """Summary information about a group returned in role assignment responses."""

    object: Literal["group"]
    """Always `group`."""

    id: str
    """Identifier for the group."""

    name: str
    """Display name of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    scim_managed: bool
    """Whether the group is managed through SCIM."""


class RoleCreateResponse(BaseModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group
    """Summary information about a group returned in role assignment responses."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
