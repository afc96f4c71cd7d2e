# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = ["BetaLocalSkill"]


class BetaLocalSkill(BaseModel):
    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""
