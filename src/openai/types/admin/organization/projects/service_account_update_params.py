# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ServiceAccountUpdateParams"]


class ServiceAccountUpdateParams(TypedDict, total=False):
    """Parameters for updating a project service account."""

    project_id: Required[str]
    """The ID of the project."""

    name: str
    """The updated service account name."""

    role: Literal["member", "owner"]
    """The updated service account role."""
