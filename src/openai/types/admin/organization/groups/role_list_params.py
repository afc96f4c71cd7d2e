# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = ["RoleListParams"]


class RoleListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of organization role assignments to return."""

    after: str
    """
    Cursor for pagination. Provide the value from the previous response's `next` field to continue listing
    organization roles.
    """

    order: Literal["asc", "desc"]
    """Sort order for the returned organization roles."""
