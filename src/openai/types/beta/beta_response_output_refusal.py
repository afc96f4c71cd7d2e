# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseOutputRefusal"]


class BetaResponseOutputRefusal(BaseModel):
    """A refusal from the model."""

    type: Literal["refusal"]
    """The type of the refusal. Always `refusal`."""

    refusal: str
    """The refusal explanation from the model."""
