# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ......_models import BaseModel

__all__ = ["APIKeyCreateResponse"]


class APIKeyCreateResponse(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str
    """The unredacted API key value."""

    name: str
    """The name of the API key."""

    created_at: int
    """The Unix timestamp (in seconds) when the API key was created."""

    id: str
    """The identifier of the API key."""
