# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["GroupRetrieveParams"]


class GroupRetrieveParams(TypedDict, total=False):
    project_id: Required[str]
    """The ID of the project to inspect."""

    group_type: Literal["group", "tenant_group"]
    """The type of group to retrieve."""
