# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["InviteDeleteResponse"]


class InviteDeleteResponse(BaseModel):
    object: Literal["organization.invite.deleted"]
    """The object type, which is always `organization.invite.deleted`"""

    id: str

    deleted: bool
