# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectSpendLimitDeleted"]


class ProjectSpendLimitDeleted(BaseModel):
    """Confirmation payload returned after deleting a project hard spend limit."""

    object: Literal["project.spend_limit.deleted"]
    """The object type, which is always `project.spend_limit.deleted`."""

    deleted: bool
    """Whether the hard spend limit was deleted."""
