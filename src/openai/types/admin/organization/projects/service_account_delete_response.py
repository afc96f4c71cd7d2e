# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ServiceAccountDeleteResponse"]


class ServiceAccountDeleteResponse(BaseModel):
    object: Literal["organization.project.service_account.deleted"]

    id: str

    deleted: bool
