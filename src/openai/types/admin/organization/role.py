# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Role"]


class Role(BaseModel):
    """Details about a role that can be assigned through the public Roles API."""

    object: Literal["role"]
    """Always `role`."""

    id: str
    """Identifier for the role."""

    name: str
    """Unique name for the role."""

    description: Optional[str] = None
    """Optional description of the role."""

    permissions: List[str]
    """Permissions granted by the role."""

    resource_type: str
    """Resource type the role is bound to (for example `api.organization` or `api.project`)."""

    predefined_role: bool
    """Whether the role is predefined and managed by OpenAI."""
