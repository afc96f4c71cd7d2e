# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectUser"]


class ProjectUser(BaseModel):
    """Represents an individual user in a project."""

    object: Literal["organization.project.user"]
    """The object type, which is always `organization.project.user`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the user"""

    email: Optional[str] = None
    """The email address of the user"""

    role: str
    """`owner` or `member`"""

    added_at: int
    """The Unix timestamp (in seconds) of when the project was added."""
