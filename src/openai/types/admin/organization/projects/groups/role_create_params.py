# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["RoleCreateParams"]


class RoleCreateParams(TypedDict, total=False):
    """Request payload for assigning a role to a group or user."""

    project_id: Required[str]
    """The ID of the project to update."""

    role_id: Required[str]
    """Identifier of the role to assign."""
