# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseContainerReference"]


class BetaResponseContainerReference(BaseModel):
    """Represents a container created with /v1/containers."""

    type: Literal["container_reference"]
    """The environment type. Always `container_reference`."""

    container_id: str
