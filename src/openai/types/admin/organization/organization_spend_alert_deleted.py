# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["OrganizationSpendAlertDeleted"]


class OrganizationSpendAlertDeleted(BaseModel):
    """Confirmation payload returned after deleting an organization spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["organization.spend_alert.deleted"]
    """Always `organization.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""
