# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ServiceAccountCreateResponse", "APIKey"]


class APIKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str

    name: str

    created_at: int

    id: str


class ServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]

    id: str

    name: str

    role: Literal["member", "none"]
    """
    Service accounts created with default project membership have role `member`. Accounts created with
    `create_service_account_only` have role `none`.
    """

    created_at: int

    api_key: Optional[APIKey] = None
