# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaContainerReference"]


class BetaContainerReference(BaseModel):
    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint"""

    container_id: str
    """The ID of the referenced container."""
