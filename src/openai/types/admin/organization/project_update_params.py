# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["ProjectUpdateParams"]


class ProjectUpdateParams(TypedDict, total=False):
    name: Optional[str]
    """The updated name of the project, this name appears in reports."""

    external_key_id: Optional[str]
    """External key ID to associate with the project."""

    geography: Optional[str]
    """The data residency region of the project."""
