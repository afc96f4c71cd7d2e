# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["GroupDeleteResponse"]


class GroupDeleteResponse(BaseModel):
    """Confirmation payload returned after removing a group from a project."""

    object: Literal["project.group.deleted"]
    """Always `project.group.deleted`."""

    deleted: bool
    """Whether the group membership in the project was removed."""
