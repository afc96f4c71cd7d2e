# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RoleListParams"]


class RoleListParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to inspect."""

    limit: int
    """A limit on the number of project role assignments to return."""

    after: str
    """
    Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project
    roles.
    """

    order: Literal["asc", "desc"]
    """Sort order for the returned project roles."""
