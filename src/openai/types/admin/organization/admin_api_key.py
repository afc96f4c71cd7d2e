# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["AdminAPIKey", "Owner"]


class Owner(BaseModel):
    type: Optional[str] = None
    """Always `user`"""

    object: Optional[str] = None
    """The object type, which is always organization.user"""

    id: Optional[str] = None
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the user"""

    created_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the user was created"""

    role: Optional[str] = None
    """Always `owner`"""


class AdminAPIKey(BaseModel):
    """Represents an individual Admin API key in an org."""

    object: Literal["organization.admin_api_key"]
    """The object type, which is always `organization.admin_api_key`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: Optional[str] = None
    """The name of the API key"""

    redacted_value: str
    """The redacted value of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the API key expires"""

    last_used_at: Optional[int] = None
    """The Unix timestamp (in seconds) of when the API key was last used"""

    owner: Owner
