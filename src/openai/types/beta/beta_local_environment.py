# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_local_skill import BetaLocalSkill

__all__ = ["BetaLocalEnvironment"]


class BetaLocalEnvironment(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: Optional[List[BetaLocalSkill]] = None
    """An optional list of skills."""
