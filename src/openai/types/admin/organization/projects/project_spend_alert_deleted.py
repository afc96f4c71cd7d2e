# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectSpendAlertDeleted"]


class ProjectSpendAlertDeleted(BaseModel):
    """Confirmation payload returned after deleting a project spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["project.spend_alert.deleted"]
    """Always `project.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""
